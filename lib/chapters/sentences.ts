// Sentence splitting for cleaned book prose. A full stop ends a sentence unless it belongs to an
// abbreviation ("No. 7", "pp. 30", "e.g."), an initial ("E. H. Carr"), a decimal or an ellipsis
// inside a sentence; closing quotes and brackets stay with their sentence.
import { parseNumber, toRoman } from "./roman";

const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "mt", "ft", "sr", "jr", "gen", "col", "lt", "lieut", "maj", "adm", "brig", "cpl", "supt", "capt", "cmdr", "sgt", "rev", "hon", "gov", "pres",
  "vol", "vols", "no", "nos", "pp", "p", "ed", "eds", "trans", "cf", "ch", "chap", "art", "arts", "sect", "sec", "fig", "figs", "op", "cit",
  "ibid", "id", "loc", "viz", "vs", "etc", "al", "approx", "ca", "c", "inc", "ltd", "co", "corp", "dept", "univ", "assn", "bros",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "n.d", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k",
  "no", "ser", "esp", "messrs", "mme", "mlle", "mdlle", "mdme", "pl", "pls", "sta", "ste", "sto", "fr", "rt", "bp", "abp", "ven", "hr", "figs", "eq", "eqs", "vv", "ll", "repr", "pt", "bk", "ms", "mss", "n", "nn", "ff", "cp", "ad", "bc",
]);

// Abbreviations that are also ordinary words: "No. 7" but "he said no."
const WORD_ABBREVIATIONS = new Set(["no", "art", "arts"]);

// Abbreviations that usually end a sentence when a capital follows ("...and so on, etc. The next").
const SENTENCE_FINAL_ABBREVIATIONS = new Set(["etc", "al", "inc", "ltd", "co", "corp", "bros"]);

// Capitalised words that begin sentences but are never part of a name after an initial.
const STARTERS = new Set(("The An He She It They We You This That These Those There Here His Her Its Their Our In On At But And Or So Yet " +
  "However When After Before While Although Though If As For With By From To Of What Why How Who Which Such Then Thus Later Meanwhile " +
  "Some Many Most All Each Both Neither Nor Not No Yes One " +
  "Everyone Everybody Everything Nobody Nothing Someone Something Anyone Another Every Any Several Few Once Since During Until " +
  "Despite Because Unlike Upon Within Without Among Between Through Only Even Also Often Sometimes Perhaps Indeed Instead " +
  "Moreover Furthermore Nevertheless Therefore Hence Otherwise Today Now Where Whose Whether Finally").split(" "));

// A name's particles (von, van, de, der) abbreviated with a stop.
const PARTICLES = new Set(["v", "d"]);

// Units of measure that are also abbreviations of words ("sec." a section, "ft." a fort).
const UNITS = new Set(["sec", "secs", "min", "mins", "hr", "hrs", "ft", "yd", "yds", "lb", "lbs", "oz", "cwt", "gal", "deg", "km", "cm", "mm", "kg", "mg"]);

// Metric units a laboratory text abbreviates with a stop ("5 cc.", "10 g.", "2 l.").
const METRIC = new Set(["cc", "g", "gm", "gms", "gr", "l", "ml", "cm", "mm", "km", "kg", "mg", "dm", "m"]);

export type SentenceSpan = { text: string; start: number; end: number };

function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  while (i >= 0 && dot - i < 24 && /[\p{L}.]/u.test(text[i])) i--; // bounded: "x.x.x.x..." stays linear
  return text.slice(i + 1, dot).replace(/^\.+/, "");
}

const ROMAN = /^(?:c{0,2})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/i; // 1-299, as books and chapters are numbered

/**
 * A reference by book, chapter and verse ("2 Sam. iv. 12", "Num. xxii. 28", "Mark V. 9", "Prov. 6:6"): the
 * stops after the title and the chapter numeral are not sentence ends when a number follows.
 */
function inReference(text: string, dot: number, word: string, after: string): boolean {
  // "Matt." before "V. 3" / "vi. 17": a short capitalised title, then a numeral, a stop and a number.
  if (/^\p{Lu}\p{Ll}{1,5}$/u.test(word) && /^\s+[IVXLCivxlc]{1,7}[.,]\s*\d/.test(text.slice(dot + 1, dot + 16))) return ROMAN.test(text.slice(dot + 1).trim().split(/[.,]/)[0]);
  // "Prov. 6:6": an abbreviated title before chapter and verse in figures.
  if (/^\p{Lu}\p{Ll}{1,6}$/u.test(word) && /^\s+\d{1,3}:\d/.test(text.slice(dot + 1, dot + 12))) return true;
  if (!word || !ROMAN.test(word) || !/^\s*\d/.test(after)) return false;
  // The numeral follows a title: "Sam. iv.", "Acts ii." or, after a comma, "Kings, xii."; a capital
  // numeral only an abbreviated one ("Isa. XL. 31").
  const before = text.slice(Math.max(0, dot - word.length - 12), dot - word.length);
  return word === word.toLowerCase() ? /\p{L}[.,]?\s+$/u.test(before) : /\p{Lu}\p{Ll}{1,5}\.\s+$/u.test(before);
}

/**
 * A statute cited by the year of a reign ("12 Abc. II. c. 4.", "3 & 4 Abc. IV", "7 Abcd. I. st. 2."):
 * the year or years, the sovereign's name abbreviated, and the reign's numeral. The stop after the
 * name runs on into the numeral; the numeral's own stop runs on into the chapter ("c.", "st.", "s.")
 * as any stop before a small letter does.
 */
function inRegnalCitation(text: string, dot: number, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{0,4}$/u.test(word)) return false;
  const before = text.slice(Math.max(0, dot - word.length - 14), dot - word.length);
  if (!/(?:^|[\s(\[,;:])\d{1,3}(?:\s*&\s*\d{1,3})?\s+$/.test(before)) return false;
  const numeral = text.slice(dot + 1, dot + 12).match(/^\s+([IVXLC]{1,6})(?=[.,:;)]|\s+(?:c|st|s|cap)\.)/)?.[1];
  return !!numeral && ROMAN.test(numeral);
}

/**
 * The label of an item in an enumeration run into a paragraph ("...as follows: I. Position. II.
 * Extent of territory. III. ...", "viz.: 1. Keeping the day. 2. Reading."): a Roman numeral in
 * capitals or a number of one or two figures where a sentence begins (after a stop or a colon), with the item before it or after it labelled in sequence nearby. Its stop belongs to the
 * item's sentence; a split there leaves the numeral alone, and it is lost. A single numbered
 * paragraph ("20. All the objects...", "Sect. 25.") is no enumeration: its number stays a sentence
 * of its own, which the clean-up drops.
 */
function itemLabel(text: string, dot: number): ItemLabel | null {
  let i = dot - 1;
  while (i >= 0 && dot - i <= 6 && /[IVXLC\d]/.test(text[i])) i--;
  const label = text.slice(i + 1, dot);
  if (!/^(?:[IVXLC]{1,6}|\d{1,2})$/.test(label) || (/^[IVXLC]/.test(label) && !ROMAN.test(label))) return null;
  let j = i;
  while (j >= 0 && text[j] === " ") j--;
  // Glued to a stop it is a decimal or a reference ("3.1."); glued to a dash it opens an item too
  // ("as specimens—1. That the head...", "...of it?—2. That it is...").
  const dash = j === i && /[—–]/.test(text[j] ?? "");
  if (j < 0 || (!dash && (j === i || !/[.!?:;]/.test(text[j])))) return null;
  const n = parseNumber(label)!;
  const form = (k: number) => (/^[IVXLC]/.test(label) ? toRoman(k).toUpperCase() : String(k));
  const labelled = (k: number, from: number, to: number) =>
    k > 0 && new RegExp(`${from <= 0 ? "(?:^|" : "(?:"}[.!?:;—–]\\s*)${form(k)}\\.\\s`).test(text.slice(Math.max(0, from), Math.min(text.length, to)));
  // (A label set off by a stop and a dash, "…in number.—1. The…", opens an enumeration the sentence
  // before announces: its next item may stand a long item's length further on.)
  const announced = dash && /[.:]/.test(text[j - 1] ?? "");
  return labelled(n - 1, i - ITEM_WINDOW, i + 1) || labelled(n + 1, dot, dot + (announced ? LONG_ITEM_WINDOW : ITEM_WINDOW)) ? { start: i + 1, dash: dash ? j : null } : null;
}

/** Where an item's label starts, and the dash before it when a dash (not a stop) sets it off. */
type ItemLabel = { start: number; dash: number | null };

const ITEM_WINDOW = 400; // characters: an enumeration's items stand close together
const LONG_ITEM_WINDOW = 1500; // after an announcing stop and a dash

/**
 * An ellipsis that opens a quotation or a paragraph ('"... Not gold but grain', a passage quoted from its
 * middle) marks words left out before it: no sentence ends there.
 */
function opensQuotation(text: string, dot: number): boolean {
  let first = dot;
  while (first > 0 && text[first - 1] === ".") first--;
  const before = text.slice(Math.max(0, first - 4), first);
  return (first < 4 && /^\s*["'“‘(\[]*$/.test(text.slice(0, first))) || /(?:^|\s)["'“‘(\[]+$/.test(before);
}

/** `item`: the enumeration label before this full stop (itemLabel), worked out once by the caller. */
function isBoundary(text: string, dot: number, next: number, item: ItemLabel | null): boolean {
  const ch = text[dot];
  const after = text.slice(next, next + 3);
  if (!/^[\s]*["'“‘(\[]?[\p{Lu}\d]/u.test(after) && !/^["'“‘]/.test(after)) return false; // next must start like a sentence
  if (ch !== ".") return true; // ! and ? always end a sentence before a capital
  if (text[dot - 1] === "." || text[dot + 1] === ".") return !/^\s*[\p{Ll}]/u.test(after) && !opensQuotation(text, dot); // ellipsis: ends only before a capital
  const word = wordBefore(text, dot);
  const lower = word.toLowerCase();
  if (inReference(text, dot, word, after)) return false;
  if (inRegnalCitation(text, dot, word)) return false;
  // A name's numeral, then a date in brackets that the sentence goes on after ("…of King Henry IV.
  // (1402), which…"): the stop was the numeral's; no sentence opens on "(1402), which".
  if (/^[IVXLC]{1,6}$/.test(word) && ROMAN.test(word) && /\p{Lu}\p{Ll}+\s$/u.test(text.slice(Math.max(0, dot - word.length - 20), dot - word.length)) && /^\s*\(\d[^()]{0,30}\)\s*(?:[,;:]|\p{Ll})/u.test(text.slice(next, next + 40))) return false;
  if (item) return false; // (a dash before the label is split at in splitSentences)
  // Initials and dotted abbreviations ("E. H. Carr", "U.S. Army", "10 a.m. on") continue the sentence,
  // unless what follows is a word that starts sentences and never a name ("World War I. The", "a.m. He").
  // (So does the article "A" before a word in small letters, "…from N. to E. A current sets…": an initial "A" has its stop.)
  const starter = STARTERS.has(text.slice(next).match(/^\s*["'“‘(]?(\p{L}+)/u)?.[1] ?? "") || /^\s*["'“‘(]?A[ \t]+\p{Ll}/u.test(text.slice(next, next + 8));
  // (Not the last capital of a formula, "H2O. Hold the tube…": a digit before it, no initial.)
  if (/^\p{Lu}$/u.test(word) && !/\d/.test(text[dot - 2] ?? "")) return starter || /[°º]/.test(text[dot - 2] ?? ""); // "37 °C. Pepsin": a unit, not an initial
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_FINAL_ABBREVIATIONS.has(lower) || (starter && !/^(e\.g|i\.e)$/.test(lower));
  if (/^\p{Lu}\p{Ll}{0,3}$/u.test(word) && /^\s*\d/.test(after)) return false; // "Cd. 1234", "Fig. 3", "Art. 5"
  // A name's particle abbreviated between two capitalised words ("Graf v. Hagen", "Jan v. Eyck",
  // "Smith v. Jones"): the particle after a name runs on into the name after it. Only a particle:
  // another lower-case letter there is a letter named ("…with Greek e. Homer has it…").
  if (PARTICLES.has(word) && !starter && /\p{Lu}\p{Ll}+\s$/u.test(text.slice(Math.max(0, dot - 24), dot - 1)) && /^\s*\p{Lu}\p{Ll}/u.test(text.slice(next, next + 4))) return false;
  // "Add 5 cc. H2O, and stir", "put 10 g. NaCl into it": a unit of measure after a quantity runs on into
  // the words after it unless they open a sentence, as a quantity's unit never ends one mid-recipe.
  // (Only before a formula or an element's symbol, "10 l. Cl.", or a word in small letters: "It weighs 5 g.
  // Water is lighter." ends after "g.")
  if (!starter && (UNITS.has(lower) || METRIC.has(lower)) && /\d\s?$/.test(text.slice(Math.max(0, dot - word.length - 3), dot - word.length)) && /^\s*(?:\(?\p{Lu}\p{Ll}?(?:\d|\p{Lu}|\(|(?!\p{L}))|\p{Ll})/u.test(text.slice(next, next + 8))) return false;
  // "40 km./hr. In the night": a unit after a quantity (or after another unit) ends the
  // sentence before a word that starts sentences, as "No. 7" or "Sec. 4" never stand.
  if (starter && UNITS.has(lower) && /(?:\d\s?|\p{L}\.\/)$/u.test(text.slice(Math.max(0, dot - word.length - 4), dot - word.length))) return true;
  // "&c." (et cetera, written with the ampersand) closes a list as "etc." does: before a capital it ends the sentence.
  if (lower === "c" && text[dot - 2] === "&") return /^\s*["'“‘]?\p{Lu}/u.test(after);
  if (ABBREVIATIONS.has(lower)) {
    const nextWord = text.slice(next, next + 12).match(/^\s*(\p{L}+)\./u)?.[1]?.toLowerCase();
    // "etc. The next" ends a sentence; "et al. (1998)", "Co. 5" and "Co. Ltd." do not.
    if (SENTENCE_FINAL_ABBREVIATIONS.has(lower)) return /^\s*["'“‘]?\p{Lu}/u.test(after) && !(nextWord && ABBREVIATIONS.has(nextWord));
    // Abbreviations that are also words ("said no.", "modern art.") end a sentence before a word that is
    // not a numeral, as does any abbreviation closed by a quote ("'no.' Then"; not "(ed.) The History").
    const closed = /["'”’»]/.test(text[dot + 1] ?? "");
    // (A lone "I" before a small-letter word is the pronoun opening the next sentence, "the arts. I did",
    // unless that word is one a numbered reference goes on with: "Art. I of the charter", "Arts. I and II".)
    if ((closed || WORD_ABBREVIATIONS.has(lower)) && !/^\s*(?:\d|(?!I[ \t]+(?!(?:of|and|or|to|in|on|at|for|by|with|the|a|an|as)\b)\p{Ll})[IVXLC]+\b)/u.test(text.slice(next, next + 12))) return true;
    // "No." / "p." before a number is a reference, never a sentence end.
    return false;
  }
  return true;
}

const LABEL_ONLY = /^\s*(?:No|Nos|Op)\.?\s*(?:\d{1,4}|[IVXLC]{1,7})\.$/i; // a catalogue number; a section's label ("Sect. 25.") is dropped as a sentence of its own

const ORDINAL_ONLY = /^\s*\(?\d{1,2}(?:st|nd|rd|th|d)\)?\.$/;

// A quotation that opens on a numbered label, the sentence so far ending there ('"Rule 11.  The terms…"', '"Article 4. No member…"'):
// the quoted text's label, read with its first sentence, not a sentence leaving the quote unmatched.
const QUOTED_LABEL_ONLY = /(?:^|\s)["“‘]\p{Lu}\p{Ll}{1,11}\.?\s+(?:\d{1,4}|[IVXLC]{1,7})\.$/u;

// A cry or call quoted whole, at most this long from its opening quote to its closing one ("'Wolf! Wolf!'").
const QUOTED_CRY = 60;
const OPENING_QUOTE = /["'“‘«]/;
// What may follow a "!" or "?" inside such a quotation: more words, each run ending on "!" or "?", then the closing quote.
const MORE_CRIES = /^(?:\s+[^\s.!?"“”‘’«»][^.!?"“”«»]*?[!?]+)+?["'”’»]/;

/**
 * "'Pinck! Pinck!' said the bird", "“Halt! Who goes there?” cried the sentry": a "!" or "?" inside a
 * short quotation whose every part ends on "!" or "?" is not a sentence end; the quotation is read
 * whole, and whether the sentence ends after its closing quote is decided there as usual.
 */
function insideQuotedCries(text: string, start: number, dot: number): boolean {
  if (text[dot] === "." || /["'”’»]/.test(text[dot + 1] ?? "")) return false;
  let open = -1;
  for (let i = dot - 1; i >= start && dot - i < QUOTED_CRY; i--) {
    // An opening quote stands after a space, a bracket or a dash (or opens the text) and before a letter; an apostrophe does not.
    if (OPENING_QUOTE.test(text[i]) && (i === 0 || /[\s(\[—–-]/.test(text[i - 1])) && /\p{L}/u.test(text[i + 1] ?? "")) { open = i; break; }
    if (/[.”»"]/.test(text[i])) break; // a full stop or a closing quote first: not one quotation of cries
    // A single quote closing an earlier quotation ("'no' twice!"): a letter before it, none after it.
    if (/['’]/.test(text[i]) && /\p{L}/u.test(text[i - 1] ?? "") && !/\p{L}/u.test(text[i + 1] ?? "")) break;
  }
  return open >= 0 && MORE_CRIES.test(text.slice(dot + 1, open + QUOTED_CRY));
}

/** Splits text into sentences; offsets are relative to `text` plus `offset`. */
export function splitSentences(text: string, offset = 0): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ text: body, start: offset + start + lead, end: offset + start + lead + body.length });
  };
  const re = /[.!?…]+/g;
  let m: RegExpExecArray | null;
  let scanned = 0, depth = 0, openedAt = 0;
  while ((m = re.exec(text))) {
    const dot = m.index + m[0].length - 1;
    let end = dot + 1;
    while (end < text.length && /["'”’)\]»]/.test(text[end])) end++; // closing quotes and brackets belong here
    if (end < text.length && !/\s/.test(text[end])) continue; // "3.5", "e.g.,", "U.S.A"
    if (end >= text.length) break;
    // Inside an unclosed parenthesis ("(Cd. 1234, pp. 45-50)") a full stop rarely ends the sentence;
    // the depth is kept incrementally so the scan stays linear. Long spans mean OCR lost a bracket.
    for (; scanned < dot; scanned++) {
      if (text[scanned] === "(") { if (depth++ === 0) openedAt = scanned; }
      else if (text[scanned] === ")" && depth > 0) depth--;
    }
    if (depth > 0 && dot - openedAt < 300 && text[end - 1] !== ")") continue;
    // An item set off by a dash: its sentence begins at its label, the one before ends at the dash.
    const item = text[dot] === "." ? itemLabel(text, dot) : null;
    if (item?.dash != null && item.dash > start) {
      push(item.dash);
      start = item.start;
      depth = 0;
      scanned = Math.max(scanned, end);
      continue;
    }
    if (!isBoundary(text, dot, end, item) || insideQuotedCries(text, start, dot)) continue;
    // A sentence that so far is only a catalogue number ("No. 1.", "Nos. 4.", "Op. 3."): the label's
    // stop opens the item's words. (A section's label, "Art. 4.", "Sect. II.", is not kept so: it
    // stands as a sentence of its own, which the clean-up drops.)
    if (LABEL_ONLY.test(text.slice(start, end))) continue;
    // An ordinal opening a point ("2d. The right…", "3rd. It follows…"): the point's number, read with its sentence.
    if (ORDINAL_ONLY.test(text.slice(start, end))) continue;
    if (QUOTED_LABEL_ONLY.test(text.slice(start, end))) continue;
    push(end);
    start = end;
    depth = 0;
    scanned = Math.max(scanned, end);
  }
  push(text.length);
  return out;
}
