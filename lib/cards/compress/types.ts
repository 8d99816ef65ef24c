// Sentence compression: a card built from the clause that carries the proposition, less material
// it does not need. Each operation finds, on the parse, a stretch of the sentence whose removal
// leaves a complete clause that is still TRUE as the text states it (a linking connective, a
// bracketed or non-restrictive aside, a trailing comment), and is switched on or off on its own.
import type { AnalysedSentence } from "../analyse/types";

/** The ops that cut a stretch out of the sentence. */
export type CutOp = "lead" | "parenthesis" | "relative" | "trailing" | "concession";
/** What a candidate records: a cut op, or "clause" (one independent clause of a longer sentence,
 * candidates/clause-cloze.ts and clause-qa.ts). */
export type CompressOp = CutOp | "clause";

/** A stretch [start, end) of the sentence text (as analysed) to leave out of the card. */
export type Cut = { op: CutOp; start: number; end: number };

export type Compressor = (s: Pick<AnalysedSentence, "text" | "tokens">) => Cut[];
