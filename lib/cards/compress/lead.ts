// A sentence-initial connective that only links the sentence to the text before it: "On the
// contrary, …", "In this way, …", "Secondly, …", "So that …". The claim after it is asserted
// by the author as it stands, so leaving the connective out keeps the card true and removes a
// pointer to a sentence the card does not show. (Single-word markers, "But", "Thus", "In fact,",
// are the decontextualisation's markers op; these are the phrases it leaves.) "As a result,",
// "For this reason," and "In consequence," stay: the cause and consequence questions read them as
// what followed the sentence before.
import type { Compressor } from "./types";
import { none, type Op } from "../decontext/types";
import { completeClause } from "./clause-check";

const LEAD = new RegExp(
  "^(?:(?:On the (?:contrary|other hand)|In (?:this|that) (?:way|manner)|" +
    "By (?:this|that|these) means|In addition|In other words|That is to say|" +
    "In the (?:next|last) place|Finally|Lastly|Firstly|First|Secondly|Thirdly|Fourthly|Fifthly),\\s+|So that,?\\s+)(?=\\p{L})",
  "u",
);

export const lead: Compressor = (s) => {
  const m = LEAD.exec(s.text);
  if (!m) return [];
  const rest = s.tokens.filter((t) => t.start >= m[0].length);
  // "So that" must open a clause of its own ("So that the wells ran dry"), not "So that is why".
  if (!completeClause(rest) || /^(?:is|was|it)$/i.test(rest[0]?.text ?? "")) return [];
  return [{ op: "lead", start: 0, end: m[0].length }];
};

/** The same cut as a repair of the whole sentence, so every card of it (questions too) goes without
 * the connective; the sentence's context records it as a "connective" edit. */
export const connective: Op = (s) => {
  const out = none();
  for (const c of lead(s)) out.edits.push({ start: c.start, end: c.end, text: "", op: "connective" });
  return out;
};
