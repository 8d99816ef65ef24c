// Enumeration cards from lists that span sentences (./find): "There are three causes of X. The
// first is A. The second … Lastly, …" → "What are the three causes of X?" → "A; B; C". One card per
// list; its source is the announcing sentence (so it keeps that sentence's page) and it cites the
// items' sentences. A list is refused when it is not announced with a count and not closed by
// "lastly"/"finally", when its count and its items disagree, when what it lists cannot be named
// without pointing back, or when any item cannot be said in a few words (./item). Markers and the
// announcement are read from the printed sentence: the analysed text has lost its "First," (a
// connective, removed by decontext) and may have a pronoun replaced by a guess at its referent.
import { UPPER_INITIAL } from "@/lib/cards/letters";
import type { Analysis } from "../analyse";
import type { Candidate } from "../candidates/types";
import { findLists, ORDINALS, type FoundList } from "./find";
import { announced, statesPropositions } from "./announce";
import { itemClause, itemHead } from "./item";

export { findLists, itemMarker, type FoundList } from "./find";
export { announced } from "./announce";
export { itemClause, itemHead, MAX_ITEM_CLAUSE_WORDS, MAX_ITEM_WORDS } from "./item";

// On: it changed no card of the 41 training chapters (none of their lists passes) and was never
// measured on a book it had not seen; switch off here if a blind round finds its cards wrong.
export const ENUMERATION_LISTS_ON = true;
// One card per item when the list is named but its items are too long for one card (see itemCards).
export const ENUMERATION_ITEMS_ON = true;
const MIN_ITEMS = 2, MAX_ITEMS = 5;
const COUNT_WORDS = ["zero", "one", "two", "three", "four", "five"];
// An item's first word keeps its capital only when it is a name ("Parliament"; "the cost", "dry
// seed"): a word the chapter also capitalises inside a sentence, after a lower-case word.
function lowerFirst(head: string, a: Analysis): string {
  const w = head.split(/\s+/)[0];
  if (!UPPER_INITIAL.test(w) || /^\p{Lu}{2}/u.test(w)) return head;
  const inside = new RegExp(`\\p{Ll}[,;]?\\s+${w.replace(/[^\p{L}]/gu, "")}\\b`, "u");
  return w.length > 1 && w !== "No" && inside.test(a.chapter.text) ? head : head.charAt(0).toLowerCase() + head.slice(1);
}

const PLURAL_HEAD = /^\p{Lu}[\p{Ll}-]*s\b/u;

type Built = { card: Candidate } | { refused: string };

type Named = { what: string; at: number } | { refused: string };

/**
 * What the list is of, counted ("three causes of X"), and the sentence a card of it is sourced on:
 * a plural heading over its items, or the announcing sentence just before the first item.
 */
export function listName(a: Analysis, l: FoundList): Named {
  const n = l.items.length;
  if (n < MIN_ITEMS || n > MAX_ITEMS) return { refused: `${n} items (a card lists ${MIN_ITEMS} to ${MAX_ITEMS})` };
  const first = a.sentences[l.first];
  const at = l.first - 1;
  const ann = a.sentences[at];
  const closed = l.items[n - 1].marker.last;
  const heading = headingBefore(a, l.first);
  if (heading !== null) {
    // A heading names what its items are ("Conditions of health" over "1. …", "2. …"); the card's
    // source is then the first item, the heading having no sentence (nor page) of its own.
    if (!PLURAL_HEAD.test(heading)) return { refused: "a heading that does not name a plural" };
    if (heading.split(/\s+/).length > 8) return { refused: "a heading too long to name the list" };
    return { what: `${COUNT_WORDS[n]} ${heading.charAt(0).toLowerCase()}${heading.slice(1)}`, at: l.first };
  }
  if (!ann) return { refused: "nothing before the first item" };
  // The announcer is the sentence just before the first item, in its paragraph or the one before.
  if (first.sentence.paragraph - ann.sentence.paragraph > 1) return { refused: "the first item is not next to what announces it" };
  const said = announced(ann.sentence.text, n);
  if ("refused" in said) return said;
  if (said.count !== null && said.count !== n) return { refused: `announced ${said.count}, found ${n} items` };
  if (said.count === null && !closed) return { refused: "neither counted nor closed (\"lastly\", \"finally\")" };
  // "What are the three causes?": which causes, the card must say.
  if (!/\s(?:of|for|in|on|to|against|between|by|from|about|upon|under|through|with|among)\s/.test(` ${said.what} `)) return { refused: "what is listed is not named (no \"of X\")" };
  return { what: `${COUNT_WORDS[n]} ${said.what}`, at };
}

function build(a: Analysis, l: FoundList): Built {
  const named = listName(a, l);
  if ("refused" in named) return named;
  const { what, at } = named;
  const heads: string[] = [];
  for (const it of l.items) {
    const h = itemHead(a.sentences[it.sentence], it.marker, statesPropositions(what));
    if ("refused" in h) return h;
    heads.push(lowerFirst(h.head, a));
  }
  if (new Set(heads.map((h) => h.toLowerCase())).size < heads.length) return { refused: "two items with the same head" };
  const card: Candidate = {
    kind: "qa", type: "enumeration", front: `What are the ${what}?`, back: heads.join("; "),
    sentence: at, extra: l.items.map((it) => it.sentence), answer: null, answerKind: "list",
  };
  return { card };
}

const opensParagraph = (a: Analysis, i: number) => i === 0 || a.sentences[i - 1].sentence.paragraph !== a.sentences[i].sentence.paragraph;

/** The heading paragraph just before sentence i's paragraph, when i opens it ("Conditions of X"). */
function headingBefore(a: Analysis, i: number): string | null {
  if (!opensParagraph(a, i)) return null;
  const p = a.chapter.paragraphs[a.sentences[i].sentence.paragraph - 1];
  return p?.kind === "heading" ? a.chapter.text.slice(p.start, p.end).trim().replace(/[.:]$/, "") : null;
}

/**
 * The printed text of each sentence with the list marker the cleaner left outside it ("2. " between
 * two sentences, "1. " at a paragraph's start): the sentence's own text starts after the marker.
 */
function printed(a: Analysis, i: number): string {
  const s = a.sentences[i].sentence;
  const para = a.chapter.paragraphs[s.paragraph];
  const from = opensParagraph(a, i) ? para?.start ?? s.start : a.sentences[i - 1].sentence.end;
  const lead = a.chapter.text.slice(Math.min(from, s.start), s.start).trim();
  return /^(?:\(?(?:\d{1,2}|[a-h])[.)]|[IVX]{1,4}\.)$/.test(lead) ? `${lead} ${s.text}` : s.text;
}

/** The chapter's lists, markers read from the printed text. */
export function listsOf(a: Analysis): FoundList[] {
  return findLists(a.sentences.map((_, i) => printed(a, i)), (i) => opensParagraph(a, i));
}

/**
 * A named list whose items are sentences too long for one card ("There are two causes of X. The
 * first is that A … The second is that B …"): one card per item, the list named in the question and
 * the item's clause its answer ("What is the first of the two causes of X?" → "A"), for each item
 * short enough to be an answer. Sourced on the item's sentence, citing the announcement. Only the
 * author's own words: the item's clause is not cut or reworded.
 */
export function itemCards(a: Analysis, l: FoundList): Candidate[] {
  const named = listName(a, l);
  if ("refused" in named) return [];
  const out: Candidate[] = [];
  l.items.forEach((it, k) => {
    const c = itemClause(it.marker);
    if ("refused" in c) return;
    const back = lowerFirst(c.head, a);
    out.push({
      kind: "qa", type: "enumeration", front: `What is the ${ORDINALS[k]} of the ${named.what}?`, back,
      sentence: it.sentence, extra: named.at === it.sentence ? [] : [named.at], answer: null, answerKind: "clause",
    });
  });
  return out;
}

/** One card per cross-sentence list the chapter announces or closes, with short items; else, when on, one card per item (itemCards). */
export function enumerationListCards(a: Analysis, on = ENUMERATION_LISTS_ON, items = ENUMERATION_ITEMS_ON): Candidate[] {
  const out: Candidate[] = [];
  if (!on) return out;
  for (const l of listsOf(a)) {
    const b = build(a, l);
    if ("card" in b) out.push(b.card);
    else if (items) out.push(...itemCards(a, l));
  }
  return out;
}

/** Why a found list gives no card (audits). */
export function whyRefused(a: Analysis, l: FoundList): string | null {
  const b = build(a, l);
  return "refused" in b ? b.refused : null;
}
