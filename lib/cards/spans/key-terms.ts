// Key terms of a chapter: the common-word nouns and noun pairs that the chapter itself makes
// important ("labour", "faction", "reasoning", "judicial power"), by recurring across several of its
// paragraphs far more often than general English uses them. The blank checks refuse common words
// ("one common word", "common words only", "passing description", the span model's floor) because
// a bare "the {{flame}}" is almost always a detail; an argumentative chapter states its main claims
// in exactly such words. A key term may be blanked when it is the far term of a general claim's
// relation ("Knowledge of causes arises from {{experience}}", "there is no known {{connexion}}
// between …"): measured on the train books, letting key terms through in any position of a
// present-tense sentence added far more rejects than accepts (docs/card-generator.md, "Session 8:
// key terms in common words"). Computed once per chapter in one pass over its tokens; the blank
// test looks at one sentence. General English only; no list from any text.
import { HAS_LETTER } from "@/lib/cards/letters";
import type { AnalysedSentence, Analysis, Token } from "../analyse";
import { englishShare } from "../rank/frequency";
import { firstFiniteVerb, tenseOf } from "../analyse/tense";
import { topicWords } from "./topic";
import { tokensInSpan } from "../text";

// A key term recurs in at least MIN_PARAGRAPHS paragraphs, is at least 10^MIN_KEYNESS times as
// frequent in the chapter as in general English, and paragraphs × keyness reaches MIN_WEIGHT (a term
// of a few paragraphs must be much more distinctive than one that runs through the whole chapter).
export const MIN_PARAGRAPHS = 3;
export const MIN_KEYNESS = 1.5;
export const MIN_WEIGHT = 10;

type Tally = { paragraphs: number; uses: number; last: number; words: string[] };

const lowerWord = (t: Token | undefined): t is Token => !!t && !t.stop && /^\p{Ll}[\p{Ll}'’-]*\p{Ll}$/u.test(t.text);
const lemmaOf = (t: Token) => t.lemma.toLowerCase();

/** The key of a span's phrase: its head noun's lemma, with the word before it when that is a lower-case adjective or noun. */
function pairKey(tokens: Token[], i: number): string | null {
  const prev = tokens[i - 1];
  return lowerWord(prev) && /^(?:ADJ|NOUN)$/.test(prev.pos) ? `${prev.lower} ${lemmaOf(tokens[i])}` : null;
}

const cache = new WeakMap<Analysis, Set<string>>();

/** The chapter's key terms: noun lemmas ("labor") and adjective/noun + noun pairs ("judicial power"). */
export function keyTerms(a: Analysis): Set<string> {
  const hit = cache.get(a);
  if (hit) return hit;
  const tally = new Map<string, Tally>();
  let words = 0;
  const add = (key: string, paragraph: number, surface: string[]) => {
    const e = tally.get(key);
    if (!e) tally.set(key, { paragraphs: 1, uses: 1, last: paragraph, words: surface });
    else {
      e.uses++;
      if (e.last !== paragraph) { e.paragraphs++; e.last = paragraph; }
    }
  };
  for (const s of a.sentences) {
    const p = s.sentence.paragraph;
    words += s.tokens.length;
    s.tokens.forEach((t, i) => {
      if (t.pos !== "NOUN" || !lowerWord(t)) return;
      add(lemmaOf(t), p, [t.lower]);
      const pair = pairKey(s.tokens, i);
      if (pair) add(pair, p, [s.tokens[i - 1].lower, t.lower]);
    });
  }
  const topic = topicWords(a);
  const out = new Set<string>();
  for (const [key, e] of tally) {
    if (e.paragraphs < MIN_PARAGRAPHS || key.split(" ").some((w) => topic.has(w))) continue;
    // How much more often the chapter uses the term than English does (its rarest word stands for a pair).
    const keyness = Math.log10(e.uses / words / Math.min(...e.words.map(englishShare)));
    if (keyness >= MIN_KEYNESS && e.paragraphs * keyness >= MIN_WEIGHT) out.add(key);
  }
  cache.set(a, out);
  return out;
}

// Modals of a hypothesis ("a crowd of incidents would follow …"): a supposed case, not a claim.
const HYPOTHETICAL = new Set(["would", "could", "might", "should"]);

/** A general claim: a statement (no question) whose main verb is present tense or a modal of what holds, not a told event or a supposed case. */
export function isGeneralClaim(s: AnalysedSentence): boolean {
  if (/\?\s*["”’]?$/.test(s.text)) return false;
  const verb = firstFiniteVerb(s.tokens, s.clause ? s.tokens[s.clause.subject.a]?.start ?? 0 : 0);
  const tense = tenseOf(verb);
  return tense === "present" || (tense === "modal" && !HYPOTHETICAL.has(verb!.lower));
}

/** The head noun of a span: the last noun before its first "of", else its last noun. */
function headOf(inside: Token[]): number {
  const of = inside.findIndex((t) => t.lower === "of");
  const upTo = of > 0 ? inside.slice(0, of) : inside;
  for (let i = upTo.length - 1; i >= 0; i--) if (upTo[i].pos === "NOUN") return i;
  return -1;
}

// The relations an argument states between its terms: "X arises from Y", "X is founded on Y",
// "X is limited by Y", "X consists in Y" (lemmas; general English, no text's words).
const RELATION = new Set(["arise", "spring", "derive", "depend", "rest", "rely", "consist", "found", "ground", "base", "limit", "determine", "govern", "regulate", "measure", "cause", "produce", "originate", "stem", "flow", "proceed", "result", "owe", "confine", "belong", "lie", "reduce", "resolve", "amount"]);
const RELATION_PREP = /^(?:from|on|upon|in|by|to|into|of)$/;
const RELATIVE = /^(?:which|who|whom|whose|where|when)$/;

/**
 * The blank is the far term of such a relation in the main clause or a that-clause: "Knowledge of
 * causes arises entirely from {{experience}}", "the early codes were grounded in {{vengeance}}".
 * Articles, adjectives and adverbs may stand between; a relative clause's relation ("…, which
 * rests on {{custom}}") is a detail of its noun, not the claim.
 */
function relationTerm(s: AnalysedSentence, first: number): boolean {
  let j = first - 1;
  while (j >= 0 && first - j <= 3 && /^(?:DET|ADJ|NUM)$/.test(s.tokens[j].pos)) j--;
  // "There is no known {{connexion}} between …", "… is not {{custom}} but …": a denial or identity
  // whose far term is the blank (the determiner "no" or a negated "be" right before it).
  const negated = s.tokens.slice(j + 1, first).some((t) => t.lower === "no") || s.tokens[j]?.lower === "not";
  if (s.tokens[j]?.lower === "not") j--;
  if (negated && /^(?:is|are)$/.test(s.tokens[j]?.lower ?? "")) return !RELATIVE.test(s.tokens[j - 1]?.lower ?? "");
  if (j < 1 || !RELATION_PREP.test(s.tokens[j].lower)) return false;
  j--;
  while (j >= 0 && /^(?:ADV|PART)$/.test(s.tokens[j].pos)) j--;
  const verb = s.tokens[j];
  if (!verb || verb.pos !== "VERB" || !RELATION.has(lemmaOf(verb))) return false;
  j--;
  while (j >= 0 && /^(?:AUX|ADV|PART)$/.test(s.tokens[j].pos)) j--;
  return !(j >= 0 && (RELATIVE.test(s.tokens[j].lower) || s.tokens[j].text === ","));
}

/**
 * The cloze blanks a key term of the chapter inside a general claim, and nothing else in the
 * sentence gives the term away (its head noun occurs nowhere else in the sentence). Such a blank is
 * informative though its words are common. Null-safe for any candidate.
 */
export function isKeyTermBlank(c: { kind: string; sentence: number; answer: { start: number; end: number } | null }, a: Analysis): boolean {
  if (c.kind !== "cloze" || !c.answer) return false;
  const s = a.sentences[c.sentence];
  if (!s || !isGeneralClaim(s)) return false;
  const inside = tokensInSpan(s.tokens, c.answer!);
  const content = inside.filter((t) => !t.stop && HAS_LETTER.test(t.text));
  // A long span is a description around the term, not the term.
  if (!content.length || content.length > 3) return false;
  if (!relationTerm(s, s.tokens.indexOf(inside[0]))) return false;
  const h = headOf(inside);
  if (h < 0 || !lowerWord(inside[h])) return false;
  const terms = keyTerms(a);
  const at = s.tokens.indexOf(inside[h]);
  const pair = h > 0 ? pairKey(s.tokens, at) : null;
  if (!terms.has(lemmaOf(inside[h])) && !(pair && terms.has(pair))) return false;
  const lemma = lemmaOf(inside[h]);
  return !s.tokens.some((t) => (t.start < c.answer!.start || t.end > c.answer!.end) && t.pos === "NOUN" && lemmaOf(t) === lemma);
}
