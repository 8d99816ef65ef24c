// Quizlet's "Export" of a set: term and definition joined by a separator the user chose (tab,
// comma or any custom text), rows joined by another (new line, semicolon or custom). Quizlet
// escapes nothing, so a row is split at the FIRST term separator: definitions may contain it,
// terms may not. Same result shape as the CSV import, so the same preview shows it.
import { validateNote } from "@/lib/notes/render";
import type { ImportError, ImportRow, ParsedCsv } from "./csv-import";

export type QuizletSeparators = { term: string; row: string };

/** "\t", "\n" and "\\" typed into a form field mean tab, new line and backslash. */
export function decodeSeparator(typed: string): string {
  return typed.replace(/\\(t|n|\\)/g, (_m, c: string) => (c === "t" ? "\t" : c === "n" ? "\n" : "\\"));
}

export function parseQuizlet(input: string, sep: QuizletSeparators, opts: { maxRows?: number } = {}): ParsedCsv {
  const maxRows = opts.maxRows ?? 5000;
  const detected = { delimiter: sep.term, hasHeader: false, columns: [] };
  if (!sep.term || !sep.row) return { rows: [], errors: [{ line: 0, message: "Both separators are needed (use \\t for a tab and \\n for a new line)." }], detected };
  if (sep.term === sep.row) return { rows: [], errors: [{ line: 0, message: "The term separator and the row separator must differ." }], detected };
  const text = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const rows: ImportRow[] = [];
  const errors: ImportError[] = [];
  const records = text.split(sep.row);
  records.forEach((record, i) => {
    const line = i + 1;
    if (!record.trim()) return;
    if (rows.length >= maxRows) {
      if (!errors.some((e) => e.message.includes("too many rows"))) errors.push({ line, message: `Row ${line}: too many rows; at most ${maxRows} are imported at once.` });
      return;
    }
    const at = record.indexOf(sep.term);
    if (at < 0) return void errors.push({ line, message: `Row ${line}: no term separator ${JSON.stringify(sep.term)} in "${record.trim().slice(0, 60)}".` });
    const front = record.slice(0, at).trim();
    const back = record.slice(at + sep.term.length).trim();
    const problem = validateNote("BASIC", front, back);
    if (problem) return void errors.push({ line, message: `Row ${line}: ${problem.charAt(0).toLowerCase()}${problem.slice(1)}` });
    rows.push({ line, kind: "BASIC", front, back, tags: [] });
  });
  if (!rows.length && !errors.length) errors.push({ line: 0, message: "No rows found." });
  return { rows, errors, detected };
}
