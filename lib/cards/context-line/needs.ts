// What a card's front points to outside itself, read from the words it shows: each pointer becomes a
// need the context line must meet. A pointer this room cannot resolve safely (the speaker "I/you",
// "the former/latter/same", "here/there/then", a month with no year, a presupposing adverb, a
// comparative with no standard, an "it") makes the whole card unsupported: no line rather than a
// guess.
import type { AnalysedSentence, Token } from "../analyse/types";
import type { Candidate } from "../candidates";
import { shown } from "../gates/types";
import { anticipatoryIt, maskForward, visible } from "../gates/referring";
import { SPEAKER } from "../gates/speaker";
import { monthWithoutYear } from "../gates/standalone";
import { shownSceneNouns } from "../gates/scene-anchor";
import { dropsCard, shownDependences } from "../decontext";

/**
 * person: "he / his / she / her" with no person on the card; group: "they / their" with nothing
 * plural before it; noun: "this law", "such treaties", "the boats" (a scene or a description met
 * before) — the line must name a thing of that head noun; event: a bare "This / Such" or a
 * shell noun ("this subject", "this view") — the claim the sentence before made.
 */
/** thing: a leading "It / Its" — the subject of the sentence just before, when that is one named thing. */
export type Need = { kind: "person"; word: string } | { kind: "group"; word: string } | { kind: "noun"; lemma: string; word: string } | { kind: "event"; word: string } | { kind: "thing"; word: string };
export type Needs = { needs: Need[] } | { unsupported: string };

const UNSAFE = /\b(?:the (?:former|latter|above|aforesaid|said|foregoing|same|other)|above-mentioned|here|hence|thence|thereby|therein)\b|^(?:then|there)\b|\b(?:by|until|till|since|from|before) then\b/i;
const CONTINUES = /^(?:(?:Neither|Nor|Secondly|Thirdly|Fourthly|Fifthly|Lastly|Which)\b)/;
const DEMONSTRATIVE = /\b(this|these|those|such)\s+(?:an?\s+)?/gi;
// Nouns that name a stretch of argument rather than a thing ("this subject", "such a view"): what
// they stand for is the claim made before, not a word to look for.
const SHELL = new Set("subject question matter point view idea fact case way respect kind sort thing state condition argument doctrine opinion conclusion process change result circumstance step measure course method principle theory".split(" "));
const PERSON = /\b(?:he|him|his|she|her|himself|herself)\b/gi;
const PLURAL = /\b(?:they|them|their|themselves)\b/gi;
const NEUTER = /\b(?:it|its|itself)\b/gi;
// "It was Saturday", "It was late in the evening": an "it" of time or weather stands for nothing.
const TIME_IT = /^It (?:is|was) (?:now |already |still )?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\d|(?:the )?(?:night|morning|evening|noon|midnight|dawn|dusk|dark|late|early|day|time|winter|summer|spring|autumn|cold|hot|raining)\b)/;

/** The noun a demonstrative at `end` of `text` governs (skipping up to two adjectives), "" when a verb or nothing follows. */
function governedNoun(s: AnalysedSentence, text: string, det: string, end: number): Token | "" | null {
  const after = text.slice(end).match(/^[\p{L}-]+(?:\s+[\p{L}-]+){0,2}/u)?.[0].split(/\s+/) ?? [];
  if (!after.length) return "";
  // The demonstrative in the sentence's own tokens (matched by its words: a question rewords the sentence).
  let k = s.tokens.findIndex((t, i) => t.lower === det.toLowerCase() && (s.tokens[i + 1]?.lower === after[0].toLowerCase() || (/^an?$/.test(s.tokens[i + 1]?.lower ?? "") && s.tokens[i + 2]?.lower === after[0].toLowerCase())));
  if (k < 0) return null;
  k++;
  if (/^an?$/.test(s.tokens[k]?.lower ?? "")) k++;
  for (let j = k; j < k + 3 && s.tokens[j]; j++) {
    const t = s.tokens[j];
    if (t.pos === "NOUN") return s.tokens[j + 1]?.pos === "NOUN" ? s.tokens[j + 1] : t;
    // "This act was repealed": the tagger may read the noun as a verb; a verb straight after it says it is the subject's noun.
    if (j === k && t.pos === "VERB" && /^(?:AUX|VERB)$/.test(s.tokens[j + 1]?.pos ?? "") && t.lemma === t.lower) return t;
    if (t.pos !== "ADJ") return j === k && /^(?:AUX|VERB|ADP|PUNCT|SCONJ|CCONJ|PRON|DET)$/.test(t.pos) ? "" : null;
  }
  return null;
}

const personBefore = (s: AnalysedSentence, text: string, at: number) => s.entities.some((e) => (e.kind === "person" || e.kind === "name") && text.slice(0, at).includes(e.text));
const pluralBefore = (s: AnalysedSentence, text: string, at: number) => {
  const before = text.slice(0, at).toLowerCase();
  return s.tokens.some((t) => before.includes(t.lower) && ((t.pos === "NOUN" && t.lemma !== t.lower) || t.lower === "and")) || s.entities.some((e) => (e.kind === "group" || e.kind === "org") && before.includes(e.text.toLowerCase()));
};

/** The needs of a card of sentence `s`, or why no line can be chosen for it. */
export function needsOf(c: Candidate, s: AnalysedSentence): Needs {
  const raw = visible(c);
  const front = c.kind === "cloze" ? shown(c) : c.front;
  if (SPEAKER.test(raw)) return { unsupported: "first or second person" };
  if (monthWithoutYear(raw)) return { unsupported: "month without a year" };
  if (CONTINUES.test(front)) return { unsupported: "continues the sentence before" };
  const text = maskForward(raw);
  if (UNSAFE.test(text)) return { unsupported: "former/latter/same/here/then" };
  const deps = shownDependences(s, raw).filter(dropsCard);
  const needs: Need[] = [];
  for (const d of deps) {
    if (d.op !== "definite" && d.op !== "determiner") return { unsupported: `${d.op} dependence "${d.text}"` };
  }
  for (const m of text.matchAll(DEMONSTRATIVE)) {
    const noun = governedNoun(s, text, m[1], m.index! + m[0].length);
    if (noun === null) return { unsupported: `"${m[0].trim()}" governs no noun read` };
    // A bare "This …" or a shell noun stands for a claim made before, not for one phrase: only the
    // sentence just before can give it (./index.ts), and only as a short clause of its own.
    if (noun === "" || SHELL.has(noun.lemma)) needs.push({ kind: "event", word: m[0].trim() });
    else needs.push({ kind: "noun", lemma: noun.lemma, word: `${m[0]}${noun.text}` });
  }
  for (const d of deps) {
    const head = d.text.trim().split(/\s+/).at(-1)!.toLowerCase();
    const t = s.tokens.find((x) => x.lower === head && x.pos === "NOUN");
    if (!t) return { unsupported: `dependence "${d.text}" with no noun head` };
    if (!needs.some((n) => n.kind === "noun" && n.lemma === t.lemma)) needs.push({ kind: "noun", lemma: t.lemma, word: d.text });
  }
  for (const n of shownSceneNouns(s, raw)) {
    if (!needs.some((x) => x.kind === "noun" && x.lemma === n.head.lemma)) needs.push({ kind: "noun", lemma: n.head.lemma, word: n.text });
  }
  for (const m of text.matchAll(PERSON)) {
    if (personBefore(s, text, m.index!)) continue;
    // A "Who …?" answered by a person: the answer is the person.
    if (c.kind === "qa" && c.answerKind === "person") continue;
    needs.push({ kind: "person", word: m[0].toLowerCase() });
  }
  for (const m of text.matchAll(PLURAL)) {
    if (pluralBefore(s, text, m.index!)) continue;
    needs.push({ kind: "group", word: m[0].toLowerCase() });
  }
  const leadIt = s.pronoun && !s.pronoun.resolved && /^(?:it|its)$/.test(s.pronoun.word) && /^(?:It|Its)\b/.test(front) && !TIME_IT.test(front);
  for (const m of text.matchAll(NEUTER)) {
    if (anticipatoryIt(text.slice(m.index!))) continue;
    if (leadIt && m.index === 0) {
      needs.push({ kind: "thing", word: m[0].toLowerCase() });
      continue;
    }
    const before = text.slice(0, m.index!).toLowerCase();
    if (s.tokens.some((t) => t.pos === "NOUN" && t.lemma === t.lower && before.includes(t.lower))) continue;
    return { unsupported: `"${m[0]}" with nothing before it` };
  }
  return { needs: dedupe(needs) };
}

function dedupe(needs: Need[]): Need[] {
  const seen = new Set<string>();
  return needs.filter((n) => {
    const key = n.kind === "noun" ? `noun:${n.lemma}` : n.kind;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
