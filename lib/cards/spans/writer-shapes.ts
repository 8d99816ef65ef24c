// Session 24 (blank24): span shapes a strong writer blanks that the chunker never offers
// (scripts/llm-blanks-audit.ts counts them on the strong model's cards of the training books):
// - a predicative adjective: "the guild was {{supreme}}", "classed as {{coarse}}";
// - a number inside a counted phrase, spelled out or hyphenated: "{{forty-two}} galleys", "the age
//   of {{thirteen}}", "{{one-third}} of the revenue", "{{sixty per cent}}";
// - an "X of Y" phrase taken whole where Y opens on a possessive: "the {{force of his character}}"
//   (./enumerate takes it whole only between common nouns; with a name for Y it stays out: on the
//   training books it brought ~80 new clozes, mostly on a sentence's subject, "The {{founders of
//   Tollby}} brought …", which no label can judge; docs, "Session 24 … (blank24)").
// Token ranges [a, b) over the sentence's tokens, each a general rule on the tagger's tags.
import type { Token } from "../analyse";
import { asAfterParticiple, wordCount } from "./token-runs";

const MAX_WORDS = 6;
const WORD = /^[\p{L}\p{N}]/u;
// A verb that links its subject to an adjective ("was", "remained", "seems"), as the tagger marks it.
const LINKING = /^(?:is|are|was|were|be|been|being|becomes?|became|remains?|remained|seems?|seemed|appears?|appeared|proves?|proved)$/;
const POSSESSIVE = /^(?:his|her|its|their|our|my|your)$/;

/**
 * An adjective (or a run of them) that is the whole complement of a linking verb, or follows "as"
 * after a participle ("classed as coarse"): degree adverbs between are left out ("was indeed
 * {{heavy}}"); the run must close its phrase (not an attributive "was heavy rain").
 */
export function predicativeAdjectives(tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 1; k < tokens.length - 1; k++) {
    const t = tokens[k];
    const linking = LINKING.test(t.lower) && /^(?:AUX|VERB)$/.test(t.pos);
    const afterAs = asAfterParticiple(tokens, k);
    if (!linking && !afterAs) continue;
    let a = k + 1;
    while (tokens[a]?.pos === "ADV" && tokens[a].lower !== "as") a++;
    let b = a;
    while (tokens[b]?.pos === "ADJ") b++;
    if (b === a || /^(?:NOUN|PROPN|NUM)$/.test(tokens[b]?.pos ?? "")) continue;
    // "was able to", "is such that": an adjective that only opens a longer complement is not the point.
    if (/^(?:PART|SCONJ)$/.test(tokens[b]?.pos ?? "") || tokens[b]?.lower === "to") continue;
    out.push([a, b]);
  }
  return out;
}

/** Whether tokens i and i + 1 touch (no space between them: "forty-two", "one-third"). */
const glued = (tokens: Token[], i: number) => tokens[i + 1] && tokens[i].end === tokens[i + 1].start;

/**
 * A number as a word of its own: a run of numerals ("two hundred"), hyphenated ones whole
 * ("forty-two", "one-third"), with "per cent" after it. Not a lone "one" (a pronoun as often as a
 * number), and not a number glued to a letter ("L7").
 */
export function numberWords(tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].pos !== "NUM" || (k > 0 && (tokens[k - 1].pos === "NUM" || (glued(tokens, k - 1) && tokens[k - 1].text !== "(")))) continue;
    let b = k + 1;
    for (;;) {
      if (tokens[b]?.pos === "NUM") b++;
      else if (tokens[b]?.text === "-" && glued(tokens, b - 1) && glued(tokens, b) && WORD.test(tokens[b + 1]?.text ?? "")) b += 2;
      else break;
    }
    if (glued(tokens, b - 1) && WORD.test(tokens[b]?.text ?? "")) continue;
    if (/^per$/.test(tokens[b]?.lower ?? "") && /^cent$/.test(tokens[b + 1]?.lower ?? "")) b += 2;
    else if (/^percent$/.test(tokens[b]?.lower ?? "")) b++;
    if (b - k === 1 && tokens[k].lower === "one") continue;
    out.push([k, b]);
  }
  return out;
}

/**
 * "X of Y" whole, where Y opens on a possessive ("the force of his character"): X a common noun with
 * its adjectives, Y common words closed by a noun; at most MAX_WORDS words, and not cut before a
 * possessive "'s" or a further "of".
 */
export function ofPhrasesWhole(tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 1; k < tokens.length - 1; k++) {
    if (tokens[k].lower !== "of" || tokens[k - 1].pos !== "NOUN") continue;
    let a = k - 1;
    while (a > 0 && /^(?:ADJ|NOUN)$/.test(tokens[a - 1].pos)) a--;
    if (!POSSESSIVE.test(tokens[k + 1]?.lower ?? "")) continue;
    let e = k + 2;
    while (/^(?:ADJ|NOUN)$/.test(tokens[e]?.pos ?? "")) e++;
    if (e === k + 2 || tokens[e - 1].pos !== "NOUN" || tokens[e]?.pos === "PROPN") continue;
    if (/^(?:['’]s?|of)$/.test(tokens[e]?.lower ?? "")) continue;
    if (wordCount(tokens, a, e) <= MAX_WORDS) out.push([a, e]);
  }
  return out;
}
