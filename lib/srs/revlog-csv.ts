// Review histories from CSV, detected by header: Anki's revlog table (id,cid,usn,ease,ivl,lastIvl,
// factor,time,type; id = answer time in ms) or the FSRS optimizer's format (card_id,review_time,
// review_rating,review_state,review_duration; review_state 0 New, 1 Learning, 2 Review,
// 3 Relearning; a rating-0 row is a manual change, and a reset when its state is New).
import Papa from "papaparse";
import { RevlogKind, type RevlogKindValue, type RevlogRow } from "./revlog-filter";

export type CsvFormat = "anki-revlog" | "fsrs-optimizer";
export type ParsedRevlog = { ok: true; format: CsvFormat; rows: RevlogRow[] } | { ok: false; error: string };

const ANKI = ["id", "cid", "usn", "ease", "ivl", "lastIvl", "factor", "time", "type"];
const OPTIMIZER = ["card_id", "review_time", "review_rating", "review_state", "review_duration"];

const sameColumns = (header: string[], want: string[]) => want.every((c) => header.includes(c));

export function parseRevlogCsv(text: string): ParsedRevlog {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, "").trim(), { skipEmptyLines: true });
  const [header, ...body] = parsed.data;
  if (!header) return { ok: false, error: "the file is empty" };
  const cols = header.map((h) => h.trim());
  const at = (name: string) => cols.indexOf(name);
  const format: CsvFormat | null = sameColumns(cols, ANKI) ? "anki-revlog" : sameColumns(cols, OPTIMIZER) ? "fsrs-optimizer" : null;
  if (!format) return { ok: false, error: `unrecognised header "${cols.join(",")}": expected an Anki revlog CSV (${ANKI.join(",")}) or an FSRS optimizer CSV (${OPTIMIZER.join(",")})` };
  const rows: RevlogRow[] = [];
  for (let i = 0; i < body.length; i++) {
    const cell = (name: string) => (body[i][at(name)] ?? "").trim();
    const num = (name: string) => Number(cell(name));
    const line = i + 2;
    if (format === "anki-revlog") {
      const [time, rating, kind, factor, interval] = [num("id"), num("ease"), num("type"), num("factor"), num("ivl")];
      if (!cell("cid") || ![time, rating, kind, factor, interval].every(Number.isFinite)) return { ok: false, error: `line ${line}: expected numbers in id, ease, ivl, factor and type` };
      if (!(kind >= 0 && kind <= 5 && Number.isInteger(kind))) return { ok: false, error: `line ${line}: type must be 0-5, got ${cell("type")}` };
      if (!(rating >= 0 && rating <= 4 && Number.isInteger(rating))) return { ok: false, error: `line ${line}: ease must be 0-4, got ${cell("ease")}` };
      rows.push({ cardId: cell("cid"), time, rating, kind: kind as RevlogKindValue, factor, interval });
    } else {
      const [time, rating, state] = [num("review_time"), num("review_rating"), num("review_state")];
      if (!cell("card_id") || ![time, rating, state].every(Number.isFinite)) return { ok: false, error: `line ${line}: expected numbers in review_time, review_rating and review_state` };
      if (!(rating >= 0 && rating <= 4 && Number.isInteger(rating))) return { ok: false, error: `line ${line}: review_rating must be 0-4, got ${cell("review_rating")}` };
      if (!(state >= 0 && state <= 3 && Number.isInteger(state))) return { ok: false, error: `line ${line}: review_state must be 0-3, got ${cell("review_state")}` };
      const kind: RevlogKindValue = rating === 0 ? RevlogKind.Manual : state <= 1 ? RevlogKind.Learning : state === 2 ? RevlogKind.Review : RevlogKind.Relearning;
      // A rating-0 row back to New is a reset (Anki: manual, factor 0); other manual rows are skipped.
      rows.push({ cardId: cell("card_id"), time, rating, kind, factor: rating === 0 ? (state === 0 ? 0 : 1) : undefined });
    }
  }
  return { ok: true, format, rows };
}
