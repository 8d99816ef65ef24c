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
      // The bench's inputs (bench/cards.ts) mix several fixtures into one text, which has no one author
      // (cards-book-chapters.ts times the bench's 1 MB book chapter by chapter).
      if (/[\\/]cards-(?:profile-input|book-chapters)\.ts$/.test(file)) continue;
      readFileSync(file, "utf8").split("\n").forEach((line, i) => {
        if (!/\b(?:analyseChapter|rankedCandidates|generateCards|candidateCards)\(/.test(line) || /^\s*(?:\/\/|import\b)/.test(line)) return;
        // An analysis of the text as written (decontext off) has no narrator to name.
        // (Or the author read from the books list and passed by name: `{ author }`, `{ ...opts, … }`.)
        // (Or an options object read that way and passed by field: `author: options.author`.)
        if (/fixtureOptions|\bopts\)|\{ author \}|\.\.\.opts\b|decontext: false|\bauthor: \w+\.author\b/.test(line)) return;
        missing.push(`${path.relative(root, file)}:${i + 1}`);
      });
    }
    expect(missing).toEqual([]);
  });
  it("every audit script that overgenerates passes the author to overgenerate too (it names the author on conclusion cards)", () => {
    const root = path.resolve(__dirname, "../../../../scripts");
    const files = [...readdirSync(root).map((f) => path.join(root, f)), ...readdirSync(path.join(root, "lib")).map((f) => path.join(root, "lib", f))].filter((f) => f.endsWith(".ts"));
    const missing: string[] = [];
    let calls = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/\bovergenerate\(/g)) {
        const args = callArguments(text, m.index + m[0].length);
        const line = text.slice(0, m.index).split("\n").length;
        if (/^\s*(?:\/\/|import\b)/.test(text.split("\n")[line - 1])) continue;
        calls++;
        if (args.length < 2) missing.push(`${path.relative(root, file)}:${line}`);
      }
    }
    expect(calls).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
  it("reads a call's arguments at the top level only", () => {
    expect(callArguments("overgenerate(a)", 13)).toEqual(["a"]);
    expect(callArguments("overgenerate(analyseChapter(ch, opts))", 13)).toEqual(["analyseChapter(ch, opts)"]);
    expect(callArguments("overgenerate(analyseChapter(ch, opts), fixtureOptions(f))", 13)).toEqual(["analyseChapter(ch, opts)", "fixtureOptions(f)"]);
  });
});

/** The top-level arguments of the call whose "(" ends just before `at` in `text`. */
function callArguments(text: string, at: number): string[] {
  const args: string[] = [];
  let depth = 0, from = at;
  for (let i = at; i < text.length; i++) {
    const ch = text[i];
    if ("([{".includes(ch)) depth++;
    else if (")]}".includes(ch)) {
      if (depth === 0) { args.push(text.slice(from, i).trim()); return args.filter(Boolean); }
      depth--;
    } else if (ch === "," && depth === 0) { args.push(text.slice(from, i).trim()); from = i + 1; }
  }
  return args;
}
