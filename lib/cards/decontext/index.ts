// Decontextualisation of a sentence before cards are made from it: the repairs (discourse markers
// and "also" deleted, a back-pointing description swapped for its fuller earlier mention, a surname
// completed) and the dependences no repair can remove (the standalone gate and the ranker read them).
// The source sentence is never changed: the repaired text is what the card shows, and offsets map back.
import type { AnalysedSentence } from "../analyse/types";
import type { Context, Dependence, Edit, Op, OpName, SentenceContext } from "./types";
import { markers } from "./markers";
import { adverbs } from "./adverbs";
import { definite } from "./definite";
import { determiner } from "./determiner";
import { comparative } from "./comparative";
import { names } from "./names";
import { asides } from "./asides";
import { dates } from "./dates";
import { relativeTime } from "./relative-time";
import { frame } from "./frame";
import { storyPronoun } from "./story-pronoun";
import { referent, REFERENT_ON } from "./referent";
import { demonstrativeReferent, DEMONSTRATIVE_REFERENT_ON } from "./demonstrative";
import { connective } from "../compress/lead";
import { narrator } from "../narrator/op";
import { subjectOp } from "../subject/op";

export type { Context, Dependence, Edit, Inserted, OpName, SentenceContext } from "./types";
export { fullNameTable } from "./names";
export { printedEntities, roleTable, wroteIn } from "./referent";
export { coverable, coversInserted, shiftForDeletions, toSource, insertedRanges } from "./offsets";
import { insertedRanges } from "./offsets";
export { answerInRepair, dropsCard, shownDependences } from "./dependence";

/** The sentence as written, before the repairs: deleted connectives ("Thus", ", therefore,", "But")
 * still mark a conclusion or a rebuttal there, and answer offsets map back to it. */
export const written = (s: Pick<AnalysedSentence, "text" | "context">) => s.context?.before ?? s.text;

// The narrator op runs first (the earlier op wins a clash) and does nothing unless the context names a narrator;
// the demonstrative op (LECTERN_REFERENT) runs before the definite op, so its confirmed referent wins over a dependence;
// the subject op runs after the story-pronoun op (a nearer antecedent wins) and does nothing unless the context names a subject.
export const OPS: [OpName, Op][] = [["narrator", narrator], ["marker", markers], ["aside", asides], ["adverb", adverbs], ...(REFERENT_ON ? [["referent", referent] as [OpName, Op]] : []), ...(DEMONSTRATIVE_REFERENT_ON ? [["demonstrative", demonstrativeReferent] as [OpName, Op]] : []), ["definite", definite], ["determiner", determiner], ["comparative", comparative], ["name", names], ["date", dates], ["time", relativeTime], ["frame", frame], ["pronoun", storyPronoun], ["subject", subjectOp], ["connective", connective]];

/** Edits that do not overlap, in text order (the earlier operation wins a clash). */
function disjoint(edits: Edit[]): Edit[] {
  const out: Edit[] = [];
  for (const e of edits) if (!out.some((o) => e.start < o.end && o.start < e.end || (e.start === e.end && e.start === o.start))) out.push(e);
  return out.sort((x, y) => x.start - y.start);
}

/** The text with the edits applied; a deletion at the start capitalises what then opens the sentence. */
export function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((x, y) => y.start - x.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  if (edits.some((e) => e.start === 0 && e.text === "")) out = out.charAt(0).toUpperCase() + out.slice(1);
  return out;
}

/** Every operation on one sentence: the repaired text (null when nothing changed) and what is left. */
export function decontextualise(s: Pick<AnalysedSentence, "text" | "tokens" | "entities">, ctx: Context, ops: OpName[] = OPS.map(([n]) => n)): { text: string | null; context: SentenceContext } {
  const edits: Edit[] = [];
  const unresolved: Dependence[] = [];
  for (const [name, op] of OPS) {
    if (!ops.includes(name)) continue;
    const r = op(s, ctx);
    edits.push(...r.edits);
    unresolved.push(...r.unresolved);
  }
  const kept = disjoint(edits);
  // A dependence inside a repaired stretch is gone with it.
  const left = unresolved.filter((d) => !kept.some((e) => d.start < e.end && e.start < d.end));
  const text = kept.length ? applyEdits(s.text, kept) : null;
  return { text, context: { before: s.text, edits: kept, inserted: insertedRanges(kept), unresolved: left } };
}
