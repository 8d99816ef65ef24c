// The chapter's main entities and every way the text names them: a biography's subject is "Ada
// Quill", "Quill", "Ada", "Miss Quill", "Quill's". Blanking any of these is trivial (a reader
// answers it without having learnt anything), so a cloze never blanks an alias of the topic.
import type { Analysis } from "../analyse";
import { TITLES } from "../analyse/lexicon";
import { topicWords } from "./topic";
import { spreadNames } from "./spread";
import { printedEntities } from "../decontext/referent";

const cache = new WeakMap<Analysis, Set<string>>();
// Compiled once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp(…)`, which a function
// body would rebuild on every call, and these run once per span or candidate.
const NAME_WORD = /^\p{L}[\p{L}'’.-]*$/u;

export const nameWords = (name: string) => name.toLowerCase().replace(/['’]s\b/g, "").split(/\s+/).filter((w) => NAME_WORD.test(w) && !TITLES.has(w.replace(/\.$/, "")) && w !== "the");

/** Lower-case words that name one of the chapter's main entities. */
export function topicAliases(a: Analysis): Set<string> {
  const hit = cache.get(a);
  if (hit) return hit;
  const out = new Set<string>();
  // Mentions per name word, over every multi-word and one-word name (not dates or numbers): "Quill"
  // counts the mentions of "Ada Quill", "Quill" and "Miss Quill" together.
  const byWord = new Map<string, number>();
  for (const s of a.sentences) for (const e of printedEntities(s)) {
    if (e.kind === "date" || e.kind === "number") continue;
    const words = nameWords(e.text);
    if (words.length) { const last = words.at(-1)!; byWord.set(last, (byWord.get(last) ?? 0) + 1); }
  }
  const ranked = [...byWord].filter(([w]) => w.length >= 3).sort((x, y) => y[1] - x[1]);
  // The main entity stands out: mentioned often, and clearly more than any other name.
  const main = new Set<string>();
  // (and in a good share of its sentences: a philosopher discussed now and then is a fact to learn).
  if (ranked[0] && ranked[0][1] >= 8 && ranked[0][1] >= 1.4 * (ranked[1]?.[1] ?? 0) && ranked[0][1] >= 0.15 * a.sentences.length) main.add(ranked[0][0]);
  // The name the chapter's topic words already single out (its most frequent entity, when it stands out).
  for (const w of topicWords(a)) if ((byWord.get(w) ?? 0) >= 8) main.add(w);
  // Every name the chapter keeps returning to from end to end (./spread): a narrative's several
  // protagonists ("the general", "the king", "the soldiers") all at once, not only the first.
  for (const w of spreadNames(a)) main.add(w);
  for (const w of main) out.add(w);
  // First names and other parts of a full name that ends in a main surname ("Ada" of "Ada Quill").
  for (const s of a.sentences) for (const e of s.entities) {
    const words = nameWords(e.text);
    if (words.length >= 2 && main.has(words.at(-1)!) && e.kind === "person") for (const w of words.slice(0, -1)) if (w.length >= 3) out.add(w);
  }
  cache.set(a, out);
  return out;
}

/** True when every name word of the span is an alias of a main entity ("Miss Quill's", "Ada"). */
export function isTopicAlias(a: Analysis, text: string): boolean {
  const words = nameWords(text);
  if (!words.length) return false;
  const aliases = topicAliases(a);
  return words.every((w) => aliases.has(w));
}
