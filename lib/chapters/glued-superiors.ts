// Superior figures (a footnote's key, set small and raised after the word or stop it follows) that a
// scan's OCR read as plain digits run into the word: "the king1 became", "at the ford;1 but",
// "those customs:4 and". Where the same page's notes open with raised figures ("¹ Some read…"), the
// page keys its notes so; a digit glued to a word or a stop in the page's text, naming one of those
// notes that no raised figure in the text keys already, is that note's figure misread, and is given
// back as the raised figure, which the note passes then read and tie. Pages are taken one by one
// (form feeds); a text without them, or a page whose notes open otherwise, is left alone ("CO2",
// "H2O" and "page 12" never change). One pass over each page's lines: linear.

const SUPERIOR = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const NOTE_OPENING = /^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})\s+\S/u;
// A word of two letters or more (one lower-case at least), an optional stop, then the digit(s) at the
// word's end: a space, a line end or a dash after. A full stop only after a word of four letters or
// more (an abbreviation's stop is no sentence's: "Fig.2", "No.3"); not a unit's square or cube ("cm2",
// "ft3"). (Session 19, fixw2: the lookbehind took one letter.)
const GLUED = /(?:(?<=(?<![\p{L}\d])\p{L}*(?:\p{Ll}\p{L}|\p{L}\p{Ll})\p{L}*[,;:!?"”’)]?)|(?<=(?<![\p{L}\d])\p{L}{3,}\p{Ll}\.))(?<!(?<![\p{L}])(?:cm|mm|km|dm|ft|yd|sq|kg)[,;:!?"”’)]?)(\d{1,2})(?=\s|$|—)/gu;

const raise = (digits: string) => [...digits].map((d) => SUPERIOR[Number(d)]).join("");

export type GluedSuperiors = { text: string; count: number };

/** The text with the note figures that OCR read as digits glued to words given back as raised figures. */
export function raiseGluedSuperiors(text: string): GluedSuperiors {
  if (!text.includes("\f") || !/[¹²³⁴⁵⁶⁷⁸⁹]/u.test(text)) return { text, count: 0 };
  let count = 0;
  const pages = text.split("\f").map((page) => {
    const lines = page.split("\n");
    // The page's notes: from the first line opening with a raised figure after a blank line, to the end.
    let foot = lines.length;
    for (let i = 1; i < lines.length; i++) if (!lines[i - 1].trim() && NOTE_OPENING.test(lines[i])) { foot = i; break; }
    if (foot === lines.length) return page;
    const figures = new Set<string>();
    for (let i = foot; i < lines.length; i++) {
      const m = NOTE_OPENING.exec(lines[i]);
      if (m) figures.add(m[1]);
    }
    // Figures the text already keys with a raised figure need no other.
    for (let i = 0; i < foot; i++) for (const m of lines[i].matchAll(/[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}/gu)) figures.delete(m[0]);
    for (let i = 0; i < foot; i++) {
      lines[i] = lines[i].replace(GLUED, (digits) => {
        const raised = raise(digits);
        if (!figures.has(raised)) return digits;
        figures.delete(raised); // each note is keyed once
        count++;
        return raised;
      });
    }
    return lines.join("\n");
  });
  return count ? { text: pages.join("\f"), count } : { text, count: 0 };
}
