// The standalone/worth model's data (scripts/fit-standalone.ts): every candidate of each TRAIN chapter
// that either passes every gate ("passed", what the pipeline ranks) or is dropped by the standalone
// and/or referring gates and by no other ("dropped": what the model could admit), with its features,
// ranker score, the verdict it counts under (eval:cards' chain, strict raters first), the strict
// raters' verdict and reason (the fit's target), and the chapter's gold facts. Held-out books are
// never read (trainFixtures).
import { analyseChapter } from "@/lib/cards/analyse";
import { overgenerate } from "@/lib/cards/candidates";
import { GATES } from "@/lib/cards/gates";
import { matchLabels } from "@/lib/cards/eval";
import { rank, DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { isStrict, verdictOf, type Verdict } from "@/lib/cards/rank/training";
import type { Ranked } from "@/lib/cards/select";
import { standaloneFeatures } from "@/lib/cards/standalone-model";
import type { GoldFact } from "../../tests/unit/cards/gold";
import { allLabelsOf, fixtureChapter, fixtureOptions, loadBooks, readGold, trainFixtures } from "./cards-eval";
import { RATER_PRECEDENCE } from "./rater-order";

/** The gates the model may overrule when it admits. */
export const FAMILY = new Set(["standalone", "referring"]);

export type Judged = { label: Verdict; reason: string | null } | null;
export type Cand = { r: Ranked; sx: number[]; passed: boolean; verdict: Judged; strict: Judged };
export type SChapter = { fixture: string; book: string; cands: Cand[]; gold: GoldFact[] };

const STRICT_FIRST = RATER_PRECEDENCE.filter(isStrict);

export function loadStandaloneData(only: (fixture: string) => boolean = () => true): SChapter[] {
  const books = loadBooks();
  return trainFixtures(books).filter(only).map((fixture) => {
    const opts = fixtureOptions(fixture);
    const a = analyseChapter(fixtureChapter(fixture), opts);
    const kept: { c: ReturnType<typeof overgenerate>[number]; passed: boolean }[] = [];
    for (const c of overgenerate(a, opts)) {
      const failing = GATES.filter(([, g]) => g(c, a) !== null).map(([n]) => n);
      if (!failing.length) kept.push({ c, passed: true });
      else if (failing.every((n) => FAMILY.has(n))) kept.push({ c, passed: false });
    }
    const ranked: Ranked[] = rank(kept.map((k) => k.c), a, DEFAULT_WEIGHTS).map((r) => ({ ...r, section: a.sentences[r.c.sentence].section }));
    const labels = allLabelsOf(fixture);
    const byCand: { rater: string; label: Verdict; reason: string | null }[][] = ranked.map(() => []);
    const matches = matchLabels(labels, ranked.map((r, i) => ({ kind: r.c.kind, front: r.c.front, back: r.c.back, context: r.c.context, sentence: r.c.sentence, i })), a.chapter.sentences.map((s) => s.text), { crossKind: false });
    for (const m of matches) byCand[m.card.i].push({ rater: m.label.rater, label: m.label.label, reason: m.label.reason ?? null });
    const judged = (ls: (typeof byCand)[number], order: readonly string[]): Judged => { const v = verdictOf(ls, order) as (typeof ls)[number] | null; return v ? { label: v.label, reason: v.reason } : null; };
    const cands = ranked.map((r, i) => ({ r, sx: standaloneFeatures(r.c, a), passed: kept[i].passed, verdict: judged(byCand[i], RATER_PRECEDENCE), strict: judged(byCand[i], STRICT_FIRST) }));
    return { fixture, book: books.fixtures[fixture].book, cands, gold: readGold(books.fixtures[fixture]) ?? [] };
  });
}
