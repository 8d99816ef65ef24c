// Where the candidates of NARRATIVE and FIRST-PERSON training chapters go (session 23, narr23):
// autobiography, memoir, travel, letters, narrative history and biography (the genre books.json's kind
// opens with, before its first bracket), any chapter whose narration says I / me / my at least 10 times
// a thousand words (a first-person argument or lecture, lib/cards/narrator's count), and the chapters
// the brief named (natural history told as "we watched"). Train split only (held-out books are never read).
// 1. Per chapter: sentences, sentences with a candidate, candidates made → passed the gates → selected
//    → shown, and the first gate (GATES order) that drops each candidate, pooled by gate and reason.
// 2. Per sentence that matters — it carries a gold fact (the evaluation's `covers`) or a strong model's
//    card cites it (tests/fixtures/llm-ceiling/*/<fixture>/NN.reply.json, matched by the sentence's text):
//    the furthest step any of its candidates reached and, lost at the gates, the only gate its
//    least-gated candidate fails (else "several: …"); with no candidate, its best span's refusal.
//    Each such sentence is also sorted by its person: first-person singular, first-person plural, else.
//   npx tsx scripts/narrative-funnel.ts [--sentences] [fixture-part …]
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { gate } from "@/lib/cards/gates";
import { narrationStats } from "@/lib/cards/narrator";
import { covers } from "../tests/unit/cards/gold";
import { chapterFunnel, FUNNEL_STEPS, gatesWhy, sentenceStep } from "./lib/funnel-step";
import { exchangesOf, LLM_DIR } from "./lib/llm-ceiling-folders";
import { documentOf, fixtureOptions, loadBooks, readGold, trainFixtures } from "./lib/cards-eval";

const TOP = 40;
const args = process.argv.slice(2);
const showSentences = args.includes("--sentences");
const only = args.filter((x) => !x.startsWith("--"));
const NARRATIVE_KIND = /autobiograph|memoir|travel|\bletters?\b|first-person|journal|diary|exploration|narrative|biograph/i;
const NAMED = ["pd-fabre-spider-ch9-web.txt", "pd-maeterlinck-bee-ch3-foundation.txt", "pd-kant-groundwork-sect1.txt"];
const SINGULAR = /\b(?:I|me|my|mine|myself)\b/;
const PLURAL = /\b(?:we|us|our|ours|ourselves)\b/i;


/** Sentence texts a strong model's cards cite, for every reply under llm-ceiling/<any set>/<fixture>/. */
function ceilingChosen(fixture: string): Set<string> | null {
  if (!existsSync(LLM_DIR)) return null;
  let found = false;
  const chosen = new Set<string>();
  for (const set of readdirSync(LLM_DIR)) {
    const dir = path.join(LLM_DIR, set, fixture);
    if (!existsSync(dir)) continue;
    for (const { request, reply } of exchangesOf(dir)) {
      found = true;
      const text = new Map<number, string>();
      for (const m of request.matchAll(/^\[(\d+)\] (.*)$/gm)) text.set(Number(m[1]), m[2].trim());
      let cards: { sentences?: number[] }[] = [];
      try { cards = JSON.parse(reply).cards ?? []; } catch { continue; }
      for (const c of cards) for (const id of c.sentences ?? []) if (text.has(id)) chosen.add(text.get(id)!);
    }
  }
  return found ? chosen : null;
}

const books = loadBooks();
const firstGate: Record<string, number> = {};
const lost: Record<string, Record<string, number>> = {};
const lostWhy: Record<string, number> = {};
// For the sentences lost at the gates, every reason of their least-gated candidate (by person).
const severalWhy: Record<string, number> = {};
const rows: string[] = [];
const tallyLost = (group: string, step: string) => ((lost[group] ??= {})[step] = (lost[group][step] ?? 0) + 1);

for (const fixture of trainFixtures(books)) {
  if (only.length && !only.some((o) => fixture.includes(o))) continue;
  const entry = books.fixtures[fixture];
  const doc = documentOf(fixture);
  const kindNarrative = NARRATIVE_KIND.test(books.books[entry.book].kind.split("(")[0]);
  const rate = Math.max(...doc.chapters.map((ch) => narrationStats(ch).perThousand));
  if (!only.length && !kindNarrative && rate < 10 && !NAMED.includes(fixture)) continue;
  const gold = readGold(entry) ?? [];
  const chosen = ceilingChosen(fixture);
  const opts = { ...fixtureOptions(fixture), ...(doc.title ? { title: doc.title } : {}), max: TOP };
  for (const ch of doc.chapters) {
    const f = chapterFunnel(ch, opts);
    for (const c of f.all) {
      const why = gate(c, f.s.a);
      if (!why) continue;
      const key = why.replace(/\s*\(.*\)|".*"|“.*”|'[^']*'/g, "…").slice(0, 70);
      firstGate[key] = (firstGate[key] ?? 0) + 1;
    }
    const withCand = new Set(f.all.map((c) => c.sentence)).size;
    rows.push(`${fixture}#${ch.index} (${kindNarrative ? "narrative kind" : rate >= 10 ? "first person" : "named"}, I/me/my ${rate.toFixed(1)}/1000): ${f.s.a.sentences.length} sentences, ${withCand} with a candidate; ${f.all.length} made, ${f.s.ranked.length} passed, ${f.noCut.length} selected, ${f.shown.length} shown`);
    for (const x of f.s.a.sentences) {
      const isGold = gold.some((g) => covers({ front: x.sentence.text, back: "" }, g));
      const isChosen = chosen?.has(x.sentence.text.trim()) ?? false;
      if (!isGold && !isChosen) continue;
      const id = x.sentence.id;
      const person = SINGULAR.test(x.sentence.text) ? "I/me/my" : PLURAL.test(x.sentence.text) ? "we/us/our" : "third person";
      const r = sentenceStep(f, id);
      const step = r.step;
      const blank = r.blank ? ` {{${r.blank}}}` : "";
      let why = r.refusal ?? "", full = "";
      if (r.fewest) {
        full = ` <${r.fewest.map(([n, w]) => `${n}: ${w}`).join("; ").slice(0, 200)}>`;
        for (const [n, w] of r.fewest) {
          const k = `${person} | ${n}: ${w.replace(/\s*\(.*\)|".*"|“.*”|'[^']*'/g, "…").slice(0, 60)}`;
          severalWhy[k] = (severalWhy[k] ?? 0) + 1;
        }
        why = gatesWhy(r.fewest);
      }
      for (const group of [...(isGold ? ["gold"] : []), ...(isChosen ? ["chosen"] : [])]) {
        tallyLost(`${group} | ${person}`, step);
        tallyLost(`${group} | all`, step);
      }
      if (why) lostWhy[`${step} | ${why}`] = (lostWhy[`${step} | ${why}`] ?? 0) + 1;
      if (showSentences && step !== "shown") console.log(`${fixture}#${ch.index}:${id} [${isGold ? "gold" : ""}${isChosen ? "+chosen" : ""}; ${person}; ${step}${why ? `: ${why}` : ""}]${blank}${full} ${x.sentence.text.slice(0, 220)}`);
    }
  }
}

console.log(`\n${rows.join("\n")}`);
console.log("\nThe first gate that drops each candidate (all candidates of these chapters):");
for (const [k, n] of Object.entries(firstGate).sort((p, q) => q[1] - p[1]).slice(0, 40)) console.log(`  ${String(n).padStart(5)}  ${k}`);
console.log("\nSentences that matter (gold: carries a must-know fact; chosen: a strong model's card cites it), furthest step:");
console.log(`| group | ${FUNNEL_STEPS.join(" | ")} |\n|---|${FUNNEL_STEPS.map(() => "---").join("|")}|`);
for (const [g, r] of Object.entries(lost).sort()) console.log(`| ${g} | ${FUNNEL_STEPS.map((k) => r[k] ?? 0).join(" | ")} |`);
console.log("\nThe reasons of the least-gated candidate of each sentence lost at the gates, by person:");
for (const [k, n] of Object.entries(severalWhy).sort((p, q) => q[1] - p[1]).slice(0, 40)) console.log(`  ${String(n).padStart(4)}  ${k}`);
console.log("\nLost, by step and gate (or the best span's refusal):");
for (const [k, n] of Object.entries(lostWhy).sort((p, q) => q[1] - p[1]).slice(0, 50)) console.log(`  ${String(n).padStart(4)}  ${k}`);
