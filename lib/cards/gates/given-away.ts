// Session 19 (genfix19a): four defects the blind raters of the 19a set named, each a rule of English
// prose rather than of any book. Switch: LECTERN_GIVEN_AWAY ("0" restores the old output).
//  1. A day of the month with no month ("on the 9th", "the night of the 21st"): the card cannot say
//     when. The decontext date op (../decontext/dates) never writes a month in for a bare "the 9th";
//     such a card is refused here (training labels: 8 rejects, no accept).
//  2. A blank whose answer the sentence repeats outside it ("east of a {{TROUGH}} … after the TROUGH"), or a
//     quantity whose other unit follows it ("{{9 metres}} per second or 20 miles an hour"): the card
//     gives its own answer away. A single capitalised name is left alone: a sentence that sets two
//     people against each other names each twice, and raters accepted those blanks.
//  3. A stock connective or vague comparison as the blank ("is {{as follows}}", "{{about the same in
//     width}} as"): a link of the text, nothing to recall.
//  4. A bare count as the predicate ("Salt and frost are {{two agents}}"): the things counted are the point.
//  5. Words that point out of the card (blind raters: "needs the chapter"): "to do so", a signpost ("We
//     shall now …"), "That is the …", a numbered label ("type 4"), "both cases" / "the first instance",
//     and a subject pronoun after an opening phrase ("By a sort of X, in short, it keeps …"), which
//     the standalone gate's leading-pronoun rule reads past only one comma.
// The sentence's other spans still compete for its card.
import { HAS_UPPER } from "@/lib/cards/letters";
import type { Gate } from "./types";
import { shown } from "./types";
import { envSwitch, processEnv, type Env } from "../switch";
import { escapeRegExp } from "../text";
import { MONTH_OR_ABBREVIATION } from "@/lib/language/months";

// A unit word must stand between the first number and "or": "5 or 6 miles" is a range, not a conversion.
const TWICE = /^\d[\d,.]*\s*(?!(?:or|to|and)\b)\p{L}[^]*?\bor\s+(?:about\s+|some\s+|nearly\s+)?\d/u;
/** Whether the blank holds a quantity and its conversion ("9 metres per second or 20 miles an hour"). */
export const quantityTwice = (answer: string): boolean => TWICE.test(answer.trim());

export const givenAwaySwitch = (env: Env): boolean => envSwitch(env, "LECTERN_GIVEN_AWAY", true);
export const GIVEN_AWAY = { on: givenAwaySwitch(processEnv()) };

// An ordinal day after a preposition of time, not an ordinal that numbers a thing ("the 14th
// Amendment", "the 7th regiment", "the 15th century", "from the 3rd to the 5th century", "the 3rd Earl").
const ORDINAL_HEADS = "earl|earls|duke|dukes|baron|baronet|king|kings|queen|count|countess|duchess|marquis|marquess|viscount|lord|prince|princess|pope|emperor|sultan|century|centuries|amendment|regiment|division|corps|army|street|avenue|dynasty|brigade|infantry|cavalry|artillery|battalion|congress|parliament|legion|hussars|dragoons|foot|psalm|chapter|book|article|section|verse|edition|year|birthday|anniversary|time|place|floor|grade|degree|part|volume|order|rank|power";
const BARE_DAY = new RegExp(String.raw`\b(?:on|by|until|till|from|since|before|after|to|of|and|or|between)\s+the\s+\d{1,2}(?:st|nd|rd|th)\b(?![\s-]+(?:(?:to|and|or)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)[\s-]+)?(?:\p{L}+\s+)?(?:${ORDINAL_HEADS})\b)`, "iu");
const MONTH = new RegExp(String.raw`\b${MONTH_OR_ABBREVIATION}\b\.?`);
// "inst." and "ult." (this month, last month) anchor a day in letters; so does a weekday-and-date list.
const MONTH_WORD = /\b(?:inst|ult|prox)\b\.?|\bof (?:this|that|the same|last|next) month\b/i;

/** Whether the text names a day of the month ("on the 9th") and nowhere says which month. */
export function bareDayOfMonth(text: string): boolean {
  return BARE_DAY.test(text) && !MONTH.test(text) && !MONTH_WORD.test(text);
}

const STOCK_LINK = /^(?:as follows|the following|as (?:below|under)|in (?:the|this|that|like|the same) (?:way|manner|fashion)|(?:about|nearly|almost|much|very nearly|just) the same(?: in \p{L}+)?|the same(?: in \p{L}+)?)$/iu;

/** Whether a blank is only a stock link or vague comparison ("as follows", "about the same in width"). */
export const stockLink = (answer: string): boolean => STOCK_LINK.test(answer.replace(/^[\s,;:.]+|[\s,;:.]+$/g, ""));

const COUNT = /^(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+\p{Ll}+s$/u;
const BE_BEFORE = /\b(?:are|were)\s+$/i;

/** Whether a blank is a bare count of things right after "are"/"were" ("Salt and frost are {{two agents}}"). */
export const bareCount = (before: string, answer: string): boolean => COUNT.test(answer.trim()) && BE_BEFORE.test(before);

const NAME = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;
const CONTENT = /\p{L}{2,}|\d/u;

/** Whether the sentence, outside the blank, repeats the blank's answer (case kept unless the answer is lower-case). */
export function answerRepeated(before: string, answer: string, after: string): boolean {
  const a = answer.trim().replace(/[\s,;:.]+$/, "");
  if (!CONTENT.test(a) || NAME.test(a) || a.split(/\s+/).length > 4) return false;
  const flags = HAS_UPPER.test(a) ? "u" : "iu";
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}-])${escapeRegExp(a)}(?![\p{L}\p{N}-])`, flags);
  return re.test(before) || re.test(after);
}

const NUMBER_START = /^\d/;
// "{{9 metres}} per second or 20 miles an hour", "{{40 miles}} (64 km)".
// The "or" follows the blank directly (after an optional "per X" and comma): "{{12 days}} … and cost 3 or
// 4 lives" counts another thing.
const OTHER_UNIT = /^(?:\s*(?:per|a|an)\s+\p{L}+)?\s*,?\s*or\s+(?:about\s+|some\s+|nearly\s+)?\d|^[^.;:]{0,30}?\(\s*\d[\d,.]*\s*\p{L}/u;

/** Whether a quantity blank is followed by the same quantity in another unit. */
export const otherUnitFollows = (answer: string, after: string): boolean => NUMBER_START.test(answer.trim()) && OTHER_UNIT.test(after);

// ("do so much", "did so well": "so" as an intensifier is no pro-form; the pro-form ends its clause.)
const DO_SO = /\b(?:do|does|did|doing|done)\s+so(?=\s*(?:[.,;:!?)\u2014\u2013-]|$)|\s+(?:and|but|or|because|when|if|unless|until|for|in|at|by|without|with|again|too|now|then|before|after|only|freely|willingly|gladly)\b)/i;
const SIGNPOST = /^(?:(?:We|I)\s+(?:shall|will|must|may|can)\s+(?:now|next|then)\b|Let\s+us\s+(?:now|next|then)\b|We\s+(?:now|next)\s+(?:come|turn|pass)\b)/;
const THAT_IS = /^(?:That|This)\s+(?:is|was)\s+(?:the|a|an|why|how|what)\b/;
// "What that man said of rivers …": a person the chapter pointed at ("the tolls that man could bear" is a relative "that").
const THAT_MAN = /(?:^|\b(?:what|of|by|to|with|for|as|when)\s+)(?:that|this)\s+(?:man|woman|writer|author|fellow|gentleman|lady)\b/i;
// A label standing alone ("What is class 4?"), not one naming a thing ("type 2 diabetes").
const NUMBERED_LABEL = /\b(?:type|class)\s+\d+\b(?!\s+\p{Ll}{3,})/iu;
const CASES = /\b(?:(?:both|either)\s+cases|the\s+(?:first|second|former|latter)\s+(?:case|instance))\b/i;
// An opening adverbial (a preposition or linking adverb) and then, after one or more commas, a subject
// pronoun; an expletive "it is / it was …" is no reference and is left alone. Not a clause opened by a
// subordinator (When, If, Since, As, Although, Because, While, After, Before, Once, Unless, Though,
// Whenever, Where): its antecedent is often inside it ("When water is heated, it expands").
const OPENER = "In|On|At|By|With|Near|For|From|Thus|Yet|But|And|So|Then|Now|Here|There|Indeed|However|Moreover|Still|Without|Under|Through|During|Upon|To|Being|Having|Besides|Again|Hence|Therefore|Nevertheless|Accordingly|Meanwhile|Finally|Perhaps|Of|Like|Unlike|Instead|Even|Only|Against|Among|Between|Within|Beyond|Above|Below|Over|Whatever";
const INTRO_PRONOUN = new RegExp(String.raw`^(?:${OPENER})\b[^;]*?, (?:[^,;]{1,60}, ){0,4}(?:he|she|they|it(?!\s+(?:is|was|were|would|will|seems|seemed|may|might|must|can|could|has|had|becomes|became|appears|appeared|follows|remains|happens|happened)\b)) \p{Ll}`, "u");
const NAME_INSIDE = /(?<=\s)\p{Lu}\p{Ll}+/u;

/** Whether the sentence opens on an adverbial and then a subject pronoun with no name before it. */
export function pronounAfterOpener(text: string): boolean {
  const m = INTRO_PRONOUN.exec(text);
  return !!m && !NAME_INSIDE.test(text.slice(0, m[0].length));
}

/** Why the card's words point out of it, or null. */
export function pointsOut(text: string, cloze: boolean): string | null {
  if (DO_SO.test(text)) return "'do so' with nothing on the card to say what";
  if (SIGNPOST.test(text)) return "a signpost of the book's own order";
  if (THAT_IS.test(text)) return "opens on 'that is' pointing back";
  if (THAT_MAN.test(text)) return "'that man' with nobody named";
  if (NUMBERED_LABEL.test(text)) return "a numbered label only the chapter defines";
  if (CASES.test(text)) return "'both cases' / 'the first instance' point back";
  if (cloze && pronounAfterOpener(text)) return "a subject pronoun after an opening phrase, with no name before it";
  return null;
}

export const givenAway: Gate = (c, a) => {
  if (!GIVEN_AWAY.on) return null;
  const text = `${shown(c)}${c.kind === "qa" ? ` ${c.back}` : ""}`;
  // (The source sentence too: a clause cut from "X was taken, and on the 21st …" is still
  // an episode of an undated day.)
  if (bareDayOfMonth(text) || bareDayOfMonth(a.sentences[c.sentence]?.text ?? "")) return "a day of the month with no month";
  const out = pointsOut(text, c.kind === "cloze");
  if (out) return out;
  if (c.kind !== "cloze" || !c.answer) return null;
  const s = a.sentences[c.sentence];
  if (!s) return null;
  // What the card shows around its blank (a clause cloze shows only part of the sentence: a word
  // repeated in the part it leaves out gives nothing away).
  const m = /\{\{c\d+::(.*?)\}\}/.exec(c.front);
  const answer = s.text.slice(c.answer.start, c.answer.end);
  const before = m ? c.front.slice(0, m.index) : s.text.slice(0, c.answer.start);
  const after = m ? c.front.slice(m.index + m[0].length) : s.text.slice(c.answer.end);
  if (stockLink(answer)) return "a stock link phrase as the blank";
  if (bareCount(before, answer)) return "a bare count as the blank";
  if (answerRepeated(before, answer, after)) return "the sentence repeats the answer outside the blank";
  if (otherUnitFollows(answer, after)) return "the quantity's other unit follows the blank";
  if (quantityTwice(answer)) return "the blank gives one quantity in two units";
  return null;
};
