// The stored exchanges of a strong model playing the LLM endpoint (tests/fixtures/llm-ceiling/<set>/<fixture>/
// NN.request.md + NN.reply.json), walked once for every reader: the sentence-choice data
// (./choice-data.ts) and the blank supervision (./llm-blanks.ts). TRAINING fixtures only, never the
// user's sample (its figures stay unfitted); held-out books are never read. Folders and fixtures in
// name order, so every reader sees the exchanges in the same order run after run.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadBooks, trainFixtures, type Books } from "./cards-eval";

export const LLM_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "tests/fixtures/llm-ceiling");

/** Training fixtures with replies (not the user's sample) → the folder holding them (the first set folder by name, if several). */
export function answeredFixtures(books: Books = loadBooks(), root = LLM_DIR): Map<string, string> {
  const train = new Set(trainFixtures(books).filter((f) => !books.fixtures[f].userSample));
  const out = new Map<string, string>();
  if (!existsSync(root)) return out;
  const sets = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const set of sets) for (const f of readdirSync(path.join(root, set)).sort()) if (train.has(f) && !out.has(f)) out.set(f, path.join(root, set, f));
  return out;
}

/** One fixture folder's request/reply pairs in request order (a request with no reply, or a reply with no request, is skipped). */
export function exchangesOf(dir: string): { request: string; reply: string }[] {
  return readdirSync(dir).filter((f) => /^\d+\.request\.md$/.test(f)).sort().flatMap((f) => {
    const reply = path.join(dir, f.replace(".request.md", ".reply.json"));
    return existsSync(reply) ? [{ request: readFileSync(path.join(dir, f), "utf8"), reply: readFileSync(reply, "utf8") }] : [];
  });
}
