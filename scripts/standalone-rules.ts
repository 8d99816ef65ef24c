// npx tsx scripts/standalone-rules.ts [--on R,…] [--off R,…] -- <eval:cards arguments>
// R: dummy-it, unique, topic, introduced, then, inside (session 15's standalone relaxations).
// Runs eval:cards with some of them switched on or off, to measure each rule's admitted cards
// (compare a run with one rule off against the run with all on).
import { setSwitch as setRule } from "./lib/standalone-switches";

const args = process.argv.slice(2);
const list = (flag: string) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1].split(",") : []);
const rest = args.slice(args.indexOf("--") + 1);
for (const o of list("--on")) setRule(o, true);
for (const o of list("--off")) setRule(o, false);
process.argv = [process.argv[0], "eval-cards.ts", ...rest];
await import("./eval-cards");
