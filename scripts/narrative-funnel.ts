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
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { overgenerate } from "@/lib/cards/candidates";
import { failingGateReasons, gate } from "@/lib/cards/gates";
import { shownChapter } from "@/lib/cards/pipeline";
import { select, type Ranked } from "@/lib/cards/select";
import { narrationStats } from "@/lib/cards/narrator";
import { covers } from "../tests/unit/cards/gold";
import { spanRefusal, topSpanCloze } from "./lib/top-span";
import { dirs, documentOf, fixtureOptions, loadBooks, readGold, trainFixtures } from "./lib/cards-eval";

const TOP = 40;
const args = process.argv.slice(2);
const showSentences = args.includes("--sentences");
const only = args.filter((x) => !x.startsWith("--"));
const NARRATIVE_KIND = /autobiograph|memoir|travel|\bletters?\b|first-person|journal|diary|exploration|narrative|biograph/i;
const NAMED = ["pd-fabre-spider-ch9-web.txt", "pd-maeterlinck-bee-ch3-foundation.txt", "pd-kant-groundwork-sect1.txt"];
const SINGULAR = /\b(?:I|me|my|mine|myself)\b/;
const PLURAL = /\b(?:we|us|our|ours|ourselves)\b/i;
const CEILING = path.join(dirs.chapters, "../llm-ceiling");


/** Sentence texts a strong model's cards cite, for every reply under llm-ceiling/<any>/<fixture>/. */
function ceilingChosen(fixture: string): Set<string> | null {
  if (!existsSync(CEILING)) return null;
  let found = false;
  const chosen = new Set<string>();
  for (const session of readdirSync(CEILING)) {
    const dir = path.join(CEILING, session, fixture);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".request.md"))) {
      const reply = path.join(dir, f.replace(".request.md", ".reply.json"));
      if (!existsSync(reply)) continue;
      found = true;
      const text = new Map<number, string>();
      for (const m of readFileSync(path.join(dir, f), "utf8").matchAll(/^\[(\d+)\] (.*)$/gm)) text.set(Number(m[1]), m[2].trim());
      let cards: { sentences?: number[] }[] = [];
      try { cards = JSON.parse(readFileSync(reply, "utf8")).cards ?? []; } catch { continue; }
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
    const s = shownChapter(ch, opts);
    const all = overgenerate(s.a, opts);
    const noCut = select(s.ranked, TOP, {});
    const shown = s.kept.map((i) => s.selected[i]);
    for (const c of all) {
      const why = gate(c, s.a);
      if (!why) continue;
      const key = why.replace(/\s*\(.*\)|".*"|“.*”|'[^']*'/g, "…").slice(0, 70);
      firstGate[key] = (firstGate[key] ?? 0) + 1;
    }
    const withCand = new Set(all.map((c) => c.sentence)).size;
    rows.push(`${fixture}#${ch.index} (${kindNarrative ? "narrative kind" : rate >= 10 ? "first person" : "named"}, I/me/my ${rate.toFixed(1)}/1000): ${s.a.sentences.length} sentences, ${withCand} with a candidate; ${all.length} made, ${s.ranked.length} passed, ${noCut.length} selected, ${shown.length} shown`);
    const inList = (rs: Ranked[], id: number) => rs.filter((r) => r.c.sentence === id);
    for (const x of s.a.sentences) {
      const isGold = gold.some((g) => covers({ front: x.sentence.text, back: "" }, g));
      const isChosen = chosen?.has(x.sentence.text.trim()) ?? false;
      if (!isGold && !isChosen) continue;
      const id = x.sentence.id;
      const person = SINGULAR.test(x.sentence.text) ? "I/me/my" : PLURAL.test(x.sentence.text) ? "we/us/our" : "third person";
      let step: string, why = "", blank = "", full = "";
      if (inList(shown, id).length) step = "shown";
      else if (inList(s.selected, id).length) step = "lost at floors";
      else if (inList(noCut, id).length) step = "lost at learned cut";
      else if (inList(s.ranked, id).length) step = "lost at selection";
      else {
        const cands = all.filter((c) => c.sentence === id);
        if (!cands.length) {
          const top = topSpanCloze(s.a, id);
          step = "no candidate";
          blank = top ? ` {{${top.cand.back}}}` : "";
          why = spanRefusal(s.a, id);
        } else {
          const fewest = cands.map((c) => failingGateReasons(c, s.a)).sort((p, q) => p.length - q.length)[0];
          step = "lost at gates";
          full = ` <${fewest.map(([n, r]) => `${n}: ${r}`).join("; ").slice(0, 200)}>`;
          for (const [n, r] of fewest) {
            const k = `${person} | ${n}: ${r.replace(/\s*\(.*\)|".*"|“.*”|'[^']*'/g, "…").slice(0, 60)}`;
            severalWhy[k] = (severalWhy[k] ?? 0) + 1;
          }
          why = fewest.length === 1 ? `only ${fewest[0][0]}: ${fewest[0][1].replace(/\s*\(.*\)|".*"|“.*”/g, "…").slice(0, 60)}` : `several: ${fewest.map(([n]) => n).join("+")}`;
        }
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
const STEPS = ["shown", "lost at floors", "lost at learned cut", "lost at selection", "lost at gates", "no candidate"];
console.log(`| group | ${STEPS.join(" | ")} |\n|---|${STEPS.map(() => "---").join("|")}|`);
for (const [g, r] of Object.entries(lost).sort()) console.log(`| ${g} | ${STEPS.map((k) => r[k] ?? 0).join(" | ")} |`);
console.log("\nThe reasons of the least-gated candidate of each sentence lost at the gates, by person:");
for (const [k, n] of Object.entries(severalWhy).sort((p, q) => q[1] - p[1]).slice(0, 40)) console.log(`  ${String(n).padStart(4)}  ${k}`);
console.log("\nLost, by step and gate (or the best span's refusal):");
for (const [k, n] of Object.entries(lostWhy).sort((p, q) => q[1] - p[1]).slice(0, 50)) console.log(`  ${String(n).padStart(4)}  ${k}`);
