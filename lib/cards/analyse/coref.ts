// Leading-pronoun coreference: a sentence that opens (perhaps after "In 1723,") with he / she /
// they / it / his / her / its / their / the latter / the former gets the pronoun replaced by its
// antecedent from the preceding sentences of the paragraph, when one candidate clearly fits
// (the subject of the nearest sentence that names one of the right kind). Demonstratives ("this
// decision", "such a step") are never guessed: the standalone gate drops cards that keep them.
import type { AnalysedSentence, Entity, Token } from "./types";
import { LEADING_PRONOUNS, TITLES } from "./lexicon";
import { rarity } from "../rank/frequency";

export type Leading = { index: number; word: string; length: number };

/** The pronoun or demonstrative that opens the sentence's first clause, if any. */
export function leadingPronoun(s: Pick<AnalysedSentence, "tokens" | "clause">): Leading | null {
  const i = s.clause ? s.clause.subject.a : 0;
  const t = s.tokens[i];
  if (!t) return null;
  if (t.lower === "the" && /^(?:latter|former)$/.test(s.tokens[i + 1]?.lower ?? "")) return { index: i, word: `the ${s.tokens[i + 1].lower}`, length: 2 };
  if (!LEADING_PRONOUNS.has(t.lower)) return null;
  // "He that tills the land …", "They who …": a generic person the relative clause defines, nobody
  // named before (replacing it by the last name gives "Vance that tills the land").
  if (/^(?:he|she|they|those)$/.test(t.lower) && /^(?:that|who|whom|whose|which)$/.test(s.tokens[i + 1]?.lower ?? "")) return null;
  // "It was not till 1924 that …", "It is likely that …": an "it" that anticipates a clause stands for nothing.
  // So does "It sometimes happens that …", "It seems to …".
  if (t.lower === "it" && s.tokens.slice(i + 1, i + 4).some((u) => u.lemma === "be" || /^(?:happen|seem|appear|follow|remain|become|matter)$/.test(u.lemma)) && s.tokens.slice(i + 2, i + 14).some((u) => /^(?:that|to|whether|who|when)$/.test(u.lower))) return null;
  // "It is a strange feeling, this X, this Y": "it" anticipates the dislocated "this X" of its own sentence.
  if (t.lower === "it" && s.tokens[i + 1]?.lemma === "be" && s.tokens.slice(i + 2, i + 10).some((u, k, all) => u.text === "," && all[k + 1]?.lower === "this")) return null;
  return { index: i, word: t.lower, length: 1 };
}

function subjectEntity(s: AnalysedSentence, kinds: string[]): Entity | null {
  const inSubject = s.clause ? s.entities.find((e) => kinds.includes(e.kind) && e.a >= s.clause!.subject.a && e.b <= s.clause!.subject.b) : undefined;
  if (inSubject) return inSubject;
  // Off the subject, only a name typed as the right kind, and only when it is the one such name.
  const all = s.entities.filter((e) => e.kind === kinds[0]);
  const distinct = new Set(all.map((e) => e.text.split(/\s+/).at(-1)));
  return distinct.size === 1 ? all[0] : null;
}

/**
 * "This septemvirate …" right after a sentence that introduced the septemvirate: the demonstrative
 * only points at a thing already named, so "The" reads the same on its own. Null when the noun is new.
 */
export function definiteFor(prev: AnalysedSentence[], s: Pick<AnalysedSentence, "tokens">, lead: Leading): string | null {
  if (!/^(?:this|these)$/.test(lead.word)) return null;
  const noun = s.tokens[lead.index + 1];
  if (!noun || noun.pos !== "NOUN") return null;
  return prev.slice(-2).some((p) => p.tokens.some((t) => t.lemma === noun.lemma && t.pos === "NOUN")) ? "the" : null;
}

// Titles that tell a person's sex: a "she" cannot stand for "Sir X", nor a "he" for "Lady X".
const MALE_TITLES = /^(?:mr|sir|lord|king|prince|duke|count|baron|father|brother|emperor|bishop|cardinal|pope|colonel|general|captain)\.?$/i;
const FEMALE_TITLES = /^(?:mrs|miss|ms|lady|queen|princess|duchess|countess|baroness|mother|sister|empress|dame|madame|mme)\.?$/i;

export function sexOf(p: AnalysedSentence, e: Entity): "m" | "f" | null {
  const title = p.tokens[e.a - 1]?.text ?? "";
  const first = e.text.split(/\s+/)[0];
  if (MALE_TITLES.test(title) || MALE_TITLES.test(first)) return "m";
  if (FEMALE_TITLES.test(title) || FEMALE_TITLES.test(first)) return "f";
  return null;
}

const lastWord = (x: Entity) => x.text.split(/\s+/).at(-1);

/**
 * The antecedent as a well-formed noun phrase: a name the previous sentence gave with an article
 * ("the Varangian", "the Margrave") keeps it, so "He felt …" becomes "The Varangian felt …", not
 * "Varangian felt …", and "His guards" "The Margrave's guards", not "Margrave's guards".
 */
function withArticle(p: AnalysedSentence, e: Entity): string {
  const before = p.tokens[e.a - 1];
  // Only a one-word name: "the Miss Vance of legend" is a description of a person already named.
  return before && before.pos === "DET" && before.lower === "the" && !/\s/.test(e.text) ? `the ${e.text}` : e.text;
}

// The pronouns of one sex, for the sex of a leading "he/his" or "she/her".
const MALE = /^(?:he|him|his|himself)$/, FEMALE = /^(?:she|her|hers|herself)$/;
const isFemale = (w: string) => /^(?:she|her)$/.test(w);

/**
 * Whether a leading "they" can stand for the group `e` of the sentence before: not when the group is
 * the object of a verb or preposition while a plural noun of its own is a subject ("when the
 * Varangians were hunted, ten sailors hid …": "they" are the sailors), nor when the group is one of a
 * coordination ("to the Lisk or the Orra men": "they" may be both).
 */
function theyCanMean(p: AnalysedSentence, e: Entity): boolean {
  const ts = p.tokens;
  const at = ts[e.a - 1]?.pos === "DET" ? e.a - 1 : e.a;
  if (/^(?:and|or|nor)$/.test(ts[at - 1]?.lower ?? "") || /^(?:and|or|nor)$/.test(ts[e.b]?.lower ?? "")) return false;
  if (!/^(?:VERB|ADP)$/.test(ts[at - 1]?.pos ?? "")) return true;
  // A plural common noun that is no preposition's object: a rival the sentence is about.
  return !ts.some((t, j) => t.pos === "NOUN" && t.lemma !== t.lower && (j < e.a || j >= e.b) && ts[j - 1]?.pos !== "ADP" && !(ts[j - 2]?.pos === "ADP" && /^(?:DET|ADJ|NUM)$/.test(ts[j - 1]?.pos ?? "")));
}

/** A name after "a"/"an" is no antecedent (session 17, genfix); an object so a test can turn it off. */
export const INDEFINITE_NAME = { on: true };
/** The name starts with a title ("Mr. Vance", "Dr Orlen"). */
const titled = (x: { text: string }) => TITLES.has((x.text.split(/\s+/)[0] ?? "").replace(/\.$/, "").toLowerCase());

/**
 * The antecedent text for a leading pronoun, with the sentence it comes from, or null. Only the
 * previous sentence is searched, and only when exactly one compatible candidate is in it (number,
 * sex where a title tells it, animacy): a wrong antecedent makes a false card, a missing one only
 * drops the card.
 */
export function antecedent(prev: AnalysedSentence[], lead: Leading): { text: string; from: number } | null {
  const w = lead.word;
  const p = prev.at(-1);
  if (!p) return null;
  if (/^(?:he|she|his|her)$/.test(w)) {
    // An untyped name counts only when it is no English word ("Essay" is a title, not a person).
    // A name that modifies a noun ("the Vance problem") is no person the pronoun can stand for.
    // A capitalised word after "a"/"an" ("the harbour master is a Trimmer") is a common noun set in
    // capitals, not a person (session 17, genfix). A title says it is a person all the same ("a Mr.
    // Vance"); a name typed "person" without one ("a Stoic Trimmer") is still a common noun (fixg).
    const people = p.entities.filter((x) => (x.kind === "person" || (x.kind === "name" && rarity(lastWord(x) ?? "") >= 0.7)) && p.tokens[x.b]?.pos !== "NOUN" && !(INDEFINITE_NAME.on && !titled(x) && /^(?:a|an)$/.test(p.tokens[x.a - 1]?.lower ?? "")));
    const distinct = new Map(people.map((x) => [lastWord(x), x]));
    if (distinct.size !== 1) return null;
    const e = subjectEntity(p, ["person", "name"]) ?? [...distinct.values()][0];
    if (!distinct.has(lastWord(e)) || p.entities.some((x) => x.kind === "group")) return null;
    const sex = sexOf(p, e);
    if ((sex === "m" && /^(?:she|her)$/.test(w)) || (sex === "f" && /^(?:he|his)$/.test(w))) return null;
    // "Even Vance had given her his word, he said. She …": a pronoun of the other sex in that
    // sentence is most likely the named person, and the "she" someone named further back.
    const other = isFemale(w) ? MALE : FEMALE;
    if (p.tokens.some((t) => other.test(t.lower))) return null;
    // "As he rode on, he saw that Vance's camp …. His hope …": a pronoun of the same sex before the
    // name stands for someone named further back, who is the running subject the new "his" continues.
    const same = isFemale(w) ? FEMALE : MALE;
    if (p.tokens.some((t) => t.end <= e.start && same.test(t.lower))) return null;
    // "the Harbour Board", "the United Provinces": a name of several words with an article is an
    // institution or a place, never a person the pronoun stands for.
    // (A title says it is a person: "the Miss Vance of legend".)
    if (/\s/.test(e.text) && p.tokens[e.a - 1]?.lower === "the" && !sexOf(p, e)) return null;
    return { text: withArticle(p, e), from: p.sentence.id };
  }
  if (/^(?:they|their)$/.test(w)) {
    const groups = p.entities.filter((x) => x.kind === "group" || x.kind === "org");
    if (new Set(groups.map((x) => x.text)).size !== 1) return null;
    const e = subjectEntity(p, ["group", "org"]);
    if (!e || !theyCanMean(p, e)) return null;
    return { text: withArticle(p, e), from: p.sentence.id };
  }
  if (/^(?:it|its)$/.test(w)) {
    // The previous sentence's subject, when it is a named thing or institution (not a person) and
    // the only such name in that sentence: "it" after "the Harbour Act passed in Lisk" is a guess.
    const subj = p.clause?.subject;
    if (!subj) return null;
    const things = p.entities.filter((x) => x.kind !== "person" && x.kind !== "date" && x.kind !== "number" && x.kind !== "group");
    const e = p.entities.find((x) => x.a >= subj.a && x.b <= subj.b);
    // The name must be the whole subject's head ("Human" of "Human society" is not what "it" means).
    if (!e || things.length !== 1 || things[0] !== e || e.b !== subj.b) return null;
    const det = p.tokens[subj.a].lower === "the" ? "the " : "";
    return { text: det + e.text, from: p.sentence.id };
  }
  if (w === "the latter" || w === "the former") {
    // A name that modifies a noun ("the Vance estate") is not one of the two things named.
    const names = p.entities.filter((x) => (x.kind === "person" || x.kind === "org" || x.kind === "name" || x.kind === "place") && p.tokens[x.b]?.pos !== "NOUN");
    if (names.length !== 2) return null;
    const e = w === "the latter" ? names[1] : names[0];
    return { text: withArticle(p, e), from: p.sentence.id };
  }
  return null;
}

/** The sentence text with the pronoun replaced (a possessive keeps its "'s"). */
export function substitute(text: string, tokens: Token[], lead: Leading, name: string): string {
  const first = tokens[lead.index], last = tokens[lead.index + lead.length - 1];
  const possessive = /^(?:his|her|its|their)$/.test(lead.word);
  const atStart = first.start === 0 || /[,:]\s*$/.test(text.slice(0, first.start)) && lead.index === 0;
  const bare = name.replace(/['’]s$/, "");
  const cased = atStart ? bare.charAt(0).toUpperCase() + bare.slice(1) : bare;
  return text.slice(0, first.start) + cased + (possessive ? "'s" : "") + text.slice(last.end);
}
