// The span model in two roles. ADMISSION (whether a sentence gets a cloze at all, and how many) is
// the shipped span model (./model, ./weights.json): its score floor (gates/blank-choice) and its
// "within MARGIN of the best" window (candidates/cloze) were chosen for those weights, and a model
// refitted on the raters' preferred blanks admits many more sentences, mostly rejected (docs,
// "Session 7: blank the point"). CHOICE (which span of an admitted sentence is blanked) may be a
// second model, fitted on the raters' corrections ("blank 'X' instead"), which ranks the spans of
// one sentence better; it never adds a cloze to a sentence the admission model left without one.
// Off unless ./choice-weights.json says `on` (scripts/fit-span-choice.ts writes it only when the
// choice passes the adoption test, judged leave-one-book-out).
import type { AnalysedSentence } from "../analyse";
import type { SpanWeights } from "./model";
import stored from "./choice-weights.json";

type Stored = SpanWeights & { on: boolean; floor?: boolean; onlyCriticised?: boolean };
const file = stored as Stored;

/**
 * The choice model in force (null: the admission model chooses too; fit scripts set it per fold).
 * `floor`: the chosen span must itself clear the admission model's score floor (else only the
 * sentence must have had an admitted span). `onlyCriticised`: the choice replaces only admitted blanks
 * of a class the strict raters criticise (./criticised: lead-in, subject or topic, side detail, bare
 * common noun, part of a name) and leaves every other blank where the admission model put it.
 */
export const SPAN_CHOICE: { weights: SpanWeights | null; floor: boolean; onlyCriticised: boolean } = {
  weights: file.on ? { source: file.source, weights: file.weights } : null,
  floor: file.floor ?? true,
  onlyCriticised: file.onlyCriticised ?? false,
};

// The spans the choice model blanked in admitted sentences: the admission floor does not apply to
// them again when the gates run over every candidate (the sentence was admitted already).
const chosen = new WeakMap<AnalysedSentence, Set<string>>();
export function markChosen(s: AnalysedSentence, start: number, end: number): void {
  let set = chosen.get(s);
  if (!set) chosen.set(s, (set = new Set()));
  set.add(`${start}:${end}`);
}
export const isChosen = (s: AnalysedSentence, start: number, end: number): boolean => !!chosen.get(s)?.has(`${start}:${end}`);
