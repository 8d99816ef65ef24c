// Situation line: a short line printed above a card that says where in the book its sentence sits —
// the author and chapter, the section heading it falls under, and in a narrative the place and date
// the text last stated before it ("Orme, Letter IX · § The Ascent · Varden Creek, Osk County, November 3").
// A student meets a card alone, in a deck of many chapters; the strict raters' commonest complaint on
// unseen books is "which expedition? where was this? which section?". Everything on the line is read
// from the cleaned chapter (its title, headings and sentences) or the import (the author, the book's
// title); nothing is invented, and a part that would show the card's answer is left out.
// Behind a switch, OFF (./switch.ts, LECTERN_SITUATION=1): the lead measures it blind first.
import type { Analysis } from "../analyse";
import { givesAway } from "../context-line/line";
import { titleCase } from "@/lib/chapters/title-case";
import { citedAuthor, citedTitle, machineName } from "./source";
import { dateline, headings, isNarrative, scenes, statedDate, type Scene } from "./scene";

export { SITUATION_ON, situationSwitch } from "./switch";
export { citedAuthor, citedTitle } from "./source";
export { dateline, headings, isNarrative, scenes, statedDate, statedPlace, type Scene } from "./scene";

export const MAX_WORDS = 14;
const SECTION_WORDS = 8;
// A heading that is only a label and a number ("II", "PART I.", "Article 3", "Summary") says nothing of the matter.
const BARE_LABEL = /^(?:(?:part|book|chapter|section|letter|lecture|article)\s+)?(?:[ivxlcdm]+|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\.?$|^(?:summary|contents|notes?|introduction|conclusion)\.?$/i;

/** What the line is made of, and which rule gave each part (for audits). */
export type Situation = { line: string; parts: { rule: "source" | "section" | "place" | "date"; text: string }[] };

/** The book's author and title as the import names them (GenerateOptions.author, .title). */
export type SituationOptions = { author?: string; title?: string };

/** A section heading as a line part, or null: a bare label, a dateline (a scene, not a section), the chapter's own title, a file's name, too long. */
export function sectionPart(heading: string, chapterTitle: string): string | null {
  const raw = heading.replace(/^#+\s*/, "").replace(/\s+/g, " ").trim().replace(/^(?:\d+|[IVXLC]+)\.\s+/, "").replace(/[.:;,]+$/, "");
  if (!raw || BARE_LABEL.test(raw) || dateline(raw) || machineName(raw)) return null;
  if (raw.toLowerCase() === chapterTitle.trim().toLowerCase().replace(/[.:;,]+$/, "")) return null;
  const text = titleCase(raw);
  return text.split(" ").length <= SECTION_WORDS ? text : null;
}

// A time said relative to the one before: the date stated before no longer holds as it was.
const LATER = /\b(?:later|afterwards?|next (?:day|morning|evening|night|week|month|year|spring|summer|autumn|winter)|following (?:day|morning|evening|night|week|month|year|spring|summer|autumn|winter))\b/i;
// Words, not the separators ("·", "§").
const words = (t: string) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
// Parts apart with a middle dot; a date right after its place with a comma, as a dateline prints them.
const join = (parts: Situation["parts"]) => parts.map((p, k) => (k === 0 ? "" : p.rule === "date" && parts[k - 1].rule === "place" ? ", " : " · ") + p.text).join("");

/**
 * The chapter's situation lines: a function from a card's sentence and answer to its line (null when
 * nothing can be said). The chapter's structure is read once (linear in its length).
 */
export function situations(a: Analysis, opts: SituationOptions = {}): (id: number, answer: string, front?: string) => Situation | null {
  const heads = headings(a.chapter);
  const section = new Map<number, string | null>();
  const sectionOf = (h: number) => {
    if (!section.has(h)) { const p = a.chapter.paragraphs[h]; section.set(h, sectionPart(a.chapter.text.slice(p.start, p.end), a.chapter.title)); }
    return section.get(h)!;
  };
  const scene = scenes(a, isNarrative(a));
  const author = citedAuthor(opts.author);
  // No usable title: the chapter's printed number ("ch. 3"), as the clean-up read it.
  const number = a.chapter.number && /^(?:\d+|[IVXLC]+)$/.test(a.chapter.number) ? `ch. ${a.chapter.number}` : null;
  const title = citedTitle(a.chapter.title) ?? citedTitle(opts.title) ?? number;
  // `front`: the card as printed, which a rewrite may have given a date of its own ("A month later" → "In July 1790").
  return (id, answer, front = "") => (a.chapter.sentences[id] ? situationOf(`${a.chapter.sentences[id].text} ${front}`, answer, { author, title, section: heads[id] >= 0 ? sectionOf(heads[id]) : null, scene: scene[id] }) : null);
}

/**
 * The line from its parts. A part that would show the answer is left out; so is a place or date the
 * card's own sentence already shows. Too long: the chapter's title goes first (the section and the
 * scene are nearer the sentence), then the section.
 */
export function situationOf(sentence: string, answer: string, at: { author: string | null; title: string | null; section: string | null; scene: Scene }): Situation | null {
  const keep = (t: string | null) => (t && !givesAway(t, answer) ? t : null);
  const shown = sentence.toLowerCase();
  const author = keep(at.author), title = keep(at.title), section = keep(at.section);
  const place = keep(at.scene.place && !shown.includes(at.scene.place.toLowerCase()) ? at.scene.place : null);
  // A sentence that states a date of its own ("In 1790", "A month later") is not at the date stated before it.
  let date = keep(at.scene.date && !statedDate(sentence) && !LATER.test(sentence) ? at.scene.date : null);
  // A month or day with no year and no place ("October") says too little: the rubric's "a year with no event" in reverse.
  if (date && !place && !/\d{3,4}/.test(date)) date = null;
  const parts: Situation["parts"] = [];
  const source = [author, title].filter(Boolean).join(", ");
  if (source) parts.push({ rule: "source", text: source });
  if (section) parts.push({ rule: "section", text: `§ ${section}` });
  // Place and date as a dateline prints them: "Varden Creek, Osk County, October".
  if (place && date) parts.push({ rule: "place", text: place }, { rule: "date", text: date });
  else if (place) parts.push({ rule: "place", text: place });
  else if (date) parts.push({ rule: "date", text: date });
  if (words(join(parts)) > MAX_WORDS && title) {
    if (author) parts[0] = { rule: "source", text: author };
    else parts.shift();
  }
  if (words(join(parts)) > MAX_WORDS) {
    const k = parts.findIndex((p) => p.rule === "section");
    if (k >= 0) parts.splice(k, 1);
  }
  const line = join(parts);
  return parts.length && words(line) <= MAX_WORDS ? { line, parts } : null;
}

/** One line above the card: the situation first, then the referent context line when the card has one. */
export const withSituation = (situation: string | null | undefined, context: string | undefined): string | undefined =>
  situation ? (context ? `${situation} · ${context}` : situation) : context;
