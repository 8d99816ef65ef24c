// How far through a chapter a name reaches. A name the chapter mentions in stretch after stretch
// of its text (its protagonist, the people or place the whole story happens to) is known to anyone
// who has read the chapter's title or a page of it: blanking it teaches nothing. A name mentioned
// as often but in one passage only (a philosopher discussed in one section, an author cited twice)
// is a fact to learn. Counting stretches rather than mentions tells the two apart.
import type { Analysis } from "../analyse";
import { TITLES } from "../analyse/lexicon";

/** Sentences per stretch of text. */
export const BLOCK = 10;
/** A name is the chapter's own when it appears in at least this share of its stretches… */
export const SPREAD = 0.5;
/** …in at least this many sentences (a short chapter's few stretches say little), and the chapter has at least MIN_BLOCKS stretches. */
export const MIN_MENTIONS = 8;
export const MIN_BLOCKS = 4;

// The words a name is counted by: the last word of the name, singular ("the Tollers", "a Toller").
const key = (w: string) => w.replace(/(?<=\p{L}{3})s$/u, "");
const lastWord = (name: string) => name.toLowerCase().replace(/['’]s\b/g, "").split(/\s+/).filter((w) => /^\p{L}[\p{L}'’.-]*$/u.test(w) && !TITLES.has(w.replace(/\.$/, "")) && w !== "the").at(-1);

const cache = new WeakMap<Analysis, Set<string>>();

/** Lower-case last words of the names that reach across the chapter (each with its singular and plural form). */
export function spreadNames(a: Analysis): Set<string> {
  const hit = cache.get(a);
  if (hit) return hit;
  const out = new Set<string>();
  const blocks = Math.ceil(a.sentences.length / BLOCK);
  if (blocks >= MIN_BLOCKS) {
    const sentences = new Map<string, Set<number>>();
    const forms = new Map<string, Set<string>>();
    a.sentences.forEach((s, i) => {
      for (const e of s.entities) {
        if (e.kind === "date" || e.kind === "number") continue;
        const w = lastWord(e.text);
        if (!w || w.length < 3) continue;
        const k = key(w);
        if (!sentences.has(k)) { sentences.set(k, new Set()); forms.set(k, new Set()); }
        sentences.get(k)!.add(i);
        forms.get(k)!.add(w);
      }
    });
    for (const [k, set] of sentences) {
      if (set.size < MIN_MENTIONS) continue;
      const reached = new Set([...set].map((i) => Math.floor(i / BLOCK))).size;
      if (reached / blocks >= SPREAD) for (const w of [k, `${k}s`, ...forms.get(k)!]) out.add(w);
    }
  }
  cache.set(a, out);
  return out;
}

/** Nouns (by lemma, lower case) the chapter uses in at least TERM_SPREAD of its stretches: its running subject matter. */
export const TERM_SPREAD = 0.6;
const nounCache = new WeakMap<Analysis, Set<string>>();

export function spreadNouns(a: Analysis): Set<string> {
  const hit = nounCache.get(a);
  if (hit) return hit;
  const out = new Set<string>();
  const blocks = Math.ceil(a.sentences.length / BLOCK);
  if (blocks >= MIN_BLOCKS) {
    const reach = new Map<string, Set<number>>();
    a.sentences.forEach((s, i) => {
      for (const t of s.tokens) {
        if (t.stop || !/^(?:NOUN|PROPN)$/.test(t.pos) || !/\p{L}{3}/u.test(t.lemma)) continue;
        const k = t.lemma.toLowerCase();
        if (!reach.has(k)) reach.set(k, new Set());
        reach.get(k)!.add(Math.floor(i / BLOCK));
      }
    });
    for (const [k, set] of reach) if (set.size / blocks >= TERM_SPREAD) out.add(k);
  }
  nounCache.set(a, out);
  return out;
}
