// Comment clauses addressed to or by the speaker, set off by commas or dashes: ", as we shall see,",
// ", as I have said,", "You see, …", "— you know —". They say nothing of the subject; deleting them
// leaves the claim and removes an "I / we / you" the card could not resolve ("Marxism, as we shall
// note later, proved uncreative" → "Marxism proved uncreative"). A clause with a noun of its own is
// content ("as we saw in the harbour") and stays.
import { UPPER_INITIAL, LETTER_INITIAL } from "@/lib/cards/letters";
import type { Token } from "../analyse/types";
import { none, type Op, type OpResult } from "./types";

const PERSON = new Set(["i", "we", "you"]);
const COMMENT_VERBS = new Set("see say know observe notice perceive remember find note remark show suppose think imagine understand call".split(" "));
const OPEN = /^[,—–(]$/, CLOSE = /^[,—–)]$/;
const MAX = 7;

// Besides the pronoun and the verb, a comment clause holds only these ("as we shall note later").
const GLUE = new Set("as so far shall will would should may might can could must have has had am are is was were be been do did already later before now here often hereafter".split(" "));

/** The inside of a comment clause: a speaker/reader pronoun, a verb of saying or seeing, and glue words only. */
function comment(ts: Token[]): boolean {
  const person = ts.filter((t) => PERSON.has(t.lower)).length;
  const verbs = ts.filter((t) => COMMENT_VERBS.has(t.lemma) && (t.pos === "VERB" || t.pos === "NOUN")).length;
  return person === 1 && verbs === 1 && ts.every((t) => PERSON.has(t.lower) || COMMENT_VERBS.has(t.lemma) || GLUE.has(t.lower));
}

// A bracket that only points at a plate, figure, table or page of the book ("(Plate III.)", "(see Fig.
// 4)", "(pp. 12-14)"): the sentence states its fact without it, and the reader of a card has no plate.
const POINTER = /\s*\((?:see\s+)?(?:Plates?|Pl\.|Figs?\.|Figures?|Diagrams?|Tables?|pp?\.|pages?)\s*(?:\d+|[IVXLC]+\b)[a-z]?\.?(?:\s*(?:,|and|-|–)\s*(?:\d+|[IVXLC]+\b)[a-z]?\.?)*\)/g;

export const asides: Op = (s) => {
  const out: OpResult = none();
  for (const m of s.text.matchAll(POINTER)) out.edits.push({ start: m.index!, end: m.index! + m[0].length, text: "", op: "aside" });
  const ts = s.tokens;
  // At the start: "You see, the wick …", "Now, you see, the wick …".
  const comma = ts.findIndex((t, k) => k <= MAX && t.text === ",");
  const rest = ts.slice(comma + 1);
  const opening = comma > 0 && comma <= 4 && comment(ts.slice(0, comma)) && rest.length > 4 && rest.some((t) => t.pos === "VERB" || t.pos === "AUX") && UPPER_INITIAL.test(ts[0].text) && LETTER_INITIAL.test(rest[0].text) && rest[0].pos !== "ADV";
  if (opening) out.edits.push({ start: 0, end: ts[comma + 1].start, text: "", op: "aside" });
  for (let i = opening ? comma + 1 : 1; i < ts.length; i++) {
    if (!OPEN.test(ts[i].text)) continue;
    const j = ts.findIndex((t, k) => k > i && k <= i + MAX + 1 && (CLOSE.test(t.text) || /^[.;:!?]$/.test(t.text)));
    if (j < 0 || j === i + 1 || !comment(ts.slice(i + 1, j))) continue;
    // Between commas the clause goes with both; before the full stop, only with its opening comma.
    const end = CLOSE.test(ts[j].text) ? ts[j].end : ts[j].start;
    out.edits.push({ start: ts[i].start, end, text: "", op: "aside" });
    i = j;
  }
  return out;
};
