// Questions whose builder cut a clause in two (blind raters, session 17: "broken question"). Each is
// a rule of English grammar, read on the question's own tokens and checked against its source sentence:
// - a relative pronoun with no clause after it, not after a preposition: "How did people who and people
//   differ?" (the relative clause was the answer, taken out). After a preposition it is an asked
//   pronoun, whole: "To whom and for what …?", "… sealed by whom?";
// - a relative clause whose verb has lost its object: "What do the objects that provoke vary with?"
//   (the blank was the object inside the subject's relative clause, not the main verb's). Only when the
//   source sentence shows the card's answer right after that verb, inside the clause: a verb that takes
//   no object ("the birds that migrate") is whole;
// - a "why" put on an author's frame: "Why is the truth that P?" from a sentence that opens "The truth
//   is that P, because R": the frame became the subject and P its complement. "Why was the fact that
//   the king was absent important?" asks about a fact, and is whole;
// - one individual asked with "What": "What was hale? → the keeper of the rolls" (from "Hale, the
//   keeper of the rolls, says …"): the builder took a name for a term and wrote it in lower case. The
//   word must be a name (capitalised wherever the sentence has it, and somewhere not as a sentence's
//   first word), so "What is hope? → the anchor of the soul" is kept; and the answer must name a
//   person, "The keeper …" as well as "the keeper …". (Read by the answer-type gate: it is the answer's
//   kind against the question word, like its "what → person".)
import { envSwitch, processEnv } from "../switch";
import type { AnalysedSentence } from "../analyse";
import { personNoun } from "./person-noun";

type QToken = { text: string; lower: string; lemma: string; pos: string };
type Sentence = Pick<AnalysedSentence, "text" | "tokens">;

/** LECTERN_BROKEN_QUESTIONS: "1" on, "0" off (default on: docs/card-generator.md, session 18). */
export const BROKEN_QUESTIONS_ON = envSwitch(processEnv(), "LECTERN_BROKEN_QUESTIONS", true);

// Compiled once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp(…)`, which a function body
// would rebuild on every call.
const RELATIVE = /^(?:who|whom|which|that)$/;
const NOUN = /^(?:NOUN|PROPN)$/;
// Before an asked pronoun ("by whom", "To whom and …"), not a relative one. (Not "after a noun": the
// tagger reads "did people who and …" with "people" as a verb.)
const ASKING = /^(?:ADP|PART|SCONJ|CCONJ|PUNCT)$/;
// Verbs that take a bare infinitive after them ("that help build", "who let go"): two verbs in a row, whole.
const BARE_INFINITIVE = /^(?:help|make|let|see|hear|watch|feel|dare|need|go|come|bid|have)$/;
const FRAME_WHY = /^Why (?:is|was) the (truth|fact|point) that\b/i;
const FRAME_SOURCE = /^\W*The (truth|fact|point) (?:is|was) that\b/i;
const ONE_WORD_WHAT = /^What (?:is|was) (\p{Ll}+)\?$/u;
const THE_PERSON = /^the (?:\p{Ll}+ ){0,2}?(\p{Ll}+)(?: of\b|$)/iu;
const CAPITALISED = /^\p{Lu}/u;
const OPENING = /^["“‘'(\[]$/;

/** The answer as it would stand in the sentence: lower case, no closing stop. */
const core = (back: string) => back.trim().replace(/[.,;:!?]+$/, "").toLowerCase();

/**
 * Why the question's clause is cut in two, or null. `ts`: the question's tokens; `sentence`: its
 * source sentence's text; `back`: the card's answer (without it, the object rule is not read).
 */
export function brokenClauseProblem(front: string, ts: QToken[], sentence = "", back?: string): string | null {
  const frame = FRAME_WHY.exec(front), source = FRAME_SOURCE.exec(sentence);
  if (frame && source && frame[1].toLowerCase() === source[1].toLowerCase()) return "a 'why' put on the author's frame ('the truth is that')";
  const lowered = sentence.toLowerCase().replace(/\s+/g, " ");
  for (let i = 1; i < ts.length - 1; i++) {
    const [p, t, u, v] = [ts[i - 1], ts[i], ts[i + 1], ts[i + 2]];
    if (!RELATIVE.test(t.lower)) continue;
    // ("that and" may be a demonstrative: "that and more".)
    if (t.lower !== "that" && !ASKING.test(p.pos) && (u.pos === "CCONJ" || u.text === "?")) return "a relative pronoun with no clause after it";
    if (back && NOUN.test(p.pos) && u.pos === "VERB" && u.lemma === u.lower && v?.pos === "VERB" && !BARE_INFINITIVE.test(u.lemma) && !/ing$/.test(v.lower)) {
      const answer = core(back);
      if (answer && lowered.includes(`${t.lower} ${u.lower} ${answer}`)) return "a relative clause's verb with its object cut away";
    }
  }
  return null;
}

/**
 * "What is/was <one lower-case word>? → the <person noun> (of …)" where the word is a name: a name
 * taken for a term. A name here: never lower case in the source sentence, and capitalised somewhere
 * other than at a sentence's start, in that sentence or (`names`, e.g. namesInside) in the chapter, or
 * opening the sentence with the answer in apposition ("Hale, the keeper of the rolls, says …"). A
 * sentence's first word is otherwise no sign ("Hope is the anchor of the soul": the tagger even calls
 * it a name). Left: "Hope, the anchor of the soul, sustains …" would be read as a name.
 */
/** A question after a lead-in sentence ("X happened. What followed from this?"), read alone. */
export function questionAlone(front: string): string {
  const at = front.search(/(?:^|[.!]\s+)(?:What|Who|Whom|Which|When|Where|Why|How)\b[^.!]*\?\s*$/);
  return at > 0 ? front.slice(at).replace(/^[.!]\s+/, "") : front;
}

export function individualAsWhat(front: string, back: string, s: Sentence, names?: Set<string>): boolean {
  const asked = ONE_WORD_WHAT.exec(front);
  const person = asked && THE_PERSON.exec(back.trim());
  if (!asked || !person || !personNoun(person[1])) return false;
  const word = asked[1];
  const at = s.tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.text.toLowerCase() === word);
  if (at.some(({ t }) => !CAPITALISED.test(t.text))) return false;
  const capitalised = word[0].toUpperCase() + word.slice(1);
  if (names?.has(capitalised) || at.some(({ i }) => i > 0 && !OPENING.test(s.tokens[i - 1].text))) return true;
  // The sentence opens on the name and its description in apposition: "Hale, the keeper of the rolls, says …".
  return s.text.toLowerCase().startsWith(`${word}, ${back.trim().toLowerCase()}`);
}
