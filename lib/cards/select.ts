// Choosing the cards to show from the ranked pool: best first, one card per fact (near-duplicates
// across kinds merged), spread over the chapter's sections and over question types; then the
// weights' learned cut hides the cards a strict rater would probably not accept, keeping at least
// its floor per chapter (lib/cards/rank/calibrate.ts). Source order out.
import type { Candidate } from "./candidates";
import { sameFact } from "./gates";
import { FEATURE_NAMES } from "./rank/features";
import { applyCut, calibrated } from "./rank/calibrate";
import type { Weights } from "./rank/model";

const COVERAGE = FEATURE_NAMES.indexOf("entity-coverage");
const SUBJECT = FEATURE_NAMES.indexOf("answer-subject");
// "What is X?" / "What is the only X?" answered from the predicate of "X is Y": on copular
// sentences strict raters accepted 8 of 13 questions answered from the predicate (1 rejected)
// against 8 of 27 clozes blanking the subject (10 rejected), the blank their notes most often move
// to the predicate (train books' labels).
const PREDICATE_QUESTION = /^What (?:is|are|was|were|has been|have been) /;
// (Claim questions only: "What was <a name>?" from an apposition asks for a description, not a point.)
const asksPredicate = (r: Ranked) => r.c.kind === "qa" && r.c.type === "what" && r.c.answerKind === "clause" && PREDICATE_QUESTION.test(r.c.front) && r.x[SUBJECT] === 0;

export type Ranked = { c: Candidate; x: number[]; p: number; section: number };

export function select(pool: Ranked[], max: number, shown: Pick<Weights, "calibration" | "cut"> = {}): Ranked[] {
  // A section's fair share of the cards is proportional to its number of candidate sentences.
  const sentencesOf = new Map<number, Set<number>>();
  for (const r of pool) sentencesOf.set(r.section, (sentencesOf.get(r.section) ?? new Set()).add(r.c.sentence));
  const total = [...sentencesOf.values()].reduce((n, s) => n + s.size, 0) || 1;
  const fair = (section: number) => Math.max(2, Math.ceil((max * (sentencesOf.get(section)?.size ?? 0)) / total));
  // A type's fair share is a quarter of the cards this pool can give (one per sentence), not of
  // \`max\`: a short chapter of 14 usable sentences should not come out as 14 clozes.
  const fairType = Math.max(3, Math.ceil(Math.min(max, total) / 4));
  // The same card twice (a sentence repeated in the text) is one card: keep the first, in O(n).
  const seen = new Set<string>();
  const left = [...pool].sort((x, y) => y.p - x.p || x.c.sentence - y.c.sentence).filter((r) => {
    const key = `${r.c.front}\u0000${r.c.back}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const picked: Ranked[] = [];
  const bySection = new Map<number, number>(), byType = new Map<string, number>(), bySentence = new Map<number, number>();
  while (picked.length < max && left.length) {
    let best = -1, bestScore = -Infinity;
    for (let i = 0; i < left.length; i++) {
      const r = left[i];
      if (r.p <= bestScore) break; // sorted by p and every discount is ≤ 1: nothing later can win
      const sec = bySection.get(r.section) ?? 0, typ = byType.get(r.c.type) ?? 0, sen = bySentence.get(r.c.sentence) ?? 0;
      const s = r.p * 0.85 ** Math.max(0, sec - fair(r.section) + 1) * 0.9 ** Math.max(0, typ - fairType + 1) * (sen ? 0 : 1);
      if (s > bestScore) { bestScore = s; best = i; }
    }
    let [r] = left.splice(best, 1);
    // Among near-equal cards of the same sentence, the one that shows more of the sentence's names
    // and dates keeps more of its fact ("What was X?" vs the whole renaming sentence as a cloze).
    const alt = left.filter((o) => o.c.sentence === r.c.sentence && o.p >= 0.8 * r.p && o.x[COVERAGE] > r.x[COVERAGE] + 0.2)
      .sort((p, q) => q.x[COVERAGE] - p.x[COVERAGE] || q.p - p.p)[0];
    if (alt) { left.splice(left.indexOf(alt), 1, r); r = alt; }
    // A cloze on the subject of a sentence that also has a near-equal question on its predicate
    // gives way to the question: the predicate is the point of "X is Y".
    if (r.c.kind === "cloze" && r.x[SUBJECT] === 1) {
      const q = left.find((o) => o.c.sentence === r.c.sentence && o.p >= 0.8 * r.p && asksPredicate(o));
      if (q) { left.splice(left.indexOf(q), 1, r); r = q; }
    }
    // A cloze on a sentence that announces a counted list ("There are two ways of X: …") gives way
    // to a near-equal card asking the whole list (candidates/scheme.ts): the items are the point,
    // and a blank elsewhere is the blank on the topic strict raters move to the items.
    if (r.c.kind === "cloze") {
      const q = left.find((o) => o.c.sentence === r.c.sentence && o.p >= 0.8 * r.p && o.c.type === "scheme" && o.c.answerKind === "list");
      if (q) { left.splice(left.indexOf(q), 1, r); r = q; }
    }
    if (picked.some((p) => sameFact(p.c, r.c))) continue;
    picked.push(r);
    bySection.set(r.section, (bySection.get(r.section) ?? 0) + 1);
    byType.set(r.c.type, (byType.get(r.c.type) ?? 0) + 1);
    bySentence.set(r.c.sentence, (bySentence.get(r.c.sentence) ?? 0) + 1);
  }
  return applyCut(picked, (r) => calibrated(r.p, shown.calibration), shown.cut).sort((x, y) => x.c.sentence - y.c.sentence || y.p - x.p);
}
