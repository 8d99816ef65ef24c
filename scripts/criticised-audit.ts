// How well lib/cards/spans/criticised.ts tells the blanks strict raters criticise: every strict cloze
// label of the train fixtures, located in its analysed sentence, counted by the class of its blank
// (or none) and its verdict, with how many were rejected or edited as "wrong-or-trivial-blank".
//   npx tsx scripts/criticised-audit.ts          table
//   npx tsx scripts/criticised-audit.ts --list   also the accepted cards a class would let the chooser move
import { analyseChapter } from "@/lib/cards/analyse";
import { isStrict } from "@/lib/cards/rank/training";
import { criticisedClass } from "@/lib/cards/spans/criticised";
import { allLabelsOf, fixtureChapter, loadBooks, trainFixtures, fixtureOptions } from "./lib/cards-eval";
import { locateCloze } from "./lib/span-pairs";
import type { Label } from "./lib/span-rows";

const books = loadBooks();
type Row = { accept: number; edit: number; reject: number; wrongBlank: number };
const table = new Map<string, Row>();
const list = process.argv.includes("--list");
for (const fixture of trainFixtures(books)) {
  const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
  for (const l of allLabelsOf(fixture) as Label[]) {
    if (l.kind !== "cloze" || !isStrict(l.rater ?? "")) continue;
    const at = locateCloze(a, l);
    if (!at) continue;
    const k = criticisedClass(at.s, a, at.span.start, at.span.end) ?? "none";
    const r = table.get(k) ?? { accept: 0, edit: 0, reject: 0, wrongBlank: 0 };
    r[l.label as "accept" | "edit" | "reject"]++;
    if ((l as { reason?: string | null }).reason === "wrong-or-trivial-blank") r.wrongBlank++;
    table.set(k, r);
    if (list && k !== "none" && l.label === "accept") console.log(`${k}: ${l.front.slice(0, 160)}`);
  }
}
console.log("class            accept  edit  reject  of them wrong-or-trivial-blank");
for (const [k, r] of [...table].sort((x, y) => y[1].accept + y[1].edit + y[1].reject - (x[1].accept + x[1].edit + x[1].reject)))
  console.log(`${k.padEnd(16)}${String(r.accept).padStart(7)}${String(r.edit).padStart(6)}${String(r.reject).padStart(8)}${String(r.wrongBlank).padStart(10)}`);
