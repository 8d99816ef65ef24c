// A sentence that is an instruction to the reader gives no card: a study question or an exercise
// ("Explain the rise of the discussion of women's rights.", "Trace the rise of the suffrage
// movement.", "Show how the rise of the factory affected …", "Find the weight of a liter of …")
// asks the student for a fact and states none; its cloze blanks a piece of the question. Strict
// raters rejected every such card on the history textbook rotated in session 15. The clean-up marks
// a chapter's question section as apparatus (lib/chapters/apparatus), but a book may print its
// questions anywhere, without a head: the generator does not depend on the clean-up finding them.
//
// Read from the parse: the sentence opens (after an adverb such as "Briefly") on a verb of study in
// its bare form, with no subject before it or around it (the clause reader finds none: "State laws
// differ …" has "State laws" for subject), and the next word opens the verb's object or clause
// ("the", "three", "how", "some"). A verb that is never a noun ("Explain", "Compare", "Describe")
// may take any object ("Compare Athens with Sparta"); "me" or "us" after it is someone's speech
// ("Give me liberty …"), not an exercise.
import { UPPER_INITIAL } from "@/lib/cards/letters";
import type { AnalysedSentence, Token } from "../analyse";
import type { Gate } from "./types";
import { INSTRUCTION_VERBS, NOUN_LIKE_VERBS, OBJECT_OPENERS, PARTICLE } from "@/lib/chapters/instructions";

const LEAD_ADVERBS = new Set(["briefly", "now", "then", "next", "also", "further", "finally", "again", "carefully", "fully", "clearly"]);
const SPEECH_OBJECT = new Set(["me", "us"]);

const judged = new WeakMap<AnalysedSentence, boolean>();

/** Whether the sentence is an instruction to the reader (an imperative study question or exercise). */
export function instructionToReader(s: AnalysedSentence): boolean {
  let verdict = judged.get(s);
  if (verdict === undefined) judged.set(s, (verdict = readInstruction(s.tokens, s)));
  return verdict;
}

function readInstruction(ts: Token[], s: AnalysedSentence): boolean {
  let k = 0;
  // An item's number left before it ("5 .", "( 3 )"), and an adverb before the verb ("Briefly,").
  while (k < 3 && ts[k] && (ts[k].pos === "NUM" || /^[().]$/.test(ts[k].text))) k++;
  if (!ts[k] || !UPPER_INITIAL.test(ts[k].text)) return false;
  if (LEAD_ADVERBS.has(ts[k].lower) && ts[k + 1]) k += ts[k + 1].text === "," ? 2 : 1;
  const verb = ts[k], next = ts[k + 1];
  if (!verb || !next) return false;
  // The bare form: "Explain", not "Explained" or "Explaining" (a participle opens a modifier).
  if (!INSTRUCTION_VERBS.has(verb.lower) || verb.lemma !== verb.lower) return false;
  // A subject the clause reader found over the verb's word: a noun ("State laws", "Show trials").
  if (s.clause && s.clause.subject.a <= k && s.clause.subject.b > k) return false;
  if (PARTICLE[verb.lower]) return next.lower === PARTICLE[verb.lower];
  if (OBJECT_OPENERS.has(next.lower) || next.pos === "DET" || next.pos === "NUM" || next.pos === "SCONJ") return true;
  if (NOUN_LIKE_VERBS.has(verb.lower) || verb.pos !== "VERB") return false;
  return ["NOUN", "PROPN", "ADJ", "ADV", "ADP", "PRON"].includes(next.pos) && !SPEECH_OBJECT.has(next.lower);
}

export const instruction: Gate = (c, a) => (instructionToReader(a.sentences[c.sentence]) ? "an instruction to the reader (a study question or exercise), no fact" : null);
