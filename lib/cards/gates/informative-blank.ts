// The blank (or short answer) is an informative span: a named entity, a number, a date, or a term
// the chapter defines or repeats; never a stop word, a bare common noun or part of a name.
import { UPPER_INITIAL } from "@/lib/cards/letters";
import { renamingPoint } from "../spans/detail";
import type { Gate } from "./types";
import type { Analysis } from "../analyse";
import { isChosenPoint, isPointBlank } from "../spans/point";
import { DEITY_NAMES, TITLES } from "../analyse/lexicon";
import { isEnglishWord, rarity } from "../rank/frequency";
import { isKeyTermBlank } from "../spans/key-terms";
import { wroteIn } from "../decontext/referent";
import { tokensInSpan } from "../text";
import { STOCK_BLANK_ON, stockPhrase } from "./stock-phrase";
import { BLANK_PIECE, blankPiece } from "./blank-piece";
import { RATER_DEFECTS } from "./rater-defects-switch";
import { sharedSurname } from "./shared-surname";
import { possessiveName } from "../spans/constituent";
import { CARD_BUILD21 } from "../candidates/build-switch";

// Rarity in general English (0 = "the", 1 = unknown to the word list) a term's rarest word must reach.
export const RARE = 0.55;

// How often each pair of adjacent words occurs in the chapter: built once per analysis, in one
// pass over its tokens (a phrase's last two words stand for the phrase; linear, not per card).
const bigrams = new WeakMap<Analysis, Map<string, number>>();
export function bigramCounts(a: Analysis): Map<string, number> {
  let m = bigrams.get(a);
  if (!m) {
    m = new Map();
    for (const s of a.sentences) for (let i = 1, inserted = wroteIn(s); i < s.tokens.length; i++) {
      // A name a repair wrote in ("the Governor" → "Governor Osk") is not one more use of the phrase.
      if (inserted(s.tokens[i]) || inserted(s.tokens[i - 1])) continue;
      const k = `${s.tokens[i - 1].lower} ${s.tokens[i].lower}`;
      m.set(k, (m.get(k) ?? 0) + 1);
    }
    bigrams.set(a, m);
  }
  return m;
}

// Words written with a capital somewhere other than at a sentence's start: the chapter's names.
const names = new WeakMap<Analysis, Set<string>>();
export function namesInside(a: Analysis): Set<string> {
  let m = names.get(a);
  if (!m) {
    m = new Set();
    for (const s of a.sentences) for (let i = 1; i < s.tokens.length; i++) if (UPPER_INITIAL.test(s.tokens[i].text) && !/^[.!?:"“‘(]$/.test(s.tokens[i - 1].text)) m.add(s.tokens[i].text);
    names.set(a, m);
  }
  return m;
}

// Compiled once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp(…)`, which a function
// body would rebuild on every call, and this gate runs once per candidate.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u, UPPER_START = /^\p{Lu}/u, LOWER_START = /^\p{Ll}/u, CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
// A spacing accent, modifier prime or stress mark glued to a letter (U+00B4, U+02B9, U+02CA, U+02C8, U+02CC, U+0060).
// (fixg19) Not a mark before a lone "s": "{{Orlen Vance}}´s mill" is a possessive printed with the
// wrong mark, and the name before it is a whole word.
const STRESS_THEN_LETTER = /^[\u00B4\u02B9\u02CA\u02C8\u02CC`](?![sS]\b)\p{L}/u, LETTER_THEN_STRESS = /\p{L}[\u00B4\u02B9\u02CA\u02C8\u02CC`]$/u;
// A noun that only frames what follows its "of": where, when or in what respect, never the fact itself.
// (Not "nature" or "matter": "rooted in the {{nature of the soil}}" names the thing itself, and such a
// blank was accepted on a training book. fixg19: "exigency" dropped, one book's word.)
const FRAME_HEAD_OF = /^(?:(?:the|a|an)\s+)?(?:very\s+)?(?:midst|middle|heart|centre|center|annals|realm|sphere|course|attention|bulk|stage|purposes?)\s+of\s/i;
const SPACE_LOWER = /^\s+\p{Ll}/u, HYPHEN_LETTER = /^[-‐]\p{L}/u, LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]*$/u, UPPER_OR_DIGIT = /\p{Lu}|\d/u;

// Adverbs of time and place that open a sentence, never a name's first word, before a capital.
// (Read on the text: the tokenizer may split "To-day" at its hyphen.) (fixgen21) Case-sensitive: with
// the "i" flag \p{Lu} matches small letters too, and "Then the river …" or "Once a year" were read as
// an adverb fused onto a name. Not "since", a conjunction ("Since Vance left, …").
const SENTENCE_ADVERB = /^(?:To-?[Dd]ay|To-?[Nn]ight|To-?[Mm]orrow|Yesterday|Now|Then|Here|There|Thus|So|Yet|Still|Later|Afterwards|Meanwhile|Hence|Once),?\s+\p{Lu}/u;

/**
 * A lower-case noun, a capitalised name straight after it, and a lower-case word after the name that
 * is a verb: tagged one, or the blank's last word with a determiner or pronoun straight after it
 * ("{{camp Orlen shot}} a heron": a noun does not take an object; "eight veteran Roman legions, …"
 * is one noun phrase and stays).
 */
function crossesIntoName(inside: { text: string; pos: string; lower: string }[], next: { pos: string } | undefined): boolean {
  for (let k = 0; k + 2 < inside.length; k++) {
    if (inside[k].pos !== "NOUN" || !LOWER_START.test(inside[k].text)) continue;
    if (!UPPER_START.test(inside[k + 1].text) || inside[k + 1].pos !== "PROPN") continue;
    let e = k + 2;
    while (e < inside.length && UPPER_START.test(inside[e].text)) e++;
    if (e >= inside.length || !LOWER_START.test(inside[e].text)) continue;
    if (/^(?:VERB|AUX)$/.test(inside[e].pos)) return true;
    if (e === inside.length - 1 && next && /^(?:DET|PRON)$/.test(next.pos)) return true;
  }
  return false;
}

export const informativeBlank: Gate = (c, a) => {
  if (!c.answer || c.answerKind === "clause" || c.type === "definition") return null;
  const s = a.sentences[c.sentence];
  const inside = tokensInSpan(s.tokens, c.answer!);
  if (!inside.length) return "empty answer";
  const content = inside.filter((t) => !t.stop && LETTER_OR_DIGIT.test(t.text));
  if (!content.length) return "function words only";
  // A numbering label, a piece of a formula or figure, a conjunct split from its determiner (./blank-piece).
  const piece = BLANK_PIECE.on ? blankPiece(s, c.answer.start, c.answer.end) : null;
  if (piece) return piece;
  if (STOCK_BLANK_ON && stockPhrase(s.text.slice(c.answer.start, c.answer.end))) return "a stock phrase of discourse";
  // A name of the deity alone ("{{Providence}}", "the word of {{God}}") is given away by the sentence
  // and teaches nothing; the sentence's other spans still compete for its card. (Session 12, all
  // strict training labels: 14 rejects, 7 edits that asked for another blank, no accept.)
  if (content.length === 1 && DEITY_NAMES.has(content[0].lower)) return "the deity's name";
  const before = s.tokens.find((t) => t.end === c.answer!.start || t.end + 1 === c.answer!.start);
  const after = s.tokens.find((t) => t.start === c.answer!.end || t.start === c.answer!.end + 1);
  const proper = (t: typeof before) => !!t && t.pos === "PROPN" && UPPER_START.test(t.text);
  // (The words a renaming adds to the old name are the change, though they sit inside the new name: spans/detail.)
  const renamed = renamingPoint(s);
  const change = !!renamed && renamed.start === c.answer.start && renamed.end === c.answer.end;
  // ("In {{May 1820}} Orlen's brother …": an opening date ends where the subject's name begins.)
  const dateThenName = c.answerKind === "date" && before === s.tokens[0] && before.pos === "ADP" && /^\d/.test(inside.at(-1)!.text);
  if (!change && !dateThenName && inside.some((t) => t.pos === "PROPN") && (proper(before) || proper(after))) return "part of a name";
  // (genfix19) "raised in the very {{midst of the wool trade}}", "in the {{annals of trade}}": a blank
  // headed by a frame noun carries its point in the of-phrase, and raters edit or reject it (no accept
  // among the 50 such labelled blanks in training). The sentence's other spans compete.
  if (RATER_DEFECTS.on && FRAME_HEAD_OF.test(s.text.slice(c.answer.start, c.answer.end))) return "the blank is headed by a frame noun ('the midst of …')";
  // (genfix19) "{{Vance}} was more than a builder" where the chapter names Orlen and Tomas Vance (./shared-surname).
  if (RATER_DEFECTS.on && inside.length === 1 && inside[0].pos === "PROPN" && (c.answerKind === "person" || c.answerKind === "name") && !proper(before) && sharedSurname(a, inside[0].text)) return "a surname the chapter gives to two people";
  // "What is …? → Continuity of drainage": an answer that opens the sentence on a common word,
  // which the tagger took for a name. It is no name, so nothing is fused onto one; it is judged as a
  // term instead (its rarest noun must be rare in general English). Only for a question's answer: a
  // cloze on such an opening subject ("{{Tame geese}} expect …") is a description, which strict
  // raters reject, and the fused-name check keeps refusing it.
  const opener = c.kind === "qa" && c.answer.start === 0 && inside.length > 1 && CAPITALISED_WORD.test(inside[0].text) && LOWER_START.test(inside.at(-1)!.text) && !namesInside(a).has(inside[0].text) && isEnglishWord(inside[0].lower);
  if (opener && Math.max(...content.filter((t) => t.pos !== "ADJ").map((t) => rarity(t.lower)), 0) < RARE && !a.defined.has(content.map((t) => t.lower).join(" "))) return "common words only";
  // "{{Orlen Vance built}}": a name with a lower-case word fused on (a verb the tagger took into it).
  const NAMED = ["person", "place", "org", "group", "name"];
  if (!opener && NAMED.includes(c.answerKind) && inside.length > 1 && LOWER_START.test(inside.at(-1)!.text) && !/^(?:of|the|de|von|van|der|la|le|du|da|di|and)$/.test(inside.at(-1)!.lower)) return "a word fused onto a name";
  // The same as a noun phrase: a name, with no determiner before it, running on into a lower-case
  // word ("{{Vance built}} a tower"); "the {{Vance lamp}}" is a name used as an adjective.
  const name = s.entities.find((e) => e.start === c.answer!.start && e.end < c.answer!.end && e.kind !== "date" && e.kind !== "number");
  if (name && !opener && !(before && /^(?:DET|PRON)$/.test(before.pos)) && SPACE_LOWER.test(s.text.slice(name.end, c.answer.end))) return "a word fused onto a name";
  // "Lessons of {{October}}", "the Duke of {{Wellington}}": after "of" that follows a name.
  const i0 = before ? s.tokens.indexOf(before) : -1;
  if (before && /^(?:of|the)$/.test(before.lower) && proper(s.tokens[i0 - 1])) return "part of a name";
  // Half a hyphenated word ("sense-{{data}}") or a name after its title ("Miss {{Grey}}").
  const text = s.text;
  if (/\d[,.]$/.test(text.slice(0, c.answer.start)) || /^[,.]\d/.test(text.slice(c.answer.end))) return "part of a number";
  if (/^["'‘“]|[.,;:'"’”]$/.test(c.back)) return "punctuation in the blank";
  if (/[-‐]$/.test(text.slice(0, c.answer.start)) || HYPHEN_LETTER.test(text.slice(c.answer.end))) return "part of a word";
  // (genfix19) A stress or length mark printed as a spacing character inside a transcribed word
  // ("Ka´lamo´zin", "Tiʹwaroka") splits the word for the tokenizer, not for the reader: a blank that
  // stops at one, or starts after one, is part of a word.
  if (RATER_DEFECTS.on && (STRESS_THEN_LETTER.test(text.slice(c.answer.end)) || LETTER_THEN_STRESS.test(text.slice(0, c.answer.start)))) return "part of a word";
  if (before && TITLES.has(before.lower.replace(/\.$/, ""))) return "part of a name";
  // (gen21) The possessor of a place named by a possessive ("{{Orlen}}'s Kop", ../spans/constituent).
  // (fixgen21) The owner is capitalised: "the {{miller}}'s Orlenhof" is one common word, not a name's part.
  if (CARD_BUILD21.on && after && /^['’]s?$/.test(after.text) && after.start === c.answer.end && UPPER_START.test(c.back)) {
    const k = s.tokens.indexOf(after);
    if (s.tokens[k + 1] && UPPER_START.test(s.tokens[k + 1].text) && possessiveName(s.tokens, k + 1)) return "part of a name";
  }
  // A name used as an adjective ("the {{Vance}} estate", "a {{Flemish}} painter") is not the point.
  if (inside.length === 1 && inside[0].pos === "PROPN" && after && after.pos === "NOUN" && LOWER_START.test(after.text)) return "proper adjective";
  // One lowercase word ("the {{flame}}", "no {{sequel}}") is a common noun or worse: raters reject
  // nineteen of twenty. It stays only when the chapter defines it as a term.
  // (A key term of the chapter in a general claim is the exception: spans/key-terms.)
  const key = isKeyTermBlank(c, a);
  // The course an author prefers ("it is safer to be {{feared}} than loved", lib/cards/conclusions) is
  // the claim's point even as one common word: the other course stands beside it on the card.
  const chosen = isChosenPoint(c, a);
  if (inside.length === 1 && LOWER_WORD.test(c.back) && !a.defined.has(inside[0].lower) && c.kind === "cloze" && !(inside[0].pos === "NUM" && isPointBlank(c, a)) && !key && !chosen) return "one common word";
  // The same word capitalised only because it opens the sentence ("{{Candles}} cannot always be
  // cast", "Who …? → Men"): a common English word that the tagger did not take for a name.
  // (The tagger calls most sentence-opening capitals PROPN; a real name is capitalised inside a sentence too.)
  if (inside.length === 1 && c.answer.start === 0 && !namesInside(a).has(inside[0].text) && rarity(inside[0].lower) < RARE && !a.defined.has(inside[0].lower)) return "one common word";
  // A blank that stops on a verb ("the {{flame shines}} in darkness") cuts across two phrases.
  // (Not the point of a claim or a quotation: the tagger reads "a fashioned {{will}}" as a verb.)
  const point = c.kind === "cloze" && isPointBlank(c, a); // the point of a claim, often in common words (spans/point)
  if (c.kind === "cloze" && inside.length > 1 && /^(?:VERB|AUX)$/.test(inside[inside.length - 1].pos) && !point) return "crosses phrases";
  // (gen21) "before reaching {{camp Orlen shot}} a heron": a common noun, then a name, then a small
  // word, all in one blank. A name straight after a lower-case noun opens the next clause (its
  // subject); the blank ends one phrase and starts another.
  if (CARD_BUILD21.on && c.kind === "cloze" && crossesIntoName(inside, after)) return "crosses phrases";
  // (gen21) "{{Now Mr. Vance}} is as unable as ever …": an adverb opening the sentence run into
  // the name after it, which the tagger took as one name.
  if (CARD_BUILD21.on && c.answer.start === 0 && inside.length > 1 && SENTENCE_ADVERB.test(s.text.slice(0, c.answer.end))) return "a word fused onto a name";
  if (c.answerKind === "list" && !content.some((t) => t.pos === "PROPN" || rarity(t.lower) >= RARE)) return "list of common words";
  if ((c.answerKind === "term" || c.answerKind === "phrase") && !point && !key) {
    // A term is informative when the chapter defines it or when it is rare in general English (a
    // technical word), not merely repeated: "law", "case", "condition" recur in any chapter.
    const term = content.map((t) => t.lower).join(" ");
    const rare = Math.max(...content.filter((t) => t.pos !== "ADJ" || content.length === 1).map((t) => rarity(t.lower)), 0);
    if (!a.defined.has(term) && rare < RARE && !content.some((t) => t.pos === "PROPN")) return "common words only";
  }
  // A lowercase phrase the chapter uses once, whose head word it hardly uses ("the {{mere
  // manufacture}}", "a {{powerful microscope}}"): a passing description, not a term of the chapter.
  if (c.kind === "cloze" && !point && !key && c.answerKind !== "list" && inside.length > 1 && LOWER_START.test(c.back) && !UPPER_OR_DIGIT.test(c.back) && !a.defined.has(content.map((t) => t.lower).join(" "))) {
    const head = inside[inside.length - 1];
    const uses = bigramCounts(a).get(`${inside[inside.length - 2].lower} ${head.lower}`) ?? 0;
    if (uses < 2 && (a.lemmaCounts.get(head.lemma) ?? 0) < 3) return "passing description";
  }
  if (c.answerKind === "number" && /^\d{1,2}$/.test(c.back) && !/\b(?:per cent|percent|%)/.test(s.text) && !isPointBlank(c, a)) return "small bare number";
  return null;
};
