// The constituent checks of lib/cards/spans/constituent.ts on the TRAIN books (never held-out ones),
// over every strict cloze label (a card's first strict label): what each check would refuse
// (accept / edit / reject, how many of those were marked wrong-or-trivial-blank, which books).
//   npx tsx scripts/constituent-audit.ts [--list] [--books a,b]   (--books: only those books' labels)
import { analyseChapter } from "@/lib/cards/analyse";
import { isStrict } from "@/lib/cards/rank/training";
import { cutConstituent, wholeConstituent } from "@/lib/cards/spans/constituent";
import { allLabelsOf, fixtureChapter, trainFixtures, fixtureOptions } from "./lib/cards-eval";
import { locateCloze } from "./lib/span-pairs";
import type { Label } from "./lib/span-rows";

type Tally = { n: number; accept: number; edit: number; reject: number; wrongBlank: number; books: Set<string> };
const tally = (): Tally => ({ n: 0, accept: 0, edit: 0, reject: 0, wrongBlank: 0, books: new Set<string>() });
const list = process.argv.includes("--list");
const only = process.argv.includes("--books") ? process.argv[process.argv.indexOf("--books") + 1].split(",") : null;
const hist = new Map<string, Tally>();
const book = (f: string) => f.replace(/^pd-/, "").split(/[-.]/)[0];
let all = 0;

for (const fixture of trainFixtures()) {
  if (only && !only.includes(book(fixture))) continue;
  const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
  const seen = new Set<string>();
  for (const l of allLabelsOf(fixture) as Label[]) {
    if (l.kind !== "cloze" || !isStrict(l.rater ?? "") || seen.has(l.front)) continue;
    seen.add(l.front);
    all++;
    const at = locateCloze(a, l);
    if (!at) continue;
    {
      const k = cutConstituent(at.s, at.span.start, at.span.end);
      if (!k) continue;
      const whole = wholeConstituent(at.s, at.span.start, at.span.end);
      const r = hist.get(k) ?? tally();
      r.n++;
      r.books.add(book(fixture));
      r[l.label]++;
      if (l.reason === "wrong-or-trivial-blank") r.wrongBlank++;
      hist.set(k, r);
      if (list) console.log(`${k} | ${l.label} ${l.reason ?? ""} | ${book(fixture)} | ${l.front.slice(0, 170)}${whole ? ` ⇒ ${at.s.text.slice(whole.start, whole.end)}` : ""}${l.note ? `\n      note: ${l.note}` : ""}`);
    }
  }
}
console.log(`\nEach check over every strict cloze label (first strict label of a card; ${all} labels)\n`);
console.log("| check | cards | accept | edit | reject | of them wrong-blank | books |\n| --- | --- | --- | --- | --- | --- | --- |");
for (const [k, r] of hist) console.log(`| ${k} | ${r.n} | ${r.accept} | ${r.edit} | ${r.reject} | ${r.wrongBlank} | ${r.books.size} |`);
