// npx tsx scripts/claims-debug.ts <chapter file>... [--verbose]: the claim pass (lib/cards/claims) paragraph by paragraph on one TRAINING chapter: why each paragraph gave no thesis card (too short, narrative, the strip step, no term, a gate) and the cards it made.
import { readFileSync } from "node:fs";
import path from "node:path";
import { importFile, cleanImported } from "@/lib/import";
import { analyseChapter } from "@/lib/cards/analyse";
import { paragraphsOf, expository, rankTheses, stripClaim, thesisCards, MIN_SENTENCES } from "@/lib/cards/claims";
import { gate } from "@/lib/cards/gates";
import { fixtureOptions } from "./lib/cards-eval";
const verbose = process.argv.includes("--verbose");
const why = new Map<string, number>(); const inc = (k: string) => why.set(k, (why.get(k) ?? 0) + 1);
for (const file of process.argv.slice(2).filter((x) => !x.startsWith("--"))) {
const doc = cleanImported(await importFile(readFileSync(file), { filename: file }), file);
for (const ch of doc.chapters) {
  // A fixture's book author as an import passes it (books.json); none for another file.
  const a = analyseChapter(ch, fixtureOptions(path.basename(file)));
  for (const p of paragraphsOf(a)) {
    if (p.length < MIN_SENTENCES) { inc("short"); continue; }
    if (!expository(p)) { inc("narrative"); continue; }
    const ranked = rankTheses(p, a).slice(0, 3);
    const s = ranked.find((x) => thesisCards(x, p, a).some((c) => !gate(c, a))) ?? ranked[0];
    const st = stripClaim(s);
    if ("why" in st) { inc("strip: " + st.why.replace(/\d+/, "N")); if (verbose) console.log("  X", st.why, "|", s.text.slice(0, 150)); continue; }
    const c = thesisCards(s, p, a).find((c) => !gate(c, a)) ?? thesisCards(s, p, a)[0];
    if (!c) { inc("no card"); if (verbose) console.log("  N", "|", s.text.slice(0, 150)); continue; }
    const g = gate(c, a);
    if (g) { inc("gate " + g.split(":")[0]); if (verbose) console.log("  G", g, "|", c.front, "→", c.back); continue; }
    inc("ok"); console.log("OK", c.front, "→", c.back);
  }
}
}
console.log([...why].sort((x, y) => y[1] - x[1]));
