// What the context-dependence model (./context-model.ts) reads of a card: general signals that a
// card needs the chapter around it, from the card's shown text and its sentence's place in the
// chapter. Cheap by design (word regexes over one card and the lemma sets of three sentences): the
// gate runs on every candidate the other gates pass.
import { UPPER_INITIAL } from "@/lib/cards/letters";
import type { AnalysedSentence, Analysis } from "../analyse";
import type { Candidate } from "../candidates";
import { shownDependences, written } from "../decontext";
import { rarity } from "../rank/frequency";
import { shown } from "./types";
import { shownSceneNouns } from "./scene-anchor";
import { firstFiniteTense } from "../analyse/tense";

export const CONTEXT_FEATURES = [
  "bias", "qa", "clause-answer", "pronoun-resolved", "pronoun-first", "pronoun-no-noun-before", "demonstrative", "such",
  "former-latter", "same-other", "also-too-again", "connective-shown", "connective-written", "definite-previous",
  "definite-earlier", "definite-any", "definite-first", "scene-noun", "shell-noun", "comparative-no-standard", "ordinal", "quote-no-speaker", "deixis", "paragraph-first",
  "paragraph-position", "names", "dates", "past-tense", "narrative-chapter", "definite-unnamed", "chapter-words", "rarity", "dependences", "repairs", "length",
] as const;
export type ContextFeature = (typeof CONTEXT_FEATURES)[number];

const PERSONAL = new Set(["he", "she", "him", "his", "her"]);
const SINGULAR = new Set([...PERSONAL, "it", "its"]);
const PLURAL = new Set(["they", "them", "their"]);
const CONNECTIVE = new Set(["but", "and", "yet", "so", "hence", "thus", "therefore", "however", "moreover", "furthermore", "besides", "nevertheless", "nonetheless", "accordingly", "consequently", "indeed", "then", "still", "again", "also", "now", "finally", "lastly", "secondly", "thirdly", "instead", "otherwise", "nor", "or", "for", "here", "there", "meanwhile", "similarly", "likewise", "conversely", "rather"]);
const CONNECTIVE_PHRASE = /^(?:on the (?:contrary|other hand)|in (?:fact|short|this|that|these|those|the same|such|both|either|consequence)|for (?:this|that|these|such)|at the same|of (?:this|these|those|the (?:first|second|former|latter))|to (?:this|these|that)|by (?:this|these|such)|after (?:this|that)|with (?:this|these|that))\b/;
// Shell nouns (nouns whose content is a proposition or an entity given elsewhere): bare "the X" of
// one is a pointer. A closed grammatical class of general English.
const SHELL = new Set(["fact", "question", "answer", "case", "reason", "result", "consequence", "point", "view", "argument", "principle", "matter", "problem", "difference", "effect", "process", "method", "idea", "doctrine", "theory", "rule", "plan", "scheme", "proposal", "event", "change", "position", "situation", "experiment", "phenomenon", "conclusion"]);
const RESTRICTS = new Set(["of", "which", "that", "who", "whom", "whose", "in", "on", "at", "for", "from", "with", "by", "to", "called", "known", "between", "among", "under", "over"]);
const COMPARATIVE = /\b(?:more|less|fewer|greater|larger|smaller|higher|lower|better|worse|earlier|later|stronger|weaker|older|younger|further|farther|longer|shorter)\b/;
const ORDINAL = /\b(?:the|this|that) (?:first|second|third|fourth|fifth|last|next|previous|preceding|following)\b|\bof the (?:first|second|third|one|other) (?:kind|class|sort|case)\b/;
const SAY = /\b(?:said|says|say|wrote|writes|write|declared|declares|replied|asked|cried|exclaimed|observed|remarked|answered|called|told)\b/;
const DEIXIS = /\b(?:here|there|then|now|today|yesterday|hitherto|thereupon|thereby|therein|whereupon)\b/;
const NAME_KINDS = new Set(["person", "place", "org", "group", "name"]);

const clip = (x: number, cap: number) => Math.min(1, x / cap);

/** The words the rater reads: a cloze filled in, or a question with its answer. */
export const cardText = (c: Candidate) => (c.kind === "cloze" ? shown(c) : `${c.front} ${c.back}`);

/** Lemmas of the nouns of up to `n` sentences before `i`. */
function nounsBefore(a: Analysis, i: number, n: number): Set<string> {
  const out = new Set<string>();
  for (let k = Math.max(0, i - n); k < i; k++) for (const t of a.sentences[k].tokens) if (t.pos === "NOUN") out.add(t.lemma);
  return out;
}

/** Index of sentence `i` in its paragraph (0 = the paragraph opens with it). */
function paragraphIndex(a: Analysis, i: number): number {
  const p = a.chapter.sentences[i].paragraph;
  let k = i;
  while (k > 0 && a.chapter.sentences[k - 1].paragraph === p) k--;
  return i - k;
}

// A chapter's share of past-tense sentences (a story's descriptions point into its scene), once per chapter.
const pastShare = new WeakMap<Analysis, number>();
function narrativeShare(a: Analysis): number {
  let v = pastShare.get(a);
  if (v === undefined) pastShare.set(a, (v = a.sentences.filter((s) => firstFiniteTense(s.tokens) === "past").length / (a.sentences.length || 1)));
  return v;
}

/** The card's words with the part of speech and lemma the sentence gave them (unknown: inserted by a question). */
function cardWords(text: string, s: AnalysedSentence) {
  const pos = new Map<string, { pos: string; lemma: string }>();
  for (const t of s.tokens) if (!pos.has(t.lower)) pos.set(t.lower, { pos: t.pos, lemma: t.lemma });
  return (text.match(/[\p{L}][\p{L}'’-]*/gu) ?? []).map((w) => ({ w: w.toLowerCase(), cap: UPPER_INITIAL.test(w), ...(pos.get(w.toLowerCase()) ?? { pos: "X", lemma: w.toLowerCase() }) }));
}

export function contextFeatures(c: Candidate, a: Analysis): number[] {
  const s = a.sentences[c.sentence];
  const text = cardText(c), lower = text.toLowerCase();
  const words = cardWords(text, s);
  const prev = nounsBefore(a, c.sentence, 3), earlier = nounsBefore(a, c.sentence, 12);
  let bare = 0, defPrev = 0, defEarlier = 0, defAny = 0, shell = 0, defFirst = 0;
  words.forEach((x, i) => {
    if (SINGULAR.has(x.w) || PLURAL.has(x.w)) {
      const before = words.slice(0, i);
      // A person's pronoun needs a name before it; "it" a noun; "they" a plural noun or a name.
      const has = PERSONAL.has(x.w) ? before.some((b) => b.pos === "PROPN" || b.cap && b !== words[0]) : SINGULAR.has(x.w) ? before.some((b) => b.pos === "NOUN" || b.pos === "PROPN") : before.some((b) => b.pos === "PROPN" || b.pos === "NOUN" && /s$/.test(b.w));
      if (!has) bare++;
    }
    if (x.w !== "the") return;
    // "the (adjective)* noun", not followed by a restricting of-phrase, relative or preposition.
    let j = i + 1;
    while (words[j] && words[j].pos === "ADJ") j++;
    const head = words[j];
    if (!head || head.pos !== "NOUN" || (words[j + 1] && (words[j + 1].pos === "NOUN" || RESTRICTS.has(words[j + 1].w)))) return;
    defAny++;
    if (i === 0) defFirst = 1;
    if (SHELL.has(head.lemma)) shell++;
    if (prev.has(head.lemma)) defPrev++;
    else if (earlier.has(head.lemma)) defEarlier++;
  });
  const content = words.filter((x) => (x.pos === "NOUN" || x.pos === "VERB" || x.pos === "ADJ") && x.w.length > 2);
  const opening = written(s).toLowerCase();
  const firstWord = (t: string) => /^[\p{L}]+/u.exec(t)?.[0] ?? "";
  const pi = paragraphIndex(a, c.sentence);
  const ents = s.entities.filter((e) => text.includes(e.text));
  const v: Record<ContextFeature, number> = {
    bias: 1,
    qa: c.kind === "qa" ? 1 : 0,
    "clause-answer": c.answerKind === "clause" ? 1 : 0,
    "pronoun-resolved": s.pronoun?.resolved && s.pronoun.text && text.includes(s.pronoun.text) ? 1 : 0,
    "pronoun-first": SINGULAR.has(words[0]?.w ?? "") || PLURAL.has(words[0]?.w ?? "") ? 1 : 0,
    "pronoun-no-noun-before": clip(bare, 2),
    demonstrative: clip((lower.match(/\b(?:this|these|those)\b/g) ?? []).length, 2),
    such: /\bsuch\b/.test(lower) ? 1 : 0,
    "former-latter": /\b(?:former|latter|aforesaid|above-mentioned|foregoing)\b/.test(lower) ? 1 : 0,
    "same-other": /\b(?:the same|the other|another|others?)\b/.test(lower) ? 1 : 0,
    "also-too-again": /\b(?:also|too|again|likewise|similarly|as well)\b/.test(lower) ? 1 : 0,
    "connective-shown": CONNECTIVE.has(firstWord(lower)) || CONNECTIVE_PHRASE.test(lower) ? 1 : 0,
    "connective-written": CONNECTIVE.has(firstWord(opening)) || CONNECTIVE_PHRASE.test(opening) ? 1 : 0,
    "definite-previous": clip(defPrev, 2),
    "definite-earlier": clip(defEarlier, 2),
    "definite-any": clip(defAny, 3),
    "definite-first": defFirst,
    // A bare description of a story's scene ("the carts") the scene-anchor gate let through.
    "scene-noun": clip(shownSceneNouns(s, text, false).length, 1),
    "shell-noun": clip(shell, 1),
    "comparative-no-standard": COMPARATIVE.test(lower) && !/\bthan\b/.test(lower) ? 1 : 0,
    ordinal: ORDINAL.test(lower) ? 1 : 0,
    "quote-no-speaker": /["“”]/.test(text) && !SAY.test(lower) ? 1 : 0,
    deixis: DEIXIS.test(lower) ? 1 : 0,
    "paragraph-first": pi === 0 ? 1 : 0,
    "paragraph-position": clip(Math.log1p(pi), Math.log(10)),
    names: clip(ents.filter((e) => NAME_KINDS.has(e.kind)).length, 3),
    dates: ents.some((e) => e.kind === "date") ? 1 : 0,
    "past-tense": firstFiniteTense(s.tokens) === "past" ? 1 : 0,
    "narrative-chapter": narrativeShare(a),
    "definite-unnamed": defAny && !ents.length ? 1 : 0,
    "chapter-words": content.length ? content.filter((x) => (a.lemmaCounts.get(x.lemma) ?? 0) >= 3).length / content.length : 0,
    rarity: content.length ? content.reduce((t, x) => t + rarity(x.w), 0) / content.length : 0,
    dependences: clip(shownDependences(s, text).length, 2),
    repairs: clip(s.context?.edits.length ?? 0, 2),
    length: clip(words.length, 40),
  };
  return CONTEXT_FEATURES.map((f) => v[f]);
}
