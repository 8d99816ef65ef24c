// npx tsx scripts/standalone-admitted.ts [--rater CHAIN] [--shipped]
// For each of session 15's standalone relaxations (scripts/standalone-rules.ts names them): the
// top-40 cards of the training books that the rule admits (present with every rule on, absent with
// that rule off) and the cards they push out, each with its label under the rater chain
// (accept / edit / reject / unlabelled). Training books only.
import { STANDALONE_SWITCHES as RULES, setSwitch as set, switchOn } from "./lib/standalone-switches";
import { LabelIndex, type EvalCard } from "@/lib/cards/eval";
import { inRepoCards, loadBooks, readLabels } from "./lib/cards-eval";

const args = process.argv.slice(2);
const rater = args[args.indexOf("--rater") + 1] ?? "rater-a";
// --shipped: measure each rule that ships on against the shipped set (not against every rule on).
const shipped = args.includes("--shipped");
const measured = shipped ? RULES.filter(switchOn) : RULES;
if (!shipped) for (const r of RULES) set(r, true);
const books = loadBooks();
const fixtures = Object.entries(books.fixtures).filter(([, f]) => books.books[f.book].split === "train").map(([k]) => k);
const key = (c: EvalCard) => `${c.kind}|${c.front}|${c.back}`;
const top = () => new Map(fixtures.map((f) => [f, inRepoCards(f, 40).cards] as const));
const all = top();
const tally: Record<string, Record<string, number>> = {};
for (const rule of measured) {
  set(rule, false);
  const off = top();
  set(rule, true);
  const t = (tally[rule] = { accept: 0, edit: 0, reject: 0, unlabelled: 0, out_accept: 0, out_edit: 0, out_reject: 0, out_unlabelled: 0 });
  for (const f of fixtures) {
    const idx = new LabelIndex(readLabels(f), rater);
    const offKeys = new Set(off.get(f)!.map(key)), allKeys = new Set(all.get(f)!.map(key));
    for (const c of all.get(f)!) if (!offKeys.has(key(c))) {
      const l = idx.find(c)?.label.label ?? "unlabelled";
      t[l]++;
      console.log(`${rule}\tIN\t${l}\t${f}\t${c.front} → ${c.back}`);
    }
    for (const c of off.get(f)!) if (!allKeys.has(key(c))) {
      const l = idx.find(c)?.label.label ?? "unlabelled";
      t[`out_${l}`]++;
      console.log(`${rule}\tOUT\t${l}\t${f}\t${c.front} → ${c.back}`);
    }
  }
}
console.log(JSON.stringify(tally, null, 1));
