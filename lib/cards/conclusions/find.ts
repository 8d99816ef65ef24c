// Where an argument states its point inside a sentence, however long the sentence: the clause after
// an announced conclusion ("…; wherefore P", "…, from whence it follows, that P", "we conclude that
// P", "the answer is that P", "…; it is evident that P") and the clause that corrects a view by
// contrast ("X is not A, but B"). These are how English prose argues: the conclusion is signposted,
// and it is usually the shortest clause of a long periodic sentence. Token ranges [from, to) of the
// analysed sentence; the caller judges whether the clause stands alone.
import type { AnalysedSentence, Token } from "../analyse";
import { written } from "../decontext";

export type Found = { from: number; to: number; shape: "conclusion" | "contrast"; /** the clause before the marker, when it is the premise */ premise?: [number, number] };

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
// Connectives that announce a conclusion when they open a clause after a break: "…; wherefore P", "…, and therefore P".
const THEREFORE = new Set(["wherefore", "therefore", "hence", "consequently", "accordingly"]);
// Words allowed between a break and the marker: "; and from whence it follows", "; so that it is evident".
const LEAD = new Set(["and", "so", "from", "whence", "hence", "thus", "therefore", "wherefore", "then", "but", "now", "consequently"]);

const seq = (t: Token[], k: number, words: string[]) => words.every((w, j) => t[k + j]?.lower === w);

/** End of the clause that starts at `from`: the next ";" / ":" / sentence end, less closing punctuation. */
function clauseEnd(t: Token[], from: number): number {
  let k = from;
  while (k < t.length && !ENDS.test(t[k].text)) k++;
  while (k > from && /^[,.!?"”’)\]]$/.test(t[k - 1].text)) k--;
  return k;
}

/** Start of the clause that ends at `to` (exclusive): after the previous ";" / ":" or the sentence start. */
function clauseStart(t: Token[], to: number): number {
  let k = to - 1;
  while (k > 0 && !/^[;:]$/.test(t[k - 1].text)) k--;
  return Math.max(0, k);
}

/** Whether token k opens a clause: the sentence's first word, or words of LEAD back to a break. */
function opensClause(t: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && LEAD.has(t[j].lower)) j--;
  return j < 0 || BREAK.test(t[j].text);
}

// A sentence that opens on a conclusion marker, as written ("Hence it is evident that P", "We may
// therefore conclude that P"): the decontextualisation deletes the marker (decontext/author-frames,
// markers), so the analysed text is P alone; the marker, read on the sentence as written, says P is
// the author's conclusion.
const OPENS_CONCLUDING = /^(?:(?:And|But|So|Now)\s+)?(?:(?:Hence|Thus|Therefore|Wherefore|Consequently|Accordingly)\s*,?\s*)?(?:it (?:therefore )?(?:follows|is (?:therefore )?(?:evident|clear|plain|manifest|obvious))|we (?:may |must |can )?(?:therefore )?(?:conclude|infer)|the (?:answer|conclusion) is),?\s+that\b|^(?:Hence|Therefore|Wherefore|Consequently)\b,?\s/i;

/** The signposted conclusions of a sentence, in order. */
export function conclusions(s: AnalysedSentence): Found[] {
  const t = s.tokens;
  const out: Found[] = [];
  const before = written(s);
  if (before !== s.text && OPENS_CONCLUDING.test(before) && !OPENS_CONCLUDING.test(s.text)) {
    // The whole analysed sentence is the conclusion, up to its first ";" or ":" (what follows is its reason or a further claim).
    const to = clauseEnd(t, 0);
    if (to >= 4) out.push({ from: 0, to, shape: "conclusion" });
  }
  for (let k = 0; k < t.length - 3; k++) {
    if (!opensClause(t, k)) continue;
    let from = -1;
    const marker = CONCLUDES.find((m) => seq(t, k, m));
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
    const to = clauseEnd(t, from);
    if (to - from < 4) continue;
    const before = k > 0 ? clauseStart(t, k) : -1;
    const premiseTo = (() => { let p = k; while (p > 0 && (LEAD.has(t[p - 1].lower) || BREAK.test(t[p - 1].text))) p--; return p; })();
    out.push({ from, to, shape: "conclusion", ...(before >= 0 && premiseTo - before >= 4 ? { premise: [before, premiseTo] as [number, number] } : {}) });
    k = to;
  }
  return out;
}

/**
 * "X is not A, but B" / "not A but B is what …": a claim that corrects a view. The whole clause that
 * holds the contrast is the claim (its point is B, which the caller blanks); the "not" must come after
 * the clause's verb, so "not only …, but also …" (an addition, not a correction) is left out.
 */
export function contrasts(s: AnalysedSentence): Found[] {
  const t = s.tokens;
  const out: Found[] = [];
  for (let k = 1; k < t.length - 3; k++) {
    if (t[k].lower !== "not" || /^(?:only|merely|simply|alone|less|more)$/.test(t[k + 1]?.lower ?? "")) continue;
    const but = t.findIndex((x, j) => j > k + 1 && j < k + 14 && x.lower === "but" && !/^(?:also|too|as|that)$/.test(t[j + 1]?.lower ?? ""));
    if (but < 0 || t.slice(k + 1, but).some((x) => /^[;:.!?]$/.test(x.text))) continue;
    // The clause holding the contrast: from the last ";" / ":", less a leading connective or "that"
    // ("To which let me add, that he who … does not lessen, but increase …"), or from the nearest
    // "that" before the "not" ("This rule, that tide tables are made, not by calculation but by
    // observation, …"), where the contrast sits in a clause of its own. The caller keeps the first that stands.
    let from = clauseStart(t, k);
    while (from < k && (LEAD.has(t[from].lower) || t[from].text === ",")) from++;
    const to = clauseEnd(t, but);
    if (to - but < 2) continue;
    out.push({ from, to, shape: "contrast" });
    const that = t.findLastIndex((x, j) => j > from && j < k && x.lower === "that" && t[j - 1]?.text === ",");
    if (that > 0) {
      const close = t.findIndex((x, j) => j > but + 1 && x.text === ",");
      out.push({ from: that + 1, to: close > 0 && close < to ? close : to, shape: "contrast" });
    }
    k = to;
  }
  return out;
}
