"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { importNotes } from "@/lib/data/notes";
import { requireOwnedDeck } from "@/lib/data/access";
import { decodeSource } from "@/lib/data/sources";
import { parseCardsCsv, type ImportError, type ImportRow } from "@/lib/exchange/csv-import";
import { decodeSeparator, parseQuizlet } from "@/lib/exchange/quizlet-import";
import { attempt } from "@/lib/actions/run";

export type CsvImportState = {
  ok: boolean;
  message: string;
  preview?: ImportRow[];
  errors?: ImportError[];
  total?: number;
  csv?: string; // carried from preview to import, so the file is not uploaded twice
  quizlet?: { term: string; row: string }; // as typed (\t, \n): a Quizlet export with these separators
};

const MAX_CSV_BYTES = 2 * 1024 * 1024;

// One action, two steps: "preview" parses and reports; "import" parses the same text again and
// adds the valid rows in one transaction.
export async function csvImportAction(deckId: string, _prev: CsvImportState | null, form: FormData): Promise<CsvImportState> {
  const user = await requireUser();
  const step = form.get("step") === "import" ? "import" : "preview";
  let text: string;
  try {
    await requireOwnedDeck(user.id, deckId);
    const file = form.get("file");
    const carried = form.get("csv");
    if (step === "import" && typeof carried === "string") text = carried;
    else if (file instanceof File && file.size > 0) text = decodeSource(new Uint8Array(await file.arrayBuffer()), file.name, MAX_CSV_BYTES);
    else if (typeof form.get("text") === "string" && String(form.get("text")).trim()) text = String(form.get("text"));
    else return { ok: false, message: "Choose a CSV file or paste rows." };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : "The file could not be read." };
  }
  if (text.length > MAX_CSV_BYTES) return { ok: false, message: "The CSV is larger than 2 MB; split it into parts." };
  const quizlet = form.get("format") === "quizlet"
    ? { term: String(form.get("termSeparator") ?? "").slice(0, 20), row: String(form.get("rowSeparator") ?? "").slice(0, 20) }
    : undefined;
  const parsed = quizlet ? parseQuizlet(text, { term: decodeSeparator(quizlet.term), row: decodeSeparator(quizlet.row) }) : parseCardsCsv(text);
  if (step === "preview") {
    const message = parsed.rows.length
      ? `${parsed.rows.length} card(s) ready to import${parsed.errors.length ? `; ${parsed.errors.length} line(s) will be skipped` : ""}.`
      : "No importable rows.";
    return { ok: parsed.rows.length > 0, message, preview: parsed.rows.slice(0, 50), errors: parsed.errors.slice(0, 100), total: parsed.rows.length, csv: text, quizlet };
  }
  const result = await attempt(async () => {
    const n = await importNotes(user.id, deckId, parsed.rows.map((r) => ({ kind: r.kind, front: r.front, back: r.back, tags: r.tags, context: r.context })));
    revalidatePath(`/decks/${deckId}`);
    return { ok: true, message: `Imported ${n} card(s)${parsed.errors.length ? `; skipped ${parsed.errors.length} line(s) with errors` : ""}.` };
  });
  return { ok: result.ok, message: result.message ?? "" };
}
