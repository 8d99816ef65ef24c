// Definite descriptions that point back: "the wards", "these workmen", whose head noun was met in
// the few sentences before and which carry no restricting phrase of their own. When exactly one
// fuller mention of that head stands before ("the wards of the Marlow Hospital"), the phrase is
// swapped for it (name-phrase swap); two different fuller mentions, or an earlier "a wards" with
// nothing more, leave a dependence the card cannot repair. A head met before only as bare as
// here ("the candle" after "the candle") is the chapter's running subject and stands alone.
import { UPPER_INITIAL } from "@/lib/cards/letters";
import type { Token } from "../analyse/types";
import { bodyEnd, identifies, mentionAt, ORDINAL, restricted } from "./np";
import { rarity } from "../rank/frequency";
import { firstFiniteTense } from "../analyse/tense";
import { POINTING } from "./determiner";
import { none, type Context, type Op, type OpResult } from "./types";
import { CARD_BUILD21 } from "../candidates/build-switch";

const DEFINITE = new Set(["the", "this", "that", "these", "those"]);
// Nouns with one referent in the reader's world: "the world", "the earth", "the sea" need no antecedent.
const UNIQUE = new Set("world earth sun moon sky heavens universe sea ocean mankind humanity".split(" "));
/**
 * Session 15 relaxations of the rule, each switchable so scripts/standalone-rules.ts can measure it:
 * `unique`: a noun with one referent ("the world") needs no antecedent (ON: the training cards it
 * admits were 1 accept, 1 edit); `topic`: nor does the chapter's own topic ("the guild" in a
 * chapter on guilds: ctx.topicNouns) (OFF: its cards were 1 accept, 5 edit, 5 reject, under the
 * 63 % accept+edit of the cards shown); `introduced`: a description met only far back drops the card
 * only when its noun was introduced there as a particular thing ("a mill", "two ledgers"), not
 * when it was used in general before (OFF: 3 accept, 2 edit, 9 reject). docs/card-generator.md, session 15.
 */
export const DEFINITE_RULES = { unique: true, topic: false, introduced: false };

/** "the world", or the chapter's topic noun: a "the" description whose referent the reader knows without the text before. */
export function knownReferent(head: Token, ctx: Pick<Context, "topicNouns">): boolean {
  if (DEFINITE_RULES.unique && UNIQUE.has(head.lower)) return true;
  return DEFINITE_RULES.topic && Boolean(ctx.topicNouns?.has(head.lemma) || ctx.topicNouns?.has(head.lower));
}
const MAX_WORDS = 8;

type Mention = NonNullable<ReturnType<typeof mentionAt>> & { from: number; far: boolean };

/** The sentences read for an antecedent: the paragraph's few before, and the chapter's last eight. */
function before(ctx: Context) {
  const seen = new Set<number>();
  return [...ctx.prev, ...ctx.recent].filter((p) => !seen.has(p.sentence.id) && Boolean(seen.add(p.sentence.id)));
}

/** Earlier mentions of the same noun in the same number ("miners" is not "the miner"). */
function earlierMentions(head: Token, ctx: Context): Mention[] {
  const out: Mention[] = [];
  const near = new Set(ctx.prev.map((p) => p.sentence.id));
  for (const p of before(ctx)) p.tokens.forEach((t, k) => {
    if (t.pos !== "NOUN" || t.lower !== head.lower) return;
    const m = mentionAt(p.tokens, p.text, k, rarity);
    if (m && !m.words.some((w) => POINTING.test(w.lower))) out.push({ ...m, from: p.sentence.id, far: !near.has(p.sentence.id) });
  });
  return out;
}

/** The sentence's first finite verb is in the past tense (a story, not an exposition). */
function narrative(ts: Token[]): boolean {
  return firstFiniteTense(ts) === "past";
}

/** A bare description in a past-tense sentence, nothing before its head saying which, not after "of". */
const sceneLike = (ts: Token[], i: number, body: Token[]) => narrative(ts) && !body.slice(0, -1).some((t) => identifies(t, rarity)) && ts[i - 1]?.lower !== "of";

const content = (ws: Token[]) => ws.filter((w) => w.pos !== "DET" && w.pos !== "PART").map((w) => w.lemma);

/**
 * Whether the one fuller mention is certainly the thing the bare phrase means. Not when what it adds
 * is a count ("more than a thousand men" says how many, not which), a proper name or adjective while
 * the sentence names another place or people of its own ("the Lisk charter" into a sentence about
 * Orra), words the sentence already has elsewhere (the rewrite would say them twice), or a phrase
 * cut inside a coordination ("the aim of the Lisk and early Orra guilds").
 */
function certain(m: Mention, mine: string[], ts: Token[], ctx: Context): boolean {
  const added = m.restricting.filter((r) => !mine.includes(r.lemma) && r.pos !== "ADP" && r.pos !== "DET");
  // A number before the head counts it; one in the of-phrase ("a board of seven masters") names it.
  const of = m.words.findIndex((w) => w.lower === "of");
  const premodifiers = of < 0 ? m.words : m.words.slice(0, of);
  if (added.some((r) => r.pos === "NUM" && premodifiers.includes(r))) return false;
  const proper = (t: Token) => t.pos === "PROPN" || (t.pos === "ADJ" && UPPER_INITIAL.test(t.text));
  if (added.some(proper) && ts.some((t, k) => (k > 0 || t.pos === "PROPN") && proper(t) && !added.some((r) => r.lemma === t.lemma))) return false;
  // A people's or place's adjective before the head ("the Liskan courts") narrows a noun the
  // sentence may use in general ("the courts" of every country); a possessor ("Vance's courts") does not.
  const possessor = (r: Token) => /^['’]s$/.test(m.words[m.words.indexOf(r) + 1]?.text ?? "");
  if (added.some((r) => premodifiers.includes(r) && UPPER_INITIAL.test(r.text) && !possessor(r))) return false;
  // "any", "each", "every", "no": a quantified phrase, not a mention of one thing.
  if (/^(?:any|each|every|no|all|some|either|neither)$/.test(m.words[0].lower)) return false;
  if (added.some((r) => ts.some((t) => t.lemma === r.lemma))) return false;
  const p = before(ctx).find((x) => x.sentence.id === m.from);
  const j = p ? p.tokens.indexOf(m.words.at(-1)!) : -1;
  if (j < 0) return true;
  const next = p!.tokens[j + 1], after = p!.tokens[j + 2];
  if (/^(?:and|or)$/.test(next?.lower ?? "") && /^(?:ADJ|PROPN|NOUN)$/.test(after?.pos ?? "")) return false;
  // "the measure of property nature has set": an of-phrase of two nouns then a verb — the last
  // noun is the next clause's subject.
  return !(of >= 0 && of < m.words.length - 2 && m.words.at(-2)!.pos === "NOUN" && m.words.at(-1)!.pos === "NOUN" && /^(?:VERB|AUX)$/.test(next?.pos ?? ""));
}

/**
 * "If a ferry sank, the ferry was to be raised by its owner": the same noun, in the same
 * number, earlier in the sentence is what the description points to. The stretch from that mention
 * to this one; a card that shows it all does not depend on the text before (an earlier mention that
 * itself points back carries its own dependence).
 */
function insideStretch(ts: Token[], text: string, i: number, head: Token): string | undefined {
  // Part of a hyphenated compound ("wash-tub", "sense-data") is another noun.
  const hyphened = (t: Token) => /[-‐]/.test(text.charAt(t.end)) || /[-‐]/.test(text.charAt(t.start - 1));
  if (hyphened(head)) return undefined;
  const k = ts.findIndex((t, j) => j < i && t.pos === "NOUN" && t.lower === head.lower && !hyphened(t));
  return k < 0 ? undefined : text.slice(ts[k].start, head.end);
}

/**
 * Whether the sentence, outside the description at `i`..`end`, mentions the same noun with words of
 * its own that say which ("is called the latent heat of boiling", "differs from the specific heat of
 * iron"): a sentence that names or sets against its own kind of the thing.
 */
function ownKind(ts: Token[], text: string, i: number, end: number, head: Token): boolean {
  return ts.some((t, k) => (k < i || k >= end) && t.pos === "NOUN" && t.lower === head.lower && (mentionAt(ts, text, k, rarity)?.restricting.length ?? 0) > 0);
}

/**
 * (gen21) "… move in a middle region of the air" after "they haunt the smoky air of the harbour": a
 * singular "the X" that is the of-complement of another noun ("a region of the air", "the surface
 * of the water"), in a present-tense sentence (a habit or a general truth, not a story), means the
 * thing in general; an earlier mention with an of-phrase of its own ("the smoky air of the harbour")
 * is one particular part of it. Swapping it in would put words on the card that change what the
 * sentence says (strict raters rejected such a card as garbled), so the phrase is left as written.
 */
function partOfGeneric(ts: Token[], i: number, head: Token, m: Mention): boolean {
  if (narrative(ts) || ts[i - 1]?.lower !== "of" || ts[i - 2]?.pos !== "NOUN") return false;
  if (head.lemma.toLowerCase() !== head.lower) return false;
  return m.words.some((w) => w.lower === "of");
}

export const definite: Op = (s, ctx) => {
  const out: OpResult = none();
  const ts = s.tokens;
  for (let i = 0; i < ts.length; i++) {
    const d = ts[i];
    if (d.pos !== "DET" || !DEFINITE.has(d.lower)) continue;
    const end = bodyEnd(ts, i + 1);
    if (end < 0) continue;
    const body = ts.slice(i + 1, end);
    if (body.some((t) => POINTING.test(t.lower))) continue;
    // "The Marlow wards": a name inside, or a restricting phrase after, makes it its own description.
    if (ts[i - 1]?.pos === "PROPN" || restricted(ts, end) || /^['’]s$/.test(ts[end]?.text ?? "")) continue;
    // "the comfort or pleasure of the master": a restriction shared across a coordination;
    // "The question is, whether …": the sentence states what it is.
    if (/^(?:and|or)$/.test(ts[end]?.lower ?? "") && /^(?:NOUN|ADJ)$/.test(ts[end + 1]?.pos ?? "")) continue;
    if (ts[end]?.lemma === "be" && /^[,:]$/.test(ts[end + 1]?.text ?? "")) continue;
    const head = ts[end - 1];
    const inside = insideStretch(ts, s.text, i, head);
    const from = out.unresolved.length;
    const mentions = earlierMentions(head, ctx);
    if (!mentions.length) {
      // Met only further back in the chapter: nothing to complete it from, and still the story's own.
      const introduced = !DEFINITE_RULES.introduced || !ctx.introducedNouns || ctx.introducedNouns.has(head.lower);
      if (d.lower === "the" && ctx.seenNouns?.has(head.lower) && introduced && !knownReferent(head, ctx) && sceneLike(ts, i, body)) out.unresolved.push({ op: "definite", kind: "scene-far", start: d.start, end: head.end, text: s.text.slice(d.start, head.end) });
      if (inside) for (const d of out.unresolved.slice(from)) d.inside = inside;
      i = end - 1;
      continue;
    }
    const mine = content(body);
    const fuller = new Map<string, Mention>();
    for (const m of mentions) {
      const theirs = content(m.words);
      const added = m.restricting.filter((r) => !mine.includes(r.lemma));
      // Beyond the paragraph only a name or an ordinal says it is the same thing ("the harbour
      // congress" → "the ninth harbour congress"); "the lamps" is not "the million lamps" there.
      if (m.far && !added.every((r) => r.pos === "PROPN" || ORDINAL.test(r.lower))) continue;
      if (added.length && mine.every((w) => theirs.includes(w)) && m.words.length <= MAX_WORDS) fuller.set(m.text.toLowerCase().replace(/^(?:the|a|an|this|that|these|those|some|one) /, ""), m);
    }
    const at = { start: d.start, end: ts[end - 1].end, text: s.text.slice(d.start, ts[end - 1].end) };
    // "The flame is not a candle flame": the fuller form is in the sentence itself, set against it.
    for (const k of [...fuller.keys()]) if (s.text.toLowerCase().includes(k)) fuller.delete(k);
    if (fuller.size && mine.length === 1 && ownKind(ts, s.text, i, end, head)) {
      // "The heat so used is called the latent heat of boiling": a bare description in a sentence that
      // names its own kind of the noun; an earlier kind ("the latent heat of melting") competes with
      // it, no swap. ("The boiling point is marked 100, the freezing point 0": the description says
      // which itself, and its swap to "the boiling point of water" stands.)
      out.unresolved.push({ op: "definite", kind: "ambiguous", ...at });
    } else if (fuller.size === 1 && !certain([...fuller.values()][0], mine, s.tokens, ctx)) {
      // A fuller mention that may not be the same thing: the card cannot say which, so it is dropped.
      out.unresolved.push({ op: "definite", kind: "unsure", ...at });
    } else if (fuller.size === 1 && CARD_BUILD21.on && partOfGeneric(ts, i, head, [...fuller.values()][0])) {
      // (gen21) Left as written: see partOfGeneric.
    } else if (fuller.size === 1) {
      const m = [...fuller.values()][0];
      const bare = m.text.replace(/^(?:the|a|an|this|that|these|those|some|one)\s+/i, "");
      const possessed = m.words[0].pos !== "DET" && m.words[0].pos !== "ADJ" && m.words[0].pos !== "NOUN";
      let text = possessed ? bare : `the ${bare}`;
      if (d.start === 0) text = text.charAt(0).toUpperCase() + text.slice(1);
      out.edits.push({ start: at.start, end: at.end, text, op: "definite", from: m.from });
    } else if (fuller.size > 1) {
      out.unresolved.push({ op: "definite", kind: "ambiguous", ...at });
    } else if (mentions.some((m) => m.indefinite)) {
      out.unresolved.push({ op: "definite", kind: "introduced", ...at });
    } else if (d.lower !== "the") {
      out.unresolved.push({ op: "definite", kind: "demonstrative", ...at });
    } else if (sceneLike(ts, i, body)) {
      // "The keepers found …" in a past-tense story, the keepers met only as bare before: which
      // keepers, the chapter alone says. (In a present-tense exposition "the candle" is generic;
      // after "of" it is usually an institution named as owner, "the levies of the crown".)
      out.unresolved.push({ op: "definite", kind: "scene", ...at });
    }
    // "the world", "the guild" in a chapter on guilds: nothing to point back to (a repair above still stands).
    if (d.lower === "the" && knownReferent(head, ctx)) out.unresolved.length = from;
    if (inside) for (const d of out.unresolved.slice(from)) d.inside = inside;
    i = end - 1;
  }
  return out;
};
