// Words the decontextualisation reports as presupposing something said before (decontext/adverbs,
// decontext/determiner) that, read with the words around them, point inside their own sentence and
// so inside the card, or do not point at all:
// - "instead of X" is a preposition: it names its own alternative ("made the owner, instead of the
//   thing itself, the defendant"); only a bare "instead" asks "instead of what?";
// - "above" with no "the" before it is a preposition ("above freezing point", "above the town"):
//   only "the above (letters)" points back;
// - "then" answering a condition earlier in the sentence ("If the load is T, then the strain is …");
// - a conclusion adverb opening the second clause of the sentence ("…; and consequently …", ", and
//   hence …"): its premise is the first clause, on the card with it.
// The card must show the words the adverb points to (a clause card cut after them does not).
// Measured on the train books (scripts/stage-audit.ts, docs/card-generator.md "Session 8: cards
// the gates threw away"): the standalone gate dropped these cards as "depends on the text before it".
import type { Dependence } from "../decontext";

const CONDITION = /\b(?:if|when|whenever|once|unless|since)\b[^;:.!?]*,\s*$/i;
const CONCLUSION = new Set(["consequently", "hence", "accordingly", "therefore", "thus", "then"]);
// The second clause of the same sentence: after ";" or a comma/";" + "and"/"so".
const SECOND_CLAUSE = /(?:;\s*(?:and\s+|so\s+)?|,\s*(?:and|so)\s+)$/i;
// A finite clause before it (a verb form, not only a noun phrase): a few common verb endings or auxiliaries.
const FINITE = /\b(?:is|are|was|were|be|been|has|have|had|can|could|will|would|shall|should|may|might|must|do|does|did|\w+(?:ed|es|s))\b/i;

/** The first words of `part` (at most four), as the card would show them. */
const lead = (part: string) => part.trim().split(/\s+/).slice(0, 4).join(" ");

/**
 * True when the dependence points inside the sentence and the card shows what it points to.
 * `written`: the sentence as written (the dependence's offsets are into it); `card`: the card's visible text.
 */
export function pointsInside(d: Dependence, written: string, card: string): boolean {
  if (d.op === "determiner") return d.kind === "above" && !/^the\s/i.test(d.text);
  if (d.op !== "adverb") return false;
  const before = written.slice(0, d.start), after = written.slice(d.end);
  if (d.kind === "instead") return /^\s+of\b/i.test(after);
  const shows = (part: string) => !!part.trim() && card.toLowerCase().includes(lead(part).toLowerCase());
  if (d.kind === "then") {
    const m = CONDITION.exec(before);
    if (m && shows(before.slice(m.index))) return true;
  }
  if (CONCLUSION.has(d.kind) && SECOND_CLAUSE.test(before)) {
    const first = before.replace(SECOND_CLAUSE, "");
    // The first clause is a clause of its own (a verb), shown on the card.
    return first.split(/\s+/).length >= 4 && FINITE.test(first) && shows(first.slice(Math.max(0, first.search(/\S/))));
  }
  return false;
}
