// Frame inheritance: a sentence that opens with a frame ("In 1859, …", "During the siege, …", "Among
// the poorer classes, …", "But in the guild age this quarrel …") states the period, place, stage or
// domain under which the next claims of its paragraph hold, and a card from a later sentence loses it
// ("the harvest failed" — when? where?). A later sentence of the same paragraph, with no frame of its
// own, gets the nearest such frame as a prefix on its card when its claim depends on it: a past-tense
// narrative continuing a past-tense frame, or a present-tense claim within two sentences of a
// present-tense frame. Version 2 (session 7) reads the frame from any of the three sentences before
// (version 1: only from the paragraph's first), after a leading "But / And / Yet", and without a
// comma when a determiner plainly opens the subject after it. Conservative by design: never across
// a paragraph, never two frames, never a frame that points back ("In this case", "At that time",
// "In his youth"), never a frame longer than eight words, never on an imperative or a quotation.
import { UPPER_INITIAL, CAPITALISED_INITIAL } from "@/lib/cards/letters";
import { MONTH_NAME } from "@/lib/language/months";
import { firstFiniteTense } from "../analyse/tense";
import type { Token } from "../analyse/types";
import { none, type Context, type Op, type OpResult } from "./types";

/**
 * Switched off: see docs/card-generator.md, "Session 7: frame inheritance, second version" for the
 * measurement (strict-first, 21 training chapters) this decision rests on.
 */
export const FRAME_INHERITANCE = false;

const MAX_FRAME_WORDS = 8;
// Prepositions that open a frame the rest of the paragraph stays inside (time, place, stage, domain,
// condition); "After", "Before", "By" name a point the narrative moves on from, so they are not read.
const FRAME_PREP = "(?:In|During|Among|Amongst|At|Under|Throughout|Within|Across)";
const FRAME_OPEN = new RegExp(`^${FRAME_PREP}\\s[^,;:!?"“”]*?(?:\\([^()]*\\)[^,;:!?"“”]*?)?,(?=\\s)`, "u");
// A connective a frame may follow ("But in the guild age this quarrel was …"): a turn of the argument,
// not a frame of its own.
const CONNECTIVE = /^(?:But|And|Yet)\s+/;
// Any fronted phrase before a comma: a sentence with one has a frame (or a turn) of its own; "By" is
// one before a time ("By the end of May"). A comparative opener ("Lower still", "Later on", "At a
// later stage") places the claim relative to an earlier one.
const OWN_OPENER = /^(?:In|During|Among|Amongst|At|Under|Throughout|Within|Across|After|Before|From|Since|Until|Till|On|Upon|When|While|Whilst|Once|If|Where|As|Then|Later|Earlier|Afterwards|Meanwhile|Next|Subsequently|Finally|Now|Today|Thereafter|Soon|Still|Yet|Here|There|Elsewhere|Higher|Lower|Further|Farther)\b|^By\s+(?:the\s+)?(?:end|time|close|middle|beginning|spring|summer|autumn|winter|morning|evening|night|then|now|this|that|\d)|^\p{L}+er\s+still\b/u;
// A fronted attribution or condition ("According to the custom, …", "For the growers, …") is the
// sentence's own scope: it takes no frame, though it does not end a frame for the sentences after it.
// So is "By" opening a term's definition ("By freedom was meant …"), a pattern the candidates read
// at the sentence's start (candidates/claim.ts dates it from the sentence before itself).
const OWN_LEAD = /^(?:According|Despite|For|With|Without|Except|Apart|Besides|Unlike|Like|Compared|By)\b/;
// Words with which a sentence sets its own time or scope, overriding an inherited frame.
const OWN_SCOPE = /\b(?:now|nowadays|today|modern|at present|present day|in our own|formerly|in former|in early|in later)\b/i;
// Frames that point back to the chapter or are discourse turns, not a period, place or domain.
const DEICTIC = /\b(?:this|that|these|those|here|there|then|such|same|latter|former|his|her|its|their|our|my|your|him|them|it|which|whom|case|respect|regard|way|manner|sense|fact|short|general|particular|addition|turn|conclusion|sum|brief|end|word|words|meantime|meanwhile|first|last|least|most|once|order|other|place|course|point|instance|example|lieu|spite|view|light|any|all|each|both|one|part|side|top|bottom|front|rear|upper|lower|left|right|few|more|moment|moments|minute|minutes|hour|hours|instant|while|morning|afternoon|evening|night|day|days|dawn|dusk|gloom|following|next|previous)\b/i;
// Times of day, "a few minutes", "the lower end": relative to a scene or a thing named before, so
// they point back as surely as "at that time" does.
const YEAR_OR_MONTH = new RegExp(`\\b(?:1[0-9]{3}|20[0-9]{2}|${MONTH_NAME})\\b`);

/** A frame is kept only when it names a period, place, stage or domain by itself. */
function acceptable(frame: string): string | null {
  const words = frame.split(/\s+/);
  if (words.length < 2 || words.length > MAX_FRAME_WORDS) return null;
  if (DEICTIC.test(frame)) return null;
  return frame;
}

/** The frame a sentence opens with before a comma ("In the dry season"), or null. */
export function openingFrame(text: string): string | null {
  const m = FRAME_OPEN.exec(text);
  return m ? acceptable(m[0].slice(0, -1).trim()) : null;
}

// Inside a frame without a comma: a noun phrase and its "of" phrases.
const NP_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
// Words that plainly open the subject after a comma-less frame; a relative ("which", "that") or
// "there" continues the frame's own phrase instead, so the frame would be cut.
const SUBJECT_OPENER = new Set(["this", "these", "those", "he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "our", "my"]);
// After a frame's comma: a comparison or list ("…, as well as in cities,"), a year ("…, 1702,") or
// a relative clause ("…, which lay nearest the river,"), so the comma does not close the frame.
const NOT_CLOSED = /^\s*(?:as well as|as in|and|or|like|no less than|which|who|whom|whose|where|when|\d)\b/i;

/**
 * The frame a sentence sets, with where it ends: an opening frame before a comma, the same after a
 * leading "But / And / Yet", or, without a comma, a preposition + noun phrase (+ "of" phrases) that
 * a determiner or pronoun opening the subject plainly closes ("In the guild age this quarrel was …").
 * Any other comma-less reading (the toolkit cannot tell "In Rome slaves" from a frame) is refused.
 */
export function leadingFrame(text: string, tokens: Pick<Token, "text" | "pos" | "start" | "end" | "lower">[]): { frame: string; end: number } | null {
  const conn = CONNECTIVE.exec(text);
  const from = conn ? conn[0].length : 0;
  const rest = text.slice(from);
  if (!new RegExp(`^${FRAME_PREP}\\s`, "u").test(rest.charAt(0).toUpperCase() + rest.slice(1))) return null;
  const capital = rest.charAt(0).toUpperCase() + rest.slice(1);
  const withComma = FRAME_OPEN.exec(capital);
  // A comma after a finite verb closes a clause, not a frame ("In the guild age this quarrel was …, or …").
  const verbBefore = (end: number) => tokens.some((t) => t.start >= from && t.end <= end && (t.pos === "VERB" || t.pos === "AUX"));
  const commaEnd = withComma ? from + withComma[0].length : 0;
  // A year then a name before the comma is the date and the subject ("In 1702 Voss, then …,").
  const dateThenName = tokens.some((t, k) => t.start >= from && t.end <= commaEnd && t.pos === "NUM" && /^(?:PROPN|NOUN)$/.test(tokens[k + 1]?.pos ?? "") && tokens[k + 1].end <= commaEnd);
  if (withComma && !verbBefore(commaEnd)) {
    if (NOT_CLOSED.test(text.slice(commaEnd)) || dateThenName) return null;
    const f = acceptable(withComma[0].slice(0, -1).trim());
    return f ? { frame: f, end: from + withComma[0].length } : null;
  }
  const i0 = tokens.findIndex((t) => t.start >= from);
  if (i0 < 0) return null;
  let sawNoun = false;
  for (let i = i0 + 1; i < tokens.length && i - i0 <= MAX_FRAME_WORDS; i++) {
    const t = tokens[i];
    if (sawNoun && (t.pos === "DET" && t.lower !== "that" || SUBJECT_OPENER.has(t.lower)) && tokens[i - 1].pos !== "ADP") {
      const f = acceptable(capital.slice(0, t.start - from).trim());
      return f ? { frame: f, end: t.start } : null;
    }
    if (t.lower === "of" && sawNoun) continue;
    // A comparative adverb before a noun ("the older stages") is read as an adjective.
    const modifier = t.pos === "ADV" && /^(?:NOUN|ADJ)$/.test(tokens[i + 1]?.pos ?? "");
    if (!NP_POS.has(t.pos) && !modifier) return null;
    if (t.pos === "NOUN" || t.pos === "PROPN") sawNoun = true;
  }
  return null;
}

/** The tense of the source's verb after its frame; a "verb" right after a determiner is the
 * subject's noun mis-tagged ("this quarrel was": the toolkit reads "quarrel" as a verb). */
function tenseAfterFrame(tokens: Token[], end: number) {
  const i = tokens.findIndex((t, k) => t.start >= end && (t.pos === "VERB" || t.pos === "AUX") && !(t.pos === "VERB" && /^(?:DET|PRON)$/.test(tokens[k - 1]?.pos ?? "") && k > 0 && tokens[k - 1].start >= end));
  return i < 0 ? "other" : firstFiniteTense(tokens, tokens[i].start);
}

type Paragraphed = { sentence?: { paragraph: number } };
const paragraphOf = (s: unknown) => (s as Paragraphed).sentence?.paragraph;

// How far back a frame reaches: a narrative keeps its setting for the paragraph's next sentences; a
// general claim is scoped by a frame only close before it.
const NARRATIVE_REACH = 3;
const GENERAL_REACH = 2;

/** The frame edit for one sentence, whatever the switch says (the op below honours it). */
export function inheritedFrame(s: Parameters<Op>[0], ctx: Context): OpResult {
  const out = none();
  const para = paragraphOf(s);
  if (para === undefined) return out;
  const text = s.text;
  // A sentence with a frame, a date, a turn or a scope of its own keeps it; a quotation is someone's words.
  if (OWN_OPENER.test(text) || OWN_LEAD.test(text) || YEAR_OR_MONTH.test(text) || OWN_SCOPE.test(text) || /^["“'‘(]/.test(text)) return out;
  // The author's or reader's own voice ("We learn from …", "You will see …") is no scoped claim.
  if (/^(?:We|I|You|One)\b/.test(text)) return out;
  // A question or an exclamation ("How many hands are needed …!") is no claim to scope.
  if (/^(?:How|What|Why|Which|Who|Whom|Whose)\b/.test(text) || /[?!]["”’']?$/.test(text.trim())) return out;
  // An imperative ("Lighten any check, …") is an instruction, not a claim the frame scopes.
  if (s.tokens[0]?.pos === "VERB" && s.tokens[0].lower === s.tokens[0].lemma) return out;
  const same = ctx.prev.filter((p) => paragraphOf(p) === para);
  // The nearest earlier sentence of the paragraph that sets a frame; any sentence between that sets
  // its own frame, date or turn ends the inheritance (never two frames).
  let source: (typeof same)[number] | undefined, found: { frame: string; end: number } | null = null, distance = 0;
  for (let k = same.length - 1; k >= 0; k--) {
    const p = same[k];
    // A frame this op lent to an earlier sentence is not set there: read on to where it was set.
    if (p.context?.edits.some((e) => e.op === "frame")) continue;
    found = leadingFrame(p.text, p.tokens);
    if (found) { source = p; distance = same.length - k; break; }
    if (OWN_OPENER.test(p.text) || YEAR_OR_MONTH.test(p.text) || CONNECTIVE.test(p.text) && OWN_OPENER.test(p.text.replace(CONNECTIVE, ""))) return out;
  }
  if (!source || !found) return out;
  const f = found.frame.charAt(0).toUpperCase() + found.frame.slice(1);
  // A frame that names a place, people or person, on a sentence that names its own, may contradict
  // it ("Among the Vessar, the Orran code made …"): the sentence's own words win.
  const named = (t: string) => t.split(/\s+/).slice(1).some((w) => CAPITALISED_INITIAL.test(w));
  if (named(f) && named(text.replace(/^\S+\s*/, "x "))) return out;
  // Already said on the card.
  const content = f.split(/\s+/).slice(1).filter((w) => /^\p{L}{4,}/u.test(w)).map((w) => w.toLowerCase().replace(/[^\p{L}]+$/u, ""));
  if (content.some((w) => text.toLowerCase().includes(w))) return out;
  const sourceTense = tenseAfterFrame(source.tokens, found.end);
  const tense = firstFiniteTense(s.tokens, 0);
  const narrative = sourceTense === "past" && tense === "past" && distance <= NARRATIVE_REACH;
  const general = sourceTense === "present" && tense === "present" && distance <= GENERAL_REACH;
  if (!narrative && !general) return out;
  const first = s.tokens[0];
  if (!first) return out;
  // A name (an entity, or a proper noun followed by another capitalised word) or "I" keeps its
  // capital; any other first word is lower-cased after the frame (the tagger reads many
  // sentence-initial capitals as proper nouns).
  const capitalisedBefore = !first.stop && ctx.recent.some((p) => p.tokens.slice(1).some((t) => t.text === first.text));
  const isName = capitalisedBefore || s.entities.some((e) => e.start === 0 && (e.b - e.a > 1 || ["person", "place", "org", "group"].includes(e.kind))) || (first.pos === "PROPN" && UPPER_INITIAL.test(s.tokens[1]?.text ?? ""));
  const keepsCase = isName || first.text === "I" || !UPPER_INITIAL.test(first.text);
  if (keepsCase) out.edits.push({ start: 0, end: 0, text: `${f}, `, op: "frame" });
  else out.edits.push({ start: 0, end: 1, text: `${f}, ${text.charAt(0).toLowerCase()}`, op: "frame" });
  return out;
}

export const frame: Op = (s, ctx) => (FRAME_INHERITANCE ? inheritedFrame(s, ctx) : none());
