// What a sentence is about, read from general-English word vectors (../vectors): each sentence's
// vector is the mean of its content words' unit vectors weighted by their rarity in general English
// (an IDF: "the" weighs nothing). From it: how near the sentence lies to its chapter's centre, to its
// paragraph's other sentences, to its section's heading (or the chapter's title), how much it says
// that the few sentences before it did not, and its mean cosine to every other sentence of the chapter
// (a centrality by meaning rather than shared words, computed from the sum of the unit vectors in
// linear time). Also the vector's own direction, as its projections on the table's 16 leading
// principal components (general English, ../vectors/meta.json): which kinds of claim a strong model
// cards, whatever the chapter.
import { LETTER_INITIAL } from "@/lib/cards/letters";
import type { Analysis, AnalysedSentence } from "../analyse";
import { rarity } from "../rank/frequency";
import { cosine, dot, meanVector, wordVectors } from "../vectors/word-vectors";

export const MEANING_SIMILARITY = ["known-share", "centroid-cosine", "paragraph-cosine", "heading-cosine", "novelty", "meaning-centrality"] as const;
export const DIRECTIONS = 16;
export const MEANING_DIRECTION = Array.from({ length: DIRECTIONS }, (_, k) => `direction-${k}` as `direction-${number}`);
export type MeaningFeature = (typeof MEANING_SIMILARITY)[number] | `direction-${number}`;

const CONTENT = new Set(["NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM"]);
// How many sentences back "novelty" looks.
const BEFORE = 5;

const weighted = (words: string[]) => words.map((w) => ({ word: w, weight: rarity(w) }));
const contentWords = (s: AnalysedSentence) => s.tokens.filter((t) => CONTENT.has(t.pos) && !t.stop && LETTER_INITIAL.test(t.text)).map((t) => t.lower);
// (Compiled once: a \p{…} literal inside a function is rebuilt on every call once transpiled; match() with g starts from 0.)
const TITLE_WORD = /\p{L}+(?:['-]\p{L}+)*/gu;
const titleWords = (title: string) => (title.toLowerCase().match(TITLE_WORD) ?? []).filter((w) => w.length > 2);

const unit = (v: Float32Array | null) => {
  const n = v ? Math.sqrt(dot(v, v)) : 0;
  if (!v || !n) return null;
  for (let k = 0; k < v.length; k++) v[k] /= n;
  return v;
};

/** One record of meaning features per sentence of the analysis, in sentence order. */
export function meaningFeatures(a: Analysis): Record<MeaningFeature, number>[] {
  const t = wordVectors();
  const words = a.sentences.map(contentWords);
  const vecs = words.map((w) => unit(meanVector(weighted(w), t)));
  const sum = new Float32Array(t.dims);
  let known = 0;
  for (const v of vecs) if (v) { known++; for (let k = 0; k < t.dims; k++) sum[k] += v[k]; }
  // Each paragraph's sum of unit vectors, once: a sentence's paragraph vector is it less the sentence's
  // own (summing the others for every sentence was quadratic in a paragraph's length).
  const paragraphSums = new Map<number, Float32Array>();
  a.sentences.forEach((s, i) => {
    const v = vecs[i];
    if (!v) return;
    let p = paragraphSums.get(s.sentence.paragraph);
    if (!p) paragraphSums.set(s.sentence.paragraph, (p = new Float32Array(t.dims)));
    for (let k = 0; k < t.dims; k++) p[k] += v[k];
  });
  const headings = a.sections.map((sec) => meanVector(weighted(titleWords(sec.title || a.chapter.title)), t));
  return a.sentences.map((s, i) => {
    const v = vecs[i];
    const out: Record<string, number> = {};
    const w = words[i];
    out["known-share"] = w.length ? w.filter((x) => t.index.has(x)).length / w.length : 0;
    // (Copies made by the typed-array constructor: Float32Array.from walks an iterator per element.)
    const others = new Float32Array(sum);
    if (v) for (let k = 0; k < t.dims; k++) others[k] -= v[k];
    out["centroid-cosine"] = cosine(v, others);
    const own = paragraphSums.get(s.sentence.paragraph);
    const para = own ? new Float32Array(own) : new Float32Array(t.dims);
    if (v) for (let k = 0; k < t.dims; k++) para[k] -= v[k];
    out["paragraph-cosine"] = cosine(v, para);
    out["heading-cosine"] = cosine(v, headings[s.section] ?? null);
    let near = 0;
    for (let j = Math.max(0, i - BEFORE); j < i; j++) near = Math.max(near, cosine(v, vecs[j]));
    out.novelty = v ? 1 - near : 0;
    out["meaning-centrality"] = v && known > 1 ? dot(v, others) / (known - 1) : 0;
    MEANING_DIRECTION.forEach((f, k) => { const c = t.components?.[k]; let z = 0; if (v && c) for (let d = 0; d < t.dims; d++) z += c[d] * v[d]; out[f] = z; });
    return out as Record<MeaningFeature, number>;
  });
}
