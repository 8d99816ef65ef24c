// The tense of a verb, from its form: the toolkit tags parts of speech but no tense. Narrative (past
// tense) and exposition (present) are told apart by it across the pipeline: the decontextualisation
// reads "now" or "the plaza" as the story's only in a past-tense sentence, the gates look for a
// finite verb, and the worth experiment (../rank/worth) counts it as a feature.
import type { Token } from "./types";

const PRESENT_AUX = new Set(["is", "are", "am", "has", "have", "does", "do", "'s", "'re"]);
const PAST_AUX = new Set(["was", "were", "had", "did"]);
export const MODALS = new Set(["can", "may", "must", "will", "would", "should", "might", "could", "shall", "cannot"]);

export type Tense = "present" | "past" | "modal" | "other";

/** Tense of a verb token from its form and lemma (the toolkit tags no tense). */
export function tenseOf(t: Token | undefined): Tense {
  if (!t) return "other";
  const w = t.lower;
  if (MODALS.has(w)) return "modal";
  if (PRESENT_AUX.has(w)) return "present";
  if (PAST_AUX.has(w)) return "past";
  if (t.pos !== "VERB" && t.pos !== "AUX") return "other";
  if (/ing$/.test(w)) return "other";
  if (w === t.lemma || w === `${t.lemma}s` || w === `${t.lemma}es` || (/y$/.test(t.lemma) && w === `${t.lemma.slice(0, -1)}ies`)) return "present";
  return "past"; // an inflected form that is neither -s nor -ing: "made", "called", "went"
}

/** A verb or auxiliary with a tense: present, past or a modal (not an -ing form). */
export const isFiniteVerb = (t: Token | undefined): t is Token => !!t && (t.pos === "VERB" || t.pos === "AUX") && tenseOf(t) !== "other";

/** The first verb or auxiliary with a tense (from character `from` on). */
export function firstFiniteVerb(ts: Token[], from = 0): Token | undefined {
  return ts.find((t) => t.start >= from && isFiniteVerb(t));
}

/** The tense of the first finite verb (from character `from` on), "other" when there is none. */
export function firstFiniteTense(ts: Token[], from = 0): Tense {
  return tenseOf(firstFiniteVerb(ts, from));
}

// An auxiliary a participle leans on ("is built", "has flown", "are found"): the participle is no past tense.
const PARTICIPLE_AUX = /^(?:is|are|am|be|been|being|has|have|having|get|gets)$/;

/**
 * A statement in the present tense only: its first finite verb is present (or a present modal: can,
 * may, must, will, shall) and no verb of it is past ("was", "had", "did", or a past form that no
 * auxiliary carries as a participle). What such a sentence says of a month or season ("The martins
 * leave in October") holds every year; a story told in the past names one particular month.
 */
export function habitualPresent(ts: Token[]): boolean {
  const first = firstFiniteVerb(ts);
  if (!first || (tenseOf(first) !== "present" && !/^(?:can|cannot|may|must|will|shall)$/.test(first.lower))) return false;
  return ts.every((t, k) => {
    if (PAST_AUX.has(t.lower)) return false;
    if (tenseOf(t) !== "past") return true;
    let j = k - 1;
    while (j >= 0 && ts[j].pos === "ADV") j--;
    return j >= 0 && PARTICIPLE_AUX.test(ts[j].lower);
  });
}
