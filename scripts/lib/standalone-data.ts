// The standalone/worth model's data (scripts/fit-standalone.ts): every candidate of each TRAIN chapter
// that either passes every gate ("passed", what the pipeline ranks) or is dropped by the standalone
// and/or referring gates and by no other ("dropped": what the model could admit), with its features,
// ranker score, the verdict it counts under (eval:cards' chain, strict raters first), the strict
// raters' verdict and reason (the fit's target), and the chapter's gold facts. Held-out books are
// never read (trainFixtures).
import { analyseChapter } from "@/lib/cards/analyse";
import { overgenerate } from "@/lib/cards/candidates";
import { GATES } from "@/lib/cards/gates";
import { matchLabels, sentenceFinder, type CardLabel } from "@/lib/cards/eval";
import type { Analysis } from "@/lib/cards/analyse";
import type { Candidate } from "@/lib/cards/candidates";
import { rank, DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { isStrict, verdictOf, type Verdict } from "@/lib/cards/rank/training";
import type { Ranked } from "@/lib/cards/select";
import { OVERRULED_GATES, standaloneFeatures } from "@/lib/cards/standalone-model";
import type { GoldFact } from "../../tests/unit/cards/gold";
import { allLabelsOf, fixtureChapter, fixtureOptions, loadBooks, readGold, trainFixtures } from "./cards-eval";
import { RATER_PRECEDENCE } from "./rater-order";

/** The gates the model may overrule when it admits. */
export const FAMILY = new Set(OVERRULED_GATES);

export type Judged = { label: Verdict; reason: string | null } | null;
/** `sentence`: the strict verdicts of every labelled card (of any shape) from the candidate's sentence, a sentence-level proxy where the card itself is unlabelled. */
export type Cand = { r: Ranked; sx: number[]; passed: boolean; verdict: Judged; strict: Judged; sentence: NonNullable<Judged>[] };
/** `labelled`: every card a strict rater labelled in the chapter, re-analysed from its sentence (an earlier generator's card counts too): the fit's rows. */
/** `fate`: what today's gates do to the re-analysed card (an approximation: its answer span and question type are guessed). */
export type SChapter = { fixture: string; book: string; cands: Cand[]; gold: GoldFact[]; labelled: { x: number[]; strict: NonNullable<Judged>; fate: Fate }[] };
export type Fate = "passed" | "standalone-dropped" | "other-dropped";

/** A labelled card as a candidate of the analysed chapter (its sentence found by word overlap), or null. */
export function asCandidate(l: CardLabel, a: Analysis, find: (t: string) => number | null): Candidate | null {
  const i = find(l.sentence);
  if (i === null) return null;
  const start = a.sentences[i].text.indexOf(l.back);
  return { kind: l.kind, type: l.kind === "cloze" ? "cloze" : "what", front: l.front, back: l.back, sentence: i, extra: [], answer: start >= 0 ? { start, end: start + l.back.length } : null, answerKind: l.back.split(/\s+/).length > 6 ? "clause" : "phrase" };
}

/** The strict raters in precedence order: a card's verdict is its first strict rater's. */
export const STRICT_FIRST = RATER_PRECEDENCE.filter(isStrict);

/**
 * Every gate the candidate fails but the model's own: none, only the standalone/referring family, or
 * others. (The model's own drop gate is not one of the rules it is measured against.)
 */
function fateOf(c: Candidate, a: Analysis): Fate {
  const failing = GATES.filter(([n, g]) => n !== "standalone-model" && g(c, a) !== null).map(([n]) => n);
  return !failing.length ? "passed" : failing.every((n) => FAMILY.has(n)) ? "standalone-dropped" : "other-dropped";
}

export function loadStandaloneData(only: (fixture: string) => boolean = () => true): SChapter[] {
  const books = loadBooks();
  return trainFixtures(books).filter(only).map((fixture) => {
    const opts = fixtureOptions(fixture);
    const a = analyseChapter(fixtureChapter(fixture), opts);
    const kept: { c: ReturnType<typeof overgenerate>[number]; passed: boolean }[] = [];
    for (const c of overgenerate(a, opts)) {
      const fate = fateOf(c, a);
      if (fate !== "other-dropped") kept.push({ c, passed: fate === "passed" });
    }
    const ranked: Ranked[] = rank(kept.map((k) => k.c), a, DEFAULT_WEIGHTS).map((r) => ({ ...r, section: a.sentences[r.c.sentence].section }));
    const labels = allLabelsOf(fixture);
    const byCand: { rater: string; label: Verdict; reason: string | null }[][] = ranked.map(() => []);
    const matches = matchLabels(labels, ranked.map((r, i) => ({ kind: r.c.kind, front: r.c.front, back: r.c.back, context: r.c.context, sentence: r.c.sentence, i })), a.chapter.sentences.map((s) => s.text), { crossKind: false });
    for (const m of matches) byCand[m.card.i].push({ rater: m.label.rater, label: m.label.label, reason: m.label.reason ?? null });
    const judged = (ls: (typeof byCand)[number], order: readonly string[]): Judged => { const v = verdictOf(ls, order) as (typeof ls)[number] | null; return v ? { label: v.label, reason: v.reason } : null; };
    // Every strictly labelled card, once (its first strict rater's verdict), at its sentence.
    const find = sentenceFinder(a.chapter.sentences.map((s) => s.text));
    const cards = new Map<string, CardLabel[]>();
    for (const l of labels) if (isStrict(l.rater)) { const k = `${l.kind}\u0000${l.front}\u0000${l.back}`; cards.set(k, [...(cards.get(k) ?? []), l]); }
    const labelled: SChapter["labelled"] = [];
    const bySentence = new Map<number, NonNullable<Judged>[]>();
    for (const ls of cards.values()) {
      const v = verdictOf(ls, STRICT_FIRST) as CardLabel | null;
      const c = v && asCandidate(v, a, find);
      if (!v || !c) continue;
      const j = { label: v.label, reason: v.reason ?? null };
      labelled.push({ x: standaloneFeatures(c, a), strict: j, fate: fateOf(c, a) });
      bySentence.set(c.sentence, [...(bySentence.get(c.sentence) ?? []), j]);
    }
    const cands = ranked.map((r, i) => ({ r, sx: standaloneFeatures(r.c, a), passed: kept[i].passed, verdict: judged(byCand[i], RATER_PRECEDENCE), strict: judged(byCand[i], STRICT_FIRST), sentence: bySentence.get(r.c.sentence) ?? [] }));
    return { fixture, book: books.fixtures[fixture].book, cands, gold: readGold(books.fixtures[fixture]) ?? [], labelled };
  });
}
