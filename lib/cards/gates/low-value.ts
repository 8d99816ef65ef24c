// Sentences a strict instructor would not turn into a card at all: questions and exclamations
// (rhetoric), quotations with no speaker named on the card, hedged lines, and sentences too long
// to be one fact (a cloze of a sentence over 60 words asks the student to reread a paragraph; 60
// words pass. Over 40 before session 22, and with LONG_SENTENCE22 off).
import type { Analysis } from "../analyse";
import type { Gate } from "./types";
import { visible } from "./referring";
import { loneActorBeat } from "./lone-actor";
import { tokensInSpan } from "../text";
import { RATER_DEFECTS } from "./rater-defects-switch";
import { LONG_SENTENCE22 } from "./long-sentence-switch";
import { opinionOnly, shownTokens } from "./opinion-only";

const QUOTE = /[“"]([^”"]{12,})[”"]/;
const SPEECH = /\b(?:said|says|say|wrote|writes|write|declared|declares|asked|asks|replied|replies|remarked|called|termed|named|known as|exclaimed|cried|insisted|argued|added|told|renamed|name to|title)\b/i;
const HEDGE = /^(?:Perhaps|Possibly|Maybe|It may be|It might be|It would seem|One might|One may|It is (?:quite |very |just |barely )?(?:possible|conceivable|probable|likely) that|It is not (?:so |quite |altogether |absolutely |wholly )*(?:impossible|inconceivable|improbable|unlikely)\b|The possibility (?:presents|suggests|offers) itself)\b/;
// A bracket that makes the statement hold only if its source is right ("(if the clerk's tally is
// correct)", "(if the story can be trusted)"): the card would teach a figure its own text doubts.
// (genfix19) An unreal condition the author poses to the reader: "If we could sum up all that the
// town owes to its founders, the story would be a long one indeed." A wish or a figure of speech, not a fact.
// (fixg19) Not "should" or "might": "If you should visit the mill, you would find …" is an open
// condition that states what is there. And not a consequent with a figure or a measure ("If one were
// to sink a well at the quarry, one would find water at forty feet"): a hypothetical that teaches a fact.
const COUNTERFACTUAL = /^(?:(?:But|And|Yet)\s+)?If\s+(?:we|one|I|you)\s+(?:could|were\s+to)\b[^.;]*,\s*([^;]*\bwould\b[^;]*)/;
const FIGURE_OR_MEASURE = /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?|half|twice|thrice|feet|foot|inch(?:es)?|yards?|miles?|fathoms?|leagues?|acres?|pounds?|ounces?|tons?|gallons?|bushels?|degrees?|per\s*cent|percent|metres?|meters?|kilometres?|kilometers?|grams?|kilograms?|litres?|liters?)\b/i;
const unrealCondition = (text: string): boolean => {
  const m = COUNTERFACTUAL.exec(text);
  return !!m && !FIGURE_OR_MEASURE.test(m[1]);
};
const BRACKET_HEDGE = /\((?:if|assuming|supposing|provided)\s[^()]{2,60}\b(?:correct|true|right|accurate|exact|trusted|reliable|believed)\)/i;
// A step of the author's exposition addressed to the reader ("Let us now …", "Consider …", "Take
// next …"): a transition or an instruction, not a fact.
const TO_READER = /^(?:(?:But|And|Now|So|Then|First|Next|Again)\b,?\s+)?(?:Let\s+(?:us|me)|Consider|Take|Note|Observe|Suppose|Imagine|Notice|Remember|Recall|Compare|Look\s+at)\b/;
// "The winter weeks of {{1890}} were quiet": a sentence about a stretch of time sets the scene;
// its date is no event's date. "When did two incidents occur?": an event that is not named.
const TIME_HEAD = /^(?:year|month|summer|winter|spring|autumn|season|week|day|decade|period)$/;
const VAGUE_EVENT = /^When (?:did|do|does) (?:(?:the|a|an|two|three|some|several|other|many|these|those)\s+)?(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+ (?:occur|happen|take place|arise|follow)\?$/u;
// "Who was Orla? → Vance's groom": a person the chapter names in one sentence only, identified
// only through someone else, is a minor figure; what the sentence says happened to them is the point.
const RELATIVE_ROLE = /^(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['’]s?\s+\p{Ll}/u;
export const MAX_WORDS = 40;
// (cover22) The cap with LONG_SENTENCE22 on. The strict raters' verdicts on the 40 labelled clozes of
// 41–60+ words of the training books name the blank or a referent (not-standalone 14, trivial blank 17,
// duplicate 2, garbled 2, not worth learning 2), never the length: those have gates of their own.
export const LONG_MAX_WORDS = 60;
// "Our statistics are at fault" made generic ("One's statistics are {{at fault}}"): the author's
// "our" judged by adjectives ("vague and crude") or a prepositional verdict ("at fault") is a
// verdict on the author's own age or work, which "one's" does not carry; a predicate with a noun
// ("One's virtues are {{habits}} …", "{{second nature}}") is a general claim.
const OWN_VERDICT_OPEN = /^One['’]s\s/;
// Question types a strict rater has (almost) never published as generated, on the train books'
// labels: "How …?" 0 of 11, section gist 1 of 18. They stay candidates (an LLM or a later generator
// may do better) but are not shown until their templates earn it.
const UNPUBLISHED_TYPES = new Set(["mechanism", "gist"]);

// Whether at most one of the chapter's sentences contains a text, per chapter and text: the same
// name is asked about by several cards, and a scan of every sentence per card made one long
// chapter quadratic.
const mentionedOnce = new WeakMap<Analysis, Map<string, boolean>>();
function atMostOneSentenceHas(a: Analysis, text: string): boolean {
  let byText = mentionedOnce.get(a);
  if (!byText) mentionedOnce.set(a, (byText = new Map()));
  let once = byText.get(text);
  if (once === undefined) {
    let n = 0;
    for (const x of a.sentences) if (x.text.includes(text) && ++n > 1) break;
    byText.set(text, (once = n <= 1));
  }
  return once;
}

export const lowValue: Gate = (c, a) => {
  if (UNPUBLISHED_TYPES.has(c.type)) return `${c.type} cards are not yet publishable`;
  const s = a.sentences[c.sentence];
  // A cloze is judged on what it shows: a clause cut from a long sentence is its own statement.
  const text = (c.kind === "cloze" ? visible(c) : s.text).trim();
  if (/\?["”’)]*$/.test(text)) return "a question in the text";
  if (/!["”’)]*$/.test(text)) return "an exclamation";
  if (HEDGE.test(text) || BRACKET_HEDGE.test(text)) return "a hedge";
  // "Let us give the name of X to Y" is the author's definition of a term, not a step of the exposition.
  if (TO_READER.test(text) && c.type !== "definition") return "addressed to the reader";
  // (genfix19) "The new fountain is charming, but a little tedious": taste, no fact (./opinion-only).
  if (RATER_DEFECTS.on && opinionOnly(shownTokens(s, text))) return "an opinion only";
  if (RATER_DEFECTS.on && unrealCondition(text)) return "an unreal condition";
  if (c.answerKind === "date" && s.clause) {
    const subject = s.tokens.filter((t) => t.start >= s.clause!.subject.start && t.end <= s.clause!.subject.end);
    if (TIME_HEAD.test(subject.find((t) => t.pos === "NOUN")?.lemma ?? "")) return "a stretch of time that sets the scene";
  }
  if (VAGUE_EVENT.test(c.front)) return "an event that is not named";
  if (loneActorBeat(c, a)) return "a story beat with one actor and no occasion";
  if (c.kind === "cloze" && c.answer && OWN_VERDICT_OPEN.test(c.front) && /\b(?:[Oo]ur|[Mm]y)\b/.test(s.text)) {
    const inside = tokensInSpan(s.tokens, c.answer!).filter((t) => !/^(?:the|a|an|more|most|still|very|quite)$/i.test(t.text));
    // An adjective that heads the predicate, not one before its noun ("second {{nature}}").
    const verdict = inside[0]?.pos === "ADP" || (/^(?:ADJ|ADV)$/.test(inside[0]?.pos ?? "") && !/^(?:NOUN|PROPN|ADJ)$/.test(inside[1]?.pos ?? ""));
    if (verdict) return "the author's own verdict made generic";
  }
  const who = /^Who (?:was|is) (.+)\?$/.exec(c.front);
  if (c.type === "definition" && who && RELATIVE_ROLE.test(c.back) && atMostOneSentenceHas(a, who[1])) return "a minor figure's identity";
  const words = text.split(/\s+/).length;
  if (c.kind === "cloze" && c.type === "cloze" && words > (LONG_SENTENCE22.on ? LONG_MAX_WORDS : MAX_WORDS)) return "sentence too long for one fact";
  const q = QUOTE.exec(visible(c));
  if (q && q[1].split(/\s+/).length >= 4 && !SPEECH.test(visible(c)) && !s.entities.some((e) => e.kind === "person")) return "quotation with no speaker";
  return null;
};
