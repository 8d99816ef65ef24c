// The sentence-choice model's data (session 23): for every TRAINING fixture the LLM ceiling answered
// (tests/fixtures/llm-ceiling/<folder>/<fixture>/NN.request.md + NN.reply.json), each sentence of its
// chapters as the pipeline analyses them now, its features (lib/cards/choice/features.ts) and whether
// the strong model's reply cited it (lib/cards/choice/replies.ts). The user's sample is left out (its
// figures must stay unfitted); held-out books are never read (trainFixtures).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { analyseChapter, type Analysis } from "@/lib/cards/analyse";
import { choiceFeatures } from "@/lib/cards/choice/features";
import { citedIds, mapChoices, parseRequest, type ChoiceLabels } from "@/lib/cards/choice/replies";
import { covers } from "../../tests/unit/cards/gold";
import { generationInputs, loadBooks, readGold, trainFixtures, type Books } from "./cards-eval";

export const LLM_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "tests/fixtures/llm-ceiling");

/** Training fixtures with replies (not the user's sample) → the folder holding them. */
export function answeredFixtures(books: Books = loadBooks()): Map<string, string> {
  const train = new Set(trainFixtures(books).filter((f) => !books.fixtures[f].userSample));
  const out = new Map<string, string>();
  for (const folder of readdirSync(LLM_DIR, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const f of readdirSync(path.join(LLM_DIR, folder.name))) if (train.has(f) && !out.has(f)) out.set(f, path.join(LLM_DIR, folder.name, f));
  }
  return out;
}

/** The requests of one fixture's folder, each with the ids its reply cites (a request with no reply is skipped). */
export function answeredRequests(dir: string) {
  return readdirSync(dir).filter((f) => /^\d+\.request\.md$/.test(f)).sort().flatMap((f) => {
    const reply = path.join(dir, f.replace(".request.md", ".reply.json"));
    if (!existsSync(reply)) return [];
    return [{ request: parseRequest(readFileSync(path.join(dir, f), "utf8")), cited: citedIds(readFileSync(reply, "utf8")) }];
  });
}

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
