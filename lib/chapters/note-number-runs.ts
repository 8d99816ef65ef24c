// Bracketed numbers glued to words ("…Fahrenheit.[6] For…", "MEASUREMENTS[7]") are a book's note
// markers or an e-text's page marks. Page marks count up one by one through the text and never
// come back to a number; notes cited in a table's cells and again in its text, or numbered again in
// a chapter cut from a book, do: "[2]" in three cells of three tables, then "[3]", "[2]", "[4]". A
// run of small glued numbers that repeats one or steps back, and never leaps ahead, is a run of
// note markers, even when the notes themselves are not in the file.
const GLUED = /[\p{L}.,;:!?)_"”’]\[(\d{1,3})\]/gu;
const MAX_STEP = 2; // a marker in a table's figure ("0.0099[5]") is not glued to a letter and goes unseen
const MAX_FIRST = 3;

export function repeatingNoteNumbers(doc: string): boolean {
  if (!doc.includes("[")) return false;
  const numbers = [...doc.matchAll(GLUED)].map((m) => Number(m[1]));
  if (numbers.length < 3 || numbers[0] > MAX_FIRST) return false;
  let returns = 0;
  for (let i = 1; i < numbers.length; i++) {
    if (numbers[i] > numbers[i - 1] + MAX_STEP) return false;
    if (numbers[i] <= numbers[i - 1]) returns++;
  }
  return returns > 0;
}
