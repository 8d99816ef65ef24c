// A card is made only from a sentence that is a statement: at least four words and a verb outside an
// infinitive. Headings, section numbers, page furniture and list captions that the cleaner let
// through ("XII.", "Sect. 25.", "The nature of the checks to increase.") are not facts; nor is any
// line of a chapter synopsis, a paragraph made mostly of such captions ("Bears on the argument.
// Powers of increase. Effects of climate."), even the caption that happens to have a verb.
import type { Analysis, AnalysedSentence } from "../analyse";
import type { Gate } from "./types";

const MIN_WORDS = 4;
// "(2) The interval is …", "(b) Under the same …": one item of a marked list. Its lead-in ("… rests on
// two assumptions:", often a view the chapter goes on to reject) is in another sentence, so the item
// alone says something the chapter may not. A year in brackets ("(1848)") is no marker.
const LIST_ITEM = /^\s*\(\s*(?:\d{1,2}|[a-h]|[ivx]{1,4})\s*\)\s+\S/;
const SYNOPSIS_MIN = 4, SYNOPSIS_SHARE = 0.6;

const hasVerb = (s: AnalysedSentence) => s.tokens.some((t, i) => (t.pos === "VERB" || t.pos === "AUX") && s.tokens[i - 1]?.lower !== "to");

const synopsisCache = new WeakMap<Analysis, Set<number>>();
/** Paragraphs of at least four sentences most of which have no verb (built once per analysis). */
function synopses(a: Analysis): Set<number> {
  let out = synopsisCache.get(a);
  if (out) return out;
  const counts = new Map<number, { all: number; verbless: number }>();
  for (const s of a.sentences) {
    const c = counts.get(s.sentence.paragraph) ?? { all: 0, verbless: 0 };
    c.all++;
    if (!hasVerb(s)) c.verbless++;
    counts.set(s.sentence.paragraph, c);
  }
  out = new Set([...counts].filter(([, c]) => c.all >= SYNOPSIS_MIN && c.verbless >= SYNOPSIS_SHARE * c.all).map(([p]) => p));
  synopsisCache.set(a, out);
  return out;
}

// A list card of lib/cards/enumeration asks what a heading or an announcing sentence names and
// answers with the items' heads: under a heading its source is the first item, often a verbless
// phrase ("1. Dry seed."), which is what a list item is, not a caption standing for a statement.
const listCard = (c: Parameters<Gate>[0]) => c.type === "enumeration" && c.kind === "qa" && c.answerKind === "list" && c.answer === null && c.extra.length >= 2;

// An item card of lib/cards/enumeration ("What is the first of the two causes of X?") names its
// list in the question, citing the announcing sentence: it is the lead-in the item lacks.
export const itemCard = (c: Parameters<Gate>[0]) => c.type === "enumeration" && c.kind === "qa" && c.answerKind === "clause" && c.answer === null && c.extra.length === 1;

export const fragment: Gate = (c, a) => {
  const s = a.sentences[c.sentence];
  const words = s.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  if (!listCard(c)) {
    if (words.length < MIN_WORDS) return "too few words for a statement";
    if (!hasVerb(s)) return "no verb: a heading or caption, not a statement";
  }
  if (synopses(a).has(s.sentence.paragraph)) return "a line of a chapter synopsis";
  // Scheme and law cards name the list they come from ("… in the list of thirteen virtues?").
  if (LIST_ITEM.test(s.text) && c.type !== "scheme" && c.type !== "law" && !itemCard(c)) return "one item of a marked list, without its lead-in";
  return null;
};
