// The context model's data (scripts/fit-context.ts): every labelled card of the TRAIN books,
// re-analysed from its sentence and front (so a card an earlier pipeline made still counts), and each
// train chapter's current gated candidates with the verdicts they count under. Held-out books are
// never read (trainFixtures).
import type { Analysis } from "@/lib/cards/analyse";
import type { Candidate } from "@/lib/cards/candidates";
import { contextFeatures } from "@/lib/cards/gates/context-features";
import { isStrict, verdictOf, type Verdict } from "@/lib/cards/rank/training";
import type { CardLabel } from "@/lib/cards/eval";
import { allLabelsOf } from "./cards-eval";
import { PRECEDENCE } from "./lobo";
import { loadTrainData } from "./ranker-data";
import type { ContextRow, Pool } from "./context-fit";

const norm = (t: string) => t.replace(/\s+/g, " ").trim().toLowerCase();

/** A labelled card as a candidate of the analysed chapter, or null when its sentence is not found. */
function asCandidate(l: CardLabel, a: Analysis, at: Map<string, number>): Candidate | null {
  const i = at.get(norm(l.sentence));
  if (i === undefined) return null;
  const s = a.sentences[i];
  const start = s.text.indexOf(l.back);
  return { kind: l.kind, type: l.kind === "cloze" ? "cloze" : "what", front: l.front, back: l.back, sentence: i, extra: [], answer: start >= 0 ? { start, end: start + l.back.length } : null, answerKind: l.back.split(/\s+/).length > 6 ? "clause" : "phrase" };
}

/** `raters`: whose labels make the fit's rows, in precedence (strict raters first); a card counts under
 * the first that labelled it. The pools' verdicts (the figures) are always eval:cards' full chain. */
export function loadContextData(raters: string[]): { rows: ContextRow[]; pools: Pool[]; missed: number } {
  const order = PRECEDENCE.filter((r) => raters.includes(r));
  const rows: ContextRow[] = [], pools: Pool[] = [];
  let missed = 0;
  const data = loadTrainData();
  const fixtures = [...new Set(data.map((d) => d.fixture))];
  for (const fixture of fixtures) {
    // A fixture's chapters (one entry each): a label is the card of the first chapter that holds its sentence.
    const parts = data.filter((d) => d.fixture === fixture).map((d) => {
      const at = new Map<string, number>();
      d.a.sentences.forEach((s, i) => { for (const t of [s.text, s.context?.before ?? "", d.a.chapter.sentences[i].text]) if (t && !at.has(norm(t))) at.set(norm(t), i); });
      return { d, at };
    });
    const cards = new Map<string, CardLabel[]>();
    for (const l of allLabelsOf(fixture)) if (order.includes(l.rater)) { const k = `${l.kind}\u0000${l.front}\u0000${l.back}`; cards.set(k, [...(cards.get(k) ?? []), l]); }
    for (const ls of cards.values()) {
      const v = verdictOf(ls, order) as (CardLabel & { label: Verdict }) | null;
      const hit = v ? parts.map(({ d, at }) => ({ d, c: asCandidate(v, d.a, at) })).find((x) => x.c) : undefined;
      if (!v || !hit?.c) { missed++; continue; }
      rows.push({ book: hit.d.book, x: contextFeatures(hit.c, hit.d.a), verdict: v.label, reason: v.reason ?? null, strict: isStrict(v.rater) });
    }
  }
  for (const d of data) {
    pools.push({
      book: d.book, fixture: d.fixture, ranked: d.ranked,
      cx: d.ranked.map((r) => contextFeatures(r.c, d.a)),
      verdicts: d.labels.map((ls) => { const v = verdictOf(ls.filter((l) => l.by !== "answer"), PRECEDENCE) as (typeof ls)[number] | null; return v ? { label: v.label, reason: v.reason ?? null } : null; }),
    });
  }
  return { rows, pools, missed };
}
