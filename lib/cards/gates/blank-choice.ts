// What is blanked must be the informative span of the sentence, not a trivial or partial one:
// - never the chapter's dominant topic (the biography's subject, the candle in a lecture on candles):
//   a student answers it without knowing anything;
// - never one item picked out of a list ("A, B, {{C}} and D"): the rest of the list gives no clue
//   and the item alone is rarely the point;
// - never an adjective + noun piece ("a {{steady glow}} of …") the chapter neither defines
//   nor repeats, while the sentence's claim stays visible.
import { isSpeaker } from "../spans/report";
import { spreadNouns } from "../spans/spread";
import { isPointBlank, MEASURE, pointSpan, isChosenPoint } from "../spans/point";
import type { Analysis } from "../analyse";
import { shown, type Gate } from "./types";
import type { Candidate } from "../candidates";
import { listItem } from "../spans/list";
import { topicWords } from "../spans/topic";
import { isTopicAlias } from "../spans/aliases";
import { isActorSpan } from "../spans/actors";
import { scoreOf } from "../spans/model";
import { isChosen } from "../spans/choice";
import type { SpanKind } from "../spans/enumerate";
import { givenAway, isChapterSubject, pairMember, phraseUses, subjectHeadOnly, vagueQuantity } from "../spans/weak-blank";
import { isEnglishWord, rarity } from "../rank/frequency";
import { bigramCounts, informativeBlank, namesInside, RARE } from "./informative-blank";
import { isKeyTermBlank } from "../spans/key-terms";
import { TRIVIAL_BLANK, trivialBlank } from "../spans/trivial-blank";
import { tokensInSpan } from "../text";
import { MISPLACED_BLANK, misplacedBlank } from "../spans/misplaced-blank";
import { CONSTITUENT, cutConstituent } from "../spans/constituent";

// A blank that is the object of a preposition of circumstance ("through {{X}}", "among {{X}}",
// "in {{a place}}"): an adjunct, rarely what the sentence asserts. Train labels: 0 accepted,
// 2 edited, 16 rejected among candidates that passed every other gate. "by", "of", "into", "on",
// "to" and "as" are left alone: there the object is often the claim ("written by X", "known as X").
const ADJUNCT_PREP = /^(?:through|throughout|than|with|without|among|amongst|between|for|from|before|after|during|across|near|within|beyond|against|around|beneath|beside|behind|towards?)$/;
const PLACE_PREP = /^(?:in|at)$/;
// The lowest span-model score a cloze's blank may have (chosen leave-one-book-out on train books).
export const MIN_SPAN_SCORE = 0.25;
// Compiled once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp(…)`, which a function
// body would rebuild on every call, and these run once per span or candidate.
const LETTER = /\p{L}/u;

const spanKind = (k: Candidate["answerKind"]): SpanKind => (k === "phrase" || k === "clause" || k === "list" ? "term" : k);

/** The preposition governing the blank (past determiners, adjectives and numbers), or null. */
// A verb of composition before "of": its of-phrase is its complement ("is composed of two gases").
const COMPOSITION_OF = /\b(?:composed|consisting|consists?|made up|compounded) of\s+$/i;

function governingPrep(s: Analysis["sentences"][number], start: number): string | null {
  let j = s.tokens.findIndex((t) => t.start >= start) - 1;
  while (j >= 0 && /^(?:DET|ADJ|NUM)$/.test(s.tokens[j].pos)) j--;
  return j >= 0 && s.tokens[j].pos === "ADP" ? s.tokens[j].lower : null;
}

export { listItem, topicWords };

/** The blank lies inside the clause's subject and is a description or a common word: no name, no defined term, not one rare word. */
function commonSubject(c: Candidate, s: Analysis["sentences"][number], a: Analysis): boolean {
  const sub = s.clause?.subject;
  if (!sub || !c.answer || c.answer.start < sub.start || c.answer.end > sub.end) return false;
  if (!["term", "phrase"].includes(c.answerKind)) return false;
  const content = tokensInSpan(s.tokens, c.answer!).filter((t) => !t.stop && LETTER.test(t.text));
  if (!content.length || content.some((t) => t.pos === "PROPN" && c.answer!.start > 0)) return false;
  if (a.defined.has(content.map((t) => t.lower).join(" "))) return false;
  // One rare word is a term the sentence may well be defining ("{{Despotism}} is a legitimate mode …"):
  // strict raters accept those; a longer description or a common word they edit onto the point.
  return content.length >= 2 || rarity(content[0].lower) < RARE;
}

const blankable = new WeakMap<Analysis["sentences"][number], boolean>();
/** The sentence's point (spans/point) passes the blank gates as a cloze of its own. */
function pointBlankable(s: Analysis["sentences"][number], a: Analysis): boolean {
  let ok = blankable.get(s);
  if (ok === undefined) {
    const p = pointSpan(s);
    const cand: Candidate | null = p && { kind: "cloze", type: "cloze", front: "", back: s.text.slice(p.start, p.end), sentence: s.sentence.id, extra: [], answer: p, answerKind: "term" };
    ok = !!cand && !informativeBlank(cand, a) && !blankChoice(cand, a);
    blankable.set(s, ok);
  }
  return ok;
}

/**
 * The answer is given away by what the card shows: a cloze's own text around the blank (a clause
 * cloze shows one clause of the sentence, not the rest), a question's words. A repeat elsewhere in
 * the sentence that the card does not show gives nothing away.
 */
export function givenOnCard(c: Candidate): boolean {
  if (c.kind === "qa") return givenAway(`${c.front} ${c.back}`, c.front.length + 1, c.front.length + 1 + c.back.length);
  const m = /\{\{c\d+::(.*?)\}\}/.exec(c.front);
  if (!m) return false;
  return givenAway(shown(c), m.index, m.index + m[1].length);
}

// As a gate over every candidate, a span the choice model took in an admitted sentence
// (../spans/choice, marked by candidates/cloze when the choice is not held to the floor) is exempt
// from the floor: the sentence was admitted already.
export const blankChoice: Gate = (c, a) => blankChoiceWith(c, a, true, true);

/**
 * The checks; `floor` false leaves out the span model's score floor, `exemptChosen` leaves it out
 * for spans the choice model took (candidates/cloze admits with neither: its decisions must not
 * depend on an earlier call's choices).
 */
export function blankChoiceWith(c: Candidate, a: Analysis, floor: boolean, exemptChosen = false): string | null {
  if (!c.answer || c.answerKind === "clause" || c.type === "gist" || c.type === "enumeration") return null;
  // The course or quality an author keeps against another on the card (lib/cards/conclusions) is the
  // claim's point by construction: the checks below on where a blank sits do not apply to it.
  if (isChosenPoint(c, a)) return null;
  const s = a.sentences[c.sentence];
  const inside = tokensInSpan(s.tokens, c.answer!).filter((t) => LETTER.test(t.text));
  // "({{1890}})": a date or number in brackets is a detail of the sentence, not its claim.
  if (c.kind === "cloze" && (c.answerKind === "date" || c.answerKind === "number") && /\(\s*$/.test(s.text.slice(0, c.answer.start)) && /^\s*\)/.test(s.text.slice(c.answer.end))) return "an aside in brackets";
  if (!inside.length) return null;
  const head = inside.at(-1)!;
  const topic = topicWords(a);
  // A name is the topic when its last word is ("Orlen {{Vance}}" and "{{Vance}}" alike); a term only
  // when nothing but the topic word and its modifiers is blanked ("a {{wax candle}}" says more).
  // A one-word capitalised plural of the topic noun ("{{Lamps}} cannot …" at a sentence start) is it too.
  const named = ["person", "place", "org", "group", "name"].includes(c.answerKind);
  if (named ? topic.has(head.lower) || isTopicAlias(a, s.text.slice(c.answer.start, c.answer.end)) || (inside.length === 1 && topic.has(head.lower.replace(/s$/, ""))) : inside.every((t) => t.stop || topic.has(t.lower) || topic.has(t.lemma) || t.pos === "DET" || t.pos === "ADJ")) return "the chapter's own topic";
  // The chapter's recurring actors by rank, office or people ("the {{monarch}}", "{{invaders}}",
  // ../spans/actors): strict labels of such blanks on train books 0 accept / 0 edit / 7 reject.
  if (isActorSpan(a, s.tokens, c.answer.start, c.answer.end)) return "the chapter's own actors";
  // Every noun of the blank runs through the chapter (../spans/spread: most of its stretches use it):
  // "the {{inductive principle}}" in a chapter on induction. Strict labels of such clozes on train
  // books: 1 accept / 15 edit / 46 reject, nine books.
  if (c.kind === "cloze") {
    const nouns = inside.filter((t) => !t.stop && /^(?:NOUN|PROPN)$/.test(t.pos));
    const running = spreadNouns(a);
    // (A measure of the subject, "the {{number of the species}}", is a quantity to learn, not the subject.)
    if (nouns.length && nouns.every((t) => running.has(t.lemma.toLowerCase())) && !MEASURE.test(nouns[0].lower)) return "the chapter's own topic (its nouns run through the chapter)";
  }
  if (c.kind === "cloze" && listItem(s.text, c.answer.start, c.answer.end)) return "one item of a list";
  // "As {{X}} says, '…'", "{{X}}'s clerk says that …": who said it is not the point, what was said is
  // (../spans/report; the cloze of the same sentence blanks the idea instead).
  if (isSpeaker(s, c.answer.start, c.answer.end)) return "the speaker of a reported idea, not the idea";
  // The three wrong blanks strict raters name most across books (./spans/weak-blank): a word the
  // rest of the sentence repeats, one name of a pair, a quantity or degree instead of a term; and a
  // phrase the chapter keeps using, its subject.
  if (givenOnCard(c)) return "given away by the rest of the sentence";
  if (c.kind === "cloze" && pairMember(s.text, c.answer.start, c.answer.end)) return "one name of a pair";
  // Half a coordination or a compound, one common word with a capital (../spans/trivial-blank): the
  // cloze moves to the sentence's next span that passes, or the sentence has none.
  const trivial = c.kind === "cloze" && TRIVIAL_BLANK.on ? trivialBlank(s, a, c.answer.start, c.answer.end) : null;
  if (trivial) return trivial;
  // A blank on the wrong span of a sentence worth a card (../spans/misplaced-blank): an aside in
  // brackets, a function word, part of a number, one item of a determined list, a cut coordination.
  const misplaced = c.kind === "cloze" && MISPLACED_BLANK.on ? misplacedBlank(s, c.answer.start, c.answer.end) : null;
  if (misplaced) return misplaced;
  const word = s.text.slice(c.answer.start, c.answer.end);
  if (c.kind === "cloze" && subjectHeadOnly(s.text, c.answer.start, c.answer.end) && isEnglishWord(word) && !namesInside(a).has(word)) return "only the head word of the subject";
  if (c.answerKind === "term" && vagueQuantity(s.text.slice(c.answer.start, c.answer.end))) return "a quantity or degree, not a term";
  if (c.answerKind === "term" && isChapterSubject(phraseUses(inside.map((t) => t.lower), bigramCounts(a)), a.sentences.length)) return "the chapter's own topic (a phrase the chapter keeps using)";
  // The point of a present-tense claim (spans/point) is often said in common words: the checks on
  // how a span is worded below do not apply to it.
  const point = c.kind === "cloze" && isPointBlank(c, a);
  // End focus: the subject of a clause is what it is about (given), the predicate what it says
  // (new). A subject described in words ("the {{first fruits of the revival}} were …") or one common
  // word ("{{Ownership}} was far more costly …") is answered by many things; when the sentence's
  // point can be blanked, that is the cloze.
  if (c.kind === "cloze" && !point && commonSubject(c, s, a) && pointBlankable(s, a)) return "the subject described in words, while the point can be blanked";
  if (c.kind === "cloze") {
    // "after {{Name}}'s death": a possessor named in passing, when it is not what the sentence is about.
    const subject = s.clause?.subject;
    // Only a possessor that opens the subject is what the sentence is about ("{{X}}'s treatise shows …");
    // one further in ("the tomb holding {{X}}'s body") is a detail of it.
    const opensSubject = c.answer.start === 0 || (subject && c.answer.start === subject.start);
    if (named && /^['’]s\b/.test(s.text.slice(c.answer.end)) && !opensSubject) return "a possessor named in passing";
    // "the last {{thirty centuries}}": a span of time without its event is half a date.
    if (c.answerKind === "term" && /^(?:century|centuries|year|years|month|months|day|days|week|weeks|decade|decades|age|ages)$/.test(head.lower)) return "a span of time without its event";
    const prep = governingPrep(s, c.answer.start);
    // (A name after "in"/"at" is a place whatever type the tagger gave it, "weavers in {{Carlow}}":
    // English puts no person there, bar a possessive, "in {{X}}'s view".)
    const placed = c.answerKind === "place" || c.answerKind === "name";
    if (prep && (ADJUNCT_PREP.test(prep) || (PLACE_PREP.test(prep) && placed))) return "the object of an adjunct phrase, not the claim";
    // "… derided the opinions of {{X}}": after a main verb that is not "be", an of-phrase modifies the
    // verb's object; what is asserted is the object, not whose it is.
    // Without a parsed clause, the first finite verb (not a participle) stands for the main one.
    const verb = s.clause ? s.tokens[s.clause.verb] : s.tokens.find((t) => t.pos === "VERB" && !/(?:ing|ed)$/.test(t.lower));
    // ("composed of X", "consists of X": the of-phrase is what the verb says, the point, not a possessor.)
    if (prep === "of" && verb && verb.lemma !== "be" && c.answer.start > verb.start && !point && !COMPOSITION_OF.test(s.text.slice(0, c.answer.start))) return "the object of an of-phrase after the main verb";
  }
  if (c.answerKind === "term" && inside[0].pos === "ADJ" && inside.length >= 2 && !point) {
    const phrase = inside.map((t) => t.lower).join(" ");
    // Its last two words stand for the phrase: counted once per chapter, so the check stays linear.
    const recurs = (bigramCounts(a).get(`${inside.at(-2)!.lower} ${head.lower}`) ?? 0) >= 2;
    if (!recurs && !a.defined.has(phrase)) return "adjective + noun piece, neither defined nor repeated";
  }
  // A blank that is not a whole constituent (../spans/constituent): a noun phrase cut before its
  // complement or run into a predicate, half a comparative, the end of a name. Checked after every
  // other check and before the score floor, so that candidates/cloze can put the whole constituent
  // in its place when nothing else was wrong with the blank.
  const cut = c.kind === "cloze" && CONSTITUENT.on ? cutConstituent(s, c.answer.start, c.answer.end) : null;
  if (cut) return cut;
  // The span model's verdict: a blank it rates unlikely to be accepted is not offered at all (the
  // admission model's score, ../spans/choice; a span the choice model took in an admitted sentence
  // is exempt when the choice is not held to the floor).
  // A key term of the chapter in a general claim (../spans/key-terms) is exempt too: the model was
  // fitted when such blanks were refused as common words, so it has not seen them.
  if (floor && c.kind === "cloze" && !point && !isKeyTermBlank(c, a) && !(exemptChosen && isChosen(s, c.answer.start, c.answer.end)) && scoreOf(s, a, c.answer.start, c.answer.end, spanKind(c.answerKind)) < MIN_SPAN_SCORE) return "a span the span model rates unlikely";
  return null;
}
