// What a blank looks like when no span the chooser offers stands for it (scripts/llm-blanks-audit.ts):
// its shape from the sentence's tokens, and how the offered spans lie against it.
import type { AnalysedSentence } from "@/lib/cards/analyse";
import type { Offsets } from "@/lib/cards/spans/notes";

const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|half|third|thirds|quarter|fourth|fifth|tenth|per|cent|percent|dozen|score)(?:-\w+)?$/i;
const RELATIVE = /^(?:which|who|whom|whose|that|where|when)$/i;

/**
 * What a blank the chooser cannot take looks like, from the sentence's tokens inside it (their part
 * of speech as the analysis tags them): the classes of span the enumeration (lib/cards/spans/
 * enumerate.ts) would have to add.
 */
export function blankShape(s: AnalysedSentence, blank: Offsets): string {
  const toks = s.tokens.filter((t) => t.end > blank.start && t.start < blank.end && /[\p{L}\d]/u.test(t.text));
  if (!toks.length) return "no word";
  const pos = toks.map((t) => t.pos);
  const verb = (p: string) => p === "VERB" || p === "AUX";
  const numeric = toks.some((t) => t.pos === "NUM" || NUMBER_WORD.test(t.text) || /\d/.test(t.text));
  if (numeric && toks.length <= 4 && !pos.some(verb)) return "number or quantity";
  if (toks[0].lower === "to" && toks[1] && verb(pos[1])) return "infinitive (to + verb)";
  if (verb(pos[0])) return "verb phrase (opens on a verb)";
  if (pos.slice(1).some(verb)) {
    if (pos[0] === "SCONJ" || pos[0] === "ADP" || RELATIVE.test(toks[0].text)) return "clause after a conjunction or preposition";
    if (toks.slice(1).some((t) => RELATIVE.test(t.text))) return "noun phrase with a relative clause";
    return "clause, or noun phrase with a participle";
  }
  if (pos[0] === "ADP" || pos[0] === "SCONJ") return "prepositional phrase";
  if (!pos.some((p) => p === "NOUN" || p === "PROPN" || p === "NUM" || p === "PRON")) return "adjective or adverb, no noun";
  if (pos.includes("CCONJ")) return "coordination (X and Y)";
  const of = toks.findIndex((t) => t.lower === "of");
  if (of > 0 && toks.slice(of + 1).some((t) => t.pos === "PROPN")) return "X of a name";
  if (pos.includes("ADP")) return "noun phrase across a preposition";
  if (toks.length === 1) return pos[0] === "PROPN" ? "one proper noun" : "one word";
  return "noun phrase (other bounds)";
}

/** How the enumerated spans stand to a blank none of them matches: all inside it, it inside one, crossing, or apart. */
export function relationTo(blank: Offsets, spans: Offsets[]): "inside the blank" | "blank inside a span" | "crossing" | "apart" {
  const touching = spans.filter((c) => c.end > blank.start && c.start < blank.end);
  if (!touching.length) return "apart";
  if (touching.some((c) => c.start <= blank.start && c.end >= blank.end)) return "blank inside a span";
  if (touching.every((c) => c.start >= blank.start && c.end <= blank.end)) return "inside the blank";
  return "crossing";
}
