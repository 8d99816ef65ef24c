// A biography's subject named for a "he"/"she" that nothing nearby can stand for ("He rebuilt the
// city in stone" → "Harrow rebuilt …"). Face of the room: the switch (./switch.ts), who the
// chapter is about (./detect.ts), where a pronoun can only be that person (./track.ts) and the
// rewrite, a decontextualisation op (./op.ts) so the card goes through the same gates and ranker.
import type { CleanChapter } from "@/lib/chapters/types";
import type { AnalysedSentence, Entity, Token } from "../analyse/types";
import { isFirstPersonNarrative } from "../narrator/narration";
import { chapterSubject, type SubjectDecision } from "./detect";
import { sentenceQuotes, trackSubject, type SubjectHere } from "./track";

export { SUBJECT_NAMING_ON, subjectSwitch } from "./switch";
export { chapterSubject, keyOf, type ChapterSubject, type SubjectDecision, type SubjectSentence } from "./detect";
export { trackSubject, sentenceQuotes, type SubjectHere } from "./track";
export { subjectOp, subjectEdit } from "./op";

type Read = { tokens: Token[]; entities: Entity[]; clause?: AnalysedSentence["clause"] };

/** The chapter's subject with the reason, and for each sentence what the op reads (null: nothing to name there). */
export function subjectPlan(chapter: CleanChapter, sentences: Read[]): { decision: SubjectDecision; here: (SubjectHere | null)[] } {
  const quotes = sentenceQuotes(chapter);
  const ss = sentences.map((s, i) => ({ ...s, quoted: quotes[i]?.quoted ?? [], narration: quotes[i]?.narration ?? false }));
  const decision = chapterSubject(chapter.title, ss, isFirstPersonNarrative(chapter));
  const here = trackSubject(decision.subject, ss).map((h, i) => (h && ss[i].narration ? h : null));
  return { decision, here };
}
