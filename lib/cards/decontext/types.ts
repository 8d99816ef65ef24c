// Decontextualisation (Choi et al., 2021): each operation reads one analysed sentence with the few
// sentences before it and returns text edits that make it stand alone (repairs) and the context
// dependences it found but cannot repair. Edits are offsets into the sentence text as analysed.
import type { AnalysedSentence } from "../analyse/types";
import type { RoleTable } from "./referent";
import type { NarratorName } from "../narrator/name";
import type { SubjectHere } from "../subject/track";

export type OpName = "marker" | "aside" | "adverb" | "definite" | "determiner" | "comparative" | "name" | "date" | "time" | "frame" | "pronoun" | "referent" | "connective" | "narrator" | "subject" | "demonstrative";

/**
 * Replace [start, end) of the sentence text by `text` (empty: a deletion). `from`: the earlier sentence
 * the inserted words come from (cited by the card).
 */
export type Edit = { start: number; end: number; text: string; op: OpName; from?: number };

/** A context dependence left in the sentence: its op, what it is and where. */
/** `inside`: the sentence's own stretch from an earlier mention of the same noun to this one ("ferry
 * sank, the ferry"); a card that shows all of it carries its antecedent. */
export type Dependence = { op: OpName; kind: string; start: number; end: number; text: string; inside?: string };

export type Inserted = { start: number; end: number; op: OpName };

export type OpResult = { edits: Edit[]; unresolved: Dependence[] };

export type Context = {
  /** Up to three preceding sentences of the same paragraph (the previous one always), nearest last. */
  prev: AnalysedSentence[];
  /** The sentence's own paragraph (`prev` always holds the previous sentence, even one of the paragraph before). */
  paragraph?: number;
  /** Up to eight preceding sentences of the chapter, nearest last (a month's year may be named further back). */
  recent: AnalysedSentence[];
  /** Surname → the chapter's one full form of it ("Vance" → "Orlen Vance"), only when unique. */
  fullNames: Map<string, string>;
  /** Lower-case full names already used before this sentence. */
  seenNames: Set<string>;
  /** Lower-case common nouns of every sentence before this one (a description met far back). */
  seenNouns?: Set<string>;
  /** Lower-case nouns the chapter is about: its heading's words and its most frequent common noun (lemma). */
  topicNouns?: Set<string>;
  /** Lower-case common nouns introduced before this sentence as a particular thing ("a mill", "two ledgers"). */
  introducedNouns?: Set<string>;
  /** Role word → the one person the chapter printed it before ("the Governor" → "Governor Osk"; ./referent). */
  roles?: RoleTable;
  /** The book's author, named for a first-person narrator (../narrator), when the chapter is one and the switch is on;
   * `startsQuoted`: this sentence begins inside a quotation opened earlier in its paragraph. */
  narrator?: { name: NarratorName; startsQuoted: boolean };
  /** The chapter's subject where a "he"/"she" can only be that person (../subject), when its switch is on. */
  subject?: SubjectHere;
};

export type Op = (s: Pick<AnalysedSentence, "text" | "tokens" | "entities">, ctx: Context) => OpResult;

/** What the analysis keeps on a sentence: the repairs made and the dependences left. */
export type SentenceContext = {
  /** Text before the repairs (offsets of `edits` are into it). */
  before: string;
  edits: Edit[];
  /** Character ranges of the repaired text that were inserted (not in the source sentence). */
  inserted: Inserted[];
  unresolved: Dependence[];
};

export const none = (): OpResult => ({ edits: [], unresolved: [] });
