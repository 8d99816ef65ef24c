// Where a thing comes from or what it rests on, the explanatory claims of an argument:
//   "The idea of a fair wage arises out of the customs of the guild." → "What does the idea of a
//    fair wage arise out of?" → "The customs of the guild"
//   "The safety of the harbour depends upon the dredging of the bar." → "What does … depend upon?"
//   "The wealth of the valley seems to have been the effect of its canals." → "What does the wealth
//    of the valley seem to have been the effect of?"
//   "The decline of the fishery was owing to the silting of the estuary." → "What was … owing to?"
// The answer runs to the end of its phrase (";", ":", a dash, or ", and / but / which …"). A count
// ("four causes") is no answer: the list after it is, and enumeration.ts asks for lists.
import type { AnalysedSentence, Token } from "../analyse";
import type { Candidate } from "./types";
import { cap, clean, decap, textOf } from "./phrase";

const ORIGIN_VERBS = new Set(["arise", "spring", "proceed", "depend", "stem", "derive"]);
const ORIGIN_PREPS = /^(?:from|on|upon|out)$/;
const DEGREE = /^(?:chiefly|entirely|principally|mainly|partly|wholly|altogether|largely|in part|all|solely|mostly)$/;
const EFFECT_NOUNS = /^(?:effects?|results?|consequences?|fruits?|products?)$/;
const BY_VERBS = /^(?:caused|occasioned|produced)$/;
const WORDS = (s: string) => s.split(/\s+/).filter(Boolean).length;
const COUNT = /^(?:two|three|four|five|six|seven|several|many|various|different)\b/i;
const POINTS = /^(?:this|that|these|those|it|its|them|they|their|such|which|what|him|her|his|one)\b/i;

/** The relation's last token (its preposition), or -1: "arises out of", "is owing to", "the effects of". */
function relationEnd(t: Token[], v: number): number {
  const w = t[v];
  if (ORIGIN_VERBS.has(w.lemma)) {
    // "depends chiefly on": a degree adverb may stand between the verb and its preposition.
    const p = DEGREE.test(t[v + 1]?.lower ?? "") ? v + 2 : v + 1;
    if (t[p]?.lower === "out" && t[p + 1]?.lower === "of") return p + 1;
    return ORIGIN_PREPS.test(t[p]?.lower ?? "") && t[p].lower !== "out" ? p : -1;
  }
  if (w.lemma !== "be") return -1;
  let k = v + 1;
  while (DEGREE.test(t[k]?.lower ?? "")) k++;
  if (/^(?:owing|due)$/.test(t[k]?.lower ?? "") && t[k + 1]?.lower === "to") return k + 1;
  if (BY_VERBS.test(t[k]?.lower ?? "") && t[k + 1]?.lower === "by") return k + 1;
  if (t[k]?.lower === "the" && EFFECT_NOUNS.test(t[k + 1]?.lower ?? "") && t[k + 2]?.lower === "of") return k + 2;
  return -1;
}

// "There can be no doubt that P", "It is probable that P": the claim is P.
const FRAME = /^(?:There (?:is|seems to be|can be) (?:little|no) doubt|It (?:is|seems|appears) (?:\w+ )?(?:probable|certain|clear|evident|true|likely|obvious|plain)) that /;

/** The verb group's first token and the relation's end, scanning the sentence from `from` (the
 * clause parser often fails on a long subject with a relative clause or a list in it). */
function relationOf(t: Token[], from: number): { g: number; end: number } | null {
  for (let v = from + 1; v < t.length - 2; v++) {
    if (/^[;:]$/.test(t[v].text)) return null; // the first clause only
    const seem = t[v].lemma === "seem" && t[v + 1]?.lower === "to" && (t[v + 2]?.lower === "be" || (t[v + 2]?.lower === "have" && t[v + 3]?.lower === "been"));
    const modal = t[v].pos === "AUX" && t[v].lemma !== "be" && !!t[v + 1] && ORIGIN_VERBS.has(t[v + 1].lemma);
    const rel = seem ? (t[v + 2].lower === "be" ? v + 2 : v + 3) : modal ? v + 1 : v;
    const end = relationEnd(t, rel);
    if (end > 0) return { g: v, end };
  }
  return null;
}

export function sourceCandidates(s: AnalysedSentence): Candidate[] {
  if (s.pronoun) return [];
  const t = s.tokens;
  const frame = FRAME.exec(s.text);
  const from = frame ? t.findIndex((x) => x.start >= frame[0].length) : 0;
  if (from < 0) return [];
  const r = relationOf(t, from);
  if (!r) return [];
  const { g, end } = r;
  // A negated relation ("does not depend on") says what the thing does not rest on.
  if (t[g - 1]?.lower === "not" || t[g + 1]?.lower === "not") return [];
  // The answer: the phrase after the relation, to the end of its clause.
  let stop = t.findIndex((x, k) => k > end && (/^[;:—]$/.test(x.text) || (x.text === "," && /^(?:and|but|which|who|so|for|while|whereas|as|nor|or)$/.test(t[k + 1]?.lower ?? ""))));
  if (stop < 0) stop = t.length;
  while (stop > end + 1 && /^[.!?"”’),]$/.test(t[stop - 1].text)) stop--;
  const answer = clean(textOf(s, end + 1, stop));
  if (WORDS(answer) < 2 || WORDS(answer) > 15 || COUNT.test(answer) || POINTS.test(answer) || /\b(?:I|me|my|we|us|our|you|your)\b/.test(answer)) return [];
  // The subject: the words before the verb group, up to a first comma ("The greatest gains in
  // trade, and much of the skill …" asks about the first half, of which the claim is as true). A
  // verb in it must sit in a relative clause ("All that makes a harbour safe"), else the sentence
  // opened with another clause ("The pilots said the silting arose from …").
  let sb = g;
  while (sb > from && t[sb - 1].text === ",") sb--;
  const comma = t.findIndex((x, k) => k > from + 2 && k < sb && x.text === ",");
  if (comma > 0) sb = comma;
  const subj = t.slice(from, sb);
  const relative = subj.findIndex((x) => /^(?:that|which|who|whom|whose)$/.test(x.lower));
  if (!subj.length || sb - from > 20 || !/^(?:DET|NOUN|ADJ|PROPN)$/.test(subj[0].pos) || POINTS.test(subj[0].lower)) return [];
  if (subj.some((x, k) => /^(?:VERB|AUX)$/.test(x.pos) && !/(?:ed|en)$/.test(x.lower) && (relative < 0 || k < relative))) return [];
  if (subj.some((x) => /^(?:I|me|my|we|us|our|you|your|he|she|they|it|his|her|its|their)$/.test(x.text))) return [];
  const subject = decap(textOf(s, from, sb), t[from]);
  // Question order: an auxiliary goes first ("is X owing to", "must X depend on"); a plain verb
  // takes "do" ("does X arise out of", "did X spring from", "do X seem to have been the effects of").
  const first = t[g];
  let head: string;
  if (first.pos === "AUX" && /^(?:is|are|was|were|must|may|might|can|could|will|would|should|has|have|had)$/.test(first.lower)) head = `${first.lower} ${subject} ${textOf(s, g + 1, end + 1)}`;
  else {
    const does = /ed$|^(?:arose|sprang|sprung)$/.test(first.lower) ? "did" : /[^s]s$/.test(first.lower) ? "does" : "do";
    head = `${does} ${subject} ${first.lemma} ${textOf(s, g + 1, end + 1)}`;
  }
  const front = `What ${clean(head)}?`;
  if (WORDS(front) > 30) return [];
  return [{ kind: "qa", type: "cause", front, back: cap(answer), sentence: s.sentence.id, extra: [], answer: { start: t[end + 1].start, end: t[stop - 1].end }, answerKind: "phrase" }];
}
