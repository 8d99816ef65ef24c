// npx tsx scripts/longclaims-length-labels.ts: strict raters' verdicts on TRAINING-book cards by the
// length of the statement the card shows (a cloze's text with its blank filled; a question and its
// answer together), one label per card (the first strict rater's), and the share of strict notes that
// complain of length. Whether long cards are refused for being long, which is what a word limit on
// the claim pass's thesis assumes.
import { isStrict } from "@/lib/cards/rank/training";
import { readLabels, trainFixtures, loadBooks } from "./lib/cards-eval";

const books = loadBooks();
const BUCKETS: [string, number][] = [["<=20", 20], ["21-35", 35], ["36-50", 50], ["51+", Infinity]];
const LONG_NOTE = /\b(?:too long|long|wordy|shorten|trim|several facts|two facts|two claims)\b/i;
const rows = new Map<string, { n: number; accept: number; edit: number; reject: number; longNote: number }>();
const words = (t: string) => t.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
for (const fixture of trainFixtures(books)) {
  const seen = new Set<string>();
  for (const l of readLabels(fixture)) {
    if (!isStrict(l.rater)) continue;
    const key = `${l.kind}|${l.front}|${l.back}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const shown = l.kind === "cloze" ? l.front.replace(/\{\{c\d+::([^}]*)\}\}/g, "$1") : `${l.front} ${l.back}`;
    const n = words(shown);
    const bucket = BUCKETS.find(([, max]) => n <= max)![0];
    const r = rows.get(bucket) ?? { n: 0, accept: 0, edit: 0, reject: 0, longNote: 0 };
    rows.set(bucket, r);
    r.n++; r[l.label]++;
    if (l.label !== "accept" && LONG_NOTE.test(l.note ?? "")) r.longNote++;
  }
}
console.log("| words shown | cards | accept | edit | reject | note asks to shorten |\n| --- | --- | --- | --- | --- | --- |");
const pct = (x: number, n: number) => `${((100 * x) / n).toFixed(0)} %`;
for (const [b] of BUCKETS) { const r = rows.get(b); if (r) console.log(`| ${b} | ${r.n} | ${pct(r.accept, r.n)} | ${pct(r.edit, r.n)} | ${pct(r.reject, r.n)} | ${r.longNote} |`); }
