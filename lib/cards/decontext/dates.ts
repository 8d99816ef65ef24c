// Scoping a month: "In April X succeeded Y" names no year, so the card cannot be dated. When the
// nearest earlier sentence that names a year (within a few sentences of the same paragraph run)
// names exactly one, the month gets it ("In April 1924 X succeeded Y"): in narrative prose a bare
// month continues the year just named. Two years there, or none, leave the month as it is (and the
// standalone gate drops the card as before).
import { UPPER_INITIAL } from "@/lib/cards/letters";
import type { AnalysedSentence } from "../analyse/types";
import { MONTH_NAME } from "@/lib/language/months";
import { none, type Context, type Op, type OpResult } from "./types";

const MONTH = new RegExp(`^${MONTH_NAME}$`);
const YEAR = /\b(1[0-9]{3}|20[0-9]{2})\b/g;
// A month-dated year: "October 1924", "April 12, 1924" (month and year captured).
const MONTH_YEAR = new RegExp(`\\b(${MONTH_NAME})(?: \\d{1,2},?)? (1[0-9]{3}|20[0-9]{2})\\b`, "g");

function yearsOf(s: Pick<AnalysedSentence, "text">): Set<string> {
  return new Set([...s.text.matchAll(YEAR)].map((m) => m[1]));
}

/**
 * Where the story's time was last named: the nearest earlier sentence that names a year, with its
 * years and its month-dated years ("October 1924"). Null when none of the sentences read names one.
 * This op and ./relative-time each decide from it what is certain enough to write.
 */
export function nearestDated(recent: Pick<AnalysedSentence, "text">[]): { years: Set<string>; dated: { month: string; year: string }[] } | null {
  for (let i = recent.length - 1; i >= 0; i--) {
    const years = yearsOf(recent[i]);
    if (years.size) return { years, dated: [...recent[i].text.matchAll(MONTH_YEAR)].map((m) => ({ month: m[1], year: m[2] })) };
  }
  return null;
}

/**
 * The year of the nearest earlier sentence that names one: its one month-dated year ("in October
 * 1924", beside "speeches of 1917"), else its one year; null when it names several.
 */
export function narrativeYear(ctx: Context): string | null {
  const near = nearestDated(ctx.recent);
  if (!near) return null;
  const dated = new Set(near.dated.map((d) => d.year));
  if (dated.size) return dated.size === 1 ? [...dated][0] : null;
  return near.years.size === 1 ? [...near.years][0] : null;
}

export const dates: Op = (s, ctx) => {
  const out: OpResult = none();
  if (yearsOf(s).size) return out;
  const ts = s.tokens;
  // A month after a preposition ("in April", "of August"), not one that names an event ("the April theses").
  const months = ts.flatMap((t, k) => {
    if (!MONTH.test(t.text) || ts[k - 1]?.pos !== "ADP") return [];
    // "Lessons of October": the month ends a title.
    if (ts[k - 1].lower === "of" && UPPER_INITIAL.test(ts[k - 2]?.text ?? "")) return [];
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
