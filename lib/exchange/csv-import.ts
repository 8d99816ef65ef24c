// CSV/TSV import of cards: front, back, tags and optional kind and context columns, with or without a header,
// comma/semicolon/tab delimited (Anki and Quizlet text exports are tab-separated). Never throws:
// every problem comes back as a per-line error the import preview can show.
import Papa from "papaparse";
import { validateNote, type NoteKind } from "@/lib/notes/render";
import { readAnkiTextHeaders } from "./anki-text-headers";
import { contextProblem, normalizeContext } from "@/lib/notes/context";

export type ImportRow = { line: number; kind: NoteKind; front: string; back: string; tags: string[]; context?: string };
export type ImportError = { line: number; message: string };
export type ParsedCsv = { rows: ImportRow[]; errors: ImportError[]; detected: { delimiter: string; hasHeader: boolean; columns: string[] } };

const MAX_FIELD = 10_000;
const FRONT = ["front", "question", "term", "text", "word", "prompt"];
const BACK = ["back", "answer", "definition", "meaning", "extra", "back extra"];
const TAGS = ["tags", "tag"];
const KIND = ["kind", "type", "note type", "notetype"];
const CONTEXT = ["context"];

// An opening "{{c1::" marks a cloze note even when it is malformed, so the error says so.
const CLOZE_START = /\{\{c\d+::/;

function kindOf(value: string | undefined, front: string): NoteKind | null {
  const v = (value ?? "").trim().toLowerCase();
  const basicOrCloze = CLOZE_START.test(front) ? "CLOZE" : "BASIC";
  if (!v || v === "basic" || v === "qa" || v === "q&a") return basicOrCloze;
  if (v.startsWith("cloze")) return "CLOZE";
  if (v.includes("revers")) return "REVERSED";
  return null;
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.includes("\u0000")) return true;
  const controls = sample.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0;
  return controls > sample.length * 0.02;
}

export function parseCardsCsv(input: string, opts: { maxRows?: number } = {}): ParsedCsv {
  const maxRows = opts.maxRows ?? 5000;
  const text = input.replace(/^\uFEFF/, "");
  const empty = { rows: [], detected: { delimiter: ",", hasHeader: false, columns: [] } };
  if (!text.trim()) return { ...empty, errors: [{ line: 0, message: "The file is empty." }] };
  if (looksBinary(text)) return { ...empty, errors: [{ line: 0, message: "This doesn't look like a CSV or text file." }] };

  const anki = readAnkiTextHeaders(text);
  if (anki.found) return parseAnkiText(anki, maxRows);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: "greedy", delimitersToGuess: ["\t", ",", ";", "|"] });
  const delimiter = parsed.meta.delimiter || ",";
  const records = parsed.data.filter((r) => r.some((c) => c.trim()));
  if (!records.length) return { ...empty, errors: [{ line: 0, message: "No rows found." }] };

  const header = records[0].map((c) => c.trim().toLowerCase());
  const find = (names: string[]) => header.findIndex((h) => names.includes(h));
  const hasHeader = find(FRONT) >= 0 && (find(BACK) >= 0 || find(TAGS) >= 0 || find(KIND) >= 0);
  const col = hasHeader
    ? { front: find(FRONT), back: find(BACK), tags: find(TAGS), kind: find(KIND), context: find(CONTEXT) }
    : { front: 0, back: 1, tags: 2, kind: 3, context: -1 }; // a context line only under a "context" header
  const body = hasHeader ? records.slice(1) : records;
  const firstLine = hasHeader ? 2 : 1;

  const rows: ImportRow[] = [];
  const errors: ImportError[] = parsed.errors.slice(0, 20).map((e) => ({ line: (e.row ?? 0) + 1, message: `Line ${(e.row ?? 0) + 1}: ${e.message}.` }));
  body.forEach((record, i) => {
    const line = firstLine + i;
    if (rows.length >= maxRows) {
      if (rows.length === maxRows && errors.every((e) => !e.message.includes("too many rows"))) errors.push({ line, message: `Line ${line}: too many rows; at most ${maxRows} are imported at once.` });
      return;
    }
    // A leading apostrophe before = + - @ is how our own export defuses spreadsheet formulas.
    const cell = (k: number) => (k >= 0 && k < record.length ? record[k].trim().replace(/^'(?=[=+\-@])/, "") : "");
    const front = cell(col.front);
    const back = cell(col.back);
    if (front.length > MAX_FIELD || back.length > MAX_FIELD) return errors.push({ line, message: `Line ${line}: a field is longer than ${MAX_FIELD.toLocaleString("en")} characters.` });
    const kind = kindOf(cell(col.kind), front);
    if (!kind) return errors.push({ line, message: `Line ${line}: unknown card type "${cell(col.kind)}" (use basic, reversed or cloze).` });
    const problem = validateNote(kind, front, back) ?? contextProblem(cell(col.context));
    if (problem) return errors.push({ line, message: `Line ${line}: ${problem.charAt(0).toLowerCase()}${problem.slice(1)}` });
    const tags = cell(col.tags).split(/[\s,;]+/).map((t) => t.trim()).filter(Boolean);
    const context = normalizeContext(cell(col.context));
    rows.push({ line, kind, front, back, tags, ...(context ? { context } : {}) });
  });
  return { rows, errors, detected: { delimiter, hasHeader, columns: hasHeader ? header : [] } };
}

/** Anki's plain-text notes export: the headers say the separator and which columns are tags and note type; the rest are fields. */
function parseAnkiText(anki: ReturnType<typeof readAnkiTextHeaders>, maxRows: number): ParsedCsv {
  const parsed = Papa.parse<string[]>(anki.body, { skipEmptyLines: "greedy", delimiter: anki.delimiter ?? "", delimitersToGuess: ["\t", ",", ";", "|"] });
  const delimiter = parsed.meta.delimiter || "\t";
  const special = new Set(Object.values(anki.columns));
  const rows: ImportRow[] = [];
  const errors: ImportError[] = [];
  parsed.data.forEach((record, i) => {
    const line = i + 1; // row number after the header lines
    if (rows.length >= maxRows) return;
    const fields = record.filter((_, k) => !special.has(k)).map((c) => c.trim());
    const [front = "", back = ""] = fields;
    const notetype = anki.columns.notetype !== undefined ? (record[anki.columns.notetype] ?? "") : "";
    const kind = kindOf(notetype, front) ?? (CLOZE_START.test(front) ? "CLOZE" : "BASIC"); // custom note types: fields 1 and 2
    const problem = validateNote(kind, front, back);
    if (problem) return void errors.push({ line, message: `Row ${line}: ${problem.charAt(0).toLowerCase()}${problem.slice(1)}` });
    const tags = anki.columns.tags !== undefined ? (record[anki.columns.tags] ?? "").split(/\s+/).filter(Boolean) : [];
    rows.push({ line, kind, front, back, tags });
  });
  return { rows, errors, detected: { delimiter, hasHeader: true, columns: [] } };
}
