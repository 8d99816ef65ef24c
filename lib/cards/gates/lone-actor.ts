// A story beat with one actor and no occasion: "{{Orlen}} was weighing his chances, and drew back
// when he saw he had pressed too hard." A past-tense sentence of a narrative tells what someone did
// or was at one moment of the story; when the card names nothing but that person (no place, date,
// number or other actor), the moment cannot be told from the card, and any of the chapter's
// protagonists fits the blank. Strict raters reject or rewrite these (the occasion is the fix, and
// it lies in the sentences before); what a person held, taught or argued ("{{Orlen}} based his
// account on a belief that …") is an idea with its owner, and stays.
import type { Analysis } from "../analyse";
import type { Candidate } from "../candidates";
import { firstFiniteTense } from "../analyse/tense";
import { visible } from "./referring";

// A report of an idea: a verb of holding or saying with its content, or a noun that names one.
const IDEA = /\b(?:(?:said|says|held|holds|taught|teaches|argued|argues|maintained|maintains|wrote|writes|declared|declares|believed|believes|thought|thinks|asserted|asserts|contended|contends|insisted|insists|denied|denies|proved|proves|showed|shows|shown)\s+that|theory|theories|belief|beliefs|doctrine|doctrines|principle|principles|view|views|idea|ideas|argument|arguments)\b/i;

/** True when the card asks for or blanks a person in a past-tense story sentence that names nothing else. */
export function loneActorBeat(c: Candidate, a: Analysis): boolean {
  if (c.answerKind !== "person" || !c.answer) return false;
  const s = a.sentences[c.sentence];
  // The actor of the beat is its subject, named as an individual: "the Old Man of the tribe" is a
  // type, and a name at the end of a sentence about something else is not the beat's actor.
  const subject = s.clause?.subject;
  if (!subject || c.answer.start < subject.start || c.answer.end > subject.end) return false;
  if (/\bthe\s+$/i.test(s.text.slice(0, c.answer.start))) return false;
  const shown = visible(c);
  if (firstFiniteTense(s.tokens) !== "past" || IDEA.test(shown)) return false;
  const answer = s.text.slice(c.answer.start, c.answer.end);
  const others = s.entities.filter((e) => (e.end <= c.answer!.start || e.start >= c.answer!.end) && e.text !== answer && !answer.includes(e.text) && shown.includes(e.text));
  if (others.length) return false;
  // A figure is an anchor too ("two thousand", "1902"), wherever the tagger left it untagged.
  return !/\d/.test(shown.replace(answer, ""));
}
