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
import { setInCapitals, titleCase } from "./title-case";
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

// Only a sentence's first word before the run, a short one ("The RIGHT OF PASSAGE, which…", "By
// FREE TOLL is meant…"): the capitals open the sentence with the term it defines, as "A LAW OF THE
// FORD" does with no small letter before it; they are its cue, kept.
const OPENS_SENTENCE = /(?:^|[.!?]["”’)]*\s+)["“‘(]?\p{Lu}\p{Ll}{0,3}\s+$/u;

/**
 * Writes the phrases set in capitals inside the chapter's sentences in ordinary case; returns how many.
 * `changed`, when given, receives each phrase as printed and as written ("RIGHT OF PASSAGE" -> …), for the layout note.
 */
export function lowerCapitalsPhrases(paragraphs: RawParagraph[], acronyms: Set<string> = new Set(), opts: { italics?: boolean; changed?: [string, string][] } = {}): number {
  const italics = opts.italics ?? false;
  const names = new Set<string>();
  for (const p of paragraphs) if (p.kind === "body") for (const m of p.text.matchAll(NAME)) names.add(m[0].toUpperCase());
  let count = 0;
  for (const p of paragraphs) {
    if (p.kind !== "body") continue;
    const recase = (run: string, at: number): string => {
      const before = p.text.slice(Math.max(0, at - 40), at);
      if (!AFTER_SMALL_WORD.test(before) || OPENS_SENTENCE.test(before)) return run;
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
    };
    p.text = p.text.replace(italics ? ITALIC_RUN : RUN, (run: string, at: number) => {
      const out = recase(run, at);
      if (out !== run) opts.changed?.push([run, out]);
      return out;
    });
  }
  return count;
}

// Session 23: a whole sentence set in capitals for emphasis as a paragraph of its own (a chapter's
// definition: "A RULE THEREFORE IS AN ACT OF WILL MEANT TO BIND OUR PEERS."). In a chapter that numbers
// its heads ("2. DEFINITION", three numbered heads at least), an unnumbered paragraph in capitals is no
// head; closed by a stop, six words or more, under a paragraph of text, it is a sentence of the text and
// is written in sentence case (names the chapter writes capitalised, its acronyms and "I" kept so).
const NUMBERED_HEAD = /^\d{1,3}\.?\s+\S/;
const MIN_NUMBERED_HEADS = 3;
const MIN_SENTENCE_WORDS = 6;

/** Writes the sentences set in capitals as paragraphs of their own in sentence case; returns how many. */
export function lowerCapitalsSentences(paragraphs: RawParagraph[], acronyms: Set<string> = new Set()): number {
  if (paragraphs.filter((p) => p.kind === "heading" && NUMBERED_HEAD.test(p.text)).length < MIN_NUMBERED_HEADS) return 0;
  // A name: a word the chapter capitalises inside a sentence and never writes in small letters ("Is"
  // opening a quoted question inside a sentence is no name).
  const names = new Set<string>();
  const small = new Set<string>();
  for (const p of paragraphs) {
    if (p.kind !== "body") continue;
    for (const m of p.text.matchAll(NAME)) names.add(m[0].toUpperCase());
    for (const m of p.text.matchAll(/(?<![\p{L}'’])\p{Ll}+(?![\p{L}'’])/gu)) small.add(m[0].toUpperCase());
  }
  for (const w of small) names.delete(w);
  let count = 0;
  paragraphs.forEach((p, i) => {
    if (p.kind !== "body" || paragraphs[i - 1]?.kind !== "body" || !setInCapitals(p.text) || NUMBERED_HEAD.test(p.text)) return;
    if (!/[.!?]["”’)]?$/.test(p.text) || p.text.split(/\s+/).length < MIN_SENTENCE_WORDS) return;
    let first = true;
    p.text = p.text.replace(/\p{L}[\p{L}'’]*/gu, (w) => {
      const keep = w === "I" || ((acronyms.has(w) || romanValue(w) !== null) && !isEnglishWord(w.toLowerCase()));
      const word = keep ? w : names.has(w) || first ? w[0] + w.slice(1).toLowerCase() : w.toLowerCase();
      first = false;
      return word;
    });
    count++;
  });
  return count;
}
