// Features of a SENTENCE for "would a strong model make a card of it?" (./model.ts): where it stands
// (chapter, section, paragraph), how long it is, how much of the chapter's own vocabulary it carries
// (TF-IDF: the word's count in the chapter against its rarity in general English, ../rank/frequency),
// names, dates and numbers, a term it defines, causal and contrast connectives, the author speaking,
// a quotation or question, an opening that points back, and the chapter's length (a strong model
// asked for about 40 cards chooses a smaller share of a long chapter's sentences). Computed per
// chapter, once per analysis.
import { IS_LOWER_WORD, HAS_LETTER } from "@/lib/cards/letters";
import type { Analysis, AnalysedSentence, Token } from "../analyse";
import { MODALS, tenseOf } from "../analyse/tense";
import { INITIAL_MARKERS } from "../decontext/markers";
import { isEnglishWord, rarity } from "../rank/frequency";
import { MEANING_DIRECTION, MEANING_SIMILARITY, meaningFeatures } from "./meaning";

export const CHOICE_FEATURES = [
  "bias", "position", "chapter-start", "section-position", "paragraph-first", "paragraph-last", "paragraph-alone",
  "log-words", "short", "long", "centrality", "salience-mean", "salience-max", "keyword-share", "rare-share", "unknown-share",
  "persons", "places", "other-names", "has-date", "has-number", "defines-term", "definition-frame", "causal", "contrast",
  "general", "first-person", "second-person", "quotation", "question", "exclamation", "opens-pointing", "opens-connective",
  "unresolved-pronoun", "present-verb", "past-verb", "copula-present", "modal", "no-clause", "quote-paragraph",
  "footnote-cited", "heading-overlap", "chapter-size",
  // The same measures as the sentence's rank among its chapter's sentences (0 lowest, 1 highest):
  // a strong model chooses the best of what a chapter offers, whatever the book's level.
  "centrality-rank", "salience-mean-rank", "salience-max-rank", "keyword-share-rank", "log-words-rank", "rare-share-rank",
  // Session 24: what the sentence says, from word vectors (./meaning.ts), and two of them as ranks.
  ...MEANING_SIMILARITY, "centroid-rank", "meaning-centrality-rank", ...MEANING_DIRECTION,
] as const;
export type ChoiceFeature = (typeof CHOICE_FEATURES)[number];

const CONTENT = new Set(["NOUN", "PROPN", "VERB", "ADJ", "NUM"]);
const KEYWORDS = 15;
// English connectives, not any book's words.
const CAUSAL = /\b(?:because|since|therefore|thus|hence|consequently|accordingly|owing to|due to|in order to|so that|for this reason|the reason|result(?:s|ed)? (?:in|from)|leads? to|led to|caus(?:e|es|ed|ing))\b/i;
const CONTRAST = /\b(?:but|however|although|though|whereas|while|yet|nevertheless|nonetheless|on the contrary|instead|rather than|unlike|despite|in spite of)\b/i;
const GENERAL = /\b(?:always|never|every|all|generally|usually|in general|as a rule|must|no one|nothing)\b/i;
const DEFINITION = /\b(?:is called|are called|is termed|are termed|is known as|are known as|is defined as|means|we (?:call|mean)|that is to say|i\.e\.)\b/i;
const POINTING = /^(?:this|these|that|those|such|it|he|she|they|his|her|its|their|the (?:latter|former|same))\b/i;
// "I" only as a capital; the rest in either case ("We shall see"), but not "US".
const FIRST = /\b(?:I|[Ww]e|[Uu]s|[Oo]urs?|[Mm]y|[Mm]e|[Mm]yself|[Oo]urselves)\b/;
const SECOND = /\b(?:you|your|yours|yourself|yourselves)\b/i;
// Compiled once (tsx turns a \p{…} literal inside a function into a RegExp built on every call). The
// global one is only used with match(), which starts from the beginning whatever lastIndex says.
const QUOTATION = /["“”]|(?:^|\s)['‘]\p{L}/u, OPENING_WORD = /^\p{L}+/u, HEADING_WORD = /\p{L}{4,}/gu;

type ChapterStats = { tfidf: Map<string, number>; keywords: Set<string>; first: Set<number>; last: Set<number>; alone: Set<number>; heading: Set<string>[]; inSection: Map<number, number>[]; content: Token[][] };

const content = (s: AnalysedSentence) => s.tokens.filter((t) => CONTENT.has(t.pos) && !t.stop && t.lemma.length > 1 && HAS_LETTER.test(t.text));
const tfidfOf = (a: Analysis, t: Token) => (Math.log1p(a.lemmaCounts.get(t.lemma) ?? 1) * rarity(t.lower)) / Math.log(50);

function chapterStats(a: Analysis): ChapterStats {
  const tfidf = new Map<string, number>();
  // Each sentence's content words, once (the per-sentence features read them again).
  const words = a.sentences.map(content);
  for (const cw of words) for (const t of cw) if (!tfidf.has(t.lemma)) tfidf.set(t.lemma, tfidfOf(a, t));
  const keywords = new Set([...tfidf].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, KEYWORDS).map(([w]) => w));
  const byParagraph = new Map<number, number[]>();
  for (const s of a.chapter.sentences) {
    const ids = byParagraph.get(s.paragraph);
    if (ids) ids.push(s.id);
    else byParagraph.set(s.paragraph, [s.id]);
  }
  const first = new Set<number>(), last = new Set<number>(), alone = new Set<number>();
  for (const ids of byParagraph.values()) {
    if (ids.length === 1) alone.add(ids[0]);
    else { first.add(ids[0]); last.add(ids[ids.length - 1]); }
  }
  const heading = a.sections.map((sec) => new Set(sec.title.toLowerCase().match(HEADING_WORD) ?? []));
  // Each sentence id's first place in its section's list (what indexOf finds), once per chapter rather
  // than a scan of the section for every sentence (quadratic in a long section).
  const inSection = a.sections.map((sec) => {
    const at = new Map<number, number>();
    sec.sentences.forEach((id, k) => { if (!at.has(id)) at.set(id, k); });
    return at;
  });
  return { tfidf, keywords, first, last, alone, heading, inSection, content: words };
}

/** Each rank feature and the feature it ranks. */
export const RANKED = [["centrality-rank", "centrality"], ["salience-mean-rank", "salience-mean"], ["salience-max-rank", "salience-max"], ["keyword-share-rank", "keyword-share"], ["log-words-rank", "log-words"], ["rare-share-rank", "rare-share"], ["centroid-rank", "centroid-cosine"], ["meaning-centrality-rank", "meaning-centrality"]] as const;

/** Each value's rank among `values` scaled to 0..1 (ties share their mean rank; a lone value is 0). */
export function ranks(values: number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((x, y) => x[0] - y[0]);
  const out = new Array<number>(values.length).fill(0);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    for (let k = i; k <= j; k++) out[order[k][1]] = values.length > 1 ? (i + j) / 2 / (values.length - 1) : 0;
    i = j + 1;
  }
  return out;
}

/** One row of CHOICE_FEATURES per sentence of the analysis, in sentence order. */
export function choiceFeatures(a: Analysis): number[][] {
  const rows = ownFeatures(a);
  for (const [to, from] of RANKED) {
    const r = ranks(rows.map((v) => v[from]));
    rows.forEach((v, i) => { v[to] = r[i]; });
  }
  return rows.map((v) => CHOICE_FEATURES.map((f) => v[f]));
}

type Own = Exclude<ChoiceFeature, (typeof RANKED)[number][0]>;

function ownFeatures(a: Analysis): Record<ChoiceFeature, number>[] {
  const st = chapterStats(a);
  const n = a.sentences.length || 1;
  const meaning = meaningFeatures(a);
  return a.sentences.map((s, i) => {
    const written = (s.context?.before ?? s.sentence.text).trim();
    const words = s.tokens.filter((t) => t.pos !== "PUNCT").length || 1;
    const cw = st.content[i];
    const scores = cw.map((t) => st.tfidf.get(t.lemma) ?? 0);
    const letters = s.tokens.filter((t) => IS_LOWER_WORD.test(t.text));
    const verb = s.clause ? s.tokens[s.clause.verb] : s.tokens.find((t) => t.pos === "AUX" || t.pos === "VERB");
    const tense = tenseOf(verb);
    const section = a.sections[s.section]?.sentences ?? [i];
    // (The table answers whenever the sentence is in its section; the scan only for a sentence outside any.)
    const at = st.inSection[s.section]?.get(s.sentence.id) ?? section.indexOf(s.sentence.id);
    const padded = ` ${s.tokens.map((t) => t.lower).join(" ")} `;
    const kinds = (k: string[]) => s.entities.filter((e) => k.includes(e.kind)).length;
    const v: Record<Own, number> = {
      bias: 1,
      position: i / n,
      "chapter-start": i < 3 ? 1 : 0,
      "section-position": section.length > 1 && at >= 0 ? at / (section.length - 1) : 0,
      "paragraph-first": st.first.has(s.sentence.id) ? 1 : 0,
      "paragraph-last": st.last.has(s.sentence.id) ? 1 : 0,
      "paragraph-alone": st.alone.has(s.sentence.id) ? 1 : 0,
      "log-words": Math.log(words) / Math.log(60),
      short: words < 8 ? 1 : 0,
      long: words > 45 ? 1 : 0,
      centrality: a.centrality[i] ?? 0,
      "salience-mean": scores.length ? scores.reduce((x, y) => x + y, 0) / scores.length : 0,
      "salience-max": Math.max(0, ...scores),
      "keyword-share": cw.length ? cw.filter((t) => st.keywords.has(t.lemma)).length / cw.length : 0,
      "rare-share": cw.length ? cw.filter((t) => rarity(t.lower) >= 0.55).length / cw.length : 0,
      "unknown-share": letters.length ? letters.filter((t) => !isEnglishWord(t.lower)).length / letters.length : 0,
      persons: Math.min(3, kinds(["person"])) / 3,
      places: Math.min(3, kinds(["place"])) / 3,
      "other-names": Math.min(3, kinds(["org", "group", "name"])) / 3,
      "has-date": kinds(["date"]) ? 1 : 0,
      "has-number": kinds(["number"]) ? 1 : 0,
      "defines-term": [...a.defined].some((d) => padded.includes(` ${d} `)) ? 1 : 0,
      "definition-frame": DEFINITION.test(written) ? 1 : 0,
      causal: CAUSAL.test(written) ? 1 : 0,
      contrast: CONTRAST.test(written) ? 1 : 0,
      general: GENERAL.test(written) ? 1 : 0,
      "first-person": FIRST.test(written) ? 1 : 0,
      "second-person": SECOND.test(written) ? 1 : 0,
      quotation: QUOTATION.test(written) ? 1 : 0,
      question: /\?["”’')]*$/.test(written) ? 1 : 0,
      exclamation: /!["”’')]*$/.test(written) ? 1 : 0,
      "opens-pointing": POINTING.test(written) ? 1 : 0,
      "opens-connective": INITIAL_MARKERS.has(written.match(OPENING_WORD)?.[0].toLowerCase() ?? "") ? 1 : 0,
      "unresolved-pronoun": s.pronoun && !s.pronoun.resolved ? 1 : 0,
      "present-verb": tense === "present" ? 1 : 0,
      "past-verb": tense === "past" ? 1 : 0,
      "copula-present": tense === "present" && verb?.lemma === "be" ? 1 : 0,
      modal: s.tokens.some((t) => MODALS.has(t.lower)) ? 1 : 0,
      "no-clause": s.clause ? 0 : 1,
      "quote-paragraph": a.chapter.paragraphs[s.sentence.paragraph]?.kind === "quote" ? 1 : 0,
      "footnote-cited": s.sentence.footnoteRefs.length ? 1 : 0,
      "heading-overlap": (st.heading[s.section]?.size ?? 0) > 0 ? [...st.heading[s.section]].filter((w) => padded.includes(` ${w} `)).length / st.heading[s.section].size : 0,
      "chapter-size": Math.log(n) / Math.log(1000),
      ...meaning[i],
    };
    return v as Record<ChoiceFeature, number>;
  });
}
