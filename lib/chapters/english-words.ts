// Whether a word is a valid English word at all, however rare: the SCOWL-derived list of some
// 275,000 words that the `word-list` package ships (one word a line, lower case). SUBTLEX
// (english-lexicon.ts) counts words as spoken in films, so an archaic or literary word ("clumber",
// "sennight") is missing from it although any dictionary has it; a repair must not take such a word
// for a misreading. Read once, on first use, and only when a repair is in question.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// Kept as the file's text, searched for "\nword\n": a set of 275,000 strings takes most of a second
// to build, a search of the text a millisecond, and a document asks about a few dozen words at most.
let list: string | null = null;

function load(): string {
  // The package exports only the list's path (as an ES module): its folder is found by resolving it.
  const dir = path.dirname(createRequire(import.meta.url).resolve("word-list"));
  return `\n${readFileSync(path.join(dir, "words.txt"), "utf8")}\n`;
}

// Answers already given: each search of the text takes about a millisecond, and a book asks about
// some words many times (each use of a misreading, each half of a word split at a line end).
const answers = new Map<string, boolean>();

/** A word (lower case) that an English dictionary lists. */
export function isEnglishWord(word: string): boolean {
  if (!/^\p{Ll}+$/u.test(word)) return false;
  const known = answers.get(word);
  if (known !== undefined) return known;
  list ??= load();
  const listed = list.includes(`\n${word}\n`);
  if (answers.size < 100_000) answers.set(word, listed);
  return listed;
}
