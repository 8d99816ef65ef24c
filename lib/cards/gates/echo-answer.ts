// Session 18 (genfixF): a question whose answer repeats the question ("How does a kiln differ from an
// oven inasmuch as it is closed? → A kiln differs from an oven inasmuch as it is closed"). The
// comparison and cause rules turn a whole statement into a question; when the answer carries no
// content word the question lacks, the card asks the reader to copy it. Switch: LECTERN_BLANK_PIECE.
import type { Gate } from "./types";
import { BLANK_PIECE } from "./blank-piece";

const FUNCTION = new Set("a an the of to in on at by for with from as and or but is are was were be been being do does did it its this that these those which who whom what how why when where than inasmuch not no".split(" "));
const MIN_ANSWER_WORDS = 4, ECHO_SHARE = 0.8;

/** Content words, lower-case. */
const words = (t: string) => (t.toLowerCase().match(/\p{L}[\p{L}'-]*/gu) ?? []).filter((w) => !FUNCTION.has(w));
// (fixgf) A word's forms with a final "s" or "es" dropped, so "differs" meets "differ", "stores" meets
// "store" (cutting "es" alone gave "stor") and "churches" meets "church".
const forms = (w: string) => [w, w.replace(/s$/, ""), w.replace(/es$/, "")];

/** True when at least 80 % of the answer's content words (four or more) are in the question. */
export function answerEchoesQuestion(question: string, answer: string): boolean {
  const a = words(answer);
  if (a.length < MIN_ANSWER_WORDS) return false;
  const q = new Set(words(question).flatMap(forms));
  return a.filter((w) => forms(w).some((f) => q.has(f))).length >= ECHO_SHARE * a.length;
}

// A yes-or-no question ("Is … ?", "According to Orlen, does … ?") is answered by repeating it with
// "yes" or "no": that is its point.
const YES_NO = /^\s*(?:according\s+to\s+[^,?]{1,60},\s*)?(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|shall|should|must|may|might)\b/i;
const YES_NO_ANSWER = /^\s*(?:yes|no)\b/i;

export const echoAnswer: Gate = (c) => (BLANK_PIECE.on && c.kind === "qa" && !YES_NO.test(c.front) && !YES_NO_ANSWER.test(c.back) && answerEchoesQuestion(c.front, c.back) ? "the answer repeats the question" : null);
