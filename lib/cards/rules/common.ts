// Pieces shared by the rules: entity patterns as regex sources, clean-up of captured phrases and the
// date attached to a clause.
import { findDates } from "../text";
import type { RuleContext } from "../types";
import type { CleanChapter, Sentence } from "@/lib/chapters/types";
import { chapterIndex } from "../chapter-index";

export const ENT = "(?:[A-Z][\\p{L}'’-]*\\.?)(?:\\s+(?:(?:of|de|for|the|von|van|der)\\s+){0,2}(?:[A-Z][\\p{L}'’-]*\\.?))*";
/** One name or a list of them: "Watson, Crick and Wilkins", "Alfred Hershey and Martha Chase". */
export const NAMES = `${ENT}(?:(?:,\\s+(?:and\\s+)?|\\s+and\\s+)${ENT})*`;
/** Words that can start a sentence but never a subject a card can name. */
export const PRONOUN = /^(?:It|Its|His|Her|Their|They|He|She|This|That|These|Those|There|Here|We|I|You|One|Such|Both|Each|All|Some|Most|None)\b/;
/** Past participles for "X was <verb>ed by Y": regular ones plus the common irregular ones. */
export const PARTICIPLE = "(?:[a-z]+ed|built|written|made|found|given|taken|shown|known|drawn|held|led|sent|won|begun|chosen|sold|bought|taught|brought|thought|set up|put forward|worked out|carried out)";
/** Common irregular simple pasts, for active "X struck/brought/wrote Y" (regular ones end in -ed). */
// Transitive ones only: "X came into force" or "X went to Paris" has no agent to ask "Who" about.
export const IRREGULAR_PAST = "built|wrote|made|found|became|began|led|won|took|gave|set up|held|saw|sent|drew|fought|chose|rose|left|met|sold|bought|ran|struck|brought|caught|taught|thought|sought|spoke|told|kept|lost|paid|laid|said|understood|undertook|overthrew|withdrew|threw|knew|spent|lent|bore|broke|stole|forgave|forbade|rode|drove|swore|sang|dug|spun|wove|shook|forsook|beat|bound|hung|slew|upheld|withheld|overcame|put|cut|shut|hit|read";

const LEADING = /^(?:(?:In|On|At|By|After|Before|During|When|Then|And|But|The|January|February|March|April|May|June|July|August|September|October|November|December)\s+)+/;

/** "In April Frunze" -> "Frunze"; trailing commas and dots removed. */
export function cleanEntity(s: string): string {
  return s.replace(LEADING, "").replace(/['’]s$/, "").replace(/[,.;:]+$/, "").trim();
}

/** The date that goes with this sentence: explicit, else the resolved relative phrase. */
export function sentenceDate(ctx: RuleContext, clause = ctx.sentence.text): { text: string; inferred: boolean } | null {
  const dates = findDates(clause);
  // "between 1220 and 1247", "from 1495 to 1526": the span is the date, not its first year.
  const range = clause.match(/\b(between|from) ((?:1[0-9]|20)\d\d) (and|to) ((?:1[0-9]|20)\d\d)\b/);
  if (range) return { text: range[0], inferred: false };
  const explicit = dates.sort((a, b) => b.text.length - a.text.length)[0];
  if (explicit && !/^\d{4}-\d{4}$/.test(explicit.text)) return { text: explicit.text.replace(/^the\s+(?=\d{1,2}(?:st|nd|rd|th)?\b)/, ""), inferred: false };
  if (ctx.date.resolved && clause.includes(ctx.date.phrase ?? "\u0000")) return { text: ctx.date.resolved, inferred: true };
  return null;
}

/**
 * "The doctrine was stated by Denning J" after "The doctrine of promissory estoppel softens ...":
 * a bare definite noun is given the of-phrase it had in the previous sentence of the paragraph.
 * Returns the phrase unchanged when there is nothing to resolve it with.
 */
export function resolveDefinite(ctx: RuleContext, phrase: string): string {
  const m = phrase.match(/^([Tt]he) ([a-z]{3,})$/);
  if (!m) return phrase;
  const re = new RegExp(`\\b[Tt]he ${m[2]} of ((?:the )?[\\p{L}'’-]+(?: [\\p{L}'’-]+){0,2})(?= (?:is|are|was|were|has|had|[a-z]+s|[a-z]+ed)\\b|[,;:.]|$)`, "u");
  for (const prev of earlierInParagraph(ctx, 3)) {
    const of = prev.text.match(re);
    if (of) return `${m[1]} ${m[2]} of ${of[1]}`;
  }
  // Further back in the chapter ("the structure" after "the structure of DNA" several paragraphs before),
  // within a bounded window so generation stays linear.
  for (let id = ctx.sentence.id - 1; id >= 0 && id >= ctx.sentence.id - 30; id--) {
    const of = ctx.chapter.sentences[id]?.text.match(re);
    if (of && !/^(?:the )?(?:it|them|this|that|these|those|his|her|their|its)\b/.test(of[1])) return `${m[1]} ${m[2]} of ${of[1]}`;
  }
  return phrase;
}

/** Up to `n` sentences before this one in its paragraph, nearest first. */
export function earlierInParagraph(ctx: RuleContext, n: number): Sentence[] {
  const out: Sentence[] = [];
  for (let id = ctx.sentence.id - 1; id >= 0 && out.length < n; id--) {
    const prev = ctx.chapter.sentences[id];
    if (!prev || prev.paragraph !== ctx.sentence.paragraph) break;
    out.push(prev);
  }
  return out;
}

/** A date as a time adverbial: "on 15 August 1971", "on the 25th of April, 1859", "on May 3, 1921", "in April 1948", "in 1948". */
export function atDate(date: string): string {
  if (/^(?:between|from) /.test(date)) return date;
  if (/^(?:the )?\d{4}s$/.test(date)) return `in ${date.replace(/^the /, "")}`.replace(/^in /, "in the ");
  if (/^\d{1,2}(?:st|nd|rd|th)? of /.test(date)) return `on the ${date}`;
  return /^\d{1,2}(?:st|nd|rd|th)? |\b\d{1,2}, \d{4}/.test(date) ? `on ${date}` : `in ${date}`;
}

/** Lower-cases a sentence-initial common word ("Penicillin was..." -> "penicillin"), keeping names and acronyms. */
export function asMidSentence(term: string, chapter: CleanChapter): string {
  const first = term.split(" ")[0];
  if (/^(The|A|An|This|These|Its|Their)$/.test(first)) return lowerFirst(term);
  if (/^[A-Z]{2,}/.test(first) || /['’]s$/.test(first) || /^[A-Z][a-z]+ [A-Z]/.test(term)) return term;
  return chapterIndex(chapter).isNameWord(first) ? term : first.toLowerCase() + term.slice(first.length);
}

export function lowerFirst(s: string): string {
  return /^(The|A|An|This|These|Its|Their)\b/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
