// The top-40 cards of each TRAIN chapter that the referent op changes: generated with and without it
// (the op taken out of the decontext list for the "before" run), with the strict-first label of each
// (exact card, or "~" when matched by sentence and answer only). Cards to label are the "+" lines.
//   npx tsx scripts/referent-diff.ts [fixture-part]
import { generateCards } from "@/lib/cards";
import { OPS } from "@/lib/cards/decontext";
import { LabelIndex } from "@/lib/cards/eval";
import { fixtureChapter, readLabels, trainFixtures, fixtureOptions } from "./lib/cards-eval";
import { STRICT_FIRST_CHAIN } from "./lib/rater-order";

const CHAIN = STRICT_FIRST_CHAIN;
const only = process.argv[2];
const at = OPS.findIndex(([n]) => n === "referent");
const op = OPS[at];
for (const fixture of trainFixtures().filter((f) => !only || f.includes(only))) {
  // Two copies of the chapter: the analysis is cached per chapter object.
  const chapter = fixtureChapter(fixture), again = fixtureChapter(fixture);
  const labels = new LabelIndex(readLabels(fixture), CHAIN);
  OPS.splice(at, 1);
  const before = generateCards(chapter, { max: 40, ...fixtureOptions(fixture) });
  OPS.splice(at, 0, op);
  const after = generateCards(again, { max: 40, ...fixtureOptions(fixture) });
  const key = (c: { front: string; back: string }) => `${c.front}|${c.back}`;
  const was = new Set(before.map(key)), now = new Set(after.map(key));
  const lines: string[] = [];
  const show = (sign: string, c: (typeof after)[number]) => {
    const m = labels.find({ kind: c.kind, front: c.front, back: c.back, sentence: chapter.sentences[c.source.sentence].text });
    lines.push(`${sign} ${m ? `${m.label.label}/${m.label.rater}${m.by === "sentence" ? "~" : ""} ${m.label.reason ?? ""}` : "UNLABELLED"} | [${c.type}] ${c.front} → ${c.back}`);
  };
  for (const c of before) if (!now.has(key(c))) show("-", c);
  for (const c of after) if (!was.has(key(c))) show("+", c);
  if (lines.length) console.log(`\n## ${fixture}: ${before.length} → ${after.length} cards\n${lines.join("\n")}`);
}
