// npx tsx scripts/standalone-rules.ts [--off dummy-it,unique,topic,introduced,then,inside] -- <eval:cards arguments>
// Runs eval:cards with some of session 15's standalone relaxations switched off, to measure each
// rule's admitted cards (compare a run with one rule off against the run with all on).
import { DUMMY_IT } from "@/lib/cards/gates/standalone";
import { DEFINITE_RULES } from "@/lib/cards/decontext/definite";
import { THEN_RULE } from "@/lib/cards/decontext/adverbs";
import { INSIDE_RULE } from "@/lib/cards/decontext/determiner";

const args = process.argv.slice(2);
const at = args.indexOf("--off");
const off = at >= 0 ? args[at + 1].split(",") : [];
const rest = args.slice(args.indexOf("--") + 1);
for (const o of off) {
  if (o === "dummy-it") DUMMY_IT.on = false;
  else if (o === "then") THEN_RULE.on = false;
  else if (o === "inside") INSIDE_RULE.on = false;
  else if (o === "unique" || o === "topic" || o === "introduced") DEFINITE_RULES[o] = false;
  else throw new Error(`unknown rule ${o}`);
}
process.argv = [process.argv[0], "eval-cards.ts", ...rest];
await import("./eval-cards");
