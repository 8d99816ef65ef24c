// Frame inheritance: a paragraph that opens with a fronted frame ("In 1859, …", "During the siege,
// …", "Among the poorer classes, …") states the period, place, stage or domain under which its
// later claims hold, and a card from a later sentence loses it ("the harvest failed" — when? where?).
// A later sentence of the same paragraph, with no frame of its own, gets the opener's frame as a
// prefix on its card when its claim depends on it: a past-tense narrative continuing a past-tense
// opener, or a general present-tense claim right after a present-tense opener. Conservative by
// design: never across a paragraph, never two frames, never a frame that points back ("In this
// case", "At that time", "In his youth"), never a frame longer than eight words.
import { firstFiniteTense } from "../analyse/tense";
import { none, type Context, type Op, type OpResult } from "./types";

/**
 * Switched off: on the 16 training books only five paragraphs open with such a frame, and the one
 * top-40 card it changed was no better for it (see docs/card-generator.md, "Session 6: frame
 * inheritance"). Turn on when books with more framed paragraphs show a gain on strict labels.
 */
export const FRAME_INHERITANCE = false;

const MAX_FRAME_WORDS = 8;
// Prepositions that open a frame the rest of the paragraph stays inside (time, place, stage, domain,
// condition); "After", "Before", "By" name a point the narrative moves on from, so they are not read.
const FRAME_OPEN = /^(?:In|During|Among|Amongst|At|Under|Throughout|Within|Across)\s[^,;:!?"“”]*?(?:\([^()]*\)[^,;:!?"“”]*?)?,(?=\s)/u;
// Any fronted phrase before a comma: a sentence with one has a frame (or a turn) of its own.
const OWN_OPENER = /^(?:In|During|Among|Amongst|At|Under|Throughout|Within|Across|After|Before|By|From|Since|Until|Till|On|Upon|When|While|Whilst|Once|If|Where|As|Then|Later|Afterwards|Meanwhile|Next|Subsequently|Finally|Now|Today|Thereafter|Soon|Still|Yet)\b/;
// Frames that point back to the chapter or are discourse turns, not a period, place or domain.
const DEICTIC = /\b(?:this|that|these|those|here|there|then|such|same|latter|former|his|her|its|their|our|my|your|him|them|it|which|whom|case|respect|regard|way|manner|sense|fact|short|general|particular|addition|turn|conclusion|sum|brief|end|word|words|meantime|meanwhile|first|last|least|most|once|order|other|place|course|point|instance|example|lieu|spite|view|light|any|all|each|both)\b/i;
const YEAR_OR_MONTH = /\b(?:1[0-9]{3}|20[0-9]{2}|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** The frame a sentence opens with ("In the dry season"), or null. */
export function openingFrame(text: string): string | null {
  const m = FRAME_OPEN.exec(text);
  if (!m) return null;
  const frame = m[0].slice(0, -1).trim();
  const words = frame.split(/\s+/);
  if (words.length < 2 || words.length > MAX_FRAME_WORDS) return null;
  if (DEICTIC.test(frame)) return null;
  return frame;
}

type Paragraphed = { sentence?: { paragraph: number } };
const paragraphOf = (s: unknown) => (s as Paragraphed).sentence?.paragraph;

/** The frame edit for one sentence, whatever the switch says (the op below honours it). */
export function inheritedFrame(s: Parameters<Op>[0], ctx: Context): OpResult {
  const out = none();
  const para = paragraphOf(s);
  if (para === undefined) return out;
  const text = s.text;
  // A sentence with a frame, a date or a turn of its own keeps it; a quotation is someone's words.
  if (OWN_OPENER.test(text) || YEAR_OR_MONTH.test(text) || /^["“'‘(]/.test(text)) return out;
  const same = ctx.prev.filter((p) => paragraphOf(p) === para);
  if (!same.length) return out;
  // The opener must be the paragraph's first sentence (the sentence before it is of another paragraph).
  const opener = same[0];
  const openerAt = ctx.recent.indexOf(opener);
  const before = openerAt > 0 ? ctx.recent[openerAt - 1] : openerAt === 0 && ctx.recent.length < 8 ? undefined : null;
  if (before === null || (before && paragraphOf(before) === para)) return out;
  const f = openingFrame(opener.text);
  if (!f) return out;
  // The frame holds until a later sentence sets a frame, a date or a turn of its own.
  if (same.slice(1).some((p) => OWN_OPENER.test(p.text) || YEAR_OR_MONTH.test(p.text))) return out;
  // Already said on the card.
  const content = f.split(/\s+/).slice(1).filter((w) => /^\p{L}{4,}/u.test(w)).map((w) => w.toLowerCase());
  if (content.some((w) => text.toLowerCase().includes(w))) return out;
  const openerTense = firstFiniteTense(opener.tokens, f.length + 1);
  const tense = firstFiniteTense(s.tokens, 0);
  // An imperative ("Lighten any check, …") is an instruction, not a claim the frame scopes.
  if (s.tokens[0]?.pos === "VERB" && s.tokens[0].lower === s.tokens[0].lemma) return out;
  const narrative = openerTense === "past" && tense === "past";
  const general = openerTense === "present" && tense === "present" && same.length === 1;
  if (!narrative && !general) return out;
  const first = s.tokens[0];
  if (!first) return out;
  // A name (an entity, or a proper noun followed by another capitalised word) or "I" keeps its
  // capital; any other first word is lower-cased after the frame (the tagger reads many
  // sentence-initial capitals as proper nouns).
  const capitalisedBefore = ctx.recent.some((p) => p.tokens.slice(1).some((t) => t.text === first.text));
  const named = capitalisedBefore || s.entities.some((e) => e.start === 0 && (e.b - e.a > 1 || ["person", "place", "org", "group"].includes(e.kind))) || (first.pos === "PROPN" && /^\p{Lu}/u.test(s.tokens[1]?.text ?? ""));
  const keepsCase = named || first.text === "I" || !/^\p{Lu}/u.test(first.text);
  if (keepsCase) out.edits.push({ start: 0, end: 0, text: `${f}, `, op: "frame" });
  else out.edits.push({ start: 0, end: 1, text: `${f}, ${text.charAt(0).toLowerCase()}`, op: "frame" });
  return out;
}

export const frame: Op = (s, ctx) => (FRAME_INHERITANCE ? inheritedFrame(s, ctx) : none());
