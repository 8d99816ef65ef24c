// Rule 7 of issue 11: no rule, word list, threshold (or example in a comment) in the generator may
// name a person, place or phrase from a fixture. Fixture-specific names are the capitalised words of
// the fixture chapters that general English does not know (not in the SUBTLEX word list); none may
// occur in the pipeline's source.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isEnglishWord } from "@/lib/cards/rank/frequency";

const root = path.resolve(__dirname, "../../../..");
// Every room of the generator: all of lib/cards but the evaluation tools (which read labels, not text),
// so a new room is covered the day it is added.
const PIPELINE = readdirSync(path.join(root, "lib/cards")).filter((f) => f !== "eval").map((f) => `lib/cards/${f}`);

function files(p: string): string[] {
  const full = path.join(root, p);
  return statSync(full).isDirectory() ? readdirSync(full).flatMap((f) => files(path.join(p, f))) : [p];
}

// Ordinary English words the SUBTLEX list (film subtitles) happens to lack, so a fixture's capitalised
// sentence-initial use would count them as names. Each is in any dictionary and in lib/cards for a
// grammatical reason (e.g. "insomuch" opens a subordinate clause), not because a book used it.
const ENGLISH_NOT_IN_SUBTLEX = new Set(["Insomuch"]);

function fixtureNames(): Set<string> {
  const dir = path.join(root, "tests/fixtures/chapters");
  const names = new Set<string>();
  for (const f of readdirSync(dir).filter((x) => /\.(?:md|txt)$/.test(x))) {
    for (const m of readFileSync(path.join(dir, f), "utf8").matchAll(/(?<![\p{L}'’-])\p{Lu}\p{Ll}{3,}(?![\p{L}'’-])/gu)) {
      if (!isEnglishWord(m[0]) && !ENGLISH_NOT_IN_SUBTLEX.has(m[0])) names.add(m[0]);
    }
  }
  return names;
}

describe("the pipeline names nothing from the fixtures", () => {
  it("finds fixture-specific names to look for (the check is not vacuous)", () => {
    const names = fixtureNames();
    expect(names.size).toBeGreaterThan(200);
  });

  it("covers the rooms added since the list was written", () => {
    expect(PIPELINE).toEqual(expect.arrayContaining(["lib/cards/experiment", "lib/cards/context-line", "lib/cards/compress", "lib/cards/pipeline.ts"]));
  });

  it("has none of them in lib/cards (pipeline folders), code or comments", () => {
    const names = fixtureNames();
    const found: string[] = [];
    for (const file of PIPELINE.flatMap(files).filter((f) => /\.(?:ts|json)$/.test(f))) {
      const text = readFileSync(path.join(root, file), "utf8");
      for (const m of text.matchAll(/(?<![\p{L}'’-])\p{Lu}\p{Ll}{3,}(?![\p{L}'’-])/gu)) if (names.has(m[0])) found.push(`${file}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });
});

// The chapter clean-up (lib/chapters) is held to the same rule: its rules are typography, and its
// comments' examples invented. Files written before the rule reached lib/chapters may quote the
// fixtures they were found on; they are listed here until mended, and no new file may join them.
const CHAPTERS_GRANDFATHERED = new Set([
  "apparatus.ts", "citations.ts", "editorial-numbers.ts", "glued-numbers.ts", "inline-footnotes.ts", "paren-notes.ts",
  "sentences.ts", "side-notes.ts", "stacked-heads.ts",
]);
// Names of text formats and e-text conventions the clean-up reads ("Markdown", a Project Gutenberg
// "[Sidenote: …]" line), and a dictionary word SUBTLEX lacks: the clean-up's vocabulary, not a book's.
const FORMAT_TERMS = new Set(["Markdown", "Gutenberg", "Sidenote", "Interregnum"]);

describe("the chapter clean-up names nothing from the fixtures", () => {
  // lib/language holds the word lists both rooms share (month names, forms of address): held to it too.
  it("has none of them in lib/chapters or lib/language, code or comments (but the files listed as written before the rule)", () => {
    const names = fixtureNames();
    const found: string[] = [];
    for (const file of [...files("lib/chapters"), ...files("lib/language")].filter((f) => /\.ts$/.test(f) && !CHAPTERS_GRANDFATHERED.has(path.basename(f)))) {
      const text = readFileSync(path.join(root, file), "utf8");
      for (const m of text.matchAll(/(?<![\p{L}'’-])\p{Lu}\p{Ll}{3,}(?![\p{L}'’-])/gu)) if (names.has(m[0]) && !FORMAT_TERMS.has(m[0])) found.push(`${file}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });
});


// Phrases quoted from training chapters that a tidy replaced with invented ones (session 20): a
// comment's example is invented, so none comes back. The list names only what was retired; new
// quotes are kept out by review, not by this list.
const RETIRED_QUOTES = [/far more intense/i, /fashioned will/i, /division of labour/i];

describe("retired training quotes stay out of lib", () => {
  it("finds none of them in lib/cards, lib/chapters or lib/language", () => {
    const found: string[] = [];
    for (const file of ["lib/cards", "lib/chapters", "lib/language"].flatMap(files).filter((f) => /\.ts$/.test(f))) {
      const text = readFileSync(path.join(root, file), "utf8");
      for (const q of RETIRED_QUOTES) if (q.test(text)) found.push(`${file}: ${q.source}`);
    }
    expect(found).toEqual([]);
  });
});
