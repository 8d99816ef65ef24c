// Named-entity spans and their kinds. wink gives dates and numbers; proper names are runs of PROPN
// tokens, typed person / place / org / group from their context (titles, institution heads,
// prepositions of place, verbs that take people as subjects, appositions) and voted over the
// whole chapter, so one telling occurrence types every other mention of the name.
import { UPPER_INITIAL } from "@/lib/cards/letters";
import type { Entity, EntityKind, Span, Token } from "./types";
import type { RawEntity } from "./toolkit";
import { MONTH_NAME } from "@/lib/language/months";
import { EVENT_HEADS, MOTION_VERBS, ORG_HEADS, PERSON_RELATIONS, PERSON_VERBS, PLACE_HEADS, PLACE_NOUNS, PLACE_PREPOSITIONS, TITLES } from "./lexicon";

const CONNECTORS = new Set(["of", "the", "de", "von", "van", "der", "la", "le", "du", "da", "di", "&"]);
const MONTH = new RegExp(`^${MONTH_NAME}$`);
const YEAR = /^(?:1[0-9]{3}|20[0-9]{2})s?$/;
const CAPITAL = /^\p{Lu}/u;
const VERB_BEFORE = /^(?:to|will|would|shall|should|may|might|can|cannot|could|must|did|does|do|not)$/;

export function span(tokens: Token[], a: number, b: number, text: string): Span {
  return { a, b, start: tokens[a].start, end: tokens[b - 1].end, text: text.slice(tokens[a].start, tokens[b - 1].end) };
}

/** Dates and numbers from wink's entities, clipped to the sentence; bare years count as dates. */
export function dateAndNumberSpans(tokens: Token[], raw: RawEntity[], text: string): Entity[] {
  const out: Entity[] = [];
  for (const e of raw) {
    const a = tokens.findIndex((t) => t.start >= e.start), last = tokens.findLastIndex((t) => t.end <= e.end);
    if (a < 0 || last < a) continue;
    const s = span(tokens, a, last + 1, text);
    // "the needle begins to fall", "prices may fall": a one-word season or month the parse reads as a
    // verb, or a lower-case one after "to" or a modal, is the verb, not a date ("put off to
    // September" keeps its capitalised month).
    if (e.type === "DATE" && a === last && (/^(?:VERB|AUX)$/.test(tokens[a].pos) || (VERB_BEFORE.test(tokens[a - 1]?.lower ?? "") && !CAPITAL.test(tokens[a].text)))) continue;
    if (e.type === "DATE" || (e.type === "CARDINAL" && YEAR.test(s.text))) out.push({ ...s, kind: "date" });
    else if (/^(?:CARDINAL|MONEY|PERCENT)$/.test(e.type) && /\d/.test(s.text)) out.push({ ...s, kind: "number" });
  }
  return out;
}

const isCap = (t: Token) => UPPER_INITIAL.test(t.text);

/** Runs of proper nouns, with "of"/"the"/"de" inside ("League of Nations"), outside date spans. */
export function nameSpans(tokens: Token[], taken: Entity[], text: string): Span[] {
  const inside = (i: number) => taken.some((e) => i >= e.a && i < e.b);
  const proper = (i: number) => tokens[i] && !inside(i) && (tokens[i].pos === "PROPN" || (tokens[i].pos === "NOUN" && isCap(tokens[i]) && i > 0)) && UPPER_INITIAL.test(tokens[i].text);
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!proper(i)) continue;
    let j = i + 1;
    for (;;) {
      if (proper(j)) { j++; continue; }
      let k = j;
      while (tokens[k] && CONNECTORS.has(tokens[k].lower) && k - j < 2) k++;
      if (k > j && proper(k)) { j = k; continue; }
      break;
    }
    const s = span(tokens, i, j, text);
    if (!(j - i === 1 && MONTH.test(s.text))) out.push(s);
    i = j - 1;
  }
  return out;
}

/** Per name: the votes for each kind, and how often the chapter gave it singular or plural agreement (./entities.ts, agreement). */
export type Votes = Map<string, Record<Exclude<EntityKind, "date" | "number" | "name">, number> & { singular?: number; plural?: number }>;

const key = (s: string) => s.toLowerCase().replace(/['’]s$/, "");

const SINGULAR_VERB = /^(?:is|was|has|does)$/, PLURAL_VERB = /^(?:are|were)$/;
const SUBORDINATOR = /^(?:when|while|as|after|before|until|till|since|though|although|if|once|whilst)$/;

/**
 * The number the sentence gives a name by agreement, or null: the verb after it, past an aside set off by
 * commas ("the Meridas, after the gales were over, was riding"); the pronoun that opens the main clause
 * after a subordinate clause whose subject it is ("When the Meridas arrived, she found …"); a possessive
 * "'s" on a name ending in s ("the Meridas's crew": a plural takes the bare apostrophe). A name that ends
 * in s is a group ("the Carlists") only if the chapter never makes it singular.
 */
function agreement(tokens: Token[], s: Span): "singular" | "plural" | null {
  let k = s.b;
  if (tokens[k]?.text === ",") {
    const close = tokens.findIndex((t, j) => j > k && j <= k + 12 && t.text === ",");
    if (close > 0) k = close + 1;
  }
  const next = tokens[k];
  if (next && SINGULAR_VERB.test(next.lower)) return "singular";
  if (next && PLURAL_VERB.test(next.lower)) return "plural";
  if (/s$/i.test(tokens[s.b - 1].text) && /^['’]s$/.test(tokens[s.b]?.text ?? "")) return "singular";
  const opensSubordinate = SUBORDINATOR.test(tokens[0]?.lower ?? "") && (s.a === 1 || (s.a === 2 && tokens[1].lower === "the"));
  const comma = opensSubordinate ? tokens.findIndex((t, j) => j >= s.b && t.text === ",") : -1;
  const pronoun = comma > 0 ? tokens[comma + 1]?.lower : undefined;
  if (pronoun && /^(?:he|she|it)$/.test(pronoun)) return "singular";
  if (pronoun === "they") return "plural";
  return null;
}

/** Evidence from one occurrence of a name, added to the chapter's votes (for the name and its last word). */
export function vote(votes: Votes, tokens: Token[], s: Span): void {
  const words = tokens.slice(s.a, s.b);
  const before = tokens[s.a - 1], after = tokens[s.b], after2 = tokens[s.b + 1];
  const v = { person: 0, place: 0, org: 0, group: 0 };
  const possessive = !!after && /^['’]s$/.test(after.text);
  if (words.some((w) => EVENT_HEADS.has(w.lower))) { /* an event: no kind beyond "name" */ }
  else if (words.some((w) => ORG_HEADS.has(w.lower))) v.org += 3;
  else if (words.some((w, i) => i > 0 && PLACE_HEADS.has(w.lower))) v.place += 3;
  else {
    if (TITLES.has(words[0].lower.replace(/\.$/, "")) && words.length > 1) v.person += 3;
    if (before && TITLES.has(before.lower.replace(/\.$/, ""))) v.person += 3;
    if (after && (after.pos === "VERB" || after.pos === "AUX") && PERSON_VERBS.has(after.lemma)) v.person += 2;
    if (after && after.pos === "ADV" && after2 && PERSON_VERBS.has(after2.lemma)) v.person += 2;
    if (after?.text === "," && (after2?.lower === "who" || (after2 && /^(?:a|an|the)$/.test(after2.lower) && tokens.slice(s.b + 2, s.b + 8).some((t) => t.lower === "who")))) v.person += 2;
    if (after && /^['’]s$/.test(after.text) && after2 && PERSON_RELATIONS.has(after2.lower)) v.person += 2;
    if (before && PLACE_PREPOSITIONS.has(before.lower) && !possessive) v.place += /^(?:in|at|near|throughout)$/.test(before.lower) ? 1 : 0.3;
    if (before?.lower === "of" && tokens[s.a - 2] && PLACE_NOUNS.has(tokens[s.a - 2].lower)) v.place += 3;
    // "moved to X", "sailed from X", "arrived at X": a verb of motion before the preposition.
    if (before && /^(?:to|from|into|at|for)$/.test(before.lower) && MOTION_VERBS.has(tokens[s.a - 2]?.lemma ?? "")) v.place += 1.5;
    if (before?.lower === "born" || (before?.lower === "in" && tokens[s.a - 2]?.lower === "born")) v.place += 2;
    if (before?.lower === "the" && words.length === 1 && /s$/.test(words[0].text) && !/ss$/.test(words[0].text)) v.group += 1.5;
    if (possessive) v.person += 0.6;
    // The subject of an active verb other than "be"/"have" is more often a person than a place.
    if (after && after.pos === "VERB" && !/^(?:be|have)$/.test(after.lemma) && !/ed$/.test(after2?.text ?? "")) v.person += 0.4;
    if (words.length >= 2 && !words.some((w) => CONNECTORS.has(w.lower))) v.person += 0.5;
  }
  const number = agreement(tokens, s);
  for (const k of new Set([key(s.text), key(words[words.length - 1].text)])) {
    const cur = votes.get(k) ?? { person: 0, place: 0, org: 0, group: 0 };
    for (const kind of ["person", "place", "org", "group"] as const) cur[kind] += v[kind] * (k === key(s.text) ? 1 : 0.5);
    if (number) cur[number] = (cur[number] ?? 0) + 1;
    votes.set(k, cur);
  }
}

/** The kind the chapter's evidence gives a name, or "name" when nothing tells. */
export function kindOf(votes: Votes, s: Span): EntityKind {
  const v = votes.get(key(s.text));
  const last = votes.get(key(s.text.split(/\s+/).at(-1) ?? ""));
  const total = { person: 0, place: 0, org: 0, group: 0 };
  for (const src of [v, last]) if (src) for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += src[k];
  // A group is plural: a name the chapter's agreement makes singular more often than plural is none.
  const number = (n: "singular" | "plural") => (v?.[n] ?? 0) + (last && last !== v ? last[n] ?? 0 : 0);
  if (number("singular") > number("plural")) total.group = 0;
  let best: EntityKind = "name", top = 0.9;
  for (const k of Object.keys(total) as (keyof typeof total)[]) if (total[k] > top) { top = total[k]; best = k; }
  return best;
}
