// Questions whose builder cut a clause in two (blind raters, session 17: "broken question"). Each is
// a rule of English grammar, read on the question's own tokens:
// - a relative pronoun with no clause after it: "How did people who and people differ?" (the
//   relative clause was the answer, taken out);
// - a relative clause whose verb has lost its object: "What do the objects that provoke vary with?"
//   (the blank was the object inside the subject's relative clause, not the main verb's);
// - a "why" put on an author's frame: "Why is the truth that P?" (from "The truth is that P, because
//   R"): the frame became the subject and P its complement;
// - one individual asked with "What": "What was hale? → the keeper of the rolls" (from "Hale, the
//   keeper of the rolls, says …"): the builder took a name for a term and wrote it in lower case.
import { envSwitch, processEnv } from "../switch";
import { personNoun } from "./person-noun";

type QToken = { text: string; lower: string; lemma: string; pos: string };

/** LECTERN_BROKEN_QUESTIONS: "1" on, "0" off (default on: docs/card-generator.md, session 18). */
export const BROKEN_QUESTIONS_ON = envSwitch(processEnv(), "LECTERN_BROKEN_QUESTIONS", true);

const RELATIVE = /^(?:who|whom|which|that)$/;
// Verbs that take a bare infinitive after them ("that help build", "who let go"): two verbs in a row, whole.
const BARE_INFINITIVE = /^(?:help|make|let|see|hear|watch|feel|dare|need|go|come|bid|have)$/;
const FRAME_WHY = /^Why (?:is|was|are|were) (?:the|a|it) (?:truth|fact|point|case|answer|reason|result|consequence|view|belief|danger|difficulty|trouble) that\b/i;

/** Why the question's clause is cut in two, or null. `ts`: the question's tokens. */
export function brokenClauseProblem(front: string, ts: QToken[]): string | null {
  if (FRAME_WHY.test(front)) return "a 'why' put on the author's frame ('the truth is that')";
  for (let i = 1; i < ts.length - 1; i++) {
    const [t, u, v] = [ts[i], ts[i + 1], ts[i + 2]];
    if (!RELATIVE.test(t.lower)) continue;
    // ("that and" may be a demonstrative: "that and more".)
    if (t.lower !== "that" && (u.pos === "CCONJ" || u.text === "?")) return "a relative pronoun with no clause after it";
    if (/^(?:NOUN|PROPN)$/.test(ts[i - 1].pos) && u.pos === "VERB" && u.lemma === u.lower && v?.pos === "VERB" && !BARE_INFINITIVE.test(u.lemma) && v.lower !== v.lemma.replace(/e$/, "") + "ing") return "a relative clause's verb with its object cut away";
  }
  return null;
}

/** "What is/was <one lower-case word>?" answered by "the" + a person noun ("the keeper of …"): a name taken for a term. */
export function individualAsWhat(front: string, back: string): boolean {
  const one = /^What (?:is|was) \p{Ll}+\?$/u.test(front) && /^the (?:\p{Ll}+ ){0,2}?(\p{Ll}+)(?: of\b|$)/u.exec(back.trim());
  return !!one && personNoun(one[1]);
}
