// The chapter's dominant topic words: the subject of a biography, the candle of a lecture on
// candles. A blank on one of them is answered without learning anything.
import { HAS_THREE_LETTERS, IS_WORD_OF_THREE } from "@/lib/cards/letters";
import type { Analysis } from "../analyse";

const TITLES = new Set(["sir", "lady", "lord", "miss", "mrs", "mr", "mme", "dr", "doctor", "professor", "captain", "general", "colonel", "king", "queen", "prince", "princess", "saint", "bishop", "father", "mother", "the"]);

const topics = new WeakMap<Analysis, Set<string>>();

/** The chapter's dominant topic words (lower case): its most frequent name or noun when it stands out, and the title's nouns. */
export function topicWords(a: Analysis): Set<string> {
  let t = topics.get(a);
  if (t) return t;
  t = new Set<string>();
  const ents = [...a.entityCounts].filter(([k]) => HAS_THREE_LETTERS.test(k)).sort((x, y) => y[1] - x[1]);
  // A name is the topic when it is in a good share of the sentences too: a philosopher a chapter
  // discusses in a tenth of its sentences is a fact to learn, a biography's subject is not.
  if (ents[0] && ents[0][1] >= 8 && ents[0][1] >= 1.4 * (ents[1]?.[1] ?? 0) && ents[0][1] >= 0.15 * a.sentences.length) {
    const last = ents[0][0].split(/\s+/).at(-1)!;
    t.add(last);
    // The same person by first name ("Ada" for "Ada Quill"): any full form ending on the topic word.
    for (const [name] of ents) {
      const words = name.split(/\s+/);
      if (words.length >= 2 && words.at(-1) === last && IS_WORD_OF_THREE.test(words[0]) && !TITLES.has(words[0])) t.add(words[0]);
    }
  }
  const lemmas = [...a.lemmaCounts].filter(([k]) => IS_WORD_OF_THREE.test(k)).sort((x, y) => y[1] - x[1]);
  if (lemmas[0] && lemmas[0][1] >= 10 && lemmas[0][1] >= 1.5 * (lemmas[1]?.[1] ?? 0)) t.add(lemmas[0][0]);
  // A title's nouns that the chapter keeps using ("A Candle" over a lecture that says "candle" 88 times).
  const title = (a.chapter.title ?? "").toLowerCase().match(/\p{L}{3,}/gu) ?? [];
  for (const w of title) {
    const lemma = w.replace(/s$/, "");
    if ((a.lemmaCounts.get(lemma) ?? 0) >= 10 || (a.lemmaCounts.get(w) ?? 0) >= 10) t.add(lemma);
  }
  topics.set(a, t);
  return t;
}

