// Each item of a list said in a few words: the noun phrase after "The first is …", the whole item
// when it is short ("Secondly, That food is necessary." → "food is necessary"), or the subject of its
// clause ("First, the division of the harvest increases …" → "the division of the harvest"). An item that
// cannot be said in MAX_ITEM_WORDS words refuses the whole list: a card of long sentences is a
// passage to recite, not a list to recall.
import type { AnalysedSentence } from "../analyse";
import type { ItemMarker } from "./find";

export const MAX_ITEM_WORDS = 8;
const PRONOUN = /^(?:he|she|it|they|we|you|i|this|these|those|that|there|here|one|such|his|her|its|their|our|my|your)\b/i;
const strip = (s: string) => s.replace(/\s+/g, " ").replace(/^[\s,:;—–-]+|[\s.,:;—–!?-]+$/g, "").trim();
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
// After "The first …": "is X", "cause is X", "of these is X", "was that X".
const THE_NTH_VERB = /^(?:[\p{Ll}-]+\s+){0,4}?(?:is|was|consists\s+in|lies\s+in)\s+(?:that\s+)?/u;
// A noun phrase ends before a comma, a relative word, a verb form after "is", or a clause.
const NP_END = /[,;:(—–]|\s(?:which|who|whom|whose|that|where|when|because|since|and\s+(?:it|this|that|he|she|they)|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)\b/i;

export type ItemHead = { head: string } | { refused: string };

/** The item's head phrase, or why it has none short enough. */
export function itemHead(s: AnalysedSentence, marker: ItemMarker, propositions = false): ItemHead {
  let rest = strip(marker.rest);
  if (propositions) {
    // Items that are statements (rules, assumptions, conditions): the subject alone ("the hedges"
    // of "The hedges were cut in winter") is not the item; the whole short statement is.
    rest = strip(rest.replace(/^(?:that|is|was)\s+(?:that\s+)?/i, ""));
    if (marker.style === "the-nth") rest = strip(rest.replace(/^(?:[\p{Ll}-]+\s+){0,4}?(?:is|was)\s+(?:that\s+)?/u, ""));
  } else if (marker.style === "the-nth") {
    const m = THE_NTH_VERB.exec(marker.rest);
    if (!m) return { refused: "an item that does not say what it is (\"The first …\" without \"is\")" };
    rest = strip(marker.rest.slice(m[0].length));
    // "The second is that the pasture was enclosed …": a clause, whose subject alone ("the pasture")
    // is not the item; too long to list, it is refused (each item may still get a card of its own).
    if (/\sthat\s$/.test(` ${m[0]}`) && words(rest) > MAX_ITEM_WORDS) return { refused: `an item clause longer than ${MAX_ITEM_WORDS} words` };
    if (words(rest) > MAX_ITEM_WORDS) {
      const cut = NP_END.exec(rest);
      rest = strip(cut ? rest.slice(0, cut.index) : rest);
    }
  } else if (/^that\s/i.test(rest)) {
    // A proposition ("Secondly, That food is necessary."): the item is the whole clause.
    rest = strip(rest.replace(/^that\s+/i, ""));
  } else {
    // A run-in title ("Fresh air.—…", "Position. It may be …") names the item.
    const title = /^([^.!?—–]{2,60})(?:\.\s*[—–]|\.\s+(?=\p{Lu})|[—–])/u.exec(rest);
    // Else the subject of the item's clause, when the clause opens the item ("First, the cost of
    // repair ruined …" → "the cost of repair"); else a short verbless item as it stands.
    const c = s.clause;
    const at = s.text.toLowerCase().indexOf(rest.slice(0, 40).toLowerCase());
    if (title && words(title[1]) <= MAX_ITEM_WORDS) rest = strip(title[1]);
    else if (c && !c.opening && at >= 0 && Math.abs(c.subject.start - at) <= 4) rest = strip(c.subject.text);
    else if (c) return { refused: "an item with no short head (no subject opens it)" };
  }
  if (!rest) return { refused: "an empty item" };
  if (PRONOUN.test(rest)) return { refused: "an item whose head points back (a pronoun)" };
  if (words(rest) > MAX_ITEM_WORDS) return { refused: `an item longer than ${MAX_ITEM_WORDS} words` };
  return { head: rest };
}

// An item said whole, as the answer of a card of its own (../index, one card per item): a clause a
// reader can recall, not a paragraph to recite.
export const MAX_ITEM_CLAUSE_WORDS = 20;
// After "The first …" / "The second cause …": "is X", "is, X", "cause is that X", "of these was X".
const THE_NTH_IS = /^(?:[\p{Ll}-]+\s+){0,4}?(?:is|was|consists\s+in|lies\s+in),?\s+(?:that\s+)?/u;

/** The item's whole clause after its marker ("The first is that X." → "X"), or why it is no answer. */
export function itemClause(marker: ItemMarker): ItemHead {
  let rest = strip(marker.rest);
  if (marker.style === "the-nth") {
    // "The second cause, which is contagion, intervenes …": no "is" straight after the noun, so the
    // sentence does not say the item as an answer.
    const m = THE_NTH_IS.exec(rest);
    if (!m) return { refused: "an item that does not say what it is (\"The first …\" without \"is\")" };
    rest = strip(rest.slice(m[0].length));
  } else rest = strip(rest.replace(/^that\s+/i, ""));
  if (!rest) return { refused: "an empty item" };
  if (PRONOUN.test(rest)) return { refused: "an item whose clause points back (a pronoun)" };
  if (words(rest) > MAX_ITEM_CLAUSE_WORDS) return { refused: `an item clause longer than ${MAX_ITEM_CLAUSE_WORDS} words` };
  return { head: rest };
}
