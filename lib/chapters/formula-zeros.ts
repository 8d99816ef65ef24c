// OCR reads the letter O of a chemical formula as the digit 0 ("S03", "HNa2P04", "KN02"). In a text
// that writes formulas (several with a true O before a figure: "SO4", "NO3", "H2O"), a 0 that stands
// straight after an element's capital inside a formula and before a figure is the letter: no formula
// has a subscript 0, and no count starts with one.
import type { RawParagraph } from "./assemble";

// A formula-like token: element symbols with optional counts, groups in brackets ("(NH4)2SO4").
const FORMULA = /(?<![\p{L}\d])(?:\(?[A-Z][a-z]?\d{0,2}\)?\d?){1,8}(?![\p{L}\d])/gu;
const TRUE_O = /(?<![\p{L}\d])(?:[A-Z][a-z]?\d{0,2}){0,4}O\d(?![\p{L}\d])|\bH2O\b/gu;
const ZERO = /(?<=[A-Z][a-z]?)0(?=\d)/g;
const MIN_FORMULAS = 3;

/** Repairs the zeros in the paragraphs' formulas when the chapter writes formulas; returns how many. */
export function repairFormulaZeros(paragraphs: RawParagraph[]): number {
  const text = paragraphs.map((p) => p.text).join("\n");
  if ((text.match(TRUE_O) ?? []).length < MIN_FORMULAS) return 0;
  let count = 0;
  for (const p of paragraphs) {
    // Same length: offsets of page breaks hold.
    p.text = p.text.replace(FORMULA, (token) => token.replace(ZERO, () => (count++, "O")));
  }
  return count;
}
