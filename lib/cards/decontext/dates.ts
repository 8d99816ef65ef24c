// Scoping a month: "In April X succeeded Y" names no year, so the card cannot be dated. When the
// nearest earlier sentence that names a year (within a few sentences of the same paragraph run)
// names exactly one, the month gets it ("In April 1924 X succeeded Y"): in narrative prose a bare
// month continues the year just named. Two years there, or none, leave the month as it is (and the
// standalone gate drops the card as before).
import type { AnalysedSentence } from "../analyse/types";
import { none, type Context, type Op, type OpResult } from "./types";

const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const YEAR = /\b(1[0-9]{3}|20[0-9]{2})\b/g;

const MONTH_YEAR = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2},?)? (1[0-9]{3}|20[0-9]{2})\b/g;

function yearsOf(s: Pick<AnalysedSentence, "text">): Set<string> {
  return new Set([...s.text.matchAll(YEAR)].map((m) => m[1]));
}

/**
 * The year of the nearest earlier sentence that names one: its one month-dated year ("in October
 * 1924", beside "speeches of 1917"), else its one year; null when it names several.
 */
export function narrativeYear(ctx: Context): string | null {
  for (const p of [...ctx.recent].reverse()) {
    const ys = yearsOf(p);
    if (!ys.size) continue;
    const dated = new Set([...p.text.matchAll(MONTH_YEAR)].map((m) => m[1]));
    if (dated.size) return dated.size === 1 ? [...dated][0] : null;
    return ys.size === 1 ? [...ys][0] : null;
  }
  return null;
}

export const dates: Op = (s, ctx) => {
  const out: OpResult = none();
  if (yearsOf(s).size) return out;
  const ts = s.tokens;
  // A month after a preposition ("in April", "of August"), not one that names an event ("the April theses").
  const months = ts.flatMap((t, k) => {
    if (!MONTH.test(t.text) || ts[k - 1]?.pos !== "ADP") return [];
    // "Lessons of October": the month ends a title.
    if (ts[k - 1].lower === "of" && /^\p{Lu}/u.test(ts[k - 2]?.text ?? "")) return [];
    const next = ts[k + 1];
    if (next?.pos === "NOUN" || (next?.pos === "PROPN" && ts[k + 2]?.pos === "NOUN")) return [];
    return [{ t, k }];
  });
  if (!months.length) return out;
  const year = narrativeYear(ctx);
  if (!year) return out;
  for (const { t, k } of months) {
    // "April 12" keeps its day before the year.
    const day = ts[k + 1] && /^\d{1,2}$/.test(ts[k + 1].text) ? ts[k + 1] : null;
    const end = (day ?? t).end;
    out.edits.push({ start: end, end, text: `${day ? "," : ""} ${year}`, op: "date" });
  }
  return out;
};
