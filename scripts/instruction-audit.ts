// What the instruction gate (lib/cards/gates/instruction.ts) does on the TRAIN books (never held-out
// ones): every sentence it reads as an instruction to the reader, and every top-N card it removes
// (in the top N without the gate, gone with it, its sentence an instruction), with the strict-first
// label of each removed card, and the cards that take their places.
//   npx tsx scripts/instruction-audit.ts [--rater CHAIN] [--top N] [--sentences]
//   --sentences also lists every sentence the gate reads as an instruction (in the clean-up's
//   sentences: an apparatus section's items make none).
import { analyseChapter } from "@/lib/cards/analyse";
import { GATES } from "@/lib/cards/gates";
import { instructionToReader } from "@/lib/cards/gates/instruction";
import { LabelIndex, type EvalCard } from "@/lib/cards/eval";
import { chaptersOf, fixtureOptions, inRepoCards, readLabels, trainFixtures } from "./lib/cards-eval";

const args = process.argv.slice(2);
const value = (flag: string, fallback: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : fallback);
const rater = value("--rater", "rater-a,rater-a2");
const top = Number(value("--top", "40"));

const at = GATES.findIndex(([name]) => name === "instruction");
if (at < 0) throw new Error("no instruction gate in GATES");
const entry = GATES[at];
const withoutGate = (fixture: string) => {
  GATES.splice(at, 1);
  try {
    return inRepoCards(fixture, top).cards;
  } finally {
    GATES.splice(at, 0, entry);
  }
};
const key = (c: EvalCard) => `${c.front}|${c.back}`;

const tally = { accept: 0, edit: 0, reject: 0, unlabelled: 0 };
let sentences = 0, flagged = 0;
for (const fixture of trainFixtures()) {
  const opts = fixtureOptions(fixture);
  const said: string[] = [];
  for (const ch of chaptersOf(fixture)) {
    const a = analyseChapter(ch, opts);
    sentences += a.sentences.length;
    for (const s of a.sentences) if (instructionToReader(s)) said.push(s.text);
  }
  flagged += said.length;
  const labels = new LabelIndex(readLabels(fixture), rater);
  const on = inRepoCards(fixture, top).cards, off = withoutGate(fixture);
  const kept = new Set(on.map(key)), before = new Set(off.map(key));
  const instructions = new Set(said);
  const removed = off.filter((c) => !kept.has(key(c)) && instructions.has(c.sentence));
  const entered = on.filter((c) => !before.has(key(c)));
  if (!said.length && !removed.length) continue;
  console.log(`\n${fixture}: ${said.length} instruction sentence(s), ${removed.length} top-${top} card(s) removed, ${entered.length} entered`);
  if (args.includes("--sentences")) for (const s of said) console.log(`  sentence: ${s}`);
  for (const c of removed) {
    const l = labels.find(c)?.label;
    tally[l ? l.label : "unlabelled"]++;
    console.log(`  removed ${(l ? `${l.label} (${l.rater})` : "unlabelled").padEnd(20)} ${c.front} → ${c.back}${l?.note ? `  [${l.note}]` : ""}`);
  }
  for (const c of entered) {
    const l = labels.find(c)?.label;
    console.log(`  entered ${(l ? `${l.label} (${l.rater})` : "unlabelled").padEnd(20)} ${c.front} → ${c.back}`);
  }
}
const labelled = tally.accept + tally.edit + tally.reject;
console.log(`\n${flagged} of ${sentences} sentences read as instructions; top-${top} cards removed: ${JSON.stringify(tally)}; precision (rejects among labelled removed) ${labelled ? ((tally.reject / labelled) * 100).toFixed(0) : "-"} %`);
