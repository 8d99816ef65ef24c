// Context line: for a card the standalone-type gates drop because its front points at something
// said before ("he", "this law", "the boats"), the short line printed above the question that names
// it — or null. The line is cut from the nearest earlier sentence of the paragraph (or the
// paragraph's opening sentence, or the section heading) that names the referent: for a person or a
// group the one the nearest naming sentence names (two there: no line); for "this law" a sentence
// with a law in it; for a bare "This …" or "this subject" the sentence just before. The line must be
// free of pointers itself, short, and must not show the answer. Precision over coverage: every
// doubt returns null.
import type { Analysis, AnalysedSentence, Entity } from "../analyse";
import type { Candidate } from "../candidates";
import { visible } from "../gates/referring";
import { needsOf, type Need } from "./needs";
import { asLine, clausesAround, givesAway, lineFault } from "./line";
import { capitalize, contentTokens } from "../text";
import { narrative } from "../gates/scene-anchor";
import { sexOf } from "../analyse/coref";
import { rarity } from "../rank/frequency";
import { chainOpener, FEMALE, sectionSources, shellLabel, verbFormOf } from "./further";

export { needsOf, type Need } from "./needs";
export { givesAway, lineFault, MAX_WORDS } from "./line";

/** The gates whose drops a context line can repair. */
export const CONTEXT_GATES = new Set(["standalone", "referring", "story-pronoun", "scene-anchor"]);

/** `source`: which rule found it (for audits): the paragraph's nearest sentences (default) or an extension. */
export type ContextLine = { line: string; from: number | "heading"; needs: Need[]; source?: string };

// How far back in the paragraph a referent is looked for (sentences), besides its opening sentence.
const WINDOW = 3;
// In a story, "he / she / they" run on across paragraphs: the person is the last one named, this many
// sentences back at most, within the section.
const STORY_WINDOW = 8;
// An apposition kept with a name ("T. Brell, Warden of Marlow"), in words at most.
const APPOSITION_WORDS = 8;
const HEADING_WORDS = 12;

const lastWord = (e: Entity) => e.text.split(/\s+/).at(-1)!.toLowerCase();
// A name of several words joined by "of" is a place or an office ("Osk of Varden"), a list is two.
const NOT_ONE_NAME = /\s(?:of|and)\s|,/;
// A one-word name that is a common English word ("Mark", "Rose") is as often a word as a person.
const NAME_RARITY = 0.5;
const persons = (p: AnalysedSentence) => p.entities.filter((e) => e.kind === "person");
// Any name that may be a person, for ambiguity: an untyped name that is no English word counts.
const maybePersons = (p: AnalysedSentence) => p.entities.filter((e) => e.kind === "person" || (e.kind === "name" && rarity(lastWord(e)) >= 0.7));
const groups = (p: AnalysedSentence) => p.entities.filter((e) => e.kind === "group" || e.kind === "org");

/**
 * The actor a later "he" or "they" most likely continues: a name that opens the sentence's subject
 * ("Vance …", "Mr Osk …", "The Varangians …"; not "the council of the Harbour Board"),
 * that is one name, and not a common word.
 */
function subjectName(p: AnalysedSentence, e: Entity): boolean {
  const subj = p.clause?.subject;
  if (!subj || e.a < subj.a || e.a > subj.a + 1 || (e.a === subj.a + 1 && p.tokens[subj.a].lower !== "the")) return false;
  if (NOT_ONE_NAME.test(e.text)) return false;
  return /\s/.test(e.text) || rarity(e.text) >= NAME_RARITY;
}

/**
 * Earlier sentences to look in, nearest first: the paragraph's last few, then its opening one. For
 * a person or group in a story, the section's last few sentences across paragraphs. (In exposition a
 * "he" is often anyone — "the owner … he" — so only the sentence before may name him.)
 */
function sources(a: Analysis, s: AnalysedSentence, needs: Need[]): AnalysedSentence[] {
  const out: AnalysedSentence[] = [];
  const actor = needs.some((n) => n.kind === "person" || n.kind === "group");
  if (actor && !narrative(s.tokens)) return s.sentence.id > 0 && a.sentences[s.sentence.id - 1].sentence.paragraph === s.sentence.paragraph ? [a.sentences[s.sentence.id - 1]] : [];
  if (actor && needs.every((n) => n.kind === "person" || n.kind === "group")) {
    for (let i = s.sentence.id - 1; i >= 0 && out.length < STORY_WINDOW && a.sentences[i].section === s.section; i--) out.push(a.sentences[i]);
    return out;
  }
  const para = s.sentence.paragraph;
  for (let i = s.sentence.id - 1; i >= 0 && out.length < WINDOW; i--) {
    if (a.sentences[i].sentence.paragraph !== para) break;
    out.push(a.sentences[i]);
  }
  let first = s.sentence.id - 1;
  while (first > 0 && a.sentences[first - 1].sentence.paragraph === para) first--;
  if (first >= 0 && first < s.sentence.id && !out.some((p) => p.sentence.id === first)) out.push(a.sentences[first]);
  return out;
}

/** Where in `p` the need is named (a character offset), or null. `who`: the person or group settled on so far. */
function namedAt(p: AnalysedSentence, need: Need, who: string | null, previous: boolean, verbForms = false): number | null {
  if (need.kind === "person" || need.kind === "group") {
    const e = (need.kind === "person" ? persons(p) : groups(p)).find((x) => lastWord(x) === who);
    return e && subjectName(p, e) ? e.start : null;
  }
  if (need.kind === "noun") {
    const t = p.tokens.find((x) => ((x.pos === "NOUN" || x.pos === "PROPN") && (x.lemma === need.lemma || x.lower === need.lemma)) || (verbForms && verbFormOf(need.lemma, x)));
    return t ? t.start : null;
  }
  if (need.kind === "thing") {
    // "It" continues the subject before it, when that subject is a thing (a singular noun or a name
    // that is no person or group) and not itself a pronoun.
    const subj = p.clause?.subject;
    if (!previous || !subj || p.pronoun) return null;
    const head = p.tokens[subj.b - 1];
    const e = p.entities.find((x) => x.a <= subj.b - 1 && subj.b - 1 < x.b);
    const thing = e ? !["person", "group", "number", "date"].includes(e.kind) : head?.pos === "NOUN" && head.lemma === head.lower;
    return thing ? p.tokens[subj.a].start : null;
  }
  // A bare "This …": the claim of the sentence just before, read at its main verb.
  return previous && p.clause ? p.tokens[p.clause.verb].start : null;
}

/**
 * A plural common noun outside any named group and not a preposition's object ("since the Peruvian
 * warriors, though …", "The warriors fled"): "they" may mean it as well as the group named.
 */
function pluralRival(p: AnalysedSentence): boolean {
  const ts = p.tokens, named = groups(p);
  return ts.some((t, j) => t.pos === "NOUN" && t.lemma !== t.lower && /s$/.test(t.lower) && !named.some((e) => e.a <= j && j < e.b) && ts[j - 1]?.pos !== "ADP" && !(ts[j - 2]?.pos === "ADP" && /^(?:DET|ADJ|NUM)$/.test(ts[j - 1]?.pos ?? "")));
}

const INDEFINITE = /^(?:a|an|some|one|two|three|several|many)$/;

/**
 * Whether the mention at character `at` of `p` says which thing the card's description `word` means:
 * it introduces it ("A ridge of broken ground …"), says more of it than the card ("the middle-class
 * wife" for "the wife"), or the clause names a person, place or date the card does not show ("In
 * France the constitution …"). "The President's mind …" for "The President" names nobody.
 */
function saysWhich(p: AnalysedSentence, at: number, word: string, chunk: { start: number; end: number }, card: string, strict = false): boolean {
  const k = p.tokens.findIndex((t) => t.start === at);
  // A verb the card's noun is made from ("they sacrificed a ram" for "the sacrifice"): the clause
  // that reports the act says which act.
  if (p.tokens[k]?.pos === "VERB") return true;
  const np = p.phrases.find((ph) => ph.a <= k && k < ph.b);
  if (!np) return false;
  const first = p.tokens[np.a];
  if (INDEFINITE.test(first.lower) || first.pos === "NUM" || (first.pos !== "DET" && first.pos !== "PRON" && p.tokens[np.b - 1].lemma !== p.tokens[np.b - 1].lower)) return true;
  const bare = word.replace(/^(?:this|these|those|such|the)\s+(?:an?\s+)?/i, "").split(/\s+/).length;
  if (np.text.replace(/^(?:the|this|these|those|his|her|its|their)\s+/i, "").split(/\s+/).length > bare) return true;
  const lower = card.toLowerCase();
  // (A date counts only with a year: "before winter" says which time of year, not which thing.)
  // (Not from further back than the paragraph (`strict`): there a name in the clause may be
  // about another thing of the same kind — "Orlen kept the province quiet" is not which province.)
  return !strict && p.entities.some((e) => e.kind !== "number" && (e.kind !== "date" || /\d/.test(e.text)) && e.start >= chunk.start && e.end <= chunk.end && !lower.includes(e.text.toLowerCase()));
}

/** The name at character `at` of `p`, with an apposition right after it (", the Dean of X,"), as a line. */
function nameLine(p: AnalysedSentence, at: number): string | null {
  const e = p.entities.find((x) => x.start === at);
  if (!e) return null;
  const before = p.tokens[e.a - 1];
  let text = (before?.lower === "the" ? "the " : "") + e.text;
  const rest = p.text.slice(e.end).match(/^,\s+([^,;:()—–]+?)\s*(?:,|;|$|\.)/);
  const apposition = rest?.[1];
  if (apposition && apposition.split(/\s+/).length <= APPOSITION_WORDS && /^(?:the|a|an)\s|^\p{Lu}/u.test(apposition) && !/\b(?:who|which|that|was|is|were|are|had|has)\b/.test(apposition)) text += `, ${apposition}`;
  return capitalize(text);
}

function headingLine(a: Analysis, s: AnalysedSentence, needs: Need[], c: Candidate, card: string): string | null {
  if (!needs.every((n) => n.kind === "noun")) return null;
  const title = a.sections[s.section]?.title.trim();
  if (!title || title === a.chapter.title.trim() || title.split(/\s+/).length > HEADING_WORDS) return null;
  const lower = title.toLowerCase();
  if (!needs.every((n) => n.kind === "noun" && new RegExp(`\\b${n.lemma}`).test(lower))) return null;
  // A heading has no sentence of its own; it is read with the strict checks of a line from `s`
  // minus the ones that read a sentence's tokens (it is a title, not a claim).
  if (/\b(?:this|these|those|such|he|she|they|it|his|her|their|its|i|we|you)\b/i.test(title)) return null;
  const line = title.replace(/[.:]+$/, "");
  if (givesAway(line, c.back)) return null;
  const shownWords = new Set(contentTokens(card));
  return contentTokens(line).some((w) => !shownWords.has(w)) ? line : null;
}

/** The context line for a candidate of sentence `c.sentence`, or null when none is safe. */
export function chooseContextLine(a: Analysis, c: Candidate): ContextLine | null {
  const r = explainContextLine(a, c);
  return typeof r === "string" ? null : r;
}

/** The context line, or why there is none (for audits and tests). */
export function explainContextLine(a: Analysis, c: Candidate): ContextLine | string {
  const s = a.sentences[c.sentence];
  const read = needsOf(c, s);
  if ("unsupported" in read) return `unsupported: ${read.unsupported}`;
  if (!read.needs.length) return "no pointer read";
  const needs = read.needs;
  const card = visible(c);
  const near = sources(a, s, needs);
  const found = fromSources(a, s, c, needs, near, card);
  // The nearest sentence that names the referent decides: a fault there is no line (a line from
  // further back would name an earlier mention, perhaps another thing of the same kind).
  if (found !== null) return found;
  const further = furtherLine(a, s, c, needs, near, card);
  return further ?? `not named nearby (${needs.map((n) => n.kind).join("+")})`;
}

const tagged = (r: ContextLine | string, source: string): ContextLine | string => (typeof r === "string" ? `${source} ${r}` : { ...r, source });

/**
 * Session 12: the referent looked for beyond the paragraph's nearest sentences (./further.ts): a
 * "this/such" + abstract noun as the claim of the sentence before; the section heading (session 10);
 * a description's noun (or the verb it is made from) earlier in the section; a run of "he" sentences
 * back to the name that opens it.
 * Null when none of them applies.
 */
function furtherLine(a: Analysis, s: AnalysedSentence, c: Candidate, needs: Need[], near: AnalysedSentence[], card: string): ContextLine | string | null {
  const prev = a.sentences[s.sentence.id - 1];
  const samePara = !!prev && prev.sentence.paragraph === s.sentence.paragraph;
  if (needs.every((n) => n.kind === "noun" || n.kind === "event") && needs.some((n) => n.kind === "noun" && shellLabel(n.word, n.lemma)) && samePara) {
    const asEvent = needs.map((n): Need => (n.kind === "noun" && shellLabel(n.word, n.lemma) ? { kind: "event", word: n.word } : n));
    const r = fromSources(a, s, c, asEvent.filter((n, k) => n.kind !== "event" || asEvent.findIndex((m) => m.kind === "event") === k), [prev], card);
    if (r !== null) return tagged(r, "shell");
  }
  // The section heading that holds the noun (session 10) comes before a search of the section: a
  // title names the section's topic, an earlier mention may be another thing of the same kind.
  const heading = headingLine(a, s, needs, c, card);
  if (heading) return { line: heading, from: "heading", needs };
  if (needs.every((n) => n.kind === "noun")) {
    const r = fromSources(a, s, c, needs, sectionSources(a, s, new Set(near.map((p) => p.sentence.id))), card, true);
    if (r !== null) return tagged(r, "section");
  }
  if (needs.length === 1 && needs[0].kind === "person") {
    const opener = chainOpener(a, s, needs[0].word, (p) => maybePersons(p).length);
    if (typeof opener === "string") return opener;
    const names = new Set(maybePersons(opener).map(lastWord));
    const e = persons(opener).find((x) => subjectName(opener, x));
    if (names.size !== 1 || !e) return "chain: the opener names no one person as subject";
    if (sexOf(opener, e) === (FEMALE.test(needs[0].word) ? "m" : "f")) return "chain: the name's title tells the other sex";
    const line = nameLine(opener, e.start);
    const why = line ? lineFault(line, opener, c, card, 1) : "empty";
    return why ? `chain line: ${why}` : { line: line!, from: opener.sentence.id, needs, source: "chain" };
  }
  return null;
}

/**
 * The line from the nearest of `srcs` that names every need, the fault of that sentence's best
 * clause, or null when none names them. `verbForms`: a noun may be named by the verb it comes from.
 */
function fromSources(a: Analysis, s: AnalysedSentence, c: Candidate, needs: Need[], srcs: AnalysedSentence[], card: string, verbForms = false): ContextLine | string | null {
  // The person or group each pronoun stands for: the one named by the nearest sentence that names any.
  let person: string | null = null, group: string | null = null;
  const prevId = s.sentence.id - 1;
  for (const p of srcs) {
    if (needs.some((n) => n.kind === "person")) {
      const names = new Set(maybePersons(p).map(lastWord));
      if (names.size > 1 || (person && names.size && !names.has(person))) return "person: two people named";
      if (names.size === 1 && persons(p).length) person = [...names][0];
      // A title that tells the person's sex must agree with the pronoun ("she" is not "Sir X").
      const e = persons(p).find((x) => lastWord(x) === person);
      const word = needs.find((n) => n.kind === "person")!.word;
      if (e && sexOf(p, e) === (FEMALE.test(word) ? "m" : "f")) return "person: the name's title tells the other sex";
    }
    if (needs.some((n) => n.kind === "group")) {
      // "they" may as well be a plural noun the sentence is about ("the warriors", "the colonists")
      // as a named group: with one of those as a subject, the name is a guess.
      if (pluralRival(p)) return "group: a plural noun may be meant";
      const names = new Set(groups(p).map(lastWord));
      if (names.size > 1 || (group && names.size && !names.has(group))) return "group: two groups named";
      if (names.size === 1) group = [...names][0];
    }
    const at = needs.map((n) => namedAt(p, n, n.kind === "person" ? person : group, p.sentence.id === prevId, verbForms));
    if (at.some((x) => x === null)) continue;
    // The smallest clause around each place; every need must fall in the same one.
    const first = Math.min(...(at as number[]));
    let fault = "referents in different clauses";
    // A person or group alone: their name, with its apposition, is the shortest line that says who.
    const actor = needs.length === 1 && (needs[0].kind === "person" || needs[0].kind === "group") ? nameLine(p, at[0] as number) : null;
    if (actor) {
      const why = lineFault(actor, p, c, card, 1);
      if (!why) return { line: actor, from: p.sentence.id, needs };
      fault = why;
    }
    for (const chunk of clausesAround(p, first)) {
      if (!(at as number[]).every((x) => x >= chunk.start && x < chunk.end)) continue;
      const line = asLine(p, chunk);
      const bare = needs.some((n, k) => n.kind === "noun" && !saysWhich(p, at[k] as number, n.word, chunk, card, verbForms));
      const why = !line ? "empty" : bare ? "repeats the card's description without saying which" : lineFault(line, p, c, card);
      if (!why) return { line, from: p.sentence.id, needs };
      fault = why;
    }
    // The nearest sentence naming every referent had no clean clause: a line from further back
    // would name an earlier mention, perhaps another thing of the same kind.
    return `line: ${fault}`;
  }
  return null;
}
