// Where and when a narrative stands at a sentence: the place and date the text itself last stated
// before it, within its section. A dated heading ("VARDEN CREEK, OSK COUNTY, November 3.", "1781") or
// a short dateline paragraph states both; in the body only a sentence that sets the scene counts —
// a date before the main verb ("On the 12th of May we …", "In 1781 the army …"), an arrival at a
// named place ("we reached Fort Marlow", "arrived at Varden"), or an opening "At Orlen, …".
// Precision over coverage: a date after the verb ("he was born in 1856") or a place merely mentioned
// is not where the story stands.
import type { CleanChapter } from "@/lib/chapters/types";
import type { Analysis, AnalysedSentence, Token } from "../analyse";
import { escapeRegExp as escape } from "../text";
import { MONTH_NAME as MONTH } from "@/lib/language/months";
import { narrative } from "../gates/scene-anchor";

const YEAR = `(?:1[0-9]|20)\\d\\d`;
const DAY = `\\d{1,2}(?:st|nd|rd|th)?`;
// A stated date, most specific first: "the 12th of May, 1873", "May 12, 1873", "October 1873",
// "the 12th of May", "May 12", "in October", "in 1781", "the spring of 1781". Not "by 1781" or "since
// 1781": a limit of time is an argument's, not the time a story stands at.
const DATE = new RegExp(
  [
    `\\b(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?\\b`,
    `\\b${MONTH}\\s+${DAY}(?:,\\s+${YEAR})?\\b`,
    `\\b${MONTH},?\\s+${YEAR}\\b`,
    `(?<=\\b(?:[Ii]n|[Oo]f|[Dd]uring|[Ee]arly in|[Ll]ate in)\\s+)(?:the\\s+(?:spring|summer|autumn|fall|winter)\\s+of\\s+)?(?:${YEAR}|${MONTH})\\b(?!\\s*(?:feet|foot|miles?|men|yards|pounds|dollars|acres|tons|%))`,
  ].join("|"),
  "g",
);
const MONTH_ONLY = new RegExp(`^${MONTH}$`);
// A dateline's date part: "3 of October", "October 3", "1781", "October 3, 1873"; a year alone.
const DATE_PART = new RegExp(`^(?:${DAY}\\s+(?:of\\s+)?${MONTH}|${MONTH}(?:\\s+${DAY})?|${YEAR})(?:,?\\s+${YEAR})?$`);
const BARE_YEAR = new RegExp(`^${YEAR}$`);
const YEAR_ONLY = new RegExp(`^(?:the\\s+(?:spring|summer|autumn|fall|winter)\\s+of\\s+)?${YEAR}$`);
// Verbs of arriving or staying somewhere: the place after them is where the story now is.
const ARRIVE = new Set(["reach", "arrive", "land", "enter", "camp", "encamp", "halt", "stay", "stop", "return", "lodge", "settle", "anchor"]);
const AT = /^(?:at|in|into|to|near|on)$/;
// Verbs of going: the place after "to" or "into" is where the story goes next.
const MOVE = new Set(["march", "go", "come", "proceed", "travel", "advance", "sail", "ride", "move", "journey", "walk", "drive", "hasten", "retire", "retreat", "return", "cross", "push"]);
// Verbs of leaving: the place named after them (or after "from") no longer holds.
const DEPART = new Set(["leave", "depart", "quit", "start", "set", "sail", "march", "ride", "go", "move", "flee", "escape"]);
// How far before the preposition its verb may stand ("marched three stages, twenty parasangs in all, to …").
const VERB_REACH = 10;
const PLACE_WORDS = 5;
export const NARRATIVE_SHARE = 0.5;

export type Scene = { place: string | null; date: string | null };

/** The first stated date in `text` (null when none). */
export function statedDate(text: string): string | null {
  // "May" alone is as often the modal verb: a bare month must be capitalised after a preposition (the pattern's lookbehind).
  for (const m of text.matchAll(DATE)) return m[0].replace(/\s+/g, " ").trim();
  return null;
}

/** A heading or short paragraph that only states a place and/or a date ("ESTES PARK, COLORADO, October."; "1781"). */
export function dateline(text: string): Scene | null {
  const t = text.replace(/\s+/g, " ").trim().replace(/[.:]+$/, "");
  if (!t || t.split(" ").length > 8) return null;
  const parts = t.split(/\s*,\s*/);
  const last = parts.at(-1)!;
  const isDate = (p: string) => DATE_PART.test(p) || MONTH_ONLY.test(p);
  // "Varden Creek, Osk County, October 3, 1873": the date may take two comma parts (month and day, year).
  let k = parts.length;
  if (k >= 2 && BARE_YEAR.test(last) && isDate(parts[k - 2])) k -= 2;
  else if (isDate(last)) k -= 1;
  else return null;
  const date = parts.slice(k).join(", ");
  const place = parts.slice(0, k);
  if (!place.every((p) => /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*)*$/u.test(p)) || place.join(" ").split(" ").length > PLACE_WORDS) return null;
  const tidy = (p: string) => (/\p{Ll}/u.test(p) ? p : p.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, s: string, c: string) => s + c.toUpperCase()));
  return { place: place.length ? place.map(tidy).join(", ") : null, date };
}

/**
 * Where a sentence says the story now is: a named place someone arrives at ("we reached Fort
 * Marlow", "Vance arrived at Varden", "Vance marched three stages to Orlen") or an opening "At Orlen,
 * …"; `null` when it says the story leaves ("Vance set out from Varden": the place no longer holds);
 * undefined when it says neither. Only a finite verb whose doer is the narrator or a named actor
 * counts: "resolved to go to Orlen", "bent upon reaching Orlen" and "the judges rode to Orlen" (a
 * custom, not the story) do not.
 */
export function statedPlace(s: AnalysedSentence): string | null | undefined {
  const ts = s.tokens;
  const places = s.entities.filter((e) => e.kind === "place" || (e.kind === "name" && ts.slice(e.a, e.b).every((t) => t.pos === "PROPN")));
  const told = (k: number) => finite(ts, k) && actor(s, k);
  let left = false;
  for (const e of places) {
    if (e.text.split(/\s+/).length > PLACE_WORDS) continue;
    const before = ts[e.a - 1];
    if (!before) continue;
    // "reached Fort Marlow", "entered Orlen"
    if (before.pos === "VERB" && ARRIVE.has(before.lemma)) { if (told(e.a - 1)) return e.text; continue; }
    // "arrived at Varden", "camped near Orlen Lake": the verb right before the preposition (an adverb between at most).
    const near = ts[e.a - 2]?.pos === "ADV" ? e.a - 3 : e.a - 2;
    if (AT.test(before.lower) && ts[near]?.pos === "VERB" && ARRIVE.has(ts[near].lemma) && told(near)) return e.text;
    // "marched … to Orlen", "came into Varden": a verb of going, no other verb between.
    let k = e.a - 2;
    while (k >= 0 && k >= e.a - 1 - VERB_REACH && ts[k].pos !== "VERB" && ts[k].pos !== "AUX" && !/^[;:]$/.test(ts[k].text)) k--;
    const verb = k >= 0 && ts[k].pos === "VERB" ? ts[k] : null;
    if (verb && /^(?:from|out)$/.test(before.lower) && DEPART.has(verb.lemma) && told(k)) left = true;
    if (verb && /^(?:to|into)$/.test(before.lower) && MOVE.has(verb.lemma) && told(k)) return e.text;
    // An opening "At Orlen, …": the sentence is set there.
    const opening = s.clause?.opening;
    if (e.kind === "place" && opening && e.a === opening.a + 1 && ts[opening.a].lower === "at" && e.b === opening.b) return e.text;
  }
  // "set out from Varden", "left Orlen": the story is no longer where it was.
  if (left || ts.some((t, j) => t.pos === "VERB" && DEPART.has(t.lemma) && places.some((e) => e.a === j + 1) && told(j))) return null;
  return undefined;
}

/** Whether the sentence names, after a preposition of place, a place other than `place`. */
function otherPlace(s: AnalysedSentence, place: string): boolean {
  const ts = s.tokens, known = place.toLowerCase();
  return s.entities.some((e) => (e.kind === "place" || (e.kind === "name" && ts.slice(e.a, e.b).every((t) => t.pos === "PROPN"))) &&
    /^(?:to|into|at|in|from|near|of|towards?)$/.test(ts[e.a - 1]?.lower ?? "") && !known.includes(e.text.toLowerCase()));
}

/** A verb that tells what happened: not an infinitive ("to reach"), a gerund ("reaching") or after a modal ("would go"). */
function finite(ts: Token[], k: number): boolean {
  const t = ts[k], prev = ts[k - 1];
  if (!t || /ing$/.test(t.lower)) return false;
  if (prev && (prev.lower === "to" || (prev.pos === "AUX" && /^(?:will|would|shall|should|can|could|may|might|must)$/.test(prev.lower)))) return false;
  return true;
}

const PERSONAL = /^(?:i|we|he|she|they)$/;
// Clauses that look back or ahead from the story's time ("from the time I entered …", "since", "until").
const ASIDE = /^(?:since|until|till|before|if|unless|time)$/;

/**
 * Whether the doer of the verb at `k` is the narrator or a named actor: the word before it (an
 * adverb or auxiliary between) is "I / we / he / she / they" or a name; or the verb continues the
 * sentence's subject ("Vance, with the troops …, set out … and marched") when that subject is one.
 */
function actor(s: AnalysedSentence, k: number): boolean {
  const ts = s.tokens;
  let j = k - 1;
  while (j >= 0 && (ts[j].pos === "ADV" || ts[j].pos === "AUX")) j--;
  const named = (i: number) => s.entities.some((e) => e.a <= i && i < e.b && (e.kind === "person" || e.kind === "group" || e.kind === "org" || e.kind === "name"));
  const doer = (i: number) => i >= 0 && (PERSONAL.test(ts[i].lower) || (ts[i].pos === "PROPN" && named(i)));
  if (doer(j)) return !ASIDE.test(ts[j - 1]?.lower ?? "");
  const subj = s.clause?.subject;
  if (!subj || k <= subj.b) return false;
  for (let i = subj.a; i < subj.b; i++) if (doer(i) && (i === subj.a || ts[i - 1].pos === "ADV" || ts[i - 1].pos === "CCONJ")) return true;
  return false;
}

/**
 * A date the sentence sets its scene with: one before its main verb ("On the 12th of May we reached
 * …"), read from the sentence as printed (the analysis may have carried a year into it).
 */
export function sceneDate(s: AnalysedSentence): string | null {
  const k = s.clause?.verb ?? s.tokens.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
  const verb = s.tokens[k];
  if (!verb) return null;
  const printed = s.sentence.text;
  const at = printed.search(new RegExp(`(?<![\\p{L}])${escape(verb.text)}(?![\\p{L}])`, "u"));
  return at > 0 ? statedDate(printed.slice(0, at)) : null;
}

/** Whether the chapter is told as a story: at least half its body sentences are in the past tense with no present. */
export function isNarrative(a: Analysis): boolean {
  const body = a.sentences.filter((s) => a.chapter.paragraphs[s.sentence.paragraph]?.kind === "body");
  if (body.length < 10) return false;
  return body.filter((s) => narrative(s.tokens)).length / body.length >= NARRATIVE_SHARE;
}

/** The heading paragraph each sentence sits under (an index into the chapter's paragraphs), or -1: one pass. */
export function headings(chapter: Pick<CleanChapter, "paragraphs" | "sentences">): number[] {
  let h = -1, last = -1;
  return chapter.sentences.map((s) => {
    for (let p = last + 1; p < s.paragraph; p++) if (chapter.paragraphs[p].kind === "heading") h = p;
    last = Math.max(last, s.paragraph - 1);
    return h;
  });
}

/**
 * The place and date in force at each sentence: for each, the latest statement before it within its
 * section (a heading starts a section afresh, and may itself be a dateline). One pass over the
 * chapter. In a chapter that is no narrative (`story` false) only datelines count: an essay's dates
 * are its argument's, not a scene's.
 */
export function scenes(a: Analysis, story: boolean): Scene[] {
  const ps = a.chapter.paragraphs, text = a.chapter.text;
  const out: Scene[] = [];
  let place: string | null = null, date: string | null = null;
  // A dateline says where and when the text was written; once the story states a place or date of its
  // own, the dateline's parts go (a letter's date beside the story's place would be a new claim).
  let fromDateline = false;
  let lastPara = -1;
  for (const s of a.sentences) {
    for (let p = lastPara + 1; p <= s.sentence.paragraph; p++) {
      const para = ps[p];
      if (para?.kind === "heading") {
        const line = dateline(text.slice(para.start, para.end).replace(/^#+\s*/, ""));
        place = line?.place ?? null;
        date = line?.date ?? null;
        fromDateline = !!line;
      } else if (para?.kind === "body" && para.end - para.start < 80) {
        // A short paragraph that only states a place and date (a journal's entry, a letter's head) starts afresh.
        const line = dateline(text.slice(para.start, para.end));
        if (line) { place = line.place; date = line.date; fromDateline = true; }
      }
    }
    lastPara = s.sentence.paragraph;
    out.push({ place, date });
    if (!story || ps[s.sentence.paragraph]?.kind !== "body") continue;
    const saidPlace = statedPlace(s), saidDate = sceneDate(s);
    // A sentence that states where or when it is set is not at the place or date stated before it.
    if (saidPlace !== undefined || saidDate) out[out.length - 1] = { place: saidPlace !== undefined ? null : place, date: saidDate ? null : date };
    if ((saidPlace !== undefined || saidDate) && fromDateline) { place = null; date = null; fromDateline = false; }
    // Arriving somewhere new takes time: a day stated before no longer holds there, a year still does.
    if (saidPlace && !saidDate && date && !YEAR_ONLY.test(date)) date = null;
    if (saidPlace !== undefined) place = saidPlace;
    // Another place named where the story might be ("to Lisk", "at Osk") and no arrival read: the
    // story may have moved without our reading it, so the place in force is no longer known.
    else if (place && otherPlace(s, place)) place = null;
    date = saidDate ?? date;
  }
  return out;
}
