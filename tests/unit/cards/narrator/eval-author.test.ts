// The evaluation passes each fixture's book author from books.json to the generator, as a user who
// typed it at import would (scripts/lib/cards-eval.ts).
import { describe, expect, it } from "vitest";
import { authorOf, loadBooks } from "../../../../scripts/lib/cards-eval";

describe("eval: the book's author", () => {
  it("is read from books.json for every fixture", () => {
    const books = loadBooks();
    for (const [fixture, entry] of Object.entries(books.fixtures)) expect(authorOf(fixture, books)).toBe(books.books[entry.book].author);
  });
  it("is undefined for a file books.json does not list", () => {
    expect(authorOf("no-such-fixture.txt")).toBeUndefined();
  });
});
