// Precision of the context repairs on the TRAIN books (never held-out ones): for each repair op, the
// cards (top 40 and all gate-passing candidates) whose text shows the words it wrote, and the labels
// of those cards, strict raters first, then rater-a2. A wrong-answer reject, or a note saying the
// pronoun or description was completed wrongly, counts the repair as wrong.
//   npx tsx scripts/repair-precision.ts               the table
//   npx tsx scripts/repair-precision.ts <op>          also every card of that op, with its repair
//   npx tsx scripts/repair-precision.ts <op> --all    … including candidates below the top 40
import { generateCards, candidateCards, type GeneratedCard } from "@/lib/cards";
import { analyseChapter } from "@/lib/cards/analyse";
import { LabelIndex } from "@/lib/cards/eval";
import { fixtureChapter, readLabels, trainFixtures, fixtureOptions } from "./lib/cards-eval";
import { repairsShown } from "./lib/repairs";

const RATERS = "rater-m,rater-l,rater-k,rater-j,rater-i,rater-h,rater-g,rater-f,rater-e,rater-c,rater-d,rater-a2";
const WRONG_NOTE = /\b(?:resolved wrongly|wrong(?:ly)? (?:antecedent|referent|resolved|inserted|substitut)|is \w+(?:'s)?, not |not \w+;|pronoun (?:is|was) (?:resolved )?wrong|inserted .* wrong|false)\b/i;

const [show, all] = [process.argv[2], process.argv.includes("--all")];
type Row = { top40: number; cands: number; labelled: number; accept: number; edit: number; reject: number; wrong: number; unlabelled40: number };
const tally: Record<string, Row> = {};
const row = (op: string) => (tally[op] ??= { top40: 0, cands: 0, labelled: 0, accept: 0, edit: 0, reject: 0, wrong: 0, unlabelled40: 0 });

for (const fixture of trainFixtures()) {
  const chapter = fixtureChapter(fixture);
  const a = analyseChapter(chapter, fixtureOptions(fixture));
  const labels = new LabelIndex(readLabels(fixture), RATERS);
  const top = generateCards(chapter, { max: 40, ...fixtureOptions(fixture) });
  const inTop = new Set(top.map((c) => `${c.front}|${c.back}`));
  const cands: GeneratedCard[] = candidateCards(chapter, fixtureOptions(fixture));
  for (const c of cands) {
    const s = a.sentences[c.source.sentence];
    const isTop = inTop.has(`${c.front}|${c.back}`);
    for (const r of repairsShown(s, chapter.sentences[c.source.sentence].text, `${c.front} ${c.back}`)) {
      const t = row(r.op);
      t.cands++;
      if (isTop) t.top40++;
      const m = labels.find({ kind: c.kind, front: c.front, back: c.back, sentence: chapter.sentences[c.source.sentence].text });
      if (m) {
        t.labelled++;
        t[m.label.label]++;
        const wrong = m.label.reason === "wrong-answer" || WRONG_NOTE.test(m.label.note ?? "");
        if (wrong) t.wrong++;
      } else if (isTop) t.unlabelled40++;
      if (show === r.op && (isTop || all)) {
        const from = r.from != null ? a.sentences[r.from]?.text ?? "" : "";
        const l = m ? `${m.label.label}/${m.label.rater}${m.by === "sentence" ? "~" : ""} ${m.label.reason ?? ""} ${m.label.note ?? ""}` : "UNLABELLED";
        console.log(`${fixture.slice(0, 22).padEnd(22)} ${isTop ? "TOP" : "   "} [${r.written}] → [${r.text}]  | ${l}\n    card: ${c.front} → ${c.back}\n    from: ${from.slice(0, 220)}\n`);
      }
    }
  }
}
console.table(Object.fromEntries(Object.entries(tally).sort(([x], [y]) => x.localeCompare(y))));
