// How far through a chapter a name reaches. A name the chapter mentions in stretch after stretch
// of its text (its protagonist, the people or place the whole story happens to) is known to anyone
// who has read the chapter's title or a page of it: blanking it teaches nothing. A name mentioned
// as often but in one passage only (a philosopher discussed in one section, an author cited twice)
// is a fact to learn. Counting stretches rather than mentions tells the two apart.
import { HAS_THREE_LETTERS } from "@/lib/cards/letters";
import type { AnalysedSentence, Analysis } from "../analyse";
import { TITLES } from "../analyse/lexicon";
import { printedEntities } from "../decontext/referent";

/** Sentences per stretch of text. */
export const BLOCK = 10;
/** A name is the chapter's own when it appears in at least this share of its stretches… */
export const SPREAD = 0.5;
/** …in at least this many sentences (a short chapter's few stretches say little), and the chapter has at least MIN_BLOCKS stretches. */
export const MIN_MENTIONS = 8;
export const MIN_BLOCKS = 4;

// The words a name is counted by: the last word of the name, singular ("the Tollers", "a Toller").
// (Compiled once: a \p{…} literal in a function is rebuilt on every call once transpiled.)
const PLURAL_S = /(?<=\p{L}{3})s$/u, NAME_WORD = /^\p{L}[\p{L}'’.-]*$/u;
const key = (w: string) => w.replace(PLURAL_S, "");
const lastWord = (name: string) => name.toLowerCase().replace(/['’]s\b/g, "").split(/\s+/).filter((w) => NAME_WORD.test(w) && !TITLES.has(w.replace(/\.$/, "")) && w !== "the").at(-1);

/** What the chapter does with one key: the sentences it is in, how often, in which stretches, in which written forms. */
export type Reach = { sentences: Set<number>; mentions: number; blocks: Set<number>; forms: Set<string> };

/**
 * Counts, for every key `keysOf` finds in a sentence (with the form it was written in), where the
 * chapter uses it; `keep` then picks the keys that reach far enough (given the chapter's number of
 * stretches). A chapter of fewer than MIN_BLOCKS stretches keeps none. One result per analysis.
 */
export function spreadBy(keysOf: (s: AnalysedSentence, i: number) => Iterable<readonly [key: string, form: string]>, keep: (r: Reach, blocks: number) => boolean, expand: (key: string, r: Reach) => Iterable<string> = (k) => [k]): (a: Analysis) => Set<string> {
  const cache = new WeakMap<Analysis, Set<string>>();
  return (a) => {
    const hit = cache.get(a);
    if (hit) return hit;
    const out = new Set<string>();
    const blocks = Math.ceil(a.sentences.length / BLOCK);
    if (blocks >= MIN_BLOCKS) {
      const reach = new Map<string, Reach>();
      a.sentences.forEach((s, i) => {
        for (const [k, form] of keysOf(s, i)) {
          const r = reach.get(k) ?? { sentences: new Set<number>(), mentions: 0, blocks: new Set<number>(), forms: new Set<string>() };
          r.sentences.add(i); r.mentions++; r.blocks.add(Math.floor(i / BLOCK)); r.forms.add(form);
          reach.set(k, r);
        }
      });
      for (const [k, r] of reach) if (keep(r, blocks)) for (const w of expand(k, r)) out.add(w);
    }
    cache.set(a, out);
    return out;
  };
}

/** Lower-case last words of the names that reach across the chapter (each with its singular and plural form). */
export const spreadNames = spreadBy(
  function* (s) {
    for (const e of printedEntities(s)) {
      if (e.kind === "date" || e.kind === "number") continue;
      const w = lastWord(e.text);
      if (w && w.length >= 3) yield [key(w), w] as const;
    }
  },
  (r, blocks) => r.sentences.size >= MIN_MENTIONS && r.blocks.size / blocks >= SPREAD,
  (k, r) => [k, `${k}s`, ...r.forms],
);

/** Nouns (by lemma, lower case) the chapter uses in at least TERM_SPREAD of its stretches: its running subject matter. */
export const TERM_SPREAD = 0.6;
export const spreadNouns = spreadBy(
  function* (s) {
    for (const t of s.tokens) {
      if (t.stop || !/^(?:NOUN|PROPN)$/.test(t.pos) || !HAS_THREE_LETTERS.test(t.lemma)) continue;
      yield [t.lemma.toLowerCase(), t.lemma] as const;
    }
  },
  (r, blocks) => r.blocks.size / blocks >= TERM_SPREAD,
);
