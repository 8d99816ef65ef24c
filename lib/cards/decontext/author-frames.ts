// The author's frame around a claim: "I believe that X", "We know that X", "We must assume that X",
// "We read that X", "It is clear that X",
// "X, I think, is Y", "X, as you see, is Y". The speaker or reader is nobody on a card, but the claim
// inside the frame stands alone, so the frame is deleted rather than the card dropped. Only a frame
// followed by a whole clause (four words or more, with a verb) is deleted; "I believe in X" or
// "I believe X to be Y" has no clause of its own and is left to the gates.
import type { Token } from "../analyse/types";
import type { Edit } from "./types";
import { letterWordCount } from "../text";
import { DEMONSTRATION_LEAD, DEMONSTRATION_ON, SECOND_THAT } from "./demonstration";

// A first-person verb of belief or knowledge, or the reader's seeing, then "that".
const SPEAKER_FRAME = String.raw`(?:I|We)(?:,\s+\p{Ll}+,)?\s+(?:(?:firmly|fully|really|now|therefore|thus|all)\s+)?(?:believe|think|know|suppose|conceive|hold|maintain|find|see|am\s+(?:persuaded|convinced|satisfied|sure|inclined\s+to\s+think)|are\s+(?:persuaded|convinced|satisfied|sure)|have(?:,\s+\p{Ll}+,)?\s+(?:no\s+doubt|(?:good\s+|every\s+|some\s+)?reason\s+to\s+(?:believe|think|suppose))|(?:must|may|can|might)\s+(?:therefore\s+|thus\s+|safely\s+|fairly\s+)?(?:assume|suppose|say|conclude|infer|admit|affirm)|read|learn|are\s+told)`;
const READER_FRAME = String.raw`You\s+(?:will\s+|may\s+|can\s+)?(?:see|know|perceive|observe)`;
// An impersonal frame of evidence: "It is clear that", "It plainly appears that", "It follows that".
const IT_FRAME = String.raw`It\s+(?:is|was|seems|seemed|appears|appeared)\s+(?:therefore\s+|thus\s+|then\s+|now\s+|quite\s+|very\s+)?(?:clear|evident|plain|certain|obvious|manifest)|It\s+(?:clearly\s+|plainly\s+|therefore\s+|thus\s+|then\s+)?(?:appears|follows)`;
// "The conclusion to which we are led is, that …": the speaker's inference announced.
const INFERENCE_FRAME = String.raw`The\s+(?:inference|conclusion)\s+(?:to\s+which\s+(?:we|I)\s+(?:are|am)\s+(?:brought|led|driven)|(?:we|I)\s+(?:draw|reach))\s+is`;
/**
 * More frames of assertion (switch FRAMES_MORE_ON; docs/card-generator.md, "Session 11: claims the author
 * frames"). Each asserts the clause after it: the author announcing what he shows or observes ("I shall
 * only observe that", "I have little doubt that", "I do not hesitate to say that", "My own belief is
 * that"), the reader told what he will find ("You will find that"), the lecturer's "Let us observe
 * that", the impersonal "It will be seen that". Never a frame of doubt, denial or supposition: "I do
 * not think that", "you may suppose that", "it might be thought that" distance the author from the
 * clause, and none of them is listed (the rest of the grammar matches only from the sentence's start).
 */
export const FRAMES_MORE_ON = true;
const MORE_SPEAKER = String.raw`I\s+(?:shall|will|must|may)\s+(?:only\s+|now\s+|here\s+|further\s+|just\s+)?(?:observe|remark|show|add|note)(?:\s+here)?(?:,\s+once\s+for\s+all,)?|I\s+have\s+(?:very\s+)?(?:little|no)\s+doubt|I\s+(?:do\s+not|cannot)\s+hesitate\s+to\s+(?:say|affirm|assert)|My\s+(?:own\s+)?(?:belief|opinion|conviction)\s+is`;
// (Not "You may remember that" / "Let us recollect that": a reminder of the text before, which the card lacks.)
const MORE_READER = String.raw`You\s+(?:will|may|can|must|shall)\s+(?:also\s+|then\s+|now\s+|easily\s+)?(?:find|notice|understand)|Let\s+us\s+(?:now\s+|then\s+|also\s+)?(?:observe|note|notice|remark)|It\s+will\s+(?:now\s+|thus\s+|therefore\s+|then\s+)?be\s+(?:seen|observed|noticed|found|perceived)`;
const LEAD = new RegExp(String.raw`^(?:${SPEAKER_FRAME}|${READER_FRAME}|${IT_FRAME}|${INFERENCE_FRAME}),?\s+that,?\s+(?=\p{L})`, "u");
// (", therefore," between the verb and "that" goes with the frame: "I shall only observe, therefore, that …".)
const LEAD_MORE = new RegExp(String.raw`^(?:${MORE_SPEAKER}|${MORE_READER})(?:,\s+\p{Ll}+)?,?\s+that,?\s+(?=\p{L})`, "u");
// The reader's seeing with no "that": "You observe a heated wire is …" (not the speaker's "I think the
// quay is old", whose frame is kept: a bare opinion, ./author-frames tests). Only before a noun phrase
// opened by a determiner and followed, within five words, by a finite auxiliary, so that what is left is
// a clause ("I believe the man to be honest" has none and keeps its frame).
const ZERO_THAT_MORE = /^(?:You\s+(?:will\s+|may\s+|can\s+)?(?:see|observe|perceive|notice|find))\s+(?=(?:a|an|the|every|all|no|each|some|most)\s+(?:[\p{L}'-]+,?\s+){1,5}?(?:is|are|was|were|has|have|had|can|cannot|will|would|must|may|might|should|does|do|did)\b)/u;
// Between commas, the author's word that he said or showed it before: "X, I have already said, is Y".
const ASIDE_MORE = /,\s*(?:as\s+)?I\s+have\s+(?:\p{Ll}+\s+)?(?:said|shown|observed|remarked|argued)\s*,(?=\s)/gu;
// Inside a relative clause, with no commas: "that which I think is most important" → "that which is …".
const RELATIVE_MORE = /\b(?:which|that|who)\s+(I\s+(?:think|believe)\s+)(?=(?:is|are|was|were)\b)/g;
// Between commas inside the claim: ", I believe,", ", as you see,", ", we know,".
const ASIDE = /,\s*(?:as\s+)?(?:I|we|you)\s+(?:believe|think|suppose|imagine|presume|fancy|conceive|see|know|perceive|observe|apprehend|understand|will\s+(?:see|observe|perceive)|may\s+(?:see|say))\s*,(?=\s)/g;

const hasVerb = (ts: Token[]) => ts.some((t) => t.pos === "VERB" || t.pos === "AUX");
/**
 * Whether what follows offset `from` reads as a clause: four words or more, with a verb, or after a
 * "that" the tagger reads as a conjunction (it takes some verbs for nouns: "the oil rises").
 */
const clauseAfter = (text: string, tokens: Token[], from: number) => {
  if (letterWordCount(text.slice(from)) < 4) return false;
  const that = tokens.findLast((t) => t.start < from && t.lower === "that");
  return hasVerb(tokens.filter((t) => t.start >= from)) || that?.pos === "SCONJ";
};

// "…, and that B" (a demonstration frame also takes "; and that B": ./demonstration's SECOND_THAT).
const SECOND_THAT_COMMA = /,\s+and\s+(that\s+)(?=\p{L})/u;

/** Deletions of the author's frame in a sentence (offsets into its text; op "marker"). */
// `from`: where the clause opens after deleted connectives ("But I believe that …"); `more`: the frames
// FRAMES_MORE_ON adds (the audit scripts/frames-sample.ts compares with and without them); `demo`: the
// demonstration frames of ./demonstration (LECTERN_DEMONSTRATION, off).
export function authorFrames(text: string, tokens: Token[], from = 0, more = FRAMES_MORE_ON, demo = DEMONSTRATION_ON): Edit[] {
  const out: Edit[] = [];
  const head = text.slice(from);
  const lead = LEAD.exec(head) ?? (more ? LEAD_MORE.exec(head) ?? ZERO_THAT_MORE.exec(head) : null) ?? (demo ? DEMONSTRATION_LEAD.exec(head) : null);
  if (lead && clauseAfter(text, tokens, from + lead[0].length)) {
    out.push({ start: from, end: from + lead[0].length, text: "", op: "marker" });
    // "that A, and that B": the second "that" goes with the frame.
    const second = (demo ? SECOND_THAT : SECOND_THAT_COMMA).exec(text.slice(from + lead[0].length));
    if (second) {
      const at = from + lead[0].length + second.index + second[0].length - second[1].length;
      out.push({ start: at, end: at + second[1].length, text: "", op: "marker" });
    }
  }
  const asides = more ? [...text.matchAll(ASIDE), ...text.matchAll(ASIDE_MORE)] : [...text.matchAll(ASIDE)];
  if (more) {
    for (const m of text.matchAll(RELATIVE_MORE)) {
      const at = m.index + m[0].length - m[1].length;
      out.push({ start: at, end: at + m[1].length, text: "", op: "marker" });
    }
  }
  for (const m of asides) {
    // The clause around the aside must go on after it ("X, I believe, is Y", not "…, I believe, and").
    const after = text.slice(m.index + m[0].length);
    if (/^\s+(?:and|but|or)\b/.test(after)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: "", op: "marker" });
  }
  return out;
}

/** Whether a deleted span is one only the added frames (FRAMES_MORE_ON) delete: for the audit scripts/frames-sample.ts. */
export function addedFrame(deleted: string): boolean {
  // The grammar looks past the span (a letter after a lead frame, a space after an aside).
  const lead = `${deleted}x`;
  if ((LEAD_MORE.test(lead) || ZERO_THAT_MORE.test(`${deleted}the lamp is`)) && !LEAD.test(lead)) return true;
  const aside = new RegExp(`^${ASIDE_MORE.source}`, "u").exec(`${deleted} `);
  return (aside !== null && aside[0].length === deleted.length) || /^I\s+(?:think|believe)\s+$/.test(deleted);
}
