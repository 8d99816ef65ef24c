// A cleft sentence puts the author's point in focus: "It is X which/that Y". Its "It" refers to
// nothing (so the sentence is standalone although it opens with a pronoun), and its focus X is the
// one span worth asking:
// - "It is the tide which scours the channel" → "What scours the channel?" → "The tide";
// - "It was chiefly to avoid the toll that the road was built" → "Why was the road built?" →
//   "Chiefly to avoid the toll";
// - "It was in 1820 that the canal opened" → "When did the canal open?" → "1820";
// - "It is by evaporation that the brine is concentrated" → a cloze on the focus, the cleft kept
//   (how-questions are not yet published, see gates/low-value.ts).
// Extraposition ("It is true / said / clear that …"), a negated focus ("It was not by …") and a
// focus that points back ("It is in this sense that …") give nothing.
import type { AnalysedSentence, Token } from "../analyse";
import type { Candidate } from "./types";
import { part, ask } from "./voice";
import { cap, clean, textOf } from "./phrase";
import { blank } from "./cloze";

const OPENING = /^(?:(?:And|But|Thus|So|Now|Hence|Yet),?\s+)?It (is|was) /;
// The focus's trailing connective ("It is drainage then which …") is the argument's, not the answer's.
const TRAILING = /^(?:then|therefore|thus|indeed|alone|too|also|,)$/;
// Not "from": "It is from the sea that …" names a source, not a reason.
const REASON = /^(?:to|because|for)$/;
const MEANS = /^(?:by|through)$/;
const DEGREE = /^(?:only|chiefly|mainly|largely|partly|mostly|principally|solely|simply|merely|precisely|just|above all)$/;
const POINTS_BACK = /^(?:this|that|these|those|such|it|its|they|their|he|his|she|her|him|them|which|what)$/;
const WORDS = (s: string) => s.split(/\s+/).filter(Boolean).length;

// The toolkit tags a bare mass noun after "is" as a verb ("It is drainage/VERB which …"); a participle
// there ("It is said that …") is extraposition.
const nounLike = (x: Token) => /^(?:DET|NOUN|PROPN)$/.test(x.pos) || (x.pos === "VERB" && !/(?:ed|ing|en|wn|id|ht)$/.test(x.lower));
// A third-person verb after "which" read as a plural noun ("which occasions/NOUN, in …").
const finite = (x: Token | undefined, after: Token | undefined) => !!x && (/^(?:VERB|AUX)$/.test(x.pos) || (x.pos === "NOUN" && /[^s]s$/.test(x.lower) && !/^(?:VERB|AUX)$/.test(after?.pos ?? "")));

type Focus = { a: number; b: number; link: number; kind: "np" | "reason" | "means" | "date" };

/** The cleft's focus tokens [a, b) and the index of its "that/which/who", or null. */
function focusOf(s: AnalysedSentence): Focus | null {
  const m = OPENING.exec(s.text);
  if (!m) return null;
  const t = s.tokens;
  const a = t.findIndex((x) => x.start >= m[0].length);
  if (a < 0 || t[a].lower === "not") return null;
  let first = a;
  while (DEGREE.test(t[first]?.lower ?? "")) first++;
  if (!t[first]) return null;
  const head = t[first];
  let kind: Focus["kind"];
  const phrase = `${head.lower} ${t[first + 1]?.lower ?? ""}`;
  if ((REASON.test(head.lower) && !(head.lower === "to" && t[first + 1]?.pos !== "VERB")) || phrase === "in order" || phrase === "out of") kind = "reason";
  else if (MEANS.test(head.lower)) kind = "means";
  else if (/^(?:in|at|on|during|till|until|after|before)$/.test(head.lower)) kind = "date";
  else if (nounLike(head) && !POINTS_BACK.test(head.lower)) kind = "np";
  else return null; // "It is true that …", "It is said that …": extraposition
  // The link: the first "that/which/who" after the focus that opens the rest. A noun focus needs a
  // subject relative ("which puts …"): "the nature of the beasts which the law recognises" is not one.
  for (let k = first + 1; k < Math.min(t.length - 2, first + 30); k++) {
    const w = t[k].lower;
    if (t[k].text === ";" || t[k].text === ":") return null;
    if (kind === "np" && /^(?:which|who|that)$/.test(w) && finite(t[k + 1], t[k + 2])) return { a, b: k, link: k, kind };
    // "in that year, that …": a "that" after a preposition or article is a determiner of the focus.
    if (kind !== "np" && w === "that" && /^(?:DET|NOUN|PROPN|PRON|NUM)$/.test(t[k + 1].pos) && !/^(?:ADP|DET)$/.test(t[k - 1].pos)) return { a, b: k, link: k, kind };
  }
  return null;
}

/** The rest's main clause: up to ";", ":" or a non-restrictive relative (", without which …"). */
function restEnd(s: AnalysedSentence, from: number): number {
  const t = s.tokens;
  for (let k = from; k < t.length; k++) {
    if (t[k].text === ";" || t[k].text === ":" || t[k].text === "—") return k;
    if (t[k].text === "," && /^(?:which|who|whom|whose|without|with|in|by|from|and|but|for|while|whereas|so)$/.test(t[k + 1]?.lower ?? "") && k > from + 2) return k;
  }
  let end = t.length;
  while (end > from && /^[.!?"”’)]$/.test(t[end - 1].text)) end--;
  return end;
}

export function cleftCandidates(s: AnalysedSentence): Candidate[] {
  const f = focusOf(s);
  if (!f) return [];
  const t = s.tokens;
  let b = f.b;
  while (b > f.a && TRAILING.test(t[b - 1].lower)) b--;
  // "by what is called osmotic pressure": the naming words are no part of the answer.
  const named = t.findIndex((x, k) => k >= f.a && k < b - 3 && x.lower === "what" && /^(?:is|are)$/.test(t[k + 1].lower) && /^(?:called|termed)$/.test(t[k + 2].lower));
  const focus = t.slice(f.a, b).filter((_x, k) => named < 0 || k + f.a < named || k + f.a > named + 2);
  if (!focus.length || focus.some((x) => POINTS_BACK.test(x.lower)) || WORDS(textOf(s, f.a, b)) > 18) return [];
  const end = restEnd(s, f.link + 1);
  if (end - f.link < 3) return [];
  const rest = clean(textOf(s, f.link + 1, end));
  if (/\b(?:I|me|my|we|us|our|you|your|this|these|those|he|she|they|it|his|her|their|him|them)\b/i.test(rest)) return [];
  const id = s.sentence.id;
  const answer = { start: t[f.a].start, end: t[b - 1].end };
  const focusText = clean(focus.map((x, k) => (k && x.start > focus[k - 1].end ? " " : "") + x.text).join(""));
  if (f.kind === "np") {
    const who = s.entities.some((e) => e.kind === "person" && e.a >= f.a && e.b <= b) && t[f.link].lower !== "which";
    return [{ kind: "qa", type: who ? "who" : "what", front: `${who ? "Who" : "What"} ${rest.replace(/\bthat (?=\p{Ll}+ \p{Ll}+ (?:which|that|who)\b)/u, "the ")}?`, back: cap(focusText), sentence: id, extra: [], answer, answerKind: who ? "person" : "term" }];
  }
  if (f.kind === "means") {
    // The cleft kept: "It is by {{evaporation}} that the brine is concentrated."
    const lead = OPENING.exec(s.text)![0].replace(/^(?:\w+,?\s+)(?=It )/, "");
    const by = t.findIndex((x, k) => k >= f.a && MEANS.test(x.lower));
    const from = named >= 0 ? t[named + 3].start : t[by + 1].start;
    const shown = `${lead}${s.text.slice(t[f.a].start, answer.end)} ${textOf(s, f.link, end)}.`;
    const at = lead.length + (from - t[f.a].start);
    const phrase = s.text.slice(from, answer.end);
    if (WORDS(phrase) > 8) return [];
    return [{ kind: "cloze", type: "cloze", front: blank({ ...s, text: shown }, at, at + phrase.length), back: phrase, sentence: id, extra: [], answer: { start: from, end: answer.end }, answerKind: "phrase" }];
  }
  const clause = part(s, f.link + 1, end);
  const asked = clause && ask(clause);
  if (!asked) return [];
  if (f.kind === "reason") return [{ kind: "qa", type: "cause", front: `Why ${asked}?`, back: cap(focusText), sentence: id, extra: [], answer, answerKind: "clause" }];
  const date = s.entities.find((e) => e.kind === "date" && e.a >= f.a && e.b <= b);
  if (!date) return [];
  return [{ kind: "qa", type: "when", front: `When ${asked}?`, back: date.text, sentence: id, extra: [], answer: { start: date.start, end: date.end }, answerKind: "date" }];
}
