// Span shapes the strict raters name as the better blank and the noun-phrase chunker never offers
// (scripts/span-pairs.ts counts them across the training books):
// - a coordinated pair taken whole: "{{hopes and grievances}} of …", "{{open and frequent assemblies}}",
//   "{{mend or replace}}", with the of-phrases around it ("the {{rule of A and B}}");
// - a predicate complement anywhere in the sentence: "was {{a dull affair}}", "regarded as {{reckless
//   ventures}}" (after a copula, or after "as" following a participle);
// - a hyphenated compound whole ("{{salt-pans}}", not "salt" or "pans").
// Token ranges [a, b) over the sentence's tokens; ./enumerate adds them as "term" spans.
import { HAS_LETTER } from "@/lib/cards/letters";
import type { AnalysedSentence, Token } from "../analyse";
import { phraseAt } from "./point";
import { asAfterParticiple, wordCount } from "./token-runs";
import { numberWords, ofPhrasesWhole, predicativeAdjectives } from "./writer-shapes";
import { WRITER_SHAPES } from "./writer-shapes-switch";

const MAX_WORDS = 8;
const CONTENT = /^(?:ADJ|NOUN|PROPN)$/;
const COPULA = /^(?:is|are|was|were|be|been|being|becomes?|became)$/;

/** The common noun phrase "N of" just before token i ("the rule of" → its start), or -1. */
function ownerBefore(tokens: Token[], i: number): number {
  if (tokens[i - 1]?.lower !== "of" || tokens[i - 2]?.pos !== "NOUN") return -1;
  let a = i - 2;
  while (a > 0 && /^(?:ADJ|NOUN)$/.test(tokens[a - 1].pos)) a--;
  return a;
}

/** The end of an of-phrase of common words after token b ("… of the town"), or -1. */
function ofAfter(tokens: Token[], b: number): number {
  if (tokens[b]?.lower !== "of") return -1;
  let e = b + 1;
  if (tokens[e]?.pos === "DET") e++;
  const from = e;
  while (/^(?:ADJ|NOUN)$/.test(tokens[e]?.pos ?? "")) e++;
  // "of the owner and worker": an of-phrase that is itself the first half of a pair is cut.
  // … nor one cut before a possessive ("of skilled weavers' cottages").
  return e > from && tokens[e - 1].pos === "NOUN" && !/^(?:and|or|['’]s?)$/.test(tokens[e]?.lower ?? "") ? e : -1;
}

/** "there is no A and the B is …": the pair [a, b) follows its clause's verb and a verb follows it,
 * so "and" joins two clauses and B is the next one's subject (session 26, gen26). */
function clauseJoin(tokens: Token[], a: number, b: number): boolean {
  if (!/^(?:AUX|VERB)$/.test(tokens[b]?.pos ?? "") || (/(?:ing|ed)$/.test(tokens[b].lower) && tokens[b].pos === "VERB")) return false;
  let k = a - 1;
  while (k >= 0 && /^(?:DET|ADJ)$/.test(tokens[k].pos)) k--;
  return k >= 0 && /^(?:AUX|VERB)$/.test(tokens[k].pos);
}

/** "A and B", "A or B" between two adjective/noun runs or two verbs, with the of-phrases around it. */
export function coordinatedPairs(tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 1; k < tokens.length - 1; k++) {
    if (!/^(?:and|or)$/.test(tokens[k].lower)) continue;
    if (tokens[k - 1].pos === "VERB" && tokens[k + 1].pos === "VERB" && !/ing$/.test(tokens[k - 1].lower)) {
      out.push([k - 1, k + 2]);
      // "check and restrain the power of the guilds": the pair with its object.
      let o = k + 2;
      if (tokens[o]?.pos === "DET") o++;
      while (/^(?:ADJ|NOUN)$/.test(tokens[o]?.pos ?? "")) o++;
      if (o > k + 2 && tokens[o - 1].pos === "NOUN") out.push([k - 1, Math.max(o, ofAfter(tokens, o))]);
      continue;
    }
    // Each side: adjectives and nouns, with one degree adverb only at its very start ("wholly silent").
    let a = k;
    while (a > 0 && CONTENT.test(tokens[a - 1].pos)) a--;
    if (a > 0 && a < k && tokens[a - 1].pos === "ADV" && tokens[a].pos === "ADJ") a--;
    let r = k + 1;
    if (/^(?:DET|PRON)$/.test(tokens[r]?.pos ?? "") && /^(?:the|a|an|her|his|its|their)$/.test(tokens[r].lower)) r++;
    let b = r;
    if (tokens[b]?.pos === "ADV" && tokens[b + 1]?.pos === "ADJ") b++;
    while (b < tokens.length && CONTENT.test(tokens[b].pos)) b++;
    if (a === k || b === r || !/^(?:ADJ|NOUN|PROPN)$/.test(tokens[k - 1].pos) || !/^(?:ADJ|NOUN|PROPN)$/.test(tokens[b - 1].pos)) continue;
    // Two names are two blanks ("Vance and Orra"), each an item of a pair.
    if (tokens.slice(a, b).every((t) => t.pos === "PROPN" || !HAS_LETTER.test(t.text) || t.lower === "and" || t.lower === "or")) continue;
    // The last two items of a longer list ("A and the B and the C"), or a pair followed by more of
    // its phrase ("A and the B of C", "A and B or C"), is not a pair.
    const lead = tokens[a - 1]?.pos === "DET" ? a - 2 : a - 1;
    if (/^(?:and|or|nor)$/.test(tokens[lead]?.lower ?? "")) continue;
    if (/^(?:and|or|nor)$/.test(tokens[b]?.lower ?? "")) continue;
    if (clauseJoin(tokens, a, b)) continue;
    const owner = ownerBefore(tokens, a), of = ofAfter(tokens, b);
    if (tokens[b]?.lower === "of" && of < 0) continue;
    const ends = of > 0 ? [of] : [b];
    for (const x of [a, owner]) for (const y of ends) if (x >= 0 && wordCount(tokens, x, y) <= MAX_WORDS) out.push([x, y]);
  }
  return out;
}

/** The words from token i to the end of its clause (a comma, semicolon or full stop), when they read
 * as a complement: at most MAX_TAIL words, no auxiliary, no pronoun but a possessive, not a passive
 * participle ("was sent to …"). Catches what the tagger misreads ("is granite/VERB of the coast"). */
function tailToClauseEnd(tokens: Token[], i: number): [number, number] | null {
  let e = i;
  while (e < tokens.length && !/^[,;:.!?()—]$/.test(tokens[e].text)) e++;
  if (e === i || wordCount(tokens, i, e) > MAX_TAIL) return null;
  const run = tokens.slice(i, e);
  if (run.some((t) => t.pos === "AUX" || (t.pos === "PRON" && !/^(?:its|his|her|their|our|my|your)$/.test(t.lower)) || t.pos === "SCONJ")) return null;
  const head = run.find((t) => t.pos !== "ADV");
  if (!head || (head.pos === "VERB" && /(?:ed|en|wn|ing)$/.test(head.lower)) || head.pos === "PART" || head.pos === "ADP") return null;
  return [i, e];
}
const MAX_TAIL = 6;

/** The complement after a copula, or after "as" that follows a participle ("classed as X"): the
 * predicate phrase, and the words to the end of its clause ("a check on their rivals"). */
export function complements(tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 1; k < tokens.length - 1; k++) {
    const t = tokens[k];
    const afterAs = asAfterParticiple(tokens, k);
    if (!afterAs && !(COPULA.test(t.lower) && /^(?:AUX|VERB)$/.test(t.pos))) continue;
    const next = tokens[k + 1];
    if (!next || /^(?:AUX|PRON|ADP|SCONJ|PART|PUNCT)$/.test(next.pos)) continue;
    const r = next.pos === "VERB" ? null : phraseAt(tokens, k + 1);
    if (r && tokens.slice(r[0], r[1]).some((x) => x.pos === "NOUN" || x.pos === "ADJ") && wordCount(tokens, r[0], r[1]) >= 2) {
      out.push(r);
      // "the penalty of a refusal to pay": an infinitive completes its noun.
      if (tokens[r[1]]?.lower === "to" && tokens[r[1] + 1]?.pos === "VERB" && /^[,;:.!?]?$/.test(tokens[r[1] + 2]?.text ?? "")) out.push([r[0], r[1] + 2]);
    }
    const tail = tailToClauseEnd(tokens, k + 1);
    if (tail && wordCount(tokens, tail[0], tail[1]) >= 2 && (!r || tail[1] > r[1])) out.push(tail);
  }
  return out;
}

/** Spans cut inside a hyphenated compound ("salt-{{pans}}"), widened to the whole compound, in character offsets. */
export function wholeCompound(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = start, e = end;
  while (s > 1 && text[s - 1] === "-" && /[\p{L}]/u.test(text[s - 2])) { s -= 1; while (s > 0 && /[\p{L}]/u.test(text[s - 1])) s--; }
  while (e < text.length - 1 && text[e] === "-" && /[\p{L}]/u.test(text[e + 1])) { e += 1; while (e < text.length && /[\p{L}]/u.test(text[e])) e++; }
  return s !== start || e !== end ? { start: s, end: e } : null;
}

/** The noun phrase that ends a clause, with all its modifiers: a possessor ("Vance's lamp"), a
 * participle ("their {{promised harbour}}"), numbers and degree words ("one very simple rule"). The
 * chunker keeps only the adjectives next to the noun; end focus puts the news here. */
export function clauseEndPhrases(tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (let e = 1; e <= tokens.length; e++) {
    if (e < tokens.length && !/^[,;:.!?]$/.test(tokens[e].text)) continue;
    if (!/^(?:NOUN|PROPN)$/.test(tokens[e - 1]?.pos ?? "")) continue;
    let a = e - 1;
    for (;;) {
      const t = tokens[a - 1], u = tokens[a];
      if (!t) break;
      const modifier = /^(?:NOUN|PROPN|ADJ|NUM)$/.test(t.pos) || (t.pos === "ADV" && u.pos === "ADJ") || (t.pos === "VERB" && /(?:ed|en)$/.test(t.lower) && /^(?:NOUN|ADJ)$/.test(u.pos));
      const possessive = /^['’]s?$/.test(t.text) && /^(?:NOUN|PROPN)$/.test(tokens[a - 2]?.pos ?? "");
      if (!modifier && !possessive) break;
      a -= possessive ? 2 : 1;
    }
    const n = wordCount(tokens, a, e);
    if (n >= 2 && n <= MAX_TAIL) out.push([a, e]);
  }
  return out;
}

export type ShapeKind = "pair" | "complement" | "clause-end" | "predicative" | "number" | "of-whole";
export type ShapeSpan = { start: number; end: number; shape: ShapeKind };
const cache = new WeakMap<AnalysedSentence, ShapeSpan[]>();

/** Every extra span of the sentence as character offsets, with the shape that offered it (cached). */
export function shapeSpans(s: AnalysedSentence): ShapeSpan[] {
  let hit = cache.get(s);
  if (!hit) {
    const { tokens } = s;
    const of = (shape: ShapeKind, rs: [number, number][]) => rs.map(([a, b]) => ({ start: tokens[a].start, end: tokens[b - 1].end, shape }));
    hit = [...of("pair", coordinatedPairs(tokens)), ...of("complement", complements(tokens)), ...of("clause-end", clauseEndPhrases(tokens))];
    // (blank24, ./writer-shapes: the shapes a strong writer blanks, behind their switch)
    if (WRITER_SHAPES.on) hit.push(...of("predicative", predicativeAdjectives(tokens)), ...of("number", numberWords(tokens)), ...of("of-whole", ofPhrasesWhole(tokens)));
    cache.set(s, hit);
  }
  return hit;
}
