// Where an argument states its point inside a sentence, however long the sentence: the clause after
// an announced conclusion ("…; wherefore P", "…, from whence it follows, that P", "we conclude that
// P", "the answer is that P", "…; it is evident that P") and the clause that corrects a view by
// contrast ("X is not A, but B"). These are how English prose argues: the conclusion is signposted,
// and it is usually the shortest clause of a long periodic sentence. Token ranges [from, to) of the
// analysed sentence; the caller judges whether the clause stands alone.
import type { AnalysedSentence, Token } from "../analyse";
import { written } from "../decontext";

export type Found = {
  from: number; to: number; shape: "conclusion" | "contrast" | "reason" | "preference";
  /** the clause that gives the reason: before the marker for a conclusion, after "for" / "because" for a reason */
  premise?: [number, number];
  /** a preference's chosen course ("safer to {{be feared}} than loved"): the answer to blank */
  point?: [number, number];
  /** the conclusion is announced in the author's first person ("I say that P"): only carded when the author is known */
  authorial?: boolean;
  /** a contrast of degree ("not so much A as B"): A is played down, not denied, so no "No:" question is asked */
  degree?: boolean;
};

// Tokens after which a new clause may start (the marker must open a clause, not sit inside a phrase).
const BREAK = /^[;:,—–(]$/;
const ENDS = /^[;:.!?]$/;
// "it follows", "it is evident/clear/plain/manifest/certain/obvious", "we (may|must|can) (conclude|infer|say|affirm)",
// "the (answer|conclusion|truth|result) is": each followed by an optional comma and "that". Lower-case token texts.
const CONCLUDES: string[][] = [
  ["it", "follows"], ["it", "therefore", "follows"], ["it", "is", "evident"], ["it", "is", "clear"], ["it", "is", "plain"], ["it", "is", "manifest"], ["it", "is", "obvious"],
  ["it", "is", "therefore", "evident"], ["it", "is", "therefore", "clear"], ["it", "is", "therefore", "plain"], ["it", "is", "therefore", "manifest"],
  ["we", "conclude"], ["we", "may", "conclude"], ["we", "must", "conclude"], ["we", "can", "conclude"], ["we", "infer"], ["we", "may", "infer"], ["we", "may", "therefore", "conclude"],
  ["the", "answer", "is"], ["the", "conclusion", "is"], ["the", "truth", "is"], ["the", "result", "is"], ["my", "answer", "is"], ["our", "conclusion", "is"],
];
// The author's own thesis announced in the first person: "I say that P", "I answer that P", "I hold that P".
// The card names the author instead of "I", so these count only when the book's author is known.
const AUTHORIAL: string[][] = [["i", "say"], ["i", "answer"], ["i", "maintain"], ["i", "hold"], ["i", "affirm"], ["i", "conclude"], ["i", "contend"], ["i", "assert"]];
// "The conclusion (to be drawn from what precedes) is, that P": a thesis noun, up to eight words, then "is".
const THESIS_NOUN = new Set(["conclusion", "answer", "truth", "result", "upshot", "moral", "lesson"]);
// Connectives that announce a conclusion when they open a clause after a break: "…; wherefore P", "…, and therefore P".
const THEREFORE = new Set(["wherefore", "therefore", "hence", "consequently", "accordingly"]);
// Words allowed between a break and the marker: "; and from whence it follows", "; so that it is evident".
const LEAD = new Set(["and", "so", "from", "whence", "hence", "thus", "therefore", "wherefore", "then", "but", "now", "consequently"]);

const seq = (t: Token[], k: number, words: string[]) => words.every((w, j) => t[k + j]?.lower === w);

/** `to` less the closing punctuation before it (a comma, a stop, a closing quotation mark or bracket), not below `from`. */
function trimmedEnd(t: Token[], from: number, to: number): number {
  let k = to;
  while (k > from && /^[,.!?"”’)\]]$/.test(t[k - 1].text)) k--;
  return k;
}

/** End of the clause that starts at `from`: the next ";" / ":" / sentence end, less closing punctuation. */
function clauseEnd(t: Token[], from: number): number {
  let k = from;
  while (k < t.length && !ENDS.test(t[k].text)) k++;
  return trimmedEnd(t, from, k);
}

/** Start of the clause that ends at `to` (exclusive): after the previous ";" / ":" or the sentence start. */
function clauseStart(t: Token[], to: number): number {
  let k = to - 1;
  while (k > 0 && !/^[;:]$/.test(t[k - 1].text)) k--;
  return Math.max(0, k);
}

/** Start of the claim that ends at `to`: its clause's start (clauseStart) less a leading connective of LEAD or a comma. */
function claimStart(t: Token[], to: number): number {
  let from = clauseStart(t, to);
  while (from < to && (LEAD.has(t[from].lower) || t[from].text === ",")) from++;
  return from;
}

/**
 * The claim that ends at `end` (exclusive; `end` is a link's punctuation, or the sentence's end): from
 * claimStart to `end` less the breaks before it: the claim of a reason ("C, for R").
 */
function claimBefore(t: Token[], end: number): [number, number] {
  const from = claimStart(t, end);
  let to = end;
  while (to > from && /^[,;:—–]$/.test(t[to - 1].text)) to--;
  return [from, to];
}

/** Whether token k opens a clause: the sentence's first word, or words of LEAD back to a break. */
function opensClause(t: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && LEAD.has(t[j].lower)) j--;
  return j < 0 || BREAK.test(t[j].text);
}

// A sentence's first word that draws a consequence from what precedes ("Hence C.", "Therefore, C.").
// Not "Thus" (an example or a manner as often), "Accordingly" or "So" (a
// narrative's next step as often) alone.
const CONSEQUENCE_OPENER = String.raw`(?:Hence|Therefore|Wherefore|Consequently)\b,?\s`;

// A sentence that opens on a conclusion marker, as written ("Hence it is evident that P", "We may
// therefore conclude that P"): the decontextualisation deletes the marker (decontext/author-frames,
// markers), so the analysed text is P alone; the marker, read on the sentence as written, says P is
// the author's conclusion.
const OPENS_CONCLUDING = new RegExp(String.raw`^(?:(?:And|But|So|Now)\s+)?(?:(?:Hence|Thus|Therefore|Wherefore|Consequently|Accordingly)\s*,?\s*)?(?:it (?:therefore )?(?:follows|is (?:therefore )?(?:evident|clear|plain|manifest|obvious))|we (?:may |must |can )?(?:therefore )?(?:conclude|infer)|the (?:answer|conclusion) is),?\s+that\b|^${CONSEQUENCE_OPENER}`, "i");

/**
 * Whether `opens` finds its marker on the sentence as written and the decontextualisation deleted it
 * (the analysed text no longer opens on it): the analysed sentence is then what the marker announces.
 */
function openedBy(s: AnalysedSentence, opens: RegExp): boolean {
  const as = written(s);
  return as !== s.text && opens.test(as) && !opens.test(s.text);
}

/** "the conclusion (to be drawn from what precedes) is": the marker's words, or undefined. */
function thesisNoun(t: Token[], k: number): string[] | undefined {
  if (!/^(?:the|our|my)$/.test(t[k].lower) || !THESIS_NOUN.has(t[k + 1]?.lower ?? "")) return undefined;
  for (let j = k + 2; j < Math.min(t.length, k + 11); j++) {
    if (/^[;:.!?]$/.test(t[j].text)) return undefined;
    // "The conclusion at which he arrived was that …", "the answer Smith gave": someone else's conclusion,
    // told, not the author's own; only the present "is" after words that name no one ("to be drawn from what precedes").
    if (t[j].pos === "PROPN" || (t[j].pos === "PRON" && !/^(?:what|this|these|all|it)$/.test(t[j].lower))) return undefined;
    if (t[j].lower === "was") return undefined;
    if (t[j].lower === "is") return j === k + 2 ? undefined : t.slice(k, j + 1).map((x) => x.lower);
  }
  return undefined;
}

/** The signposted conclusions of a sentence, in order. */
export function conclusions(s: AnalysedSentence): Found[] {
  const t = s.tokens;
  const out: Found[] = [];
  if (openedBy(s, OPENS_CONCLUDING)) {
    // The whole analysed sentence is the conclusion, up to its first ";" or ":" (what follows is its reason or a further claim).
    const to = clauseEnd(t, 0);
    if (to >= 4) out.push({ from: 0, to, shape: "conclusion" });
  }
  for (let k = 0; k < t.length - 3; k++) {
    if (!opensClause(t, k)) continue;
    let from = -1;
    const authorial = AUTHORIAL.find((m) => seq(t, k, m));
    const marker = CONCLUDES.find((m) => seq(t, k, m)) ?? authorial ?? thesisNoun(t, k);
    if (marker) {
      let j = k + marker.length;
      if (t[j]?.text === ",") j++;
      if (t[j]?.lower !== "that") continue;
      j++;
      if (t[j]?.text === ",") j++;
      from = j;
    } else if (THEREFORE.has(t[k].lower) && k > 0) {
      // "…; wherefore the tolls of the port must rise": the connective after a break, then a clause.
      let j = k + 1;
      if (t[j]?.text === ",") j++;
      from = j;
    } else continue;
    let to = clauseEnd(t, from);
    // "the conclusion is, that P, but that Q": a second complement clause is a second claim; P is the first.
    const second = t.findIndex((x, j) => j > from + 3 && j < to - 2 && x.text === "," && /^(?:but|and)$/.test(t[j + 1].lower) && t[j + 2].lower === "that");
    if (second > 0) to = second;
    if (to - from < 4) continue;
    const before = k > 0 ? clauseStart(t, k) : -1;
    const premiseTo = (() => { let p = k; while (p > 0 && (LEAD.has(t[p - 1].lower) || BREAK.test(t[p - 1].text))) p--; return p; })();
    out.push({ from, to, shape: "conclusion", ...(before >= 0 && premiseTo - before >= 4 ? { premise: [before, premiseTo] as [number, number] } : {}), ...(authorial ? { authorial: true } : {}) });
    k = to;
  }
  return out;
}

/**
 * "X is not A, but B" / "not A but B is what …" / "X is not so much A as B" (marked `degree`): a claim that corrects a view. The whole clause that
 * holds the contrast is the claim (its point is B, which the caller blanks); the "not" must come after
 * the clause's verb, so "not only …, but also …" (an addition, not a correction) is left out.
 */
export function contrasts(s: AnalysedSentence): Found[] {
  const t = s.tokens;
  const out: Found[] = [];
  for (let k = 1; k < t.length - 3; k++) {
    if (t[k].lower !== "not" || /^(?:only|merely|simply|alone|less|more)$/.test(t[k + 1]?.lower ?? "")) continue;
    // "X is not so much A as B": B is the author's word for X, A the one played down.
    const degree = t[k + 1]?.lower === "so" && t[k + 2]?.lower === "much";
    const but = degree
      ? t.findIndex((x, j) => j > k + 3 && j < k + 16 && x.lower === "as")
      : t.findIndex((x, j) => j > k + 1 && j < k + 14 && x.lower === "but" && !/^(?:also|too|as|that)$/.test(t[j + 1]?.lower ?? ""));
    if (but < 0 || t.slice(k + 1, but).some((x) => /^[;:.!?]$/.test(x.text))) continue;
    // The clause holding the contrast: from the last ";" / ":", less a leading connective or "that"
    // ("To which let me add, that he who … does not lessen, but increase …"), or from the nearest
    // "that" before the "not" ("This rule, that tide tables are made, not by calculation but by
    // observation, …"), where the contrast sits in a clause of its own. The caller keeps the first that stands.
    const from = claimStart(t, k);
    const to = clauseEnd(t, but);
    if (to - but < 2) continue;
    out.push({ from, to, shape: "contrast", ...(degree ? { degree: true } : {}) });
    if (degree) { k = to; continue; }
    const that = t.findLastIndex((x, j) => j > from && j < k && x.lower === "that" && t[j - 1]?.text === ",");
    if (that > 0) {
      const close = t.findIndex((x, j) => j > but + 1 && x.text === ",");
      out.push({ from: that + 1, to: close > 0 && close < to ? close : to, shape: "contrast" });
    }
    k = to;
  }
  return out;
}

// "for" that joins a reason to the clause before it ("…; for men are ungrateful"), not the
// preposition ("for a time", "for this reason", "for the sake of", "for example"): a clause whose
// subject opens right after it. "because" after a ";" or ":" joins a reason to the clause of that
// stretch only (cause.ts asks the whole sentence's main clause, which a long period does not let it).
const REASON_LINK = new Set(["for", "because"]);
// Words after "for" that make it the preposition. An article or "all / every / each" may open either
// (a clause's subject or a phrase): the words after it decide (below).
const NOT_A_REASON = /^(?:example|instance|this|that|these|those|one|some|if|though|although|when|whereas|while|not|in|on|at|to|by|with|as|so|ever|which|what|whom|whose|it|such|myself|himself|herself|themselves|itself|years?|days?|ages?|centuries|long|once|good)$/;

/** "C; for R" / "C, because R" inside a stretch between ";" / ":": the claim C and its reason R (R up to the next ";" / ":" or the end). */
export function reasons(s: AnalysedSentence): Found[] {
  const t = s.tokens;
  const out: Found[] = [];
  for (let k = 2; k < t.length - 3; k++) {
    if (!reasonLink(t, k)) continue;
    // "…; and men have less scruple …, for …": the coordinator that opens the stretch is no part of the claim.
    const [from, to] = claimBefore(t, k - 1);
    // "because" as the sentence's own reason is cause.ts's: here only after a ";" or ":".
    if (t[k].lower === "because" && from === 0) continue;
    const rFrom = k + 1, rTo = clauseEnd(t, rFrom);
    if (to - from < 4 || rTo - rFrom < 4) continue;
    out.push({ from, to, shape: "reason", premise: [rFrom, rTo] });
    k = rTo;
  }
  return out;
}

/**
 * Whether token k links a reason to the clause before it: "for" / "because" after a break, and "for"
 * as the conjunction (a subject and a finite verb follow), not the preposition.
 */
function reasonLink(t: Token[], k: number): boolean {
  if (!REASON_LINK.has(t[k].lower) || !/^[;:,—–]$/.test(t[k - 1]?.text ?? "")) return false;
  if (t[k].lower !== "for") return true;
  // "for" as a conjunction: a subject (pronoun, noun, name or determiner + noun) and a finite verb before the next comma.
  if (NOT_A_REASON.test(t[k + 1]?.lower ?? "")) return false;
  if (/^(?:sake|purpose|most|first|present|time|moment|rest|same|reason|love|fear|want|lack)$/.test(t[k + 2]?.lower ?? "")) return false;
  return finiteAfterSubject(t, k + 1, clauseEnd(t, k + 1));
}

/** Whether tokens from `from` read as a clause: a subject of at most six words, then a finite verb or auxiliary, before any comma. */
function finiteAfterSubject(t: Token[], from: number, to: number): boolean {
  if (!/^(?:PRON|NOUN|PROPN|DET|ADJ|NUM)$/.test(t[from]?.pos ?? "")) return false;
  for (let j = from + 1; j < Math.min(to, from + 8); j++) {
    if (/^[,;:—–(]$/.test(t[j].text)) return false;
    if (t[j].pos === "AUX" || (t[j].pos === "VERB" && !/ing$/.test(t[j].lower))) return j > from;
  }
  return false;
}

// "it is (much) safer / better / wiser / easier / more prudent … to A than (to) B": the author weighs
// two courses and prefers one. The clause runs from "it" to the end of B (its next comma or the clause's end).
// "more" and "less" take an adjective after them ("more prudent"). card.ts's generic "it is better to"
// is built from the same list.
export const PREFERENCE_WORDS = ["better", "safer", "wiser", "easier", "preferable", "worse", "harder", "surer", "more", "less"] as const;
const PREFER = new RegExp(`^(?:${PREFERENCE_WORDS.join("|")})$`);
const DEGREE = /^(?:much|far|always|often|generally|surely|certainly|infinitely|still|even|therefore|then|thus|evidently|plainly|clearly)$/;

/** "It is much safer to be feared than loved": the clause, and the chosen course A ("be feared") as its point. */
export function preferences(s: AnalysedSentence): Found[] {
  const t = s.tokens;
  const out: Found[] = [];
  for (let k = 0; k < t.length - 6; k++) {
    if (t[k].lower !== "it" || !/^(?:is|was)$/.test(t[k + 1].lower)) continue;
    // "it" as the dummy subject, not the object of a verb before it ("thought it safer to …").
    if (k > 0 && /^(?:VERB|AUX)$/.test(t[k - 1].pos)) continue;
    let j = k + 2;
    while (DEGREE.test(t[j]?.lower ?? "")) j++;
    if (!PREFER.test(t[j]?.lower ?? "")) continue;
    if (/^(?:more|less)$/.test(t[j].lower)) j++; // "more prudent"
    j++;
    // "for a prince to be …": the one who chooses, named between the adjective and "to".
    if (t[j]?.lower === "for") { const to = t.findIndex((x, i) => i > j && i < j + 6 && x.lower === "to"); if (to < 0) continue; j = to; }
    if (t[j]?.lower !== "to") continue;
    const aFrom = j + 1;
    const than = t.findIndex((x, i) => i > aFrom && x.lower === "than");
    if (than < 0) continue;
    let aTo = than;
    while (aTo > aFrom && /^[,—–]$/.test(t[aTo - 1].text)) aTo--;
    // A course is one phrase: a comma inside it ("better to wait a little, since the harvest is later
    // than usual") means the "than" belongs to another clause.
    if (t.slice(aFrom, aTo).some((x) => /^[,;:.!?]$/.test(x.text))) continue;
    let bTo = than + 1;
    while (bTo < t.length && !/^[,;:.!?—–]$/.test(t[bTo].text)) bTo++;
    if (aTo - aFrom < 1 || bTo - than < 2) continue;
    out.push({ from: k, to: bTo, shape: "preference", point: [aFrom, aTo] });
    k = bTo;
  }
  return out;
}
