// Plain e-texts write the printed book's small capitals or emphasis as capitals inside a sentence:
// "…is subjected to the LAW OF THE MENTAL UNITY OF CROWDS.", "the first DRIES UP, the second RUNS
// OFF". A card that quotes or blanks such a phrase shouts it, and the words read as a title or an
// acronym to later passes. A run of two words or more in capitals, after a word in small letters in
// the same sentence, is written in ordinary case: each word in small letters, or capitalised where the
// chapter itself writes it so inside a sentence (a name: "the UNITED STATES" where the prose has
// "in the United States"). A single word in capitals is left (it may be an acronym: "NATO", "RSFSR"),
// and so is a run that opens a sentence unless the sentence goes on in small letters after it (a
// head, "THE SALT MARSH. Where…", is read in capitals-run-in-heads.ts): "PERVIOUS ROCKS, on the
// other hand, …" becomes "Pervious rocks, on the other hand, …".
// Only letters' case changes: the text keeps its length and every offset holds.
import type { RawParagraph } from "./assemble";
import { titleCase } from "./title-case";

// Two words in capitals or more (hyphens and apostrophes inside), each of two letters at least.
const RUN = /(?<![\p{L}\d'’-])\p{Lu}[\p{Lu}'’-]*\p{Lu}(?:\s+\p{Lu}[\p{Lu}'’-]*\p{Lu})+(?![\p{L}\d'’-])/gu;
// A word in small letters right before it (and perhaps a comma, a colon or an opening quote).
const AFTER_SMALL_WORD = /\p{Ll}[,;:]?\s+["“‘(]?$/u;
const ROMAN = /^[IVXLCDM]+$/;
const SENTENCE_END = /[.!?]["”’)]?\s+$/;
// The sentence going on in small letters after the run: "…ROCKS, on the other hand", "…SURFACE is the".
const SMALL_WORD_AFTER = /^,?\s+\p{Ll}+\b/u;
// A small word inside the run, or "THE" opening it: the run names something, as a title does.
const NAMED = /^THE\s|\s(?:OF|THE|AND|FOR|IN|ON|TO)\s/;
// A word capitalised after a word in small letters: how the chapter writes a name inside a sentence.
const NAME = /(?<=\p{Ll}[,;:]?\s+)\p{Lu}\p{Ll}+/gu;
const LOWER_WORD = /(?<![\p{L}'’-])\p{Ll}+(?![\p{L}'’-])/gu;

/** Writes the phrases set in capitals inside the chapter's sentences in ordinary case; returns how many. */
export function lowerCapitalsPhrases(paragraphs: RawParagraph[]): number {
  const names = new Set<string>();
  const lower = new Set<string>();
  for (const p of paragraphs) {
    if (p.kind !== "body") continue;
    for (const m of p.text.matchAll(NAME)) names.add(m[0].toUpperCase());
    for (const m of p.text.matchAll(LOWER_WORD)) lower.add(m[0].toUpperCase());
  }
  // Opening a sentence, a word the chapter never writes in small letters keeps its capital, as a
  // name does ("THOMAS GRESHAM kept…"): the policy of the chapter's opening capitals (opening.ts).
  // (A compound is written in small letters when each of its parts is: "GROUND-WATER".)
  const common = (w: string) => w.split(/[-'’]/).every((part) => !part || lower.has(part));
  const opening = (w: string, i: number) => (i === 0 || names.has(w) || !common(w) ? w[0] + w.slice(1).toLowerCase() : w.toLowerCase());
  let count = 0;
  for (const p of paragraphs) {
    if (p.kind !== "body") continue;
    p.text = p.text.replace(RUN, (run: string, at: number) => {
      const before = p.text.slice(Math.max(0, at - 40), at);
      // Opening a sentence, the run is a term set in capitals when its sentence goes on in small
      // letters ("PERVIOUS ROCKS, on the other hand, …"); then its first letter stays a capital.
      const opens = (at === 0 || SENTENCE_END.test(before)) && SMALL_WORD_AFTER.test(p.text.slice(at + run.length, at + run.length + 40));
      if (!opens && !AFTER_SMALL_WORD.test(before)) return run;
      const words = run.split(/(\s+)/);
      // A run of roman numerals or of short words only ("IN IT") is no phrase set in capitals.
      if (words.some((w) => ROMAN.test(w) && w.length > 1) || !words.some((w) => w.replace(/[^\p{L}]/gu, "").length >= 4)) return run;
      count++;
      // A name or a title with its small words ("THE ART OF WAR", "LAW OF THE UNITY OF X") in title case.
      if (NAMED.test(run) && !opens) return titleCase(run);
      if (opens) return words.map((w, i) => (/^\s+$/.test(w) ? w : opening(w, i))).join("");
      return words.map((w) => (/^\s+$/.test(w) ? w : names.has(w) ? w[0] + w.slice(1).toLowerCase() : w.toLowerCase())).join("");
    });
  }
  return count;
}
