// The answer's type matches the question word: who → person or group, when → date, where →
// place, how many → number, what → not a person or a date. (The pipeline asks "who" only of typed
// persons and groups; cards from the LLM generator may answer with a name it could not type.)
import type { Gate } from "./types";
import { BROKEN_QUESTIONS_ON, individualAsWhat, questionAlone } from "./broken-clause";
import { namesInside } from "./informative-blank";
import { RATER_DEFECTS } from "./rater-defects-switch";
import { whoThing } from "./who-thing";
import { pointingRelative } from "./pointing-relative";

export const answerType: Gate = (c, a) => {
  if (c.kind !== "qa") return null;
  const word = c.front.match(/^(Who|When|Where|How many|How much|What)\b/)?.[1];
  const k = c.answerKind;
  // A name the analysis could not type is not a contradiction; a date, place or phrase is.
  if (word === "Who" && c.type !== "definition" && !["person", "group", "name"].includes(k)) return `who → ${k}`;
  // (genfix19) "Who ends the pageant? → Masque" (./who-thing); "What has five arches? → The only
  // bridge of the town", the predicate of an opening "It is" (./pointing-relative).
  const sentence = a?.sentences[c.sentence];
  if (RATER_DEFECTS.on && sentence) {
    const thing = whoThing(c, sentence, a);
    if (thing) return thing;
    if (pointingRelative(c, sentence)) return "the answer describes an opening 'it'";
  }
  if (word === "When" && k !== "date") return `when → ${k}`;
  if (word === "Where" && k !== "place") return `where → ${k}`;
  if ((word === "How many" || word === "How much") && k !== "number") return `how many → ${k}`;
  if (word === "What" && c.type !== "definition" && c.type !== "gist" && (k === "person" || k === "date")) return `what → ${k}`;
  // A name the builder took for a term and wrote in lower case: "What was hale? → the keeper of the
  // rolls" (session 18, LECTERN_BROKEN_QUESTIONS; lib/cards/gates/broken-clause.ts).
  const s = a?.sentences[c.sentence];
  // (fixgf) Read the question without a lead-in sentence, as questionStructureProblem did before the move.
  const q = questionAlone(c.front);
  if (BROKEN_QUESTIONS_ON && /^What\b/.test(q) && s && individualAsWhat(q, c.back, s, namesInside(a))) return "an individual person asked with 'What'";
  return null;
};
