// Conventions of the printed (or typed) page that are read on the raw text, before the page's
// furniture and geometry are: a soft hyphen at a line end (soft-hyphens.ts), section marks in the
// left margin (margin-marks.ts), clause numbers hung in the margin (hanging-numbers.ts), the double
// hyphen of old type read as "=" (double-hyphens.ts), an illustration line set under a paragraph
// (illustration-lines.ts), a number wrapped onto a line of its own after "No." (wrapped-numbers.ts),
// dashes typed as a hyphen and a space ("effect- what", spaced-dashes.ts), a section sign read as "$"
// (misread-section-signs.ts).
// One face for index.ts: the text and what was done, in words for the layout report.
import { joinSoftHyphens } from "./soft-hyphens";
import { liftMarginMarks } from "./margin-marks";
import { joinDoubleHyphens } from "./double-hyphens";
import { setApartIllustrationLines } from "./illustration-lines";
import { liftHangingNumbers } from "./hanging-numbers";
import { rejoinWrappedNumbers } from "./wrapped-numbers";
import { readSpacedDashes } from "./spaced-dashes";
import { readMisreadSectionSigns } from "./misread-section-signs";

export function readPrintConventions(raw: string): { text: string; notes: string[] } {
  const soft = joinSoftHyphens(raw);
  const figures = setApartIllustrationLines(soft.text);
  const double = joinDoubleHyphens(figures.text);
  const marks = liftMarginMarks(double.text);
  const hung = liftHangingNumbers(marks.text);
  const wrapped = rejoinWrappedNumbers(hung.text);
  const dashes = readSpacedDashes(wrapped.text);
  const signs = readMisreadSectionSigns(dashes.text);
  const notes: string[] = [];
  if (soft.count) notes.push(`${soft.count} soft hyphen(s) at line ends joined into their words ("advan-" / "ces" -> "advances")`);
  if (figures.count) notes.push(`${figures.count} illustration line(s) set directly under or over a paragraph ("[Illustration: Fig. 1.]") set apart from it`);
  if (double.count) notes.push(`${double.count} double hyphen(s) of old type read as "=" at line ends read as hyphens, joined where the word was broken ("won=" / "drous")`);
  if (marks.count) notes.push(`${marks.count} section mark(s) in the left margin ("§ 7.") lifted, their pages moved back to the margin so that paragraph indents are read`);
  if (hung.count) notes.push(`${hung.count} clause number(s) hung in the left margin ("XII.") lifted, their clauses moved back to the margin so that each is read as a paragraph`);
  if (wrapped.count) notes.push(`${wrapped.count} number(s) wrapped onto a line of their own after "No.", "p."… put back on the line above`);
  if (dashes.count) notes.push(`${dashes.count} dash(es) typed as a hyphen and a space ("effect- what") read as dashes`);
  if (signs.count) notes.push(`${signs.count} section sign(s) OCR read as "$" at a section's opening ("$ 2. The…") read as "§"`);
  return { text: signs.text, notes };
}
