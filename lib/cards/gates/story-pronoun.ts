// Story pronouns: in a past-tense sentence "the carts blocked them", "urged him to wait", "could not
// find it" point at someone the chapter named before; the card cannot say whom. A third-person
// pronoun other than a leading subject (that one is the coreference repair's and the standalone
// gate's) drops the card when the card shows it in the blanked clause or in the question and
// nothing on the card before it can be what it stands for:
//   he / she / him / her / his — a person (a name, a title of office, a common noun that is not
//     someone's possession: "his coat" is nobody);
//   they / them / their — a plural noun, a group, or two things joined by "and";
//   it / its (as an object) — a singular noun or a name that is not a person's.
// An object pronoun cannot stand for the subject of its own clause ("Vance told him" is not Vance:
// that would be "himself"), and a subject pronoun rarely for a noun inside a prepositional phrase
// ("In a few hours they …"). Exposition (present tense) is left to the referring gate.
import type { AnalysedSentence, Token } from "../analyse/types";
import type { Candidate } from "../candidates";
import type { Gate } from "./types";
import { isFiniteVerb } from "../analyse/tense";
import { narrative } from "./scene-anchor";
import { COLLECTIVE, visible } from "./referring";
import { rarity } from "../rank/frequency";

export type Kind = "person" | "plural" | "neuter";
/** The antecedent each third-person pronoun needs. */
export const KIND: Record<string, Kind> = { he: "person", she: "person", him: "person", her: "person", his: "person", they: "plural", them: "plural", their: "plural", it: "neuter", its: "neuter" };
const NOMINATIVE = /^(?:he|she|they)$/;
const OBJECT = /^(?:him|them|it)$/;
const POSSESSIVE = /^(?:his|their|its|her)$/;
// Titles of office read as a person ("the Governor"); shared with the scene-anchor gate's reading.
const OFFICE = /^(?:general|governor|admiral|colonel|captain|commander|major|lieutenant|marshal|king|queen|emperor|empress|prince|princess|duke|bishop|chancellor|minister|president|consul|senator|judge|mayor|chief|viceroy|sultan|regent)$/;
const CLAUSE_WORD = /^(?:who|whom|which|that)$/;

const nominal = (t: Token | undefined) => !!t && (t.pos === "NOUN" || t.pos === "PROPN");

/** The token after the noun phrase that ends at `k` (skipping adverbs): a finite verb there makes it a subject. */
function isSubject(ts: Token[], k: number): boolean {
  let j = k + 1;
  while (nominal(ts[j]) || ts[j]?.pos === "ADV") j++;
  return isFiniteVerb(ts[j]);
}

/** The first word of the noun phrase that ends at `k` (determiners, adjectives, nouns, a possessive). */
function phraseStart(ts: Token[], k: number): number {
  let j = k;
  while (j > 0 && /^(?:NOUN|PROPN|ADJ|DET|NUM|PRON)$/.test(ts[j - 1].pos) && !/^(?:he|she|they|it|him|them|who|which|that)$/.test(ts[j - 1].lower)) j--;
  return j;
}

/** Governed by a preposition: "in a few hours", "by the gate". */
const afterPreposition = (ts: Token[], k: number) => ts[phraseStart(ts, k) - 1]?.pos === "ADP";

/** Someone else's possession ("his coat", "their carts"): no person or group the pronoun can mean. */
const possessed = (ts: Token[], k: number) => POSSESSIVE.test(ts[phraseStart(ts, k)]?.lower ?? "") || /^(?:my|our|your)$/.test(ts[phraseStart(ts, k)]?.lower ?? "");

/**
 * A new clause or subject between `from` and `to`: a conjunction that opens a clause ("for there was
 * no one to stop it", "when the guard saw him"; not "and" straight before a verb, which shares the
 * subject: "and told him"), a semicolon, or a noun or pronoun (not a preposition's object) followed
 * by a finite verb.
 */
function subjectBetween(ts: Token[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) {
    const t = ts[j];
    if (/^[;:—–]$/.test(t.text) || (t.pos === "SCONJ" && !isFiniteVerb(ts[j + 1]))) return true;
    if ((t.pos === "CCONJ" || t.lower === "for") && !isFiniteVerb(ts[j + 1]) && ts[j + 1]?.pos !== "ADV" && ts.slice(j + 1, to).some((u) => isFiniteVerb(u))) return true;
    const pronoun = t.pos === "PRON" && (NOMINATIVE.test(t.lower) || CLAUSE_WORD.test(t.lower) || /^(?:i|we|you)$/.test(t.lower));
    if ((nominal(t) && !afterPreposition(ts, j) && isSubject(ts, j)) || (pronoun && isFiniteVerb(ts.slice(j + 1).find((u) => u.pos !== "ADV")))) return true;
  }
  return false;
}

function fits(ts: Token[], s: Pick<AnalysedSentence, "entities">, j: number, kind: Kind): boolean {
  const t = ts[j];
  const inEntity = s.entities.find((e) => e.a <= j && j < e.b);
  if (kind === "person") {
    if (inEntity) return inEntity.kind === "person" || (inEntity.kind === "name" && rarity(t.lower) >= 0.7);
    if (t.pos === "PROPN") return true;
    return t.pos === "NOUN" && (OFFICE.test(t.lower) || (t.lemma === t.lower && !possessed(ts, j)));
  }
  if (kind === "plural") {
    // A name in the plural ("the Carlists", "Honest Brothers") is a group whatever the tagger typed it.
    if (inEntity) return inEntity.kind === "group" || inEntity.kind === "org" || /[^su']s$/.test(ts[inEntity.b - 1].lower);
    // The tagger leaves a name unlemmatised: a capitalised plural ("Colonels") is read by its ending.
    return (t.pos === "NOUN" && (t.lemma !== t.lower || COLLECTIVE.has(t.lower))) || (t.pos === "PROPN" && /[^su']s$/.test(t.lower));
  }
  if (inEntity) return inEntity.kind !== "person" && inEntity.kind !== "group";
  return (t.pos === "NOUN" || t.pos === "PROPN") && t.lemma === t.lower;
}

/** True when a token before `k` (and shown on the card) can be what the pronoun at `k` stands for. */
export function antecedentBefore(ts: Token[], s: Pick<AnalysedSentence, "entities">, k: number, shown: (t: Token) => boolean): boolean {
  const p = ts[k].lower, kind = KIND[p];
  const directObject = OBJECT.test(p) && ts[k - 1]?.pos !== "ADP";
  // "the guard and the porter … them": two things joined are a plural.
  if (kind === "plural" && ts.slice(0, k).some((t, j) => t.lower === "and" && nominal(ts[j - 1]) && shown(t) && !(directObject && isSubject(ts, j + 1) && !subjectBetween(ts, j + 1, k)))) return true;
  for (let j = k - 1; j >= 0; j--) {
    if (!nominal(ts[j]) || !shown(ts[j]) || !fits(ts, s, j, kind)) continue;
    // Only the head of a phrase counts ("the river gate": "gate").
    if (nominal(ts[j + 1]) && j + 1 < k) continue;
    if (directObject && isSubject(ts, j) && !afterPreposition(ts, j) && !subjectBetween(ts, j, k)) continue;
    if (NOMINATIVE.test(p) && afterPreposition(ts, j)) continue;
    return true;
  }
  return false;
}

/** Is the pronoun at `k` a third-person pronoun this gate reads (not the sentence's leading subject, not an expletive "it")? */
export function readable(ts: Token[], k: number, lead: number | null): boolean {
  const t = ts[k];
  if (!(t.lower in KIND) || t.pos === "DET" && !POSSESSIVE.test(t.lower)) return false;
  if (k === lead) return false;
  // "it" only as an object ("could not find it", "in it"): a subject "it" is often an expletive.
  if (t.lower === "it") return ts[k - 1]?.pos === "VERB" || ts[k - 1]?.pos === "ADP";
  // "he who …", "those that …": a generic person the clause defines.
  return !(NOMINATIVE.test(t.lower) && CLAUSE_WORD.test(ts[k + 1]?.lower ?? ""));
}

/** The character range of the blanked clause of a cloze (between ; : or a dash). */
function blankClause(s: AnalysedSentence, c: Candidate): [number, number] {
  const at = c.answer?.start ?? 0;
  const stops = [...s.text.matchAll(/[;:—–]/g)].map((m) => m.index!);
  const from = Math.max(-1, ...stops.filter((i) => i < at)) + 1;
  const to = Math.min(s.text.length, ...stops.filter((i) => i >= at));
  return [from, to];
}

/** The first pronoun the card shows in its blanked clause or question with nothing on the card it can stand for. */
export function storyPronoun(c: Candidate, s: AnalysedSentence): string | null {
  const ts = s.tokens;
  if (!narrative(ts)) return null;
  const card = visible(c).toLowerCase();
  const lead = s.clause && s.pronoun && !s.pronoun.resolved ? s.clause.subject.a : null;
  const shownWord = (t: Token) => new RegExp(`(?:^|[^\\p{L}])${t.lower.replace(/[^\p{L}\p{N}' -]/gu, "")}(?![\\p{L}])`, "u").test(card);
  const [from, to] = c.kind === "cloze" ? blankClause(s, c) : [0, s.text.length];
  const question = c.kind === "qa" ? c.front.toLowerCase() : null;
  for (let k = 0; k < ts.length; k++) {
    const t = ts[k];
    if (t.start < from || t.end > to || !readable(ts, k, lead)) continue;
    if (question !== null && !new RegExp(`\\b${t.lower}\\b`).test(question)) continue;
    // A cloze shows the whole sentence; a question shows only the words it kept.
    const shown = c.kind === "cloze" ? () => true : shownWord;
    if (!antecedentBefore(ts, s, k, shown)) return t.text;
  }
  return null;
}

export const storyPronounGate: Gate = (c, a) => {
  if (c.type === "gist") return null;
  const p = storyPronoun(c, a.sentences[c.sentence]);
  return p ? `"${p}" stands for someone the story named before` : null;
};
