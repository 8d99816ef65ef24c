// The author's frame around a claim: "I believe that X", "We know that X", "We must assume that X",
// "We read that X", "It is clear that X",
// "X, I think, is Y", "X, as you see, is Y". The speaker or reader is nobody on a card, but the claim
// inside the frame stands alone, so the frame is deleted rather than the card dropped. Only a frame
// followed by a whole clause (four words or more, with a verb) is deleted; "I believe in X" or
// "I believe X to be Y" has no clause of its own and is left to the gates.
import type { Token } from "../analyse/types";
import type { Edit } from "./types";

// A first-person verb of belief or knowledge, or the reader's seeing, then "that".
const SPEAKER_FRAME = String.raw`(?:I|We)(?:,\s+\p{Ll}+,)?\s+(?:(?:firmly|fully|really|now|therefore|thus|all)\s+)?(?:believe|think|know|suppose|conceive|hold|maintain|find|see|am\s+(?:persuaded|convinced|satisfied|sure|inclined\s+to\s+think)|are\s+(?:persuaded|convinced|satisfied|sure)|have(?:,\s+\p{Ll}+,)?\s+(?:no\s+doubt|(?:good\s+|every\s+|some\s+)?reason\s+to\s+(?:believe|think|suppose))|(?:must|may|can|might)\s+(?:therefore\s+|thus\s+|safely\s+|fairly\s+)?(?:assume|suppose|say|conclude|infer|admit|affirm)|read|learn|are\s+told)`;
const READER_FRAME = String.raw`You\s+(?:will\s+|may\s+|can\s+)?(?:see|know|perceive|observe)`;
// An impersonal frame of evidence: "It is clear that", "It plainly appears that", "It follows that".
const IT_FRAME = String.raw`It\s+(?:is|was|seems|seemed|appears|appeared)\s+(?:therefore\s+|thus\s+|then\s+|now\s+|quite\s+|very\s+)?(?:clear|evident|plain|certain|obvious|manifest)|It\s+(?:clearly\s+|plainly\s+|therefore\s+|thus\s+|then\s+)?(?:appears|follows)`;
// "The conclusion to which we are led is, that …": the speaker's inference announced.
const INFERENCE_FRAME = String.raw`The\s+(?:inference|conclusion)\s+(?:to\s+which\s+(?:we|I)\s+(?:are|am)\s+(?:brought|led|driven)|(?:we|I)\s+(?:draw|reach))\s+is`;
const LEAD = new RegExp(String.raw`^(?:${SPEAKER_FRAME}|${READER_FRAME}|${IT_FRAME}|${INFERENCE_FRAME}),?\s+that,?\s+(?=\p{L})`, "u");
// Between commas inside the claim: ", I believe,", ", as you see,", ", we know,".
const ASIDE = /,\s*(?:as\s+)?(?:I|we|you)\s+(?:believe|think|suppose|imagine|presume|fancy|conceive|see|know|perceive|observe|apprehend|understand|will\s+(?:see|observe|perceive)|may\s+(?:see|say))\s*,(?=\s)/g;

const hasVerb = (ts: Token[]) => ts.some((t) => t.pos === "VERB" || t.pos === "AUX");
/**
 * Whether what follows offset `from` reads as a clause: four words or more, with a verb, or after a
 * "that" the tagger reads as a conjunction (it takes some verbs for nouns: "the oil rises").
 */
const clauseAfter = (text: string, tokens: Token[], from: number) => {
  if (text.slice(from).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 4) return false;
  const that = tokens.findLast((t) => t.start < from && t.lower === "that");
  return hasVerb(tokens.filter((t) => t.start >= from)) || that?.pos === "SCONJ";
};

/** Deletions of the author's frame in a sentence (offsets into its text; op "marker"). */
// `from`: where the clause opens after deleted connectives ("But I believe that …").
export function authorFrames(text: string, tokens: Token[], from = 0): Edit[] {
  const out: Edit[] = [];
  const lead = LEAD.exec(text.slice(from));
  if (lead && clauseAfter(text, tokens, from + lead[0].length)) {
    out.push({ start: from, end: from + lead[0].length, text: "", op: "marker" });
    // "that A, and that B": the second "that" goes with the frame.
    const second = /,\s+and\s+(that\s+)(?=\p{L})/u.exec(text.slice(from + lead[0].length));
    if (second) {
      const at = from + lead[0].length + second.index + second[0].length - second[1].length;
      out.push({ start: at, end: at + second[1].length, text: "", op: "marker" });
    }
  }
  for (const m of text.matchAll(ASIDE)) {
    // The clause around the aside must go on after it ("X, I believe, is Y", not "…, I believe, and").
    const after = text.slice(m.index + m[0].length);
    if (/^\s+(?:and|but|or)\b/.test(after)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: "", op: "marker" });
  }
  return out;
}
