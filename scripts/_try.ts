import { overgenerate } from "@/lib/cards/candidates";
import { gate } from "@/lib/cards/gates";
import { analyse } from "../tests/unit/cards/pipeline/helpers";
for (const text of process.argv.slice(2)) {
  const a = analyse(text);
  console.log(`## ${text}`);
  for (const c of overgenerate(a)) if (c.type === "definition" || c.kind === "qa") console.log(`  [${gate(c, a) ?? "pass"}] ${c.type}: ${c.front} → ${c.back}`);
}
