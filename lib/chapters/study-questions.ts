// A textbook's study questions set where they bear, between the paragraphs of the text, with no head
// over them: "Can you explain why slender icicles of stone are often hollow?", "At what depth does
// water stand in the wells of your town? Does it vary with the season?", "Which of the two layers
// will hold more water? Illustrate with diagrams." They ask the student; they state nothing to learn.
// A paragraph of questions and instructions only is one when it speaks to the reader ("you", "your")
// or tells him what to do; where a chapter sets two such at least, a paragraph of questions only is
// one too ("Why are fresh stones easier to cut?"), and so is a problem put to the student (a case
// stated, then questions on it). A lone question in an essay ("What, then, is the
// remedy?") speaks to no one, and an essay sets no two of them, so it stays text.
import type { RawParagraph } from "./assemble";
import { opensWithInstruction } from "./instructions";
import { asks, plain, QUESTION, SENTENCES } from "./apparatus";

const TO_READER = /\b(?:you|your|yourself)\b/i;
const MIN_STUDY = 2;

/** Marks the study questions set between a chapter's paragraphs "apparatus"; returns how many. */
export function markStudyQuestions(paragraphs: RawParagraph[]): number {
  const asking = paragraphs.flatMap((p, i) => {
    if (p.kind !== "body") return [];
    // (Without its note markers and page marks: "town?[3]" is a question.)
    const parts = plain(p).split(SENTENCES).filter(Boolean);
    const asked = parts.filter(asks).length;
    if (!parts.length || !parts.some((s) => QUESTION.test(s))) return [];
    const study = parts.some((s) => TO_READER.test(s) || opensWithInstruction(s));
    // A problem: the case put in a sentence or two, then the questions on it ("A town draws its water
    // from wells beside the river. Are the wells fed by the river?"), half its sentences asking at
    // least and the first or the last a question. Taken only where the chapter sets study questions.
    const problem = asked * 2 >= parts.length && (QUESTION.test(parts[0]) || QUESTION.test(parts[parts.length - 1]));
    if (asked < parts.length && !problem) return [];
    return [{ i, study, problem: asked < parts.length }];
  });
  const studies = asking.filter((a) => a.study && !a.problem).length;
  const marked = studies >= MIN_STUDY ? asking : [];
  for (const { i } of marked) paragraphs[i].kind = "apparatus";
  return marked.length;
}
