// A view the author reports, not one he holds, stated on a card as plain fact. Argumentative and
// historical prose often gives a period's or a party's belief in its own words, with no "they held
// that" in the sentence (free indirect speech): "It was a duty to stamp out the false creed"; "Usury
// was the worst of all sins"; or uses a word in the sense the previous sentence said other people give
// it ("The songs that they call 'noble' are marching tunes. A noble song is a drum and a shout."). On a
// card, cut from the passage that marks it as someone else's view, it reads as the author's claim, or
// as a definition (blind raters, session 17: "medieval view unstated", "satirical view presented as
// a definition"). Which view it was cannot be named from the sentence, so the card is dropped; a
// card that carries its attribution ("according to …", "in the eyes of …", "held that …") is kept.
//
// Two general signs of English, each narrow:
// - a moral judgement in the past tense with no holder: "was/were the <superlative> of all
//   <crimes|sins|…>", or "It was a/an [adj] <duty|sin|crime> to …" (a timeless judgement put in the
//   past is the past's judgement, not the writer's);
// - a word the two sentences before, in the same paragraph, put in quotation marks as what "they" /
//   "people" / "many" call it, used unquoted in the card sentence's subject.
import type { Analysis } from "../analyse";
import type { Candidate } from "../candidates";
import { firstFiniteVerb } from "../analyse/tense";
import { envSwitch, processEnv } from "../switch";
import { shown, type Gate } from "./types";

/** LECTERN_REPORTED_VIEW: "1" on, "0" off (default on: docs/card-generator.md, session 18). */
export const REPORTED_VIEW_ON = envSwitch(processEnv(), "LECTERN_REPORTED_VIEW", true);

const MORAL_NOUN = String.raw`(?:crimes?|sins?|offen[cs]es?|evils?|vices?|virtues?|errors?|abominations?|impieties|wickednesses)`;
// "was the foulest of all crimes", "were the greatest of sins", "was the most odious of all offences".
const SUPERLATIVE_JUDGEMENT = new RegExp(String.raw`\b(?:was|were)\s+(?:\p{Ll}+ly\s+)?the\s+(?:\p{Ll}+est|most\s+\p{Ll}+|worst|best)\s+of\s+(?:all\s+)?${MORAL_NOUN}\b`, "u");
// "It was a duty to …", "It was a sacred duty to …", "it was a sin to …": an obligation binding no one named.
const BARE_DUTY = /\b[Ii]t\s+was\s+(?:a|an)\s+(?:\p{Ll}+\s+)?(?:duty|obligation|sin|crime)\s+to\s+\p{Ll}/u;
// The card names whose view it is.
const ATTRIBUTION = /\b(?:according\s+to|in\s+the\s+(?:eyes|view|opinion|judge?ment|belief|mind|teaching)s?\s+of|in\s+(?:their|his|her|its|the\s+\p{Ll}+)\s+(?:eyes|view|opinion|judge?ment|belief)|(?:held|believed|thought|taught|considered|deemed|maintained|supposed|declared|said)\s+(?:that|it|to\s+be)|for\s+(?:the\s+)?\p{Ll}+\s+(?:christians|believers|churchmen|theologians|men)|medieval|mediaeval)\b/iu;
// '… what they call "noble" …', '… the art that people called "classic" …', '… the so-called "pure" …'.
const THEIR_WORD = /\b(?:(?:they|people|many|most|some|others|men|the\s+world|the\s+public|the\s+vulgar)\s+(?:\p{Ll}+\s+)?(?:call|calls|called|term|terms|termed|style|styles|styled)|so-called)\s+["“]([\p{L}-]+)["”]/gu;

/** The word(s) the sentences before, in the paragraph, say others call something (quoted), lower-cased. */
function theirWords(a: Analysis, at: number): string[] {
  const s = a.chapter.sentences[at];
  const words: string[] = [];
  for (let k = at - 1; k >= Math.max(0, at - 2); k--) {
    const p = a.chapter.sentences[k];
    if (!p || p.paragraph !== s.paragraph) break;
    for (const m of p.text.matchAll(THEIR_WORD)) words.push(m[1].toLowerCase());
  }
  return words;
}

/**
 * Why the card states a reported view as fact, or null. `card`: what the card shows (front and back);
 * `sentence`: its source sentence (a question may split the judgement between front and back); `subject`:
 * the sentence's words before its first finite verb; `quotedBefore`: the words others "call" just before.
 */
export function reportedViewProblem(card: string, sentence: string, subject: string, quotedBefore: string[]): string | null {
  if (ATTRIBUTION.test(card)) return null;
  if (SUPERLATIVE_JUDGEMENT.test(sentence)) return "a past moral judgement with no holder (whose view?)";
  if (BARE_DUTY.test(sentence)) return "a past duty with no one it binds (whose view?)";
  for (const w of quotedBefore) {
    const re = new RegExp(String.raw`(?:^|[^\p{L}"“'‘])${w.replace(/[-]/g, "\\-")}(?![\p{L}"”'’])`, "iu");
    if (re.test(subject)) return `'${w}' in the sense the passage gives to others`;
  }
  return null;
}

/** The rule on one candidate, whatever the switch says. */
export const reportedViewOf: Gate = (c: Candidate, a: Analysis) => {
  const as = a.sentences[c.sentence];
  if (!as) return null;
  const text = c.kind === "cloze" ? shown(c) : `${c.front} ${c.back}`;
  // The sentence's subject: what comes before its first finite verb.
  const verb = firstFiniteVerb(as.tokens);
  const subject = verb ? as.text.slice(0, verb.start) : "";
  return reportedViewProblem(text, as.text, subject, subject ? theirWords(a, c.sentence) : []);
};

/** The gate: the rule while LECTERN_REPORTED_VIEW is on. */
export const reportedView: Gate = (c, a) => (REPORTED_VIEW_ON ? reportedViewOf(c, a) : null);
