// The sentence-choice model's data (session 23): for every TRAINING fixture the LLM ceiling answered
// (tests/fixtures/llm-ceiling/<folder>/<fixture>/NN.request.md + NN.reply.json), each sentence of its
// chapters as the pipeline analyses them now, its features (lib/cards/choice/features.ts) and whether
// the strong model's reply cited it (lib/cards/choice/replies.ts). The user's sample is left out (its
// figures must stay unfitted); held-out books are never read (trainFixtures).
import { analyseChapter, type Analysis } from "@/lib/cards/analyse";
import { choiceFeatures } from "@/lib/cards/choice/features";
import { citedIds, mapChoices, parseRequest, type ChoiceLabels } from "@/lib/cards/choice/replies";
import { covers } from "../../tests/unit/cards/gold";
import { generationInputs, loadBooks, readGold, type Books } from "./cards-eval";
import { exchangesOf } from "./llm-ceiling-folders";

export { answeredFixtures, LLM_DIR } from "./llm-ceiling-folders";

/** The requests of one fixture's folder, each with the ids its reply cites (a request with no reply is skipped). */
export const answeredRequests = (dir: string) => exchangesOf(dir).map((e) => ({ request: parseRequest(e.request), cited: citedIds(e.reply) }));

/** One sentence: its features, whether it was chosen (null: no request named it), whether it holds a gold fact. */
export type ChoiceRow = { fixture: string; book: string; part: number; sentence: number; x: number[]; chosen: boolean | null; gold: boolean };
export type ChoiceChapter = { fixture: string; book: string; part: number; a: Analysis; rows: ChoiceRow[] };

/** A sentence holds a gold fact when its text alone covers it (every key-term group of the fact's `any`). */
const goldSentences = (a: Analysis, gold: ReturnType<typeof readGold>) =>
  a.chapter.sentences.map((s) => (gold ?? []).some((g) => covers({ front: s.text, back: "" }, g)));

/**
 * Every chapter of `fixture` analysed as the pipeline does (the book's author passed), with one row
 * per sentence; `dir` the fixture's reply folder (none: chosen is null throughout). `labels` reports
 * how the request sentences were found.
 */
export function choiceChapters(fixture: string, dir: string | undefined, books: Books = loadBooks()): { chapters: ChoiceChapter[]; labels: ChoiceLabels | null } {
  const { chapters, options } = generationInputs(fixture, 40);
  return choiceRowsOf(fixture, chapters.map((ch) => analyseChapter(ch, { author: options.author })), dir, books);
}

/** The rows of a fixture whose chapters are analysed already (`analyses`, in document order). */
export function choiceRowsOf(fixture: string, analyses: Analysis[], dir: string | undefined, books: Books = loadBooks()): { chapters: ChoiceChapter[]; labels: ChoiceLabels | null } {
  const labels = dir ? mapChoices(answeredRequests(dir), analyses.map((a) => a.chapter.sentences.map((s) => s.text))) : null;
  const gold = readGold(books.fixtures[fixture]);
  const book = books.fixtures[fixture].book;
  return {
    labels,
    chapters: analyses.map((a, part) => {
      const x = choiceFeatures(a), g = goldSentences(a, gold);
      return { fixture, book, part, a, rows: x.map((xi, sentence) => ({ fixture, book, part, sentence, x: xi, chosen: labels?.chosen[part].get(sentence) ?? null, gold: g[sentence] })) };
    }),
  };
}
