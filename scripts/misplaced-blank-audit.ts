// The checks of lib/cards/spans/misplaced-blank.ts on the TRAIN books (never held-out ones):
//   1. over every strict cloze label (a card's first strict label): what each check would refuse
//      (accept / edit / reject, and how many of those were marked wrong-or-trivial-blank);
//   2. over this checkout's candidates that pass the gates without the checks
//      (MISPLACED_BLANK.on = false), labelled strict-first: what each check refuses now.
//   npx tsx scripts/misplaced-blank-audit.ts [--list]
import { analyseChapter } from "@/lib/cards/analyse";
import { overgenerate } from "@/lib/cards/candidates";
import { gate } from "@/lib/cards/gates";
import { LabelIndex } from "@/lib/cards/eval";
import { isStrict } from "@/lib/cards/rank/training";
import { MISPLACED_BLANK, misplacedBlank } from "@/lib/cards/spans/misplaced-blank";
import { endFocusFor } from "@/lib/cards/spans/end-focus";
import { allLabelsOf, fixtureChapter, readLabels, trainFixtures, fixtureOptions } from "./lib/cards-eval";
import { locateCloze } from "./lib/span-pairs";
import type { Label } from "./lib/span-rows";
import { STRICT_FIRST_CHAIN } from "./lib/rater-order";

type Tally = { n: number; accept: number; edit: number; reject: number; unlabelled: number; wrongBlank: number; books: Set<string> };
const tally = () => ({ n: 0, accept: 0, edit: 0, reject: 0, unlabelled: 0, wrongBlank: 0, books: new Set<string>() });
const list = process.argv.includes("--list");
const hist = new Map<string, Tally>(), live = new Map<string, Tally>();
const book = (f: string) => f.replace(/^pd-/, "").split(/[-.]/)[0];
const add = (m: Map<string, Tally>, k: string, fixture: string, l: { label: "accept" | "edit" | "reject"; reason?: string | null } | null) => {
  const r = m.get(k) ?? tally();
  r.n++;
  r.books.add(book(fixture));
  if (l) r[l.label]++; else r.unlabelled++;
  if (l?.reason === "wrong-or-trivial-blank") r.wrongBlank++;
  m.set(k, r);
};

for (const fixture of trainFixtures()) {
  const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
  const seen = new Set<string>();
  for (const l of allLabelsOf(fixture) as Label[]) {
    if (l.kind !== "cloze" || !isStrict(l.rater ?? "") || seen.has(l.front)) continue;
    seen.add(l.front);
    const at = locateCloze(a, l);
    const focus = at && endFocusFor(at.s, at.span.start, at.span.end);
    if (at && focus) {
      add(hist, "a detail of the subject (end focus)", fixture, l);
      if (list) console.log(`label end-focus | ${l.label} ${l.reason ?? ""} | ${l.front.slice(0, 160)} ⇒ ${at.s.text.slice(focus.start, focus.end)}${l.note ? `\n      note: ${l.note}` : ""}`);
    }
    const k = at && misplacedBlank(at.s, at.span.start, at.span.end);
    if (!k) continue;
    add(hist, k, fixture, l);
    if (list) console.log(`label ${k} | ${l.label} ${l.reason ?? ""} | ${l.front.slice(0, 160)}${l.note ? `\n      note: ${l.note}` : ""}`);
  }
  const index = new LabelIndex(readLabels(fixture), STRICT_FIRST_CHAIN);
  MISPLACED_BLANK.on = false;
  for (const c of overgenerate(a, fixtureOptions(fixture))) {
    if (c.kind !== "cloze" || !c.answer || gate(c, a)) continue;
    const s = a.sentences[c.sentence];
    const k = misplacedBlank(s, c.answer.start, c.answer.end);
    if (!k) continue;
    const m = index.find({ kind: c.kind, front: c.front, back: c.back, sentence: s.text });
    add(live, k, fixture, m ? m.label : null);
    if (list) console.log(`live ${k} | ${m ? `${m.label.label} ${m.label.reason ?? ""}` : "UNLAB"} | ${c.front.slice(0, 160)}`);
  }
  MISPLACED_BLANK.on = true;
}
const row = (k: string, r: Tally) => `| ${k} | ${r.n} | ${r.accept} | ${r.edit} | ${r.reject} | ${r.unlabelled} | ${r.wrongBlank} | ${r.books.size} |`;
console.log("\n1. Each check over every strict cloze label (first strict label of a card)\n");
console.log("| check | cards | accept | edit | reject | unlabelled | of them wrong-blank | books |\n| --- | --- | --- | --- | --- | --- | --- | --- |");
for (const [k, r] of hist) console.log(row(k, r));
console.log("\n2. Each check over the candidates that pass the gates without the checks (strict-first labels)\n");
console.log("| check | candidates | accept | edit | reject | unlabelled | of them wrong-blank | books |\n| --- | --- | --- | --- | --- | --- | --- | --- |");
for (const [k, r] of live) console.log(row(k, r));
