// Exact-sentence precision and recall of the clean-up on every scanned fixture that has its original
// (tests/fixtures/scan-sources) and page map: the share of the original's sentences found letter for
// letter among the cleaned ones, and of cleaned sentences found in the original; with --list, the
// sentences missing or extra.   npx tsx scripts/scan-audit.ts [--list]
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { measureScan } from "../tests/unit/chapters/scan-measure";
import { dirs } from "./lib/cards-eval";

// Scanned fixtures and the original each was laid out from (only TRAIN books and the clean-up's own
// scan-* fixtures; held-out books are never read).
const SCANS: [fixture: string, source: string][] = [
  ["scan-thucydides-book1-ch1", "thucydides-book1-ch1"],
  ["scan-lombard-street-ch3", "lombard-street-ch3"],
  ["scan-english-constitution-ch2", "english-constitution-ch2"],
  ["pd-darwin-origin-ch3-scanned", "darwin-origin-ch3"],
  ["pd-hume-enquiry-sect4-scanned", "hume-enquiry-sect4"],
  ["pd-huxley-chalk-scanned", "huxley-chalk"],
  ["pd-maine-ancient-law-ch2-scanned", "maine-ancient-law-ch2"],
  ["pd-veblen-leisure-ch4-scanned", "veblen-leisure-ch4"],
  ["pd-macaulay-england-ch3-scanned", "macaulay-england-ch3"], // training since session 10
  ["pd-malthus-population-ch1-2-scanned", "malthus-population-ch1-2"], // training since session 11
  ["pd-mahan-sea-power-ch1-scanned", "mahan-sea-power-ch1"], // training since session 12
  ["pd-carlyle-heroes-lecture1-scanned", "carlyle-heroes-lecture1"], // training since session 13
  ["pd-turner-frontier-ch1-scanned", "turner-frontier-ch1"], // training since session 14
  ["pd-southey-nelson-ch2-scanned", "southey-nelson-ch2"], // training since session 14 (second wave)
  ["pd-ricardo-principles-ch2-rent-scanned", "ricardo-rent-ch2"], // training since session 15
];
const list = process.argv.includes("--list");
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log("| fixture | original sentences | cleaned sentences | recall (exact) | precision (exact) | missing | extra |\n| --- | --- | --- | --- | --- | --- | --- |");
for (const [fixture, source] of SCANS) {
  const file = path.join(dirs.chapters, `${fixture}.txt`);
  if (!existsSync(file)) continue;
  const pages = JSON.parse(readFileSync(path.join(dirs.chapters, `${fixture}.pages.json`), "utf8")) as [string, string, string][];
  const r = measureScan(source, { text: readFileSync(file, "utf8"), pages });
  console.log(`| ${fixture} | ${r.original.length} | ${r.cleaned.length} | ${pct(r.sentenceRecall)} | ${pct(r.sentencePrecision)} | ${r.missing.length} | ${r.extra.length} |`);
  if (!list) continue;
  const orig = new Set(r.original);
  for (const s of r.original.filter((s) => !new Set(r.cleaned).has(s))) console.log(`   - ${s.slice(0, 200)}`);
  for (const s of r.cleaned.filter((s) => !orig.has(s))) console.log(`   + ${s.slice(0, 200)}`);
}
