// A term's meaning stated by a verb of meaning or defining inside a sentence, where definition.ts
// (the copula "X is a Y", an apposition, "called") and claim.ts (a sentence that opens "By X I
// mean Y") do not look. Each shape names the term and its meaning outright, so the card is the
// author's own definition, asked "What is meant by X?":
//   "… a guild town, by which I mean a town governed by its guilds, can …"   (relative "by which I mean")
//   "… we understand by the 'tonnage' of a ship the weight of water it displaces."
//   "The usual definition of a canal seems to be that of a channel in which …"
//   "A toll-road may be defined as a road whose upkeep is paid by those who use it."
//   "… claim the right of passage; that is, the right to cross a province without …", or "…, i.e.
//    the …" (the restatement repeats the term's head noun, so it is the term's meaning, not a new claim)
import { HAS_LETTER_OR_DIGIT } from "@/lib/cards/letters";
import type { AnalysedSentence, Token } from "../analyse";
import type { Candidate } from "./types";
import { cap, clean, textOf } from "./phrase";
import { isEnglishWord } from "../rank/frequency";

/** Off switch for measurement: the kind is adopted only if it earns its place (docs/card-generator.md). */
export const MEANING_CARDS = true;

const NOMINAL = /^(?:NOUN|PROPN|ADJ|NUM)$/;
const QUOTE = /^["'‘’“”]$/;
export const POINTS_BACK = /^(?:it|this|that|these|those|such|he|she|they|them|its|their|his|her|which|what|who)$/;
const CONCESSIVE = /^(?:whatever|whatsoever|however|whichever|whoever)$/;
// "a state, in which …": the relative clause after a definition's genus is its differentia
// (restrictive, whatever the older punctuation), so the comma before it goes.
const DIFFERENTIA = /^((?:a|an|the) (?:[\p{L}-]+ ){0,2}[\p{L}-]+), ((?:(?:in|of|by|with|to|from|on|at|for|under|through) )?(?:which|whom|whose)|who) /iu;
const NOT_A_MEANING = /^(?:not|no|never|hardly|difficult|easy|different|similar|uncertain|obscure|disputed|doubtful)$/;
const SHELL = /^(?:matter|question|subject|problem|task|point|difficulty|dispute|controversy|thing|business|work|object|affair|topic)$/;
const MAX_TERM = 8;
const MIN_MEANING = 4;
const MAX_MEANING = 40;

/**
 * End of a noun phrase that opens at `i`: a determiner, words (quoted or not) and "of"-phrases
 * ("the 'tonnage' of a ship"). -1 when no noun is in it.
 */
export function nounPhraseEnd(t: Token[], i: number): number {
  let k = i;
  if (t[k]?.pos === "DET" && !POINTS_BACK.test(t[k].lower)) k++;
  const words = () => {
    const from = k;
    while (k < t.length && (NOMINAL.test(t[k].pos) || (QUOTE.test(t[k].text) && k > i) || t[k].text === "-")) k++;
    return k > from;
  };
  if (!words()) return -1;
  for (;;) {
    const save = k;
    if (t[k]?.lower !== "of") break;
    k++;
    if (t[k]?.pos === "DET" && !POINTS_BACK.test(t[k].lower)) k++;
    if (!words()) { k = save; break; }
  }
  while (k > i && QUOTE.test(t[k - 1].text) && !t.slice(i, k - 1).some((x) => QUOTE.test(x.text))) k--;
  return t.slice(i, k).some((x) => x.pos === "NOUN" || x.pos === "PROPN") ? k : -1;
}

/** Start of the noun phrase that ends just before `end` (walking back over words, "of" and a determiner). */
export function nounPhraseStart(t: Token[], end: number): number {
  let k = end;
  while (k > 0 && (NOMINAL.test(t[k - 1].pos) || QUOTE.test(t[k - 1].text) || t[k - 1].text === "-" || t[k - 1].lower === "of" || (t[k - 1].pos === "DET" && !POINTS_BACK.test(t[k - 1].lower)))) {
    k--;
    // A determiner opens the phrase unless an "of" joins it to the words before ("traders of the coast").
    if (t[k].pos === "DET" && !(t[k - 1]?.lower === "of" && NOMINAL.test(t[k - 2]?.pos ?? ""))) break;
  }
  // "this custom": the phrase's own determiner points back, so the term is not named by itself.
  if (k > 0 && POINTS_BACK.test(t[k - 1].lower) && t[k - 1].pos === "DET") return -1;
  while (k < end && (t[k].lower === "of" || QUOTE.test(t[k].text))) k++;
  return nounPhraseEnd(t, k) === end ? k : -1;
}

/** Where a meaning that starts at `from` stops: a semicolon, colon or dash, the sentence's end, or (`resumes`) a comma before the main clause's verb. */
export function meaningEnd(t: Token[], from: number, resumes: boolean): number {
  for (let k = from; k < t.length; k++) {
    if (/^[;:—–]$/.test(t[k].text) || t[k].text === "--") return k;
    if (resumes && t[k].text === "," && /^(?:AUX|VERB)$/.test(t[k + 1]?.pos ?? "") && !/(?:ing|ed)$/.test(t[k + 1].lower)) return k;
  }
  let k = t.length;
  while (k > from && /^[.!?,]$/.test(t[k - 1].text)) k--;
  return k;
}

const words = (t: Token[], a: number, b: number) => t.slice(a, b).filter((x) => HAS_LETTER_OR_DIGIT.test(x.text)).length;

export function card(s: AnalysedSentence, term: [number, number], meaning: [number, number], past: boolean): Candidate | null {
  const t = s.tokens;
  const [ta, tb] = term, [ma, mb] = meaning;
  if (tb <= ta || mb <= ma || words(t, ta, tb) > MAX_TERM) return null;
  const m = words(t, ma, mb);
  if (m < MIN_MEANING || m > MAX_MEANING) return null;
  // A meaning that opens by pointing back ("that of it", "those who …") restates nothing by itself.
  if (POINTS_BACK.test(t[ma].lower) || t.slice(ta, tb).some((x) => POINTS_BACK.test(x.lower))) return null;
  // "The definition of law is {{a matter of dispute}}", "… is not the word itself": a remark on the
  // definition, not the definition.
  const head = t.slice(ma, mb).find((x) => x.pos === "NOUN");
  if (NOT_A_MEANING.test(t[ma].lower) || (t[ma + 1]?.lower === "of" && /^(?:one|some|any|each|none)$/.test(t[ma].lower)) || (head && SHELL.test(head.lemma))) return null;
  // The term's quotation marks go: the question names the term, it does not quote the sentence.
  const x = clean(t.slice(ta, tb).filter((k) => !QUOTE.test(k.text)).map((k, j, all) => (j && !(k.text === "-" || all[j - 1].text === "-") ? " " : "") + k.text).join(""));
  // A capital kept only for a name (at the sentence's start, a word that is no common English word).
  const name = t[ta].pos === "PROPN" && (ta > 0 || !isEnglishWord(t[ta].lower));
  const named = name ? x : x.charAt(0).toLowerCase() + x.slice(1);
  // A concessive aside between commas (", by whatever name it is known,") says the definition holds
  // whatever the aside names; it is not part of the meaning, and its pronoun would point outside the card.
  let cut: [number, number] | null = null;
  for (let k = ma; k < mb - 2 && !cut; k++) {
    if (t[k].text !== ",") continue;
    const w = t[k + 1].pos === "ADP" ? k + 2 : k + 1;
    if (!CONCESSIVE.test(t[w]?.lower ?? "")) continue;
    const e = t.findIndex((y, j) => j > w && j < mb && y.text === ",");
    if (e > 0) cut = [k, e + 1];
  }
  return {
    kind: "qa",
    type: "definition",
    front: `What ${past ? "was" : "is"} meant by ${named}?`,
    back: cap(clean(textOf(s, ma, mb, cut)).replace(DIFFERENTIA, "$1 $2 ")),
    sentence: s.sentence.id,
    extra: [],
    answer: { start: t[ma].start, end: t[mb - 1].end },
    answerKind: "phrase",
  };
}

/** "X, by which I mean Y," and "by X we understand Y" / "we understand by X Y" (not at the sentence's start: claim.ts reads that). */
function meantBy(s: AnalysedSentence): Candidate[] {
  const t = s.tokens;
  const out: (Candidate | null)[] = [];
  for (let i = 1; i < t.length - 3; i++) {
    const v = t[i];
    if (!/^(?:mean|means|meant|understand|understood)$/.test(v.lower) || !/^(?:i|we)$/.test(t[i - 1].lower)) continue;
    const past = /^(?:meant|understood)$/.test(v.lower);
    if (t[i - 2]?.lower === "which" && t[i - 3]?.lower === "by" && t[i - 4]?.text === ",") {
      const a = nounPhraseStart(t, i - 4);
      if (a >= 0) out.push(card(s, [a, i - 4], [i + 1, meaningEnd(t, i + 1, true)], past));
    } else if (t[i + 1]?.lower === "by") {
      const b = nounPhraseEnd(t, i + 2);
      if (b > 0 && t[b]?.pos === "DET") out.push(card(s, [i + 2, b], [b, meaningEnd(t, b, false)], past));
    } else {
      // "… and by X we understand Y": the term after a "by" right before the pronoun.
      for (let k = i - 2; k > 0; k--) {
        if (t[k].lower !== "by") continue;
        if (nounPhraseEnd(t, k + 1) === i - 1 || (t[i - 2].text === "," && nounPhraseEnd(t, k + 1) === i - 2)) out.push(card(s, [k + 1, nounPhraseEnd(t, k + 1)], [i + 1, meaningEnd(t, i + 1, true)], past));
        break;
      }
    }
  }
  return out.filter((c): c is Candidate => c !== null);
}

/** "The (usual) definition of X is / seems to be (that of) Y" and "X may be / is defined (as) Y". */
function defined(s: AnalysedSentence): Candidate[] {
  const t = s.tokens;
  const out: (Candidate | null)[] = [];
  for (let i = 0; i < t.length - 4; i++) {
    if (t[i].lemma === "definition" && t[i + 1]?.lower === "of") {
      const b = nounPhraseEnd(t, i + 2);
      if (b < 0) continue;
      let k = b;
      if (/^(?:seems|seem|appears|appear)$/.test(t[k]?.lower ?? "") && t[k + 1]?.lower === "to" && t[k + 2]?.lower === "be") k += 3;
      else if (/^(?:is|was)$/.test(t[k]?.lower ?? "")) k++;
      else continue;
      if (t[k]?.lower === "that" && t[k + 1]?.lower === "of") k += 2;
      out.push(card(s, [i + 2, b], [k, meaningEnd(t, k, false)], t[b].lower === "was"));
    }
    if (t[i].lower === "defined" && i > 1 && /^(?:be|is|are|was|were)$/.test(t[i - 1].lower)) {
      let vb = i - 1;
      if (t[vb].lower === "be" && /^(?:may|can|might|must)$/.test(t[vb - 1]?.lower ?? "")) vb--;
      const a = nounPhraseStart(t, vb);
      if (a < 0 || (a > 0 && !/^(?:,|that|;)$/.test(t[a - 1].lower))) continue;
      const m = t[i + 1]?.lower === "as" ? i + 2 : i + 1;
      if (t[m]?.pos !== "DET") continue;
      out.push(card(s, [a, vb], [m, meaningEnd(t, m, false)], /^(?:was|were)$/.test(t[i - 1].lower)));
    }
  }
  return out.filter((c): c is Candidate => c !== null);
}

/** "X; that is, Y", "X, that is to say, Y" or "X, i.e. Y" where Y opens with X's determiner and head noun again. */
function thatIs(s: AnalysedSentence): Candidate[] {
  const t = s.tokens;
  const out: (Candidate | null)[] = [];
  for (let i = 2; i < t.length - 3; i++) {
    if (!/^[;,]$/.test(t[i - 1].text)) continue;
    let m: number;
    if (/^_?i\.\s?e\._?$/.test(t[i].lower)) m = t[i + 1]?.text === "," ? i + 2 : i + 1;
    else if (t[i].lower === "that" && t[i + 1]?.lower === "is") {
      m = i + 2;
      if (t[m]?.lower === "to" && t[m + 1]?.lower === "say") m += 2;
      if (t[m]?.text !== ",") continue;
      m++;
    } else continue;
    const a = nounPhraseStart(t, i - 1);
    if (a < 0) continue;
    // The term is the phrase (or the inner "of"-phrase: "the estimation of the temperature of space")
    // whose determiner and head noun the restatement repeats.
    for (let d = a; d < i - 2; d++) {
      if (t[d].pos !== "DET" || t[d].lower !== t[m]?.lower || nounPhraseEnd(t, d) !== i - 1) continue;
      const head = t.slice(d, i - 1).find((x) => x.pos === "NOUN");
      if (head && t[m + 1]?.lemma === head.lemma) { out.push(card(s, [d, i - 1], [m, meaningEnd(t, m, true)], false)); break; }
    }
  }
  return out.filter((c): c is Candidate => c !== null);
}

// One test of the text keeps the token walks off the sentences (nearly all) that have no such word.
const CUE = /\b(?:mean|means|meant|understand|understood|definition|defined|that is|i\.\s?e\.)/i;

export function meaningCandidates(s: AnalysedSentence): Candidate[] {
  if (!MEANING_CARDS || !CUE.test(s.text)) return [];
  return [...meantBy(s), ...defined(s), ...thatIs(s)];
}
