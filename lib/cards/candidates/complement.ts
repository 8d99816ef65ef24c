// What-questions on a verb's prepositional complement: "The value of a coin depends on the weight
// of its metal" → "What does the value of a coin depend on?"; "Most of the silt comes from the
// upper valley" → "What does most of the silt come from?" Only verbs whose preposition belongs to
// the verb (general English, not a list from any text): an adjunct ("met in a hall") is no
// complement, and a where/when question covers it.
import type { AnalysedSentence } from "../analyse";
import type { Candidate } from "./types";
import { inverted, sentenceEnd } from "./phrase";

export const COMPLEMENT: Record<string, RegExp> = {
  depend: /^(?:on|upon)$/, rest: /^(?:on|upon)$/, rely: /^(?:on|upon)$/, consist: /^(?:of|in)$/,
  arise: /^(?:from|out of)$/, spring: /^(?:from|out of)$/, derive: /^from$/, come: /^(?:from|out of)$/,
  stem: /^from$/, originate: /^(?:from|in)$/, belong: /^to$/, amount: /^to$/, refer: /^to$/,
  differ: /^from$/, base: /^(?:on|upon)$/, found: /^(?:on|upon)$/, turn: /^(?:on|upon)$/,
};

export function complementCandidates(s: AnalysedSentence): Candidate[] {
  const c = s.clause;
  if (!c) return [];
  // "is based on", "was founded upon": the participle after the auxiliary is the verb.
  let v = c.verb;
  if (c.aux && s.tokens[v + 1]?.pos === "VERB") v++;
  const verb = s.tokens[v];
  const allowed = COMPLEMENT[verb.lemma];
  if (!allowed || (verb.lemma === "base" || verb.lemma === "found") !== (v !== c.verb)) return [];
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
  if (b > sentenceEnd(s)) return [];
  const body = inverted(s, [np.a, b]);
  if (!body) return [];
  const start = s.tokens[np.a].start, end = s.tokens[b - 1].end;
  const named = s.entities.find((e) => e.a >= np.a && e.b <= b);
  return [{ kind: "qa", type: "object", front: `What ${body}?`, back: s.text.slice(start, end), sentence: s.sentence.id, extra: [], answer: { start, end }, answerKind: named && named.a === np.a && named.b === b ? named.kind : "phrase" }];
}
