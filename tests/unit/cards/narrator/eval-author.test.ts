// The evaluation passes each fixture's book author from books.json to the generator, as a user who
// typed it at import would (scripts/lib/cards-eval.ts).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { authorOf, fixtureOptions, loadBooks } from "../../../../scripts/lib/cards-eval";

describe("eval: the book's author", () => {
  it("is read from books.json for every fixture", () => {
    const books = loadBooks();
    for (const [fixture, entry] of Object.entries(books.fixtures)) expect(authorOf(fixture, books)).toBe(books.books[entry.book].author);
  });
  it("is undefined for a file books.json does not list", () => {
    expect(authorOf("no-such-fixture.txt")).toBeUndefined();
  });
});

describe("audits: the book's author", () => {
  it("fixtureOptions gives a fixture's author as GenerateOptions, and nothing for an unlisted file", () => {
    const books = loadBooks();
    const [fixture, entry] = Object.entries(books.fixtures)[0];
    expect(fixtureOptions(fixture)).toEqual({ author: books.books[entry.book].author });
    expect(fixtureOptions("no-such-fixture.txt")).toEqual({});
  });
  it("every audit script that analyses or generates from a fixture passes it (as the evaluation and `cards --author` do)", () => {
    const root = path.resolve(__dirname, "../../../../scripts");
    const files = [...readdirSync(root).map((f) => path.join(root, f)), ...readdirSync(path.join(root, "lib")).map((f) => path.join(root, "lib", f))].filter((f) => f.endsWith(".ts"));
    const missing: string[] = [];
    for (const file of files) {
      // The CLI and the evaluation pass the author themselves (--author, inRepoCards).
      if (/[\\/](?:cards|cards-eval)\.ts$/.test(file)) continue;
      readFileSync(file, "utf8").split("\n").forEach((line, i) => {
        if (!/\b(?:analyseChapter|rankedCandidates|generateCards|candidateCards)\(/.test(line) || /^\s*(?:\/\/|import\b)/.test(line)) return;
        // An analysis of the text as written (decontext off) has no narrator to name.
        // (Or the author read from the books list and passed by name: `{ author }`, `{ ...opts, … }`.)
        if (/fixtureOptions|\bopts\)|\{ author \}|\.\.\.opts\b|decontext: false/.test(line)) return;
        missing.push(`${path.relative(root, file)}:${i + 1}`);
      });
    }
    expect(missing).toEqual([]);
  });
});
