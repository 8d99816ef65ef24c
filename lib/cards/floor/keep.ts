// What keeps a card from the floor: signals, read off the chapter itself, that the card carries one
// of the chapter's key facts, so that the floor (./model.ts, p(reject)) does not trade the facts a
// reader must learn for a few fewer rejects. A fitted p(key) (scripts/fit-floor-keep.ts: target "the
// card covers a must-know fact" on the training books' gold lists) reads these and a few of the
// ranker's features; a card whose p(key) reaches the keep threshold is never dropped, and no chapter
// loses more than a share of its cards. Nothing here names a book: the signals are about how a
// chapter writes its key terms (it repeats them, defines them, introduces them once and returns to
// them, puts them in its title), tested on invented text (tests/unit/cards/floor-keep.test.ts).
import type { Analysis } from "../analyse";
import type { Candidate } from "../candidates";
import { FEATURE_NAMES } from "../rank/features";
import { sigmoid } from "../rank/model";
import { plainFront } from "./features";
import { rejectProbability, type FloorWeights } from "./model";
import fitted from "./keep-weights.json";

export const KEY_FEATURES = ["key-name", "key-word", "carries-defined", "introduces-key", "title-word", "key-terms", "card-words"] as const;
/** The first fit's (session 14's pre-registered variant) key signals; "key-terms" and "card-words" came with the second. */
export const FIRST_KEY_FEATURES: readonly KeyFeature[] = ["key-name", "key-word", "carries-defined", "introduces-key", "title-word"];
export type KeyFeature = (typeof KEY_FEATURES)[number];

/** The ranker's features the first fit's p(key) read as well (what the sentence says and where, not how the card is cut). */
export const KEY_RANKER_FEATURES = ["centrality", "sentence-entities", "sentence-dates", "defined-term", "answer-salience", "entity-coverage", "position", "sentence-length", "type:cloze"] as const;

/** A term recurs when the chapter uses it this often: once is a mention, three times a subject of the chapter. */
const RECURS = 3;
const CONTENT_POS = new Set(["NOUN", "PROPN", "ADJ", "VERB"]);

type ChapterKeys = { maxLemma: number; titleWords: Set<string>[] };
const cache = new WeakMap<Analysis, ChapterKeys>();
const wordsOf = (s: string) => new Set((s.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.replace(/s$/, "")));

function chapterKeys(a: Analysis): ChapterKeys {
  let k = cache.get(a);
  if (!k) {
    const chapterTitle = wordsOf(a.chapter.title ?? "");
    k = {
      maxLemma: Math.max(1, ...a.lemmaCounts.values()),
      // The chapter's title and each section's: the words an author chose to name what it is about.
      titleWords: a.sections.map((s) => new Set([...chapterTitle, ...wordsOf(s.title ?? "")])),
    };
    cache.set(a, k);
  }
  return k;
}

// Whether `term` stands in `text` as a whole word. It looks at the FIRST occurrence only: "law" in
// "the lawyer reads the law" is not found, because the first "law" is inside "lawyer". Known and left
// as it is (session 15): p(key)'s weights (keep-weights.json) were fitted on these values, so reading
// every occurrence would change the fitted model's input; the floor is off (./switch.ts), and a
// refit belongs with the next floor measurement, not with a tidy-up.
const hasWord = (text: string, term: string) => {
  const at = text.indexOf(term);
  if (at < 0) return false;
  const before = text[at - 1], after = text[at + term.length];
  return !(before && /\p{L}/u.test(before)) && !(after && /\p{L}/u.test(after));
};

/** The key-fact signals of one candidate, in KEY_FEATURES order (each 0..1). */
export function keyFeatures(c: Candidate, a: Analysis): number[] {
  const s = a.sentences[c.sentence];
  const text = `${plainFront(c.front)} ${c.back}`.toLowerCase();
  const k = chapterKeys(a);
  // The most repeated name the card shows, against the chapter's most repeated name.
  let keyName = 0, introduces = 0;
  for (const e of s?.entities ?? []) {
    if (e.kind === "date" || e.kind === "number") continue;
    const lower = e.text.toLowerCase();
    if (!hasWord(text, lower)) continue;
    const n = a.entityCounts.get(lower) ?? 0;
    if (a.topEntityCount > 0) keyName = Math.max(keyName, Math.min(1, n / a.topEntityCount));
    if (n >= RECURS && a.firstSeen.get(lower) === c.sentence) introduces = 1;
  }
  // The most repeated content word the card shows, against the chapter's most repeated one.
  // And how many of the chapter's recurring words it shows: a fact joins two of its key terms.
  let keyWord = 0;
  const recurring = new Set<string>();
  for (const t of s?.tokens ?? []) {
    if (t.stop || !CONTENT_POS.has(t.pos) || t.lower.length < 4 || !hasWord(text, t.lower)) continue;
    const n = a.lemmaCounts.get(t.lemma) ?? 0;
    keyWord = Math.max(keyWord, n / k.maxLemma);
    if (n >= RECURS) recurring.add(t.lemma);
    if (n >= RECURS && a.firstSeen.get(t.lemma) === c.sentence) introduces = 1;
  }
  let defined = 0;
  for (const term of a.defined) if (term.length >= 3 && hasWord(text, term)) { defined = 1; break; }
  const titles = k.titleWords[s?.section ?? 0] ?? new Set<string>();
  const title = [...wordsOf(text)].some((w) => titles.has(w)) ? 1 : 0;
  const v: Record<KeyFeature, number> = {
    "key-name": keyName, "key-word": keyWord, "carries-defined": defined, "introduces-key": introduces, "title-word": title,
    "key-terms": Math.min(1, recurring.size / 5),
    // A longer card says more of its sentence, so more of a fact's terms.
    "card-words": Math.min(1, (text.match(/\S+/g)?.length ?? 0) / 60),
  };
  return KEY_FEATURES.map((f) => v[f]);
}

/** Every feature p(key) can read, in vector order: the ranker's (bias first), then the key signals; a fit weighs a subset. */
export const KEY_MODEL_FEATURES: string[] = [...FEATURE_NAMES, ...KEY_FEATURES];

/** The p(key) vector of a candidate from its ranker features `x` and the chapter. */
export const keyVector = (c: Candidate, x: number[], a: Analysis): number[] => [...x, ...keyFeatures(c, a)];

/** `weights`: p(key)'s, by feature name; `threshold`: a card at or above it is kept; `cap`: the most of a chapter's shown cards the floor may drop. */
export type KeepWeights = { weights: Record<string, number>; threshold: number; cap: number };

export function keyProbability(v: number[], w: KeepWeights): number {
  let z = 0;
  KEY_MODEL_FEATURES.forEach((f, i) => { z += (w.weights[f] ?? 0) * v[i]; });
  return sigmoid(z);
}

/**
 * The cards a key-keeping floor keeps, in their order: a card is dropped when its p(reject) reaches
 * `rejectAt` and its p(key) is under `keepAt`, the likeliest rejects first, at most `cap` of the
 * chapter's cards (rounded down), and never all of them.
 */
export function applyKeepingFloor<T>(cards: T[], reject: (card: T) => number, key: (card: T) => number, rejectAt: number, keepAt: number, cap: number): T[] {
  const droppable = cards.filter((c) => reject(c) >= rejectAt && key(c) < keepAt).sort((x, y) => reject(y) - reject(x));
  const most = Math.min(Math.floor(cap * cards.length + 1e-9), cards.length - 1);
  const dropped = new Set(droppable.slice(0, Math.max(0, most)));
  return cards.filter((c) => !dropped.has(c));
}

/** The key-keeping floor as fitted (scripts/fit-floor-keep.ts --write): its own p(reject), fitted without the user sample, and p(key). */
export const KEEPING_FLOOR = { reject: { source: fitted.source, ...fitted.reject } as FloorWeights, keep: fitted.keep as KeepWeights };

/** What the pipeline calls when the floor is on: the shown cards (with their floor vectors `v`) the key-keeping floor keeps. */
export function keepingFloor<T extends { c: Candidate; x: number[]; v: number[] }>(cards: T[], a: Analysis, f = KEEPING_FLOOR): T[] {
  const p = new Map(cards.map((s) => [s, rejectProbability(s.v, f.reject)]));
  const k = new Map(cards.map((s) => [s, keyProbability(keyVector(s.c, s.x, a), f.keep)]));
  return applyKeepingFloor(cards, (s) => p.get(s)!, (s) => k.get(s)!, f.reject.threshold, f.keep.threshold, f.keep.cap);
}
