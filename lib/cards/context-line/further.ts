// Where to look for a referent beyond the paragraph's nearest sentences (session 12). Each rule is
// about how English points back, not about any book:
// - a definite description ("the sacrifice", "the experiment") names a thing met earlier in the
//   section, by its noun or by the verb it is made from ("they sacrificed", "provided" is not
//   "provision": only regular derivations);
// - "this / such" with a nominalisation that was not said before ("this advantage", "such a
//   decision") labels the claim of the sentence just before (a "shell" or "retrospective label");
// - "he / she" whose run of sentences all have that pronoun as subject continues the person the run
//   began with, when that person is the named subject of the sentence that opens it.
import type { Analysis, AnalysedSentence, Token } from "../analyse";

// Earlier sentences of the section searched for a description's noun, nearest first, at most.
export const SECTION_WINDOW = 15;
// A run of "he … He … He" sentences followed back to the name, at most this many sentences.
export const CHAIN_WINDOW = 12;

/** Earlier sentences of `s`'s section not in `searched`, nearest first, at most SECTION_WINDOW back. */
export function sectionSources(a: Analysis, s: AnalysedSentence, searched: Set<number>): AnalysedSentence[] {
  const out: AnalysedSentence[] = [];
  for (let i = s.sentence.id - 1; i >= 0 && s.sentence.id - i <= SECTION_WINDOW && a.sentences[i].section === s.section; i--) {
    if (!searched.has(i)) out.push(a.sentences[i]);
  }
  return out;
}

// Suffixes that make a noun from a verb by adding to its stem ("arrive" → "arrival", "settle" →
// "settlement", "create" → "creation", "fail" → "failure", "discover" → "discovery").
const NOMINAL = ["ation", "ition", "tion", "sion", "ion", "ment", "al", "ance", "ence", "ure", "age", "y"];

/** True when token `t` is a verb that the noun `lemma` is made from, or the same word used as a verb. */
export function verbFormOf(lemma: string, t: Token): boolean {
  if (t.pos !== "VERB") return false;
  const verb = t.lemma.toLowerCase();
  if (verb === lemma) return true;
  return NOMINAL.some((suffix) => {
    if (!lemma.endsWith(suffix)) return false;
    const stem = lemma.slice(0, -suffix.length);
    return stem.length >= 4 && (verb === stem || verb.replace(/e$/, "") === stem);
  });
}

// A nominalisation or an abstract noun by its ending: the nouns that label a stretch of argument
// ("this reform", "such an arrangement", "this tendency"), as opposed to things ("this flower").
const ABSTRACT = /(?:tion|sion|ment|ity|ness|ism|ancy|ency)$/;

/** True when the need's word is "this / these / such" + an abstract noun. */
export function shellLabel(word: string, lemma: string): boolean {
  return /^(?:this|these|such)\b/i.test(word) && ABSTRACT.test(lemma) && lemma.length >= 6;
}

const MALE = /^(?:he|him|his|himself)$/;
/** A pronoun of a woman ("she", "her", "hers", "herself"). */
export const FEMALE = /^(?:she|her|hers|herself)$/;

const NOMINATIVE_MALE = /^he$/, NOMINATIVE_FEMALE = /^she$/;

/**
 * Whether the sentence's subject is the pronoun of that sex (the run a "he" continues): the
 * nominative pronoun comes before the sentence's first verb ("In secret she devoured …", "He …"),
 * so no clause before it has a subject of its own.
 */
function pronounSubject(p: AnalysedSentence, sex: RegExp): boolean {
  const nominative = sex === MALE ? NOMINATIVE_MALE : NOMINATIVE_FEMALE;
  for (const t of p.tokens) {
    if (nominative.test(t.lower)) return true;
    if (t.pos === "VERB" || t.pos === "AUX") return false;
  }
  return false;
}

/**
 * The sentence that opens the run of "he"-subject sentences `s` continues, or why there is none: the
 * walk back stops at the first sentence whose subject is not the pronoun or that names someone (that
 * sentence is the opener, which must name one person as subject), at a pronoun of the other sex, or
 * at the section's start.
 * `people(p)`: the names in `p` that may be persons.
 */
export function chainOpener(a: Analysis, s: AnalysedSentence, word: string, people: (p: AnalysedSentence) => number): AnalysedSentence | string {
  const sex = FEMALE.test(word) ? FEMALE : MALE, other = sex === MALE ? FEMALE : MALE;
  for (let i = s.sentence.id - 1; i >= 0 && s.sentence.id - i <= CHAIN_WINDOW && a.sentences[i].section === s.section; i--) {
    const p = a.sentences[i];
    if (p.tokens.some((t) => other.test(t.lower))) return "chain: a pronoun of the other sex";
    // A sentence with a name in it ends the run (the analyser may have put the name in for a
    // leading "He"): it is the opener, and must name one person as its subject.
    if (pronounSubject(p, sex) && people(p) === 0) continue;
    return p;
  }
  return "chain: no opener in the section";
}
