// Plain e-texts write the printed book's small capitals or emphasis as capitals inside a sentence:
// "…is subjected to the LAW OF THE MENTAL UNITY OF CROWDS.", "the first DRIES UP, the second RUNS
// OFF". A card that quotes or blanks such a phrase shouts it, and the words read as a title or an
// acronym to later passes. A run of two words or more in capitals, after a word in small letters in
// the same sentence, is written in ordinary case: each word in small letters, or capitalised where the
// chapter itself writes it so inside a sentence (a name: "the UNITED STATES" where the prose has
// "in the United States"). A single word in capitals is left (it may be an acronym: "NATO", "RSFSR"),
// and so is a run that opens a sentence (a head or the opening words in capitals, read elsewhere).
// The document's acronyms (words it writes in capitals alone and never otherwise) keep their
// capitals inside a run: "the US ARMY" -> "the US army", "the USA AND CANADA" -> "the USA and Canada".
// (Tried and withdrawn: writing a capitals term that opens a sentence in sentence case, "PERVIOUS
// ROCKS, on the other hand, …" -> "Pervious rocks, …". The card generator then made no card of the
// sentence: the capitals were its cue that the words are the term, and an accepted card was lost.)
// Only letters' case changes: the text keeps its length and every offset holds.
import type { RawParagraph } from "./assemble";
import { romanValue } from "./roman";
import { titleCase } from "./title-case";
import { isEnglishWord } from "./english-words";

// Two words in capitals or more (hyphens and apostrophes inside), each of two letters at least.
const RUN = /(?<![\p{L}\d'’-])\p{Lu}[\p{Lu}'’-]*\p{Lu}(?:\s+\p{Lu}[\p{Lu}'’-]*\p{Lu})+(?![\p{L}\d'’-])/gu;
// With `italics` (LECTERN_ITALIC_CAPITALS=1, session 19 clean19a): such a run, or one word alone
// (taken below only when it is a dictionary word); inside the run a comma may part the words and "A"
// or "I" stand among them: "AS A RESULT, IN FACT, OF HASTE".
const ITALIC_RUN = /(?<![\p{L}\d'’-])\p{Lu}[\p{Lu}'’-]*\p{Lu}(?:,?\s+(?:[AI]\s+)?\p{Lu}[\p{Lu}'’-]*\p{Lu})*(?![\p{L}\d'’-])/gu;
// A single word in capitals written in ordinary case: a dictionary word this long, so no acronym.
const MIN_SINGLE = 5;
// A dictionary word of some length is no acronym, though the document writes it only in capitals.
const dictionary = (w: string) => w.length >= MIN_SINGLE && isEnglishWord(w.toLowerCase());
const NAMING = /\b(?:called|termed|named|known\s+as|term|word|name)\s+(?:(?:a|an|the)\s+)?["“‘(]?$/i;
// A word in small letters right before it (and perhaps a comma, a colon or an opening quote).
const AFTER_SMALL_WORD = /\p{Ll}[,;:]?\s+["“‘(]?$/u;
// A small word inside the run, or "THE" opening it: the run names something, as a title does.
const NAMED = /^THE\s|\s(?:OF|THE|AND|FOR|IN|ON|TO)\s/;
// A word capitalised after a word in small letters: how the chapter writes a name inside a sentence.
const NAME = /(?<=\p{Ll}[,;:]?\s+)\p{Lu}\p{Ll}+/gu;

/** Writes the phrases set in capitals inside the chapter's sentences in ordinary case; returns how many. */
export function lowerCapitalsPhrases(paragraphs: RawParagraph[], acronyms: Set<string> = new Set(), opts: { italics?: boolean } = {}): number {
  const italics = opts.italics ?? false;
  const names = new Set<string>();
  for (const p of paragraphs) if (p.kind === "body") for (const m of p.text.matchAll(NAME)) names.add(m[0].toUpperCase());
  let count = 0;
  for (const p of paragraphs) {
    if (p.kind !== "body") continue;
    p.text = p.text.replace(italics ? ITALIC_RUN : RUN, (run: string, at: number) => {
      if (!AFTER_SMALL_WORD.test(p.text.slice(Math.max(0, at - 40), at))) return run;
      const words = run.split(/(\s+)/);
      // One word alone: only a dictionary word long enough to be no acronym ("SOLEMN", not "NATO" or "LOW").
      // Nor a term being named ("called MOLARS", "the term ALLOYS"): the capitals mark the term defined.
      if (words.length === 1 && (!(dictionary(run) && !names.has(run)) || NAMING.test(p.text.slice(Math.max(0, at - 30), at)))) return run;
      // A run with a roman numeral ("CHARLES II"; not "CIVIL", "VIVID") or of short words only ("IN IT") is no phrase set in capitals.
      if (words.some((w) => w.length > 1 && romanValue(w) !== null) || !words.some((w) => w.replace(/[^\p{L}]/gu, "").length >= 4)) return run;
      count++;
      // A name or a title with its small words ("THE ART OF WAR", "LAW OF THE UNITY OF X") in title case.
      // (Not a run with a comma in it: a phrase stressed, "OF HASTE, OR OF HABIT", no title.)
      if (!italics) {
        if (NAMED.test(run)) return titleCase(run, acronyms);
        return words.map((w) => (/^\s+$/.test(w) || acronyms.has(w.replace(/[^\p{L}]/gu, "")) ? w : names.has(w) ? w[0] + w.slice(1).toLowerCase() : w.toLowerCase())).join("");
      }
      if (NAMED.test(run) && !run.includes(",")) return titleCase(run, new Set([...acronyms].filter((w) => !dictionary(w))));
      const acronym = (w: string) => acronyms.has(w) && !dictionary(w);
      // ("I" stays a capital: "AS I SAID" → "as I said", session 19 fixw2.)
      return words.map((w) => (/^\s+$/.test(w) || w === "I" || acronym(w.replace(/[^\p{L}]/gu, "")) ? w : names.has(w.replace(/[^\p{L}]/gu, "")) ? w[0] + w.slice(1).toLowerCase() : w.toLowerCase())).join("");
    });
  }
  return count;
}
