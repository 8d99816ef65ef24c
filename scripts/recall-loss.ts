// Where each gold must-know fact that no shown card covers is lost, per TRAIN book and pooled:
//   (a) the sentence that carries it never gives a candidate that carries it
//       (a1 no candidate at all from it; a2 candidates, but none keeps the fact's terms);
//   (b) a candidate carries it but a gate drops it (the furthest gate any such candidate reached);
//   (c) it passes the gates but is not shown: loses the sentence's slot to a same-sentence card,
//       merged as a duplicate of a shown card, ranks below the top 40, hidden by the learned cut, or
//       lost after selection ("c after selection": the plain or deep floor dropped it,
//       or toCard rewrote its text so it no longer carries the fact);
//   (d) clean-up damaged it: a sentence of the raw file (lines joined, hyphens closed) carries it,
//       no cleaned sentence does;
//   (e) no single sentence carries it (e1 the chapter's text does, spread over sentences; e2 not even
//       the whole text has the matcher's terms: the gold list paraphrases).
// Facts and cards are matched with the evaluation's own `covers` (tests/unit/cards/gold.ts); the
// cards are the evaluation's (generateCards, same options). Held-out books are never read; books
// named with --skip (comma-separated fixture-name parts, e.g. a check set) are left out.
//   npx tsx scripts/recall-loss.ts [--skip a,b] [--facts]     table per book and pooled (+ every fact)
// It overlaps scripts/recall-audit.ts, which follows each missed key fact per chapter (never a
// candidate / gate / select) with rater-a's figures; this one pools the losses by stage over the
// strict-first evaluation's cards and adds the clean-up and paraphrase controls.
import { readFileSync } from "node:fs";
import path from "node:path";
import { decodeUpload } from "@/lib/chapters";
import { generateCards } from "@/lib/cards";
import { overgenerate, type Candidate } from "@/lib/cards/candidates";
import { failingGateReasons } from "@/lib/cards/gates";
import { rankedCandidates } from "@/lib/cards/pipeline";
import { select, type Ranked } from "@/lib/cards/select";
import { DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { covers, type GoldFact } from "../tests/unit/cards/gold";
import { dirs, documentOf, fixtureOptions, loadBooks, readGold, trainFixtures } from "./lib/cards-eval";
import { arg } from "./lib/args";
import { spanRefusal } from "./lib/top-span";

const TOP = 40;
const skip = (arg("--skip") ?? "").split(",").filter(Boolean);
const showFacts = process.argv.includes("--facts");

// Stages from furthest to least far: a fact's class is the furthest any of its routes reached. "c after
// selection" (in the top 40, not among the cards) is the furthest stage, so it comes first.
const CLASSES = ["c after selection", "c same-sentence", "c duplicate", "c below 40", "c cut", "b gate", "a2 terms dropped", "a1 no candidate", "d clean-up", "e1 spread", "e2 paraphrase"] as const;
type Cls = (typeof CLASSES)[number];
const sides = (c: Candidate) => ({ front: c.front, back: c.back });
const said = (text: string, g: GoldFact) => covers({ front: text, back: "" }, g);

// A deliberately naive reading of the raw file: lines joined, end-of-line hyphens closed, split at
// a full stop, ? or ! before a capital. It is the control for the clean-up, not a second cleaner.
function rawSentences(fixture: string): string[] {
  const file = path.join(dirs.chapters, fixture);
  const d = decodeUpload(readFileSync(file), file);
  if (!d.ok) return [];
  return d.text.replace(/(\w)[-\u00ad]\s*\n\s*(\w)/g, "$1$2").replace(/\s+/g, " ").split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z])/);
}

const noCandidateWhy: Record<string, number> = {};

type Row = Record<Cls | "facts" | "covered", number>;
const empty = (): Row => Object.fromEntries([...CLASSES, "facts", "covered"].map((k) => [k, 0])) as Row;
const rows = new Map<string, Row>();
const gateCounts: Record<string, number> = {};
const books = loadBooks();

for (const fixture of trainFixtures(books)) {
  const entry = books.fixtures[fixture];
  if (!entry.gold || skip.some((s) => fixture.includes(s))) continue;
  const gold = readGold(entry)!;
  const doc = documentOf(fixture);
  const opts = { ...fixtureOptions(fixture), ...(doc.title ? { title: doc.title } : {}) };
  const row = rows.get(entry.book) ?? empty();
  rows.set(entry.book, row);
  // Per chapter: the shown cards, every candidate, the gated pool and the selections.
  const chapters = doc.chapters.map((ch) => {
    const cards = generateCards(ch, { max: TOP, ...opts });
    const { a, ranked } = rankedCandidates(ch, DEFAULT_WEIGHTS, opts);
    const all = overgenerate(a, opts);
    const top = select(ranked, TOP, DEFAULT_WEIGHTS);
    const topNoCut = select(ranked, TOP, {});
    const every = select(ranked, ranked.length + 1, {});
    return { a, cards, ranked, all, top, topNoCut, every };
  });
  const raw = rawSentences(fixture);
  for (const g of gold) {
    row.facts++;
    if (chapters.some((ch) => ch.cards.some((c) => covers(c, g)))) { row.covered++; continue; }
    let best: Cls | null = null;
    let gateName = "";
    let gateCard = "";
    // The gates of the least-gated covering candidate over all the fact's chapters (not the last chapter's).
    let gateFewest = Infinity;
    const better = (k: Cls) => { if (!best || CLASSES.indexOf(k) < CLASSES.indexOf(best)) best = k; };
    for (const ch of chapters) {
      const carrying = ch.a.sentences.filter((s) => said(s.text, g)).map((s) => s.sentence.id);
      const covering = (rs: Ranked[]) => rs.filter((r) => covers(sides(r.c), g));
      const passed = covering(ch.ranked);
      if (passed.length) {
        const top = covering(ch.top), noCut = covering(ch.topNoCut), every = covering(ch.every);
        if (top.length) better("c after selection");
        else if (passed.some((r) => ch.top.some((t) => t.c.sentence === r.c.sentence))) better("c same-sentence");
        else if (noCut.length) better("c cut");
        else if (!every.length) better("c duplicate");
        else better("c below 40");
        continue;
      }
      const cands = ch.all.filter((c) => covers(sides(c), g));
      if (cands.length) {
        // The covering candidate that fails the fewest gates: which gates stand between it and a card,
        // and the first one's reason (quoted text and brackets cut, so reasons group).
        let fewest: { names: string[]; why: string; card: string } | null = null;
        for (const c of cands) {
          const fails = failingGateReasons(c, ch.a);
          if (!fewest || fails.length < fewest.names.length) fewest = { names: fails.map(([n]) => n), why: (fails[0]?.[1] ?? "").replace(/".*"|\(.*\)|“.*”/g, "…").slice(0, 70), card: `${c.front} → ${c.back} [${fails.map(([n, w]) => `${n}: ${w}`).join("; ")}]` };
        }
        if ((!best || CLASSES.indexOf("b gate") <= CLASSES.indexOf(best)) && fewest!.names.length < gateFewest) {
          gateFewest = fewest!.names.length;
          gateCard = fewest!.card;
          gateName = fewest!.names.length === 1 ? `only ${fewest!.names[0]}: ${fewest!.why}` : `${fewest!.names.join("+")}`;
        }
        better("b gate");
        continue;
      }
      if (carrying.length && !gateCard) gateCard = ch.a.sentences[carrying[0]].text.slice(0, 300);
      if (carrying.length) {
        const none = !ch.all.some((c) => carrying.includes(c.sentence));
        if (none && (!best || CLASSES.indexOf("a1 no candidate") < CLASSES.indexOf(best))) gateName = spanRefusal(ch.a, carrying[0]);
        better(none ? "a1 no candidate" : "a2 terms dropped");
      }
    }
    if (!best) {
      const whole = chapters.map((ch) => ch.a.sentences.map((s) => s.text).join(" ")).join(" ");
      best = raw.some((s) => said(s, g)) ? "d clean-up" : said(whole, g) ? "e1 spread" : "e2 paraphrase";
    }
    const cls = best as Cls;
    row[cls]++;
    if (cls === "a1 no candidate") noCandidateWhy[gateName] = (noCandidateWhy[gateName] ?? 0) + 1;
    if (cls === "b gate") gateCounts[gateName] = (gateCounts[gateName] ?? 0) + 1;
    if (showFacts) console.log(`${fixture}/${g.id}\t${cls}${cls === "b gate" || cls === "a1 no candidate" ? ` (${gateName})` : ""}\t${g.fact}${cls === "b gate" || cls.startsWith("a") ? `\n    ${gateCard}` : ""}`);
  }
}

const pooled = empty();
for (const r of rows.values()) for (const k of Object.keys(pooled) as (keyof Row)[]) pooled[k] += r[k];
const cols = ["facts", "covered", ...CLASSES] as (keyof Row)[];
console.log(`\n| book | ${cols.join(" | ")} |\n|${" --- |".repeat(cols.length + 1)}`);
for (const [book, r] of [...rows].sort()) console.log(`| ${book} | ${cols.map((k) => r[k]).join(" | ")} |`);
console.log(`| **pooled** | ${cols.map((k) => `**${pooled[k]}**`).join(" | ")} |`);
const missed = pooled.facts - pooled.covered;
console.log(`\nrecall ${((100 * pooled.covered) / pooled.facts).toFixed(1)} % (${pooled.covered}/${pooled.facts}); of ${missed} missed:`);
for (const k of CLASSES) if (pooled[k]) console.log(`  ${k.padEnd(18)} ${String(pooled[k]).padStart(4)}  ${((100 * pooled[k]) / missed).toFixed(1)} %`);
console.log("\n(b) by the gates the least-gated covering candidate fails (one gate: with its reason):");
const byFirst: Record<string, number> = {};
for (const [k, n] of Object.entries(gateCounts)) { const g = k.startsWith("only ") ? k.slice(0, k.indexOf(":")) : "several gates"; byFirst[g] = (byFirst[g] ?? 0) + n; }
for (const [k, n] of Object.entries(byFirst).sort((x, y) => y[1] - x[1])) console.log(`  ${k.padEnd(28)} ${n}`);
console.log("");
for (const [k, n] of Object.entries(gateCounts).sort((x, y) => y[1] - x[1])) if (n > 1) console.log(`  ${String(n).padStart(4)}  ${k}`);
console.log("\n(a1) why the carrying sentence offered no cloze (its best span's refusal):");
for (const [k, n] of Object.entries(noCandidateWhy).sort((x, y) => y[1] - x[1])) console.log(`  ${String(n).padStart(4)}  ${k}`);
