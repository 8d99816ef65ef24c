// The word floor's features (session 20, floor20): a sparse family of general-English signals read off
// the card's words. The strict raters' rejects on unseen books are mostly cards that do not stand
// alone ("It …", "So …", "This …", "the observations" with no whose, a fragment opening "From …"),
// then wrong or trivial blanks: both are carried by FUNCTION words and the shape of the front and the
// blank, which are the same in every book. So the family is: each closed-class word of a fixed list
// (never a content word) present among the front's first three words (the blank and punctuation are
// not counted), anywhere in the front outside the blank, and in the answer; the universal POS tags
// (lib/cards/analyse's tokens of the card's sentence) of the front's first two tokens and around the
// blank, and the answer's collapsed POS pattern; the card kind and question word; whether the front
// opens with a name, a number or a preposition. Each card yields the NAMES of its active (value 1)
// features; a fitted model would weigh the names it knows (scripts/word-floor.ts fits and compares
// one; none ships: the session-20 bar was not met). One pass over the card's tokens: linear in the
// chapter.
import { UPPER_INITIAL, LETTER_INITIAL } from "@/lib/cards/letters";
import type { Analysis, Token } from "../analyse";
import type { Candidate } from "../candidates";

// General English function words: determiners, pronouns, demonstratives, conjunctions, prepositions,
// auxiliaries and modals, discourse adverbs. Written by hand, closed-class only.
export const FUNCTION_WORDS: readonly string[] = (
  "the a an this that these those such some any no every each all both either neither other another " +
  "much many more most few several " +
  "i me my we us our you your he him his she her it its they them their one ones itself themselves himself " +
  "who whom whose which what when where why how whether " +
  "and but or nor yet so for because although though while whereas since unless if as than " +
  "of in on at to from by with without into onto upon about above below between among through during " +
  "after before under over against within towards toward across around beyond like near " +
  "is are was were be been being am has have had do does did will would shall should can could may might must " +
  "not also then thus however therefore hence moreover indeed still again even only just there here " +
  "first finally instead rather too very"
).split(" ");
const FUNCTION_SET = new Set(FUNCTION_WORDS);

/** The question words a question card can open with (anything else is "other"). */
const QUESTION_WORDS = new Set(["what", "who", "whom", "whose", "which", "when", "where", "why", "how", "in", "to", "by"]);

// Words, numbers and single marks; the cloze blank becomes one "_blank_" token.
const TOKEN = /_blank_|\p{L}+(?:['’]\p{L}+)*|\d+(?:[.,]\d+)*|[^\s\p{L}\d]/gu;
const CLOZE = /\{\{c\d+::(.*?)(?:::[^}]*)?\}\}/g;

const tokensOf = (s: string) => s.match(TOKEN) ?? [];
const isWord = (t: string) => LETTER_INITIAL.test(t);

/** The answer's POS tags, consecutive repeats and punctuation collapsed ("DET ADJ NOUN"), at most four tags. */
export function posPattern(tokens: readonly Pick<Token, "pos">[]): string {
  const tags: string[] = [];
  for (const t of tokens) if (t.pos !== "PUNCT" && tags.at(-1) !== t.pos) tags.push(t.pos);
  return tags.length > 4 ? `${tags.slice(0, 4).join(" ")} …` : tags.join(" ") || "NONE";
}

/** The names of the card's active word features (sorted, no repeats). */
export function wordFeatures(c: Candidate, a: Analysis): string[] {
  const out = new Set<string>();
  const s = a.sentences[c.sentence];
  const stoks = s?.tokens ?? [];
  // A word's tag as the analysis gave it in the card's sentence (first occurrence); a word the
  // sentence does not have (a question word, a rewritten front) has none.
  const tagOf = new Map<string, string>();
  for (const t of stoks) if (!tagOf.has(t.lower)) tagOf.set(t.lower, t.pos);
  const front = c.front.replace(CLOZE, " _blank_ ");
  const ftoks = tokensOf(front), fwords = ftoks.filter(isWord).map((w) => w.toLowerCase());
  const qa = c.kind === "qa";

  out.add(`kind:${c.kind}`);
  if (qa) out.add(`qword:${QUESTION_WORDS.has(fwords[0] ?? "") ? fwords[0] : "other"}`);

  // Function words at the start, anywhere outside the blank, and in the answer.
  fwords.slice(0, 3).forEach((w) => FUNCTION_SET.has(w) && out.add(`first3:${w}`));
  for (const w of fwords) if (FUNCTION_SET.has(w)) out.add(`front:${w}`);
  for (const w of tokensOf(c.back).filter(isWord)) { const l = w.toLowerCase(); if (FUNCTION_SET.has(l)) out.add(`in-answer:${l}`); }

  // The front's first two tokens' tags (punctuation counts: a front opening with a quote or a dash).
  const tagOfFront = (t: string | undefined): string => {
    if (t === undefined) return "END";
    if (t === "_blank_") return "BLANK";
    if (!/^[\p{L}\d]/u.test(t)) return "PUNCT";
    if (qa && QUESTION_WORDS.has(t.toLowerCase()) && t === ftoks[0] && /^(?:wh|how)/i.test(t)) return "WH";
    if (/^\d/.test(t)) return "NUM";
    return tagOf.get(t.toLowerCase()) ?? "UNTAGGED";
  };
  out.add(`tag1:${tagOfFront(ftoks[0])}`);
  out.add(`tag2:${tagOfFront(ftoks[1])}`);

  // How the front opens: a capitalised name, a number, a preposition.
  const first = ftoks[0] ?? "";
  if (/^\d/.test(first)) out.add("open:number");
  else if (UPPER_INITIAL.test(first) && !FUNCTION_SET.has(first.toLowerCase()) && tagOf.get(first.toLowerCase()) === "PROPN") out.add("open:name");
  if (tagOfFront(first) === "ADP") out.add("open:preposition");

  // The blank in its sentence: the tags either side of the answer and the answer's own pattern.
  if (c.answer && stoks.length) {
    const inside = stoks.filter((t) => t.start >= c.answer!.start && t.end <= c.answer!.end);
    const before = [...stoks].reverse().find((t) => t.end <= c.answer!.start && t.pos !== "PUNCT");
    const after = stoks.find((t) => t.start >= c.answer!.end && t.pos !== "PUNCT");
    out.add(`before-blank:${before?.pos ?? "START"}`);
    out.add(`after-blank:${after?.pos ?? "END"}`);
    out.add(`answer-pos:${posPattern(inside)}`);
    if (inside.length) { out.add(`answer-first:${inside[0].pos}`); out.add(`answer-last:${inside.at(-1)!.pos}`); }
  } else out.add("answer-pos:UNPLACED");
  return [...out].sort();
}
