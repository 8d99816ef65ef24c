// A view the author reports, not one he holds, stated on a card as plain fact. Argumentative and
// historical prose often gives a period's or a party's belief in its own words, with no "they held
// that" in the sentence (free indirect speech): "It was a duty to stamp out the false creed"; "Usury
// was the worst of all sins"; or uses a word in the sense the previous sentence said other people give
// it ("The songs that they call 'noble' are marching tunes. A noble song is a drum and a shout."). On a
// card, cut from the passage that marks it as someone else's view, it reads as the author's claim, or
// as a definition (blind raters, session 17: "medieval view unstated", "satirical view presented as
// a definition"). Which view it was cannot be named from the sentence, so the card is dropped; a
// card that carries its attribution ("according to …", "in the eyes of …", "held that …", "hold X to
// be …", "for the old lawyers, …") is kept.
//
// Two general signs of English, each narrow:
// - a moral judgement in the past tense with no holder: "was/were the <superlative> of all
//   <crimes|sins|…>" (a closed list of superlatives: "-est" alone also matches "test", "interest"),
//   or "It was a [sacred|solemn|…] duty/obligation to …", or "It was a sin to …". Put in the past, a
//   judgement of conscience is usually the period's, not the writer's; a law is not ("By the statute
//   of 1351 it was a crime to clip the coin"), so "crime" is not read and a law or a year before "it
//   was" stops the rule. For a question only the clause the card is built from is read: "Although X
//   was the worst of all sins, the lenders lent at ten per cent" → "At what rate …?" is kept.
// - a word the two sentences before, in the same paragraph, put in quotation marks as what "they" /
//   "people" / "many" call something, used unquoted in the card sentence's subject.
// The gate cannot throw: a card it cannot read is kept (fixg18: a quoted hyphenated word once built an
// invalid regular expression and stopped the whole chapter's run).
import type { Analysis } from "../analyse";
import type { Candidate } from "../candidates";
import { firstFiniteVerb } from "../analyse/tense";
import { envSwitch, processEnv } from "../switch";
import { shown, type Gate } from "./types";

/** LECTERN_REPORTED_VIEW: "1" on, "0" off (default on: docs/card-generator.md, session 18). */
export const REPORTED_VIEW_ON = envSwitch(processEnv(), "LECTERN_REPORTED_VIEW", true);

const MORAL_NOUN = String.raw`(?:crimes?|sins?|offen[cs]es?|evils?|vices?|virtues?|errors?|abominations?|impieties|wickednesses)`;
// Superlatives of moral weight: a closed list of general English.
const SUPERLATIVE = String.raw`(?:greatest|gravest|worst|best|foulest|vilest|basest|deadliest|darkest|blackest|highest|noblest|holiest|meanest|wickedest|chiefest|heaviest|purest|most\s+\p{Ll}+)`;
// "was the foulest of all crimes", "were the greatest of sins", "was the most odious of all offences".
const SUPERLATIVE_JUDGEMENT = new RegExp(String.raw`\b(?:was|were)\s+(?:\p{Ll}+ly\s+)?the\s+${SUPERLATIVE}\s+of\s+(?:all\s+)?${MORAL_NOUN}\b`, "u");
// "It was a duty to …", "It was a sacred duty to …": an obligation binding no one named. Only
// adjectives of conscience: "a legal duty", "an official duty" state a rule of office.
const BARE_DUTY = /\b[Ii]t\s+was\s+(?:a|an)\s+(?:(?:sacred|holy|solemn|pious|religious|moral|bounden|plain|positive|imperative|paramount)\s+)?(?:duty|obligation)\s+to\s+\p{Ll}/u;
// "It was a sin to …", "it was a grievous sin to …": a sin is a judgement of conscience, not of a statute.
const BARE_SIN = /\b[Ii]t\s+was\s+(?:a|an)\s+(?:\p{Ll}+\s+)?sin\s+to\s+\p{Ll}/u;
// A law or a year before "it was": the sentence states a rule of its time, not a view.
const LAW_FIRST = /\b(?:statutes?|laws?|acts?|decrees?|charters?|ordinances?|edicts?|codes?|rules?|\d{3,4})\b[^.;]*?\b[Ii]t\s+was\b/u;
// The card names whose view it is. General English only: no period's or party's name.
const ATTRIBUTION = /\b(?:according\s+to|in\s+the\s+(?:eyes|view|opinion|judge?ment|belief|mind|teaching)s?\s+of|in\s+(?:their|his|her|its|the\s+\p{L}+)\s+(?:eyes|view|opinion|judge?ment|belief)|(?:hold|holds|held|believe|believes|believed|think|thinks|thought|teach|teaches|taught|consider|considers|considered|deem|deems|deemed|maintain|maintains|maintained|suppose|supposes|supposed|declare|declares|declared|say|says|said)\s+(?:that|it|(?:[\p{L}'’-]+\s+){0,4}?to\s+be)|(?:for|among)\s+(?:the\s+)?(?:\p{L}+\s+)?\p{L}+s\s*,)/iu;
// '… what they call "noble" …', 'Many call "noble" …', "they call 'noble'", 'people call such songs
// "noble"', '… the so-called "pure" …': the verb, up to three words, then a word in any quotation marks.
const THEIR_WORD = /\b(?:(?:they|people|many|most|some|others|men|the\s+world|the\s+public|the\s+vulgar)\s+(?:\p{L}+\s+)?(?:call|calls|called|term|terms|termed|style|styles|styled)\s+(?:[\p{L}'’-]+\s+){0,3}?|so-called\s+)["“'‘]([\p{L}-]+)["”'’]/giu;
// A word of the subject, and the marks that quote it there.
const WORD = /[\p{L}-]+/gu;
const QUOTE = /["“”'‘’]/;
// Where a clause ends inside a sentence: a semicolon, a colon, or a comma.
const CLAUSE_END = /[;:,]/g;

/** The word(s) the sentences before, in the paragraph, say others call something (quoted), lower-cased. */
function theirWords(a: Analysis, at: number): string[] {
  const s = a.chapter.sentences[at];
  const words: string[] = [];
  for (let k = at - 1; k >= Math.max(0, at - 2); k--) {
    const p = a.chapter.sentences[k];
    if (!p || !s || p.paragraph !== s.paragraph) break;
    for (const m of p.text.matchAll(THEIR_WORD)) words.push(m[1].toLowerCase());
  }
  return words;
}

/** Whether `word` (lower case) stands in `subject` as a word of its own, not quoted there. Compares words, builds no pattern. */
function usesUnquoted(subject: string, word: string): boolean {
  for (const m of subject.matchAll(WORD)) {
    if (m[0].toLowerCase() !== word) continue;
    const before = subject[m.index! - 1] ?? "", after = subject[m.index! + m[0].length] ?? "";
    if (!QUOTE.test(before) && !QUOTE.test(after)) return true;
  }
  return false;
}

/** The clause of `sentence` that holds [start, end): from the last , ; : before it to the first after it. */
export function clauseAround(sentence: string, start: number, end: number): string {
  let from = 0, to = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_END)) {
    if (m.index! < start) from = m.index! + 1;
    else if (m.index! >= end) { to = m.index!; break; }
  }
  return sentence.slice(from, to);
}

/**
 * Why the card states a reported view as fact, or null. `card`: what the card shows (front and back);
 * `judged`: where its judgement is read (a cloze's whole sentence; a question's clause, since a question
 * may split the judgement between front and back); `subject`: the sentence's words before its first
 * finite verb; `quotedBefore`: the words others "call" just before.
 */
export function reportedViewProblem(card: string, judged: string, subject: string, quotedBefore: string[]): string | null {
  if (ATTRIBUTION.test(card)) return null;
  if (SUPERLATIVE_JUDGEMENT.test(judged)) return "a past moral judgement with no holder (whose view?)";
  if (!LAW_FIRST.test(judged)) {
    if (BARE_DUTY.test(judged)) return "a past duty with no one it binds (whose view?)";
    if (BARE_SIN.test(judged)) return "a past sin with no one who judged it so (whose view?)";
  }
  for (const w of quotedBefore) if (usesUnquoted(subject, w)) return `'${w}' in the sense the passage gives to others`;
  return null;
}

/** The rule on one candidate, whatever the switch says. Never throws: on input it cannot read it keeps the card. */
export const reportedViewOf: Gate = (c: Candidate, a: Analysis) => {
  try {
    const as = a.sentences[c.sentence];
    if (!as) return null;
    const text = c.kind === "cloze" ? shown(c) : `${c.front} ${c.back}`;
    const judged = c.kind === "cloze" || !c.answer ? as.text : clauseAround(as.text, c.answer.start, c.answer.end);
    // The sentence's subject: what comes before its first finite verb.
    const verb = firstFiniteVerb(as.tokens);
    const subject = verb ? as.text.slice(0, verb.start) : "";
    return reportedViewProblem(text, judged, subject, subject ? theirWords(a, c.sentence) : []);
  } catch {
    return null;
  }
};

/** The gate: the rule while LECTERN_REPORTED_VIEW is on. */
export const reportedView: Gate = (c, a) => (REPORTED_VIEW_ON ? reportedViewOf(c, a) : null);
