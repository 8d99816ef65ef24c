// npx tsx scripts/standalone-rules.ts [--on R,…] [--off R,…] -- <eval:cards arguments>
// R: dummy-it, unique, topic, introduced, then, inside (session 15's standalone relaxations).
// Runs eval:cards with some of them switched on or off, to measure each rule's admitted cards
// (compare a run with one rule off against the run with all on).
import { DUMMY_IT } from "@/lib/cards/gates/standalone";
import { DEFINITE_RULES } from "@/lib/cards/decontext/definite";
import { THEN_RULE } from "@/lib/cards/decontext/adverbs";
import { INSIDE_RULE } from "@/lib/cards/decontext/determiner";

const args = process.argv.slice(2);
const list = (flag: string) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1].split(",") : []);
const rest = args.slice(args.indexOf("--") + 1);
function setRule(o: string, on: boolean) {
  if (o === "dummy-it") DUMMY_IT.on = on;
  else if (o === "then") THEN_RULE.on = on;
  else if (o === "inside") INSIDE_RULE.on = on;
  else if (o === "unique" || o === "topic" || o === "introduced") DEFINITE_RULES[o] = on;
  else throw new Error(`unknown rule ${o}`);
}
for (const o of list("--on")) setRule(o, true);
for (const o of list("--off")) setRule(o, false);
process.argv = [process.argv[0], "eval-cards.ts", ...rest];
await import("./eval-cards");
