// What the analysis gives every later stage: tokens with part of speech, typed entities, noun
// phrases, a light clause split and the resolved leading pronoun of each sentence.
import type { CleanChapter, Sentence } from "@/lib/chapters/types";
import type { SentenceContext } from "../decontext/types";

export type Token = {
  text: string;
  lower: string;
  lemma: string;
  pos: string; // Universal POS from wink-eng-lite-web-model (NOUN, PROPN, VERB, AUX, ADP, …)
  start: number; // offset into the sentence text
  end: number;
  stop: boolean;
};

export type EntityKind = "person" | "place" | "org" | "group" | "name" | "date" | "number";

/** A span of a sentence: token range [a, b) and character range [start, end) within the sentence text. */
export type Span = { a: number; b: number; start: number; end: number; text: string };
export type Entity = Span & { kind: EntityKind };

/** Subject, main verb and the opening adverbial ("In 1723, …") of a sentence's first clause. */
/** `aside`: an apposition inside the subject ("The conversion of X, the scene of …, into Y"), token range. */
export type Clause = { opening: Span | null; subject: Span; verb: number; aux: boolean; aside?: [number, number] };

export type AnalysedSentence = {
  sentence: Sentence;
  text: string; // sentence text with a leading pronoun replaced by its antecedent when resolved
  tokens: Token[]; // tokens of `text`
  entities: Entity[];
  phrases: Span[]; // noun phrases (determiner/adjectives + nouns)
  clause: Clause | null;
  /** Leading pronoun or demonstrative ("He", "This", "The latter"), and whether it was resolved. */
  /** `text`: the antecedent written in its place (audits read which repair a card shows). */
  /** `via`: "subject" when the antecedent is the previous sentence's plain subject (./subject-antecedent). */
  pronoun: { word: string; resolved: boolean; from: number | null; text?: string; via?: "subject" | "chapter-subject" } | null;
  section: number;
  /** Decontextualisation: repairs made to `text` and context dependences left (lib/cards/decontext). */
  context?: SentenceContext;
};

export type Analysis = {
  /** Who the chapter is about, or why no one, when the subject naming (../subject) ran. */
  subject?: import("../subject/detect").SubjectDecision;
  chapter: CleanChapter;
  sentences: AnalysedSentence[];
  /** Lemma → occurrences in the chapter (content words only). */
  lemmaCounts: Map<string, number>;
  /** Entity text (lower case) → occurrences in the chapter. */
  entityCounts: Map<string, number>;
  /** Entity text or lemma (lower case) → the first sentence that has it. */
  firstSeen: Map<string, number>;
  /** Occurrences of the chapter's most frequent named entity. */
  topEntityCount: number;
  /** Terms the chapter defines ("X is a …", "called X", "known as X"), lower case. */
  defined: Set<string>;
  /** Sentence centrality within its section, 0..1 (TextRank over word overlap). */
  centrality: number[];
  sections: { title: string; sentences: number[] }[];
  /** Share of the time spent inside the NLP toolkit (for the bench). */
  toolkitMs: number;
};
