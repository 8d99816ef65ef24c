// What-object questions: "In 1890 Vance finished the first volume of The Tide Tables" →
// "What did Vance finish in 1890?" The object is the noun phrase right after the main verb.
import type { AnalysedSentence } from "../analyse";
import type { Candidate } from "./types";
import { coordinationHead, inverted } from "./phrase";
import { measureOf } from "../analyse/measure";
import { appositionAfter, infinitiveAfter, takesObjectAndInfinitive } from "./english";

const LIGHT_VERB = /^(?:make|take|give|have|pay|offer|do|put)$/;
// Nouns of an action or state by their ending (resistance, dispositions, attention, improvement, decision).
const EVENT_NOUN = /(?:ance|ence|tion|sion|ment)s?$/;
const MEANING_VERB = /^(?:mean|means|meant|denote|denotes|denoted|signify|signifies|signified)$/;

export function objectCandidates(s: AnalysedSentence): Candidate[] {
  const c = s.clause;
  if (!c || c.aux || s.tokens[c.verb].lemma === "be") return [];
  // "X means Y": the object is a meaning, asked whole by the definition builders ("What is meant by
  // X?", term.ts); the object phrase alone cuts it ("What does X mean to the owners of …?" → half of Y).
  if (MEANING_VERB.test(s.tokens[c.verb].lower)) return [];
  const np = s.phrases.find((p) => p.a === c.verb + 1);
  if (!np) return [];
  // "We wish the cells of the arm to work": the object is the subject of the infinitive after it, and
  // "What do we wish to work?" is no English question.
  if (takesObjectAndInfinitive(s.tokens[c.verb].lemma) && infinitiveAfter(s, np.a) >= 0) return [];
  // The object runs on through "of …" phrases ("the first volume of The Tide Tables").
  let b = np.b;
  while (s.tokens[b]?.lower === "of") {
    const next = s.phrases.find((p) => p.a === b + 1);
    if (!next) break;
    b = next.b;
  }
  // An of-phrase the toolkit could not read as a noun phrase ("defeated the heir of his holding" with
  // "holding" a verb): the object's end is unknown, and "What did they defeat of his holding?" is no
  // question (session 27, gen27; ./complement has the same guard).
  if (s.tokens[b]?.lower === "of") return [];
  // "made little resistance", "took possession", "gave attention": a light verb and its event noun are
  // one predicate ("resisted"); "What did the men make? → little resistance" asks for no thing made.
  if (LIGHT_VERB.test(s.tokens[c.verb].lemma) && EVENT_NOUN.test(s.tokens[b - 1].lower)) return [];
  // "made A and B": the first noun phrase alone is half the answer (and B would stay in the question).
  if (coordinationHead(s, b)) return [];
  // "consists of two duties, trade inspection and price control": an apposition after the answer would
  // stay behind in the question ("What does the work consist of, trade inspection, and price control?").
  if (appositionAfter(s, b)) return [];
  const body = inverted(s, [np.a, b]);
  if (!body) return [];
  const start = s.tokens[np.a].start, end = s.tokens[b - 1].end;
  // "The column marched two miles": an amount after an intransitive verb is asked "How far / How long".
  const measure = measureOf(s.text.slice(start, end));
  if (measure) return [{ kind: "qa", type: "object", front: `${measure === "distance" ? "How far" : "How long"} ${body}?`, back: s.text.slice(start, end), sentence: s.sentence.id, extra: [], answer: { start, end }, answerKind: "number" }];
  const named = s.entities.find((e) => e.a >= np.a && e.b <= b);
  return [{ kind: "qa", type: "object", front: `What ${body}?`, back: s.text.slice(start, end), sentence: s.sentence.id, extra: [], answer: { start, end }, answerKind: named && named.b === b ? named.kind : "phrase" }];
}
