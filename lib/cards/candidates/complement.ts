// What-questions on a verb's prepositional complement: "The value of a coin depends on the weight
// of its metal" → "What does the value of a coin depend on?"; "Most of the silt comes from the
// upper valley" → "What does most of the silt come from?" Only verbs whose preposition belongs to
// the verb (general English, not a list from any text): an adjunct ("met in a hall") is no
// complement, and a where/when question covers it. What a thing is made of ("is composed of", "is
// made up of", "is formed of") and what it is owing to ("is due to", "is owing to") are the same
// shape with a participle or an adjective after "be".
import type { AnalysedSentence } from "../analyse";
import type { Candidate } from "./types";
import { inverted, sentenceEnd } from "./phrase";
import { appositionAfter } from "./english";

export const COMPLEMENT: Record<string, RegExp> = {
  depend: /^(?:on|upon)$/, rest: /^(?:on|upon)$/, rely: /^(?:on|upon)$/, consist: /^(?:of|in)$/,
  arise: /^(?:from|out of)$/, spring: /^(?:from|out of)$/, derive: /^from$/, come: /^(?:from|out of)$/,
  stem: /^from$/, originate: /^(?:from|in)$/, belong: /^to$/, amount: /^to$/, refer: /^to$/,
  differ: /^from$/, base: /^(?:on|upon)$/, found: /^(?:on|upon)$/, turn: /^(?:on|upon)$/,
  compose: /^of$/, make: /^up of$/, form: /^of$/, due: /^to$/, owing: /^to$/,
};
// Verbs whose complement follows only their passive participle ("is based on", "is composed of";
// "she composed of …" is no sentence) or the adjective after "be" ("is due to").
const AFTER_BE = new Set(["base", "found", "compose", "make", "form", "due", "owing"]);

export function complementCandidates(s: AnalysedSentence): Candidate[] {
  const c = s.clause;
  if (!c) return [];
  // "is based on", "was founded upon": the participle after the auxiliary is the verb.
  let v = c.verb;
  if ((c.aux && s.tokens[v + 1]?.pos === "VERB") || (s.tokens[c.verb].lemma === "be" && /^(?:due|owing)$/.test(s.tokens[v + 1]?.lower ?? ""))) v++;
  const verb = s.tokens[v];
  const lemma = /^(?:due|owing)$/.test(verb.lower) ? verb.lower : verb.lemma;
  const allowed = COMPLEMENT[lemma];
  if (!allowed || AFTER_BE.has(lemma) !== (v !== c.verb)) return [];
  // "This increase, which, in consequence of X, people are capable of, is owing to Y": a subject
  // with a relative clause set off in commas comes out of the question order garbled.
  if (AFTER_BE.has(lemma) && !/^(?:base|found)$/.test(lemma) && (c.aside || s.tokens.slice(c.subject.a, c.verb).some((t) => /^(?:which|who|whom|whose)$/.test(t.lower)))) return [];
  let p = v + 1;
  if (s.tokens[p]?.pos === "ADV" && s.tokens[p + 1]?.pos === "ADP") p++;
  const two = `${s.tokens[p]?.lower} ${s.tokens[p + 1]?.lower}`;
  const prep = allowed.test(two) ? 2 : allowed.test(s.tokens[p]?.lower ?? "") ? 1 : 0;
  if (!prep) return [];
  const np = s.phrases.find((x) => x.a === p + prep);
  if (!np) return [];
  // The complement runs on through "of …" phrases and stops at the end of the main clause.
  let b = np.b;
  while (s.tokens[b]?.lower === "of") {
    // ("of its metal": a possessive pronoun is not part of wink's noun phrase.)
    const next = s.phrases.find((x) => x.a === b + 1 || (x.a === b + 2 && /^(?:its|his|her|their|our|my|your)$/.test(s.tokens[b + 1].lower)));
    if (!next) break;
    b = next.b;
  }
  // An of-phrase the toolkit could not read as a noun phrase ("of bears" with "bears" a verb): the
  // complement's end is unknown, and half of it would be left in the question.
  if (s.tokens[b]?.lower === "of") return [];
  const end0 = sentenceEnd(s);
  if (b > end0) return [];
  // "composed of the shells of X, cemented in sand", "made up of silt carried from …": a participle
  // after the complement belongs to it, and goes into the answer; a coordinated noun after it ("X,
  // and other Y, …") is left out of both sides: the question ends on its preposition either way
  // (left in the question, the rest dangles: "What is X composed of, cemented in sand?").
  let cut = b;
  const after = s.tokens[b]?.text === "," ? b + 1 : b;
  const next = s.tokens[after];
  if (next && after < end0) {
    const participle = next.pos === "VERB" && /(?:ed|en|ing)$/.test(next.lower);
    const coordinated = after > b && /^(?:and|or)$/.test(next.lower);
    if (participle || coordinated) {
      let e = end0;
      while (e > b && /^[.!?"”’),;:]$/.test(s.tokens[e - 1].text)) e--;
      if (e - np.a > 20) return [];
      cut = e;
      if (participle) b = e;
    } else if (appositionAfter(s, b)) return []; // "consists of two duties, trade inspection, and price control"
  }
  const body = inverted(s, [np.a, cut]);
  if (!body) return [];
  const start = s.tokens[np.a].start, end = s.tokens[b - 1].end;
  const named = s.entities.find((e) => e.a >= np.a && e.b <= b);
  return [{ kind: "qa", type: "object", front: `What ${body}?`, back: s.text.slice(start, end), sentence: s.sentence.id, extra: [], answer: { start, end }, answerKind: named && named.a === np.a && named.b === b ? named.kind : "phrase" }];
}
