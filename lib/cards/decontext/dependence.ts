// Which dependences left on a card drop it, and which only inform the ranker. Chosen on the train
// books' labelled candidates (scripts/decontext-audit.ts): presupposing adverbs, comparatives with
// no standard and back-pointing determiners were rejected nine times in ten; "therefore"/"thus"
// (a conclusion that stands as a claim), "the same", "the next" and a narrowed "the other event
// which …" were not, and neither was a description whose thing was only introduced before
// ("a pamphlet … the pamphlet"): those are ranker features.
import type { AnalysedSentence } from "../analyse/types";
import type { Dependence } from "./types";
import { coverable } from "./offsets";

const KEEP_ADVERBS = new Set(["therefore", "thus"]);
const KEEP_DETERMINERS = /^(?:same|next)$|\+narrowed$/;

export function dropsCard(d: Dependence): boolean {
  if (d.op === "adverb") return !KEEP_ADVERBS.has(d.kind);
  if (d.op === "comparative") return true;
  if (d.op === "determiner") return !KEEP_DETERMINERS.test(d.kind);
  if (d.op === "definite") return d.kind !== "introduced";
  // A time relative to the story ("that night", "now" in a past-tense narrative) no anchor settled.
  // Not a comparison or a pair of cases in an exposition ("Deeper still, …", "In the one case … in
  // the other"): strict raters edited those (two of two), they did not reject them.
  if (d.op === "time") return d.kind !== "expository";
  return false;
}

/** The dependences whose words the card shows (a deleted marker may have capitalised them), unless
 * it also shows the earlier mention in the same sentence the words point to. */
export function shownDependences(s: Pick<AnalysedSentence, "context">, shown: string): Dependence[] {
  const lower = shown.toLowerCase();
  return (s.context?.unresolved ?? []).filter((d) => lower.includes(d.text.toLowerCase()) && !(d.inside && lower.includes(d.inside.toLowerCase())));
}

/** True when the answer is (partly) words a repair added: the card would test the repair, not the source. */
export function answerInRepair(s: Pick<AnalysedSentence, "context">, answer: { start: number; end: number } | null): boolean {
  if (!answer || !s.context) return false;
  return s.context.inserted.some((i) => answer.start < i.end && i.start < answer.end && !coverable(i, answer.start, answer.end));
}
