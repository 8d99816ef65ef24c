// No fragment across a page or note boundary: the sentence must start like a sentence and end
// like one; a sentence that starts in lower case or stops without final punctuation was cut.
// Nor a blank whose edge cuts a coordinated phrase ("the advantages of {{monarchy}} and a republic"
// as "{{advantages of monarchy}} and a republic"): the answer is half of what the sentence names.
import type { Analysis } from "../analyse";
import type { Candidate } from "../candidates";
import type { Gate } from "./types";
import { tokensInSpan } from "../text";
import { countWordAfterNoun, nameAfterNoun, verbAfterName } from "../analyse/clause";
import { itemCard } from "./fragment";

const NOTE_INSIDE = /(?<!\b(?:\p{L}|e\.g|i\.e|viz|cf|etc|vs|Mr|Mrs|Ms|Dr|St|No|vol|pp?|ch|ed|ibid|op|cit|al|Co|Ltd|Inc|Jr|Sr))\.\s+\p{Ll}{2,}/u;

/**
 * The blank is "head of X" and the sentence goes on "and (the) Y" with Y a noun: Y is a second
 * conjunct of X or of the head ("{{possession of different degrees}} and kinds of property"), which
 * the blank leaves outside. A blank on a bare name or noun ("{{Vance}} and Ortolan") is one of two
 * named things and is left to the other gates.
 */
export function blankCutsCoordination(c: Candidate, a: Analysis): boolean {
  if (c.kind !== "cloze" || !c.answer) return false;
  const ts = a.sentences[c.sentence].tokens;
  const inside = tokensInSpan(ts, c.answer!);
  const after = ts.filter((t) => t.start >= c.answer!.end).slice(0, 4);
  if (inside.at(-1)?.pos !== "NOUN" || !inside.some((t) => t.lower === "of")) return false;
  if (!/^(?:and|or)$/.test(after[0]?.lower ?? "")) return false;
  const noun = after[1]?.pos === "NOUN" ? 1 : after[1]?.pos === "DET" && after[2]?.pos === "NOUN" ? 2 : 0;
  if (!noun) return false;
  // "The board fixed the number of pilots and the guild paid …": after the main clause's verb, a noun
  // and a verb are a new clause ("The merits of canals and a railway divided …" is one subject).
  const verbBefore = ts.some((t) => t.end <= c.answer!.start && /^(?:VERB|AUX)$/.test(t.pos));
  return !(verbBefore && /^(?:VERB|AUX)$/.test(after[noun + 1]?.pos ?? ""));
}

/** "released from their {{leases three ways}}": a count word after a noun opens another phrase (session 26, gen26). */
export function countAfterNounInBlank(c: Candidate, a: Analysis): boolean {
  if (c.kind !== "cloze" || !c.answer) return false;
  const inside = tokensInSpan(a.sentences[c.sentence].tokens, c.answer);
  return inside.some((_, k) => k > 0 && countWordAfterNoun(inside, k));
}

/** "even {{chemistry Dr. Palmer}} made lively", "in a {{thousand years 40 Draconis}}", "that {{40 Draconis
 * moves}} at present": a blank that runs from a common noun into a name, or from a name into its verb
 * (session 27, gen27). Read on the sentence's tokens, since the verb test looks past the blank. */
export function blankAcrossName(c: Candidate, a: Analysis): boolean {
  if (c.kind !== "cloze" || !c.answer) return false;
  const ts = a.sentences[c.sentence].tokens;
  const inside = ts.flatMap((t, k) => (t.start >= c.answer!.start && t.end <= c.answer!.end ? [k] : []));
  return inside.some((k, n) => n > 0 && (nameAfterNoun(ts, k) || verbAfterName(ts, k)));
}

export const boundary: Gate = (c, a) => {
  for (const id of [c.sentence, ...c.extra]) {
    const text = a.chapter.sentences[id]?.text.trim() ?? "";
    if (/^[\p{Ll}]/u.test(text)) return "starts mid-sentence";
    // A list card's announcing sentence may end where its list begins ("… were kept:—" before
    // "1. …"): the clean-up ends a sentence at such a dash, and the card says the items itself.
    // So may an item card's (lib/cards/enumeration itemCards), which it cites as its one extra sentence.
    const announcer = id === c.sentence || (itemCard(c) && id === c.extra[0]);
    const announces = c.type === "enumeration" && announcer && /(?::\s*[—–-]*|[—–])$/.test(text);
    // A quotation may close after the stop, in double or single quotes, curly or straight ("… a paper
    // 'on two new salts.'"): a straight single quote after a stop is no apostrophe.
    if (!announces && !/[.!?]["”’')\]]*$/.test(text)) return "stops mid-sentence";
    // A full stop followed by a lower-case word inside the sentence: a side-note or a heading was
    // left in it ("… the ultimate appeal on Utility the ultimate appeal. all ethical questions").
    if (NOTE_INSIDE.test(text)) return "note inside the sentence";
  }
  if (blankCutsCoordination(c, a)) return "the blank cuts a coordinated phrase in two";
  if (countAfterNounInBlank(c, a)) return "the blank runs from one noun phrase into the next (a count word after a noun)";
  if (blankAcrossName(c, a)) return "the blank runs across a name's edge (a noun into a name, or a name into its verb)";
  // "a shop opened on £{{5 stock}}": the sum is "£5", and the noun after it is another word (session 26, gen26).
  // A sum alone after its sign ("£{{40,000}}") is a number blank and stays.
  if (c.kind === "cloze" && /[£$€¥]\{\{c\d+::[\d.,]+\s+\p{L}/u.test(c.front)) return "the blank cuts a sum from its currency sign and runs on past it";
  return null;
};
