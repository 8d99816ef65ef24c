// More ways English textbooks define a term (session 13), beside the copula (definition.ts) and the
// verbs of meaning meaning.ts reads ("by X we mean", "defined as", "that is"):
//   "A 'toll' meant then a payment …", "The term fallow denotes land left unsown …" → "What is meant by X?"
//   "Thrift consists in spending less than one earns"                      → "What does thrift consist in?"
//   "Tithing is the name given to the payment of a tenth …"                → "What is the name given to the payment …?" → Tithing
//   "quantities with size and direction, which Newton called forces"       → "What did Newton call quantities with size and direction?" → forces
//   "… the land which we call fallow"                                       → "What is the term for the land …?" → fallow
// The reverse shapes ask for the term, since the sentence names the thing by its description.
import type { AnalysedSentence, Token } from "../analyse";
import type { Candidate } from "./types";
import { card, meaningEnd, nounPhraseStart, POINTS_BACK } from "./meaning";
import { cap, clean, textOf } from "./phrase";

const MEANS = /^(?:means|meant|denotes|denoted|signifies|signified|connotes|designates|designated)$/;
const CONSISTS = /^(?:consists|consisted)$/;
// Words that open a claim, not a class: "means nothing", "means that …", "means to …", "means much".
const NOT_A_CLASS = /^(?:that|to|nothing|something|anything|everything|much|little|more|less|so|no|not|what|whatever|it|this|them|him|her|us|me)$/;
const ARTICLE = /^(?:a|an|the)$/;
const BASE: Record<string, string> = { called: "call", calls: "call", termed: "term", named: "name", names: "name", terms: "term" };

/** The term whose phrase ends just before `verb`, when it opens the clause (the sentence, or after ", ; that"). */
function subjectTerm(t: Token[], verb: number): [number, number] | null {
  const end = verb;
  const a = nounPhraseStart(t, end);
  if (a < 0 || (a > 0 && !/^(?:,|;|that|:)$/.test(t[a - 1].lower))) return null;
  if (t.slice(a, end).some((x) => POINTS_BACK.test(x.lower))) return null;
  // "The term fallow", "the word 'toll'": the term is the word named, not "the term".
  if (t[a].lower === "the" && /^(?:term|word|phrase|expression|name)$/.test(t[a + 1]?.lower ?? "") && end - a > 2) return [a + 2, end];
  return [a, end];
}

/**
 * Where a meaning's description runs on past its class into scene detail: a comma followed by a
 * preposition other than "of" or by an -ing participle ("a strong young man, always poor, …, in a
 * ragged coat, carrying loads …"), once the class has at least four words. The card keeps the class.
 */
function descriptiveTail(t: Token[], from: number, end: number): number {
  for (let k = from + 4; k < end - 1; k++) {
    if (t[k].text !== ",") continue;
    const n = t[k + 1];
    if ((n.pos === "ADP" && n.lower !== "of") || (n.pos === "VERB" && /ing$/.test(n.lower))) return k;
  }
  return end;
}

/** "X means / denotes / signifies Y" where Y is a noun phrase (a class), not "that …" or "nothing". */
function means(s: AnalysedSentence): Candidate[] {
  const t = s.tokens, out: Candidate[] = [];
  for (let i = 1; i < t.length - 3; i++) {
    if (!MEANS.test(t[i].lower) || t[i].pos === "NOUN") continue;
    // "meant" after an auxiliary or a subject pronoun is another construction ("was meant", "I meant").
    if (/^(?:AUX|PRON)$/.test(t[i - 1].pos)) continue;
    const term = subjectTerm(t, i);
    if (!term) continue;
    let m = i + 1;
    // "meant then a …": the time adverb stays out of the meaning.
    while (t[m]?.pos === "ADV" && !NOT_A_CLASS.test(t[m].lower)) m++;
    if (NOT_A_CLASS.test(t[m]?.lower ?? "") || !(ARTICLE.test(t[m]?.lower ?? "") || /^(?:NOUN|ADJ)$/.test(t[m]?.pos ?? ""))) continue;
    const c = card(s, term, [m, descriptiveTail(t, m, meaningEnd(t, m, false))], /ed$|^meant$/.test(t[i].lower));
    if (c) out.push(c);
  }
  return out;
}

/** "X consists in Y" (what X is made of as an act or state): "What does X consist in?" → Y. */
function consistsIn(s: AnalysedSentence): Candidate[] {
  const t = s.tokens, out: Candidate[] = [];
  for (let i = 1; i < t.length - 3; i++) {
    if (!CONSISTS.test(t[i].lower) || t[i + 1]?.lower !== "in") continue;
    const term = subjectTerm(t, i);
    if (!term) continue;
    const past = t[i].lower === "consisted";
    const c = card(s, term, [i + 2, meaningEnd(t, i + 2, false)], past);
    if (!c) continue;
    const named = c.front.replace(/^What (?:is|was) meant by (.+)\?$/, "$1");
    out.push({ ...c, front: `What ${past ? "did" : "does"} ${named} consist in?` });
  }
  return out;
}

/** "X is the name given to Y" → "What is the name given to Y?" → X. */
function nameGiven(s: AnalysedSentence): Candidate[] {
  const t = s.tokens, out: Candidate[] = [];
  for (let i = 1; i < t.length - 5; i++) {
    if (!/^(?:is|was)$/.test(t[i].lower) || t[i + 1].lower !== "the" || t[i + 2].lower !== "name") continue;
    let k = i + 3;
    if (/^(?:given|applied)$/.test(t[k]?.lower ?? "")) k++;
    if (!/^(?:to|for|of)$/.test(t[k]?.lower ?? "")) continue;
    const term = subjectTerm(t, i);
    if (!term || term[1] - term[0] > 4) continue;
    const descEnd = meaningEnd(t, k + 1, false);
    const desc = clean(textOf(s, k + 1, descEnd));
    if (desc.split(" ").length < 2 || desc.split(" ").length > 25 || POINTS_BACK.test(t[k + 1].lower)) continue;
    const back = clean(textOf(s, term[0], term[1])).replace(/['‘’"“”]/g, "");
    out.push({ kind: "qa", type: "definition", front: `What ${t[i].lower} ${clean(textOf(s, i + 1, k + 1))} ${desc}?`, back: cap(back), sentence: s.sentence.id, extra: [], answer: { start: t[term[0]].start, end: t[term[1] - 1].end }, answerKind: "term" });
  }
  return out;
}

/**
 * Start of a description that ends at `end`: a noun phrase with its prepositional phrases and a
 * participle after a noun ("curves traced by a rolling wheel", "land left unsown for a season"),
 * back to its determiner or the clause's start. -1 when it has no noun or opens on no determiner or noun.
 */
function descriptionStart(t: Token[], end: number): number {
  let k = end;
  while (k > 0) {
    const x = t[k - 1];
    // A participle after its noun ("curves traced by …") or before it ("a rolling wheel").
    const participle = x.pos === "VERB" && (/^(?:NOUN|PROPN)$/.test(t[k - 2]?.pos ?? "") || (/(?:ing|ed)$/.test(x.lower) && /^(?:NOUN|PROPN)$/.test(t[k]?.pos ?? "")));
    if (!(/^(?:NOUN|PROPN|ADJ|ADP|NUM)$/.test(x.pos) || participle || (x.pos === "DET" && !POINTS_BACK.test(x.lower)) || /^(?:that|those)$/.test(x.lower))) break;
    k--;
    if (x.pos === "DET" || /^(?:that|those)$/.test(x.lower)) {
      // A determiner opens the description unless an "of" or another preposition joins it to words before.
      if (t[k - 1]?.pos !== "ADP") break;
    }
  }
  while (k < end && t[k].pos === "ADP") k++;
  const words = t.slice(k, end);
  if (!words.some((x) => x.pos === "NOUN" || x.pos === "PROPN") || !/^(?:DET|NOUN|ADJ|PROPN|SCONJ)$/.test(t[k]?.pos ?? "")) return -1;
  return k;
}

/** "N which S (has) called X": the description N is named X → "What did S call N?" ("What is the term for N?" for "we"). */
function whichCalled(s: AnalysedSentence): Candidate[] {
  const t = s.tokens, out: Candidate[] = [];
  for (let i = 2; i < t.length - 1; i++) {
    if (!/^(?:call|calls|called|term|termed|name|named)$/.test(t[i].lower)) continue;
    let v = i - 1;
    const perfect = /^(?:has|have|had)$/.test(t[v].lower);
    if (perfect) v--;
    // The namer: "we", "I", "one", or a name ("Newton").
    let n = v;
    while (n > 0 && t[n].pos === "PROPN") n--;
    const namer = t[v].pos === "PROPN" ? [n + 1, v + 1] : /^(?:we|i)$/.test(t[v].lower) ? [v, v + 1] : null;
    if (!namer) continue;
    const rel = namer[0] - 1;
    if (!/^(?:which|that|whom)$/.test(t[rel]?.lower ?? "")) continue;
    // The description the relative clause belongs to: the noun phrase ending right before it (or before its comma).
    const descEnd = t[rel - 1]?.text === "," ? rel - 1 : rel;
    let a = descriptionStart(t, descEnd);
    // "the name of that class of …": the sentence talks of the name; the description is the class.
    if (a >= 0 && t[a].lower === "the" && /^(?:name|term|word)$/.test(t[a + 1]?.lower ?? "") && t[a + 2]?.lower === "of") a += 3;
    if (a < 0 || descEnd - a > 14 || descEnd - a < 2) continue;
    // The name: a few words (the tagger may read a new term as an adjective: "fallow").
    let nameEnd = i + 1;
    while (nameEnd < t.length && nameEnd - (i + 1) < 5 && /^(?:NOUN|PROPN|ADJ)$/.test(t[nameEnd].pos)) nameEnd++;
    if (nameEnd === i + 1 || nameEnd - (i + 1) > 4 || ARTICLE.test(t[i + 1].lower)) continue;
    const desc = clean(textOf(s, a, descEnd)).replace(/^(?:that|this|those|these) /i, "the ");
    const who = clean(textOf(s, namer[0], namer[1]));
    const self = /^(?:we|i)$/i.test(who);
    const front = self ? `What is the term for ${desc.charAt(0).toLowerCase()}${desc.slice(1)}?` : `What ${perfect ? `${t[v + 1].lower} ${who} ${t[i].lower}` : `did ${who} ${BASE[t[i].lower] ?? t[i].lower}`} ${desc.charAt(0).toLowerCase()}${desc.slice(1)}?`;
    out.push({ kind: "qa", type: "definition", front, back: cap(clean(textOf(s, i + 1, nameEnd))), sentence: s.sentence.id, extra: [], answer: { start: t[i + 1].start, end: t[nameEnd - 1].end }, answerKind: "term" });
  }
  return out;
}

/** "We have called this process, by which …, by the name of attrition" → "What is the term for the process by which …?" */
function calledByName(s: AnalysedSentence): Candidate[] {
  const t = s.tokens, out: Candidate[] = [];
  for (let i = 1; i < t.length - 6; i++) {
    if (!/^(?:called|named|termed|designated|call|name)$/.test(t[i].lower)) continue;
    let v = i - 1;
    if (/^(?:has|have|had|shall|will|may)$/.test(t[v].lower)) v--;
    if (!/^(?:we|i)$/.test(t[v]?.lower ?? "")) continue;
    const by = t.findIndex((x, k) => k > i + 1 && x.lower === "by" && t[k + 1]?.lower === "the" && /^(?:name|term|title|designation)$/.test(t[k + 2]?.lower ?? "") && t[k + 3]?.lower === "of");
    if (by < 0) continue;
    let nameEnd = by + 4;
    while (nameEnd < t.length && nameEnd - (by + 4) < 5 && /^(?:NOUN|PROPN|ADJ)$/.test(t[nameEnd].pos)) nameEnd++;
    if (nameEnd === by + 4) continue;
    const descEnd = t[by - 1].text === "," ? by - 1 : by;
    if (!/^(?:DET|NOUN|ADJ|PROPN)$/.test(t[i + 1].pos) || descEnd - (i + 1) > 20 || descEnd - (i + 1) < 2) continue;
    if (t.slice(i + 1, descEnd).some((x) => /^(?:it|its|they|their|he|she|his|her)$/.test(x.lower))) continue;
    const desc = clean(textOf(s, i + 1, descEnd)).replace(/^(?:that|this|those|these) /i, "the ").replace(/^(\S+ \S+), ((?:by|in|of|through|from) which|which|who) /, "$1 $2 ");
    out.push({ kind: "qa", type: "definition", front: `What is the term for ${desc}?`, back: cap(clean(textOf(s, by + 4, nameEnd))), sentence: s.sentence.id, extra: [], answer: { start: t[by + 4].start, end: t[nameEnd - 1].end }, answerKind: "term" });
  }
  return out;
}

const CUE = /\b(?:means|meant|denot|signif|connotes|designat|consist|the name|call|term|named)/i;

export function termCandidates(s: AnalysedSentence): Candidate[] {
  if (!CUE.test(s.text)) return [];
  return [...means(s), ...consistsIn(s), ...nameGiven(s), ...whichCalled(s), ...calledByName(s)];
}
