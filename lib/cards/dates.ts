// Date context through a chapter: the latest explicit year and month, so "in April", "in the same
// month" or "a month later" can be resolved from the sentences before (and flagged as inferred).
import { findDates, MONTHS, RELATIVE_DATE_RE } from "./text";

export type DateContext = { year: number | null; month: string | null };

export function resolveRelative(sentence: string, ctx: DateContext): { phrase: string; resolved: string } | null {
  const m = sentence.match(RELATIVE_DATE_RE);
  if (!m || ctx.year === null) return null;
  const phrase = m[0];
  const month = MONTHS.find((mo) => phrase.includes(mo));
  if (month) {
    // "In April" after a sentence in 1924: April 1924 (no explicit year in this sentence).
    if (findDates(sentence).some((d) => d.year)) return null;
    return { phrase, resolved: `${month} ${ctx.year}` };
  }
  if (/same month/i.test(phrase) && ctx.month) return { phrase, resolved: `${ctx.month} ${ctx.year}` };
  if (/same year|that year/i.test(phrase)) return { phrase, resolved: String(ctx.year) };
  if (/following year|next year|year later/i.test(phrase)) return { phrase, resolved: String(ctx.year + 1) };
  if (/month later/i.test(phrase) && ctx.month) {
    const i = MONTHS.indexOf(ctx.month);
    return { phrase, resolved: i === 11 ? `January ${ctx.year + 1}` : `${MONTHS[i + 1]} ${ctx.year}` };
  }
  if (/spring|summer|autumn|winter/i.test(phrase)) return { phrase, resolved: `${phrase.replace(/^in\s+(the\s+)?/i, "the ")} of ${ctx.year}` };
  return null;
}

/** Advances the context past a sentence: its explicit dates, or the relative one just resolved. */
export function advance(ctx: DateContext, sentence: string, resolved: string | null): DateContext {
  const dates = findDates(sentence).filter((d) => d.year && d.year > 1000);
  const last = dates.at(-1);
  if (last) return { year: last.year, month: last.month ?? (last.year === ctx.year ? ctx.month : null) };
  if (resolved) {
    const year = Number(resolved.match(/\d{4}/)?.[0]);
    return { year: year || ctx.year, month: MONTHS.find((m) => resolved.includes(m)) ?? ctx.month };
  }
  return ctx;
}
