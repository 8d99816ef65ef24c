// Consequences an author draws (session 17): a result joined to its cause inside a sentence
// ("P; so that C", "P, so that C") and a conclusion that opens its own sentence on a consequence
// marker ("Hence C.", "Therefore C.", "It follows that C.") drawn from the sentence before it in the
// same paragraph. Both are asked as the link the author makes, "Why C?" → "Because P": a cloze of C
// alone would drop the cause the text gives, and the link is the argument. Behind CONSEQUENCE_ON
// (./switch.ts): measured on training and a check set before it may be on (docs/card-generator.md,
// "Session 17: argument cards").
import type { Analysis, AnalysedSentence } from "../analyse";
import type { Candidate } from "../candidates/types";
import { written } from "../decontext";
import { because, standingClause, CLAIM_MAX } from "./card";
import { claimBefore, clauseEnd, CONSEQUENCE_OPENER, openedBy, reasonLink, trimmedEnd, type Found } from "./find";

// "so that" of purpose takes a modal of wish, ability or intent ("so that he may", "so that it should
// not", "so that the masters would have a hall"): a purpose is no consequence. A result states what
// happens ("so that the harvest fails").
const PURPOSE = /^(?:may|might|shall|should|can|could|ca|will|would|wo)$/;

/** "P; so that C" / "P, so that C": the result C with P as its premise, when both are clauses. */
export function results(s: AnalysedSentence): Found[] {
  const t = s.tokens;
  const out: Found[] = [];
  for (let k = 2; k < t.length - 4; k++) {
    if (t[k].lower !== "so" || t[k + 1].lower !== "that" || !/^[;,:]$/.test(t[k - 1].text)) continue;
    const from = k + 2, to = clauseEnd(t, from);
    if (t.slice(from, to).some((x) => PURPOSE.test(x.lower))) continue;
    const [pFrom, pTo] = claimBefore(t, k - 1);
    if (to - from < 4 || pTo - pFrom < 4) continue;
    out.push({ from, to, shape: "result", premise: [pFrom, pTo] });
    k = to;
  }
  return out;
}

// A sentence that opens on a consequence drawn from what precedes, as written (find.ts's
// CONSEQUENCE_OPENER, or "it follows that"), its marker deleted by the decontextualisation
// (decontext/markers). Not "Thus" (an example or a manner as often as a consequence: "Thus the
// lamps of the street have come to …"), not "Accordingly" or "So" (a narrative's next step as often).
const DRAWN = new RegExp(String.raw`^(?:(?:And|But)\s+)?(?:${CONSEQUENCE_OPENER}\s*(?:it (?:therefore )?follows,?\s+that\s+)?|it (?:therefore )?follows,?\s+that\s+)`, "i");

/**
 * "P. Hence C." → "Why C?" → "Because P": the conclusion C (the sentence as analysed, which has
 * its marker deleted, up to its first ";" or ":") and its premise P, the last clause of the sentence
 * before it in the same paragraph, up to a reason it gives ("P, for R": P). Both must stand alone: a
 * premise that leans on the text before it ("This being so …", "He becomes …") gives no card, so the
 * premise names its own subject.
 */
export function drawnFromBefore(s: AnalysedSentence, before: AnalysedSentence | undefined, a: Analysis, who: string | null): Candidate | null {
  if (!before || before.sentence.paragraph !== s.sentence.paragraph) return null;
  if (!openedBy(s, DRAWN)) return null;
  // The sentence before is the premise only when it states something: no question, exclamation or quotation.
  if (/[?!]["”’)]*$/.test(written(before).trim())) return null;
  const t = s.tokens;
  const to = clauseEnd(t, 0);
  const clause = standingClause(s, 0, to, CLAIM_MAX, [], a);
  if (!clause?.clause) return null;
  // A named subject ("Therefore Quarrow submits a motion", "Hence Mara Quill demanded …") is a step of a
  // story the author tells, or someone else's reasoning reported; the author's own consequence is a
  // general one, its subject a common noun.
  if (clause.tokens.slice(clause.clause.subject.a, clause.clause.subject.b).some((x) => x.pos === "PROPN")) return null;
  const p = before.tokens;
  let [pFrom, pTo] = claimBefore(p, trimmedEnd(p, 0, p.length));
  // "P, for R. Hence C.": C is drawn from P; R is P's own reason, no part of the premise.
  const link = p.findIndex((x, j) => j > pFrom && j < pTo && reasonLink(p, j));
  if (link > 0) [pFrom, pTo] = claimBefore(p, link - 1);
  if (pTo - pFrom < 4) return null;
  const premise = standingClause(before, pFrom, pTo, CLAIM_MAX, [], a);
  return premise && because(s, clause, before, premise, [pFrom, pTo], a, who);
}
