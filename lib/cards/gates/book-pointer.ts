// A card must stand without the book, and two kinds of sentence cannot.
//
// A cross-reference: the sentence points at a table, figure, plate, page or chapter of the book
// ("Table 7 gives …", "as shown in Fig. 12", "the steam tables on pages 122 to 127", "see p. 286",
// "described in the next chapter", "the case just described"). The reader of the card has no Table 7,
// and the fact the sentence states is usually in the thing it points at. Read from the card's own
// words (a clause cut from the sentence that leaves the pointer behind is free of it).
//
// A step of a worked example: the card shows arithmetic between numbers ("0.000085 × 200 × (400 - 85)
// = 5.3 degrees", "100 + 100/491.64 = 100.203"), or the sentence states a number it drew ("therefore",
// "hence") from values given in the sentences before ("The corrected reading will therefore be 405.3
// degrees"). Its numbers are this example's, not a fact to learn, and the setup is not on the card.
// (Strict raters on session 15's first blind set rejected every such card: not-standalone.)

// A numbered part of the book: "Table 7", "Fig. 12", "Figs. 3 and 4", "Plate IV", "Appendix B"; in
// lower case (a question's "table 7") only with a numeral ("the table I built" is no reference).
const NUMBERED_PART = /\b(?:Tables?|Figs?\.?|Chap(?:ter)?s?\.?|Figures?|Plates?|Diagrams?|Charts?|Appendix)\s*(?:\d+|[IVXLC]+\b|[A-H]\b)|\b(?:tables?|figs?\.|figures?)\s*\d+\b/;
// A page: "page 12", "pages 122 to 127", "p. 286", "pp. 12-14".
const PAGE = /\b(?:pages?\s+\d+|pp?\.\s*\d+)/i;
// A chapter or section named by its place: "the next chapter", "the preceding section", "a later lecture".
const PLACED_PART = /\b(?:next|preceding|previous|following|foregoing|succeeding|last|later|earlier|present|subsequent)\s+(?:chapters?|sections?|lectures?|paragraphs?|pages?|volumes?)\b(?!\s+of\b)/i;
// "the case just described", "described above", "already mentioned" (not "given above 100 degrees").
const SAID = "(?:described|mentioned|given|shown|stated|cited|explained|noted|discussed|quoted|considered)";
const AS_SAID = new RegExp(`\\b(?:just|above|below)[- ]${SAID}\\b|\\b(?:already|previously) (?:described|mentioned|cited|quoted|explained|discussed)\\b|\\b${SAID} (?:above|below)\\b(?!\\s*\\d)`, "i");

/** The words by which the text points at another part of the book, or null. */
export function crossReference(text: string): string | null {
  for (const re of [NUMBERED_PART, PAGE, PLACED_PART, AS_SAID]) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return null;
}

// Arithmetic between numbers: "200 × (400 - 85)", "100 + 100/491.64 = 100.203", "3 x 4 = 12". A
// dash between two numbers is not read: it is as often a range ("1789 - 1815", "(1743-1794)").
const NUMBER = String.raw`\d[\d,]*(?:\.\d+)?`;
// A digit inside a chemical formula ("Na2SO4 + 2HCl") is no number: the numbers stand free of letters.
const ARITHMETIC = new RegExp(String.raw`(?<![\p{L}\d.])${NUMBER}\s*\)?\s*(?:[×*÷+=]|x\s)\s*\(?\s*${NUMBER}(?![\p{L}\d])`, "u");
// A number standing free ("405.3 degrees"), not a digit inside a formula ("H2S").
const FREE_NUMBER = /(?<![\p{L}\d])\d/u;
// A conclusion drawn in the sentence ("therefore", "hence", "consequently"; not the narrative "thus").
const DRAWN = /\b(?:therefore|hence|consequently)\b/i;

/**
 * Whether the card is a step of a worked example: arithmetic between numbers on it, or a number as
 * its answer (not a date) in a sentence that draws a conclusion ("will therefore be 405.3 degrees").
 */
export function workedExampleStep(shownText: string, sentence: string, answer: string, answerIsDate: boolean): boolean {
  if (ARITHMETIC.test(shownText)) return true;
  return !answerIsDate && DRAWN.test(sentence) && FREE_NUMBER.test(answer);
}
