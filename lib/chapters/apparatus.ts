// A textbook's apparatus for the student: the questions, exercises, problems, topics and references
// it sets under a head of their own, most often at the end of a chapter ("Questions", "Research
// Topics", "General References", "PROBLEMS.", "Exercises for Review"). Its items ask for facts or
// name books; they state nothing to learn. Read as text they become cards such as "Explain the
// {{rise of the discussion}} of women's rights." The items are marked "apparatus": they stay in the
// chapter's text (the source view shows them) but, like a heading, make no sentences.
//
// The apparatus runs from its head over the items that read as apparatus, and ends at the first
// paragraph that does not (a textbook may go on with its text after a few problems):
// - a numbered item ("5.", "(3)") with a question or an instruction in it;
// - a paragraph of questions and instructions only ("What condensation …? How much …?");
// - a reference ("C.P. Gilman, Woman and Economics.", "Abbott, pp. 35-62.", "Hale, T. R. (1998). …");
// - a head inside the apparatus ("Women's Wages.—Abbott, pp. 262-316." set apart as a run-in head)
//   when what follows it is an item.
import type { RawParagraph } from "./assemble";
import { stripInlineMarkup } from "./inline";
import { titleLike } from "./summary";
import { ITEM_LABEL, opensWithInstruction } from "./instructions";

const QUALIFIER = String.raw`(?:general|special|suggested|further|supplementary|additional|collateral|selected|review|study|research|topical|test|class|oral|written|reference|practical|numerical)`;
const APPARATUS_NOUN = String.raw`(?:questions?|exercises?|review|topics|problems|references|readings?|bibliography)`;
// "Questions", "Research Topics", "Questions and Exercises", "Problems for Review", "Topics for Study",
// "Questions on Chapter XII.": qualifiers, one or two of the nouns, a short "for/on …" tail, a stop
// ("Questions of Trade", "Review of the Fleet" name a topic of the text).
const APPARATUS_HEAD = new RegExp(
  String.raw`^(?:\d{1,3}\.\s+)?(?:${QUALIFIER}\s+)*${APPARATUS_NOUN}(?:\s+(?:and|&)\s+(?:${QUALIFIER}\s+)*${APPARATUS_NOUN})?(?:\s+(?:for|on)(?:\s+[\p{L}\d]+){1,3})?[.:]?$`,
  "iu",
);
// (Before a capital and a small letter: "In 12 cc. NH3 how many …?" is one question.)
export const SENTENCES = /(?<=[.?!]["”’)]?)\s+(?=["“‘(]?\p{Lu}\p{Ll})/u;
export const QUESTION = /\?["”’)]*$/;
// "pp. 116-121", "p. 382", "Vol. VIII", "(4 vols.)", "chap. iv": a citation's page or volume.
const LOCATOR = /(?:^|[\s(,;])(?:pp?\.\s*\d|vols?\.(?:\s*[\dIVXLC]|\)|$)|chaps?\.\s*[\dIVXLCivxlc])/u;
// An author: initials and surnames ("C.P. Gilman", "Edith Abbott", "S.B. Anthony and I.H. Harper"), then a comma.
const NAME = String.raw`(?:(?:\p{Lu}\.\s?)+|\p{Lu}[\p{Ll}'’-]+\s+){0,3}\p{Lu}[\p{Ll}'’-]+`;
const AUTHOR = new RegExp(String.raw`^${NAME}(?:\s+(?:and|&)\s+${NAME})?,\s+`, "u");
// A reference list's author-date entry: "Hale, T. R. (1998). …", "Orme, A., & Lowe, M. (2004a). …".
const AUTHOR_DATE = /^\p{Lu}[\p{L}'’-]+,\s+(?:\p{Lu}\.\s?){1,3}[^()]{0,120}\((?:1[5-9]|20)\d\d[a-z]?\)\./u;
const MAX_REFERENCE_WORDS = 45;

/** A paragraph's words: inline markup, note markers and page marks taken out, spaces closed up. */
export const plain = (p: RawParagraph) => stripInlineMarkup(p.text).replace(/[\u0001-\u0004][^\u0001-\u0004]*[\u0001-\u0004]/g, "").replace(/\s+/g, " ").trim();

// A few words before the noun that close the head: "Some Pertinent Questions", "Thought Questions",
// "Map Exercises" (a head only when an item follows it, as every head here). Not "problems": a
// section on "Social and Economic Problems" may open on a question it then answers.
const WORDED_HEAD = /^(?:[\p{L}'’-]+\s+){1,3}(?:questions|exercises)[.:]?$/iu;
// The head run into its items: "References.—A. Smith, Law for Boys; …", "Questions: Why …?". It is
// one only when what follows it is an item: "Review.—In this chapter we have seen…", "Problems: the
// first of these was money…" open a paragraph of text, "Question.—Whether a tenant may…" a law book's statement.
const RUN_IN_HEAD = new RegExp(String.raw`^(?:${QUALIFIER}\s+)*(${APPARATUS_NOUN})[.:]?\s*(?:—|–|--|:)\s*(\S.*)$`, "iu");
const WORKS_NOUN = /^(?:references|readings?|bibliography)$/i;
// A debate's resolution set for the class: "Resolved, That the jury be abolished."
const RESOLUTION = /^Resolved,\s+that\b/i;

/** A head that opens an apparatus section. */
export function isApparatusHead(text: string): boolean {
  const t = text.replace(/\s+/g, " ").trim();
  return APPARATUS_HEAD.test(t) || WORDED_HEAD.test(t);
}

/** A question or an instruction to the reader. */
export function asks(sentence: string): boolean {
  return QUESTION.test(sentence) || opensWithInstruction(sentence);
}

/** A citation of a book: pages or volumes cited, an author and a title in title case, or an author and a date. */
export function isReference(text: string): boolean {
  if (text.split(" ").length > MAX_REFERENCE_WORDS) return false;
  if ((LOCATOR.test(text) && /^[\p{Lu}"“]/u.test(text)) || AUTHOR_DATE.test(text)) return true;
  const author = text.match(AUTHOR);
  if (!author) return false;
  const title = text.slice(author[0].length).replace(/\s*\([^()]*\)/g, "").replace(/[.]$/, "").trim();
  return !!title && titleLike(title);
}

/** An item of an apparatus section. */
export function isApparatusItem(text: string): boolean {
  if (isReference(text) || RESOLUTION.test(text)) return true;
  const parts = text.replace(ITEM_LABEL, "").split(SENTENCES).filter(Boolean);
  if (ITEM_LABEL.test(text)) return parts.some(asks);
  return parts.length > 0 && parts.every(asks);
}

/**
 * Under a questions head, a paragraph of questions with a remark or a fragment among them ("…? Show
 * the purpose of each rule. Of each rule of evidence."): it opens on a question, and half its
 * sentences at least ask. (Outside such a section a paragraph must ask in every sentence.)
 */
function continuesQuestions(text: string): boolean {
  const parts = text.split(SENTENCES).filter(Boolean);
  return parts.length > 0 && asks(parts[0]) && parts.filter(asks).length * 2 >= parts.length;
}

/**
 * A head run into its items ("Questions.—Why …? What …?", "References.—Brown's Markets and Fairs;
 * Grey's Town Government, 12-20."): what follows the head is an item, questions, or (after a
 * references head) a list of works, each a citation or a title in title case with perhaps its pages
 * or its date.
 */
function isRunInApparatus(text: string): boolean {
  const m = RUN_IN_HEAD.exec(text);
  if (!m) return false;
  const [, noun, rest] = m;
  if (isApparatusItem(rest) || continuesQuestions(rest)) return true;
  // (One of three or more may be cited otherwise: "North American Review, March 1882 and July 1884".)
  const works = rest.replace(/[.]$/, "").split(/\s*;\s*/);
  const cited = works.filter((w) => isReference(w) || titleLike(w.replace(/,?\s*(?:pp?\.\s*)?\d[\d\s,–-]*$/u, ""))).length;
  return WORKS_NOUN.test(noun) && works.length - cited <= (works.length >= 3 ? 1 : 0);
}

/** Marks the items of each apparatus section (and the heads among them) "apparatus"; returns how many. */
export function markApparatus(paragraphs: RawParagraph[]): number {
  let count = 0;
  const words = paragraphs.map(plain); // each paragraph's plain words, read once
  for (let i = 0; i < paragraphs.length; i++) {
    const head = paragraphs[i], first = paragraphs[i + 1];
    if (head.kind === "body" && isRunInApparatus(words[i])) {
      head.kind = "apparatus";
      count++;
      continue;
    }
    if ((head.kind !== "heading" && head.kind !== "body") || !isApparatusHead(words[i])) continue;
    // A head on a line of its own that no other rule read as one ("PROBLEMS." over the problems) is one when an item follows it.
    if (head.kind === "body") {
      if (!first || first.kind === "heading" || !isApparatusItem(words[i + 1])) continue;
      head.kind = "heading";
    }
    let j = i + 1;
    for (; j < paragraphs.length; j++) {
      const p = paragraphs[j];
      if (p.kind === "heading") {
        // A new apparatus head opens its own section; another head belongs to this one when an item follows it.
        const next = paragraphs[j + 1];
        if (isApparatusHead(words[j]) || !next || next.kind === "heading" || !isApparatusItem(words[j + 1])) break;
      } else if (!isApparatusItem(words[j]) && !continuesQuestions(words[j])) break;
      p.kind = "apparatus";
      count++;
    }
    i = j - 1;
  }
  return count;
}
