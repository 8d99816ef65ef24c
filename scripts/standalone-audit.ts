// What the standalone and referring gates drop on TRAIN books (never held-out ones), by sub-rule
// (lib/cards/gates/standalone.ts STANDALONE_RULES, referring.ts REFERRING_RULES): every candidate
// whose first failing gate is one of the two is counted under the first sub-rule that fires, per
// book. "sole" counts the drops that one cause alone makes: every sub-rule of either gate that fires
// reads the same kind of word (the speaker "I", a pronoun, a pointer, …: family() below) and every
// later gate passes, so narrowing that cause in both gates would let the candidate through. "labels" gives
// the labels any rater put on those sole drops (strict raters first, scripts/lib/rater-order.ts),
// when an earlier generator showed them.
//   npx tsx scripts/standalone-audit.ts                      the sub-rule × book table
//   npx tsx scripts/standalone-audit.ts --sample 8 --seed 11 a fixed-seed sample of sole drops per
//                                                            sub-rule (JSON lines) for judging by hand
//   npx tsx scripts/standalone-audit.ts --judged             the hand judgements (scripts/standalone-judged.json)
//                                                            tallied per sub-rule
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyseChapter } from "@/lib/cards/analyse";
import { overgenerate, type Candidate } from "@/lib/cards/candidates";
import { GATES } from "@/lib/cards/gates";
import { standaloneRules } from "@/lib/cards/gates/standalone";
import { referringRules } from "@/lib/cards/gates/referring";
import { shown } from "@/lib/cards/gates/types";
import { fixtureChapter, labelsByLooseKey, loadBooks, looseKey, trainFixtures, fixtureOptions } from "./lib/cards-eval";
import { RATER_PRECEDENCE } from "./lib/rater-order";
import { judgedTable, stratifiedSample } from "./lib/judged-table";

const args = process.argv.slice(2);
const opt = (name: string, d: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : d);
const sampleSize = opt("--sample", 0);
const seed = opt("--seed", 11);
const judgedFile = path.join(path.dirname(new URL(import.meta.url).pathname), "standalone-judged.json");


type Drop = { fixture: string; book: string; gate: string; rule: string; why: string; rules: string[]; sole: boolean; card: string; sentence: string; label?: string; note?: string };
const books = loadBooks();
const drops: Drop[] = [];
const later = GATES.slice(GATES.findIndex(([n]) => n === "referring") + 1);

for (const fixture of trainFixtures(books)) {
  const book = books.fixtures[fixture].book;
  const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
  // One label per card: the first rater in the precedence who labelled it.
  const byRater = RATER_PRECEDENCE.map((r) => labelsByLooseKey(fixture, (l) => l.rater === r));
  const labelOf = (c: Candidate) => byRater.map((m) => m.get(looseKey(c))).find(Boolean);
  for (const c of overgenerate(a, fixtureOptions(fixture))) {
    const first = GATES.find(([, g]) => g(c, a) !== null);
    if (!first || (first[0] !== "standalone" && first[0] !== "referring")) continue;
    const sa = standaloneRules(c, a).map((r) => ({ ...r, gate: "standalone" }));
    const rf = c.type === "gist" ? [] : referringRules(c, a.sentences[c.sentence]).map((r) => ({ ...r, gate: "referring" }));
    const all = [...sa, ...rf];
    const head = all[0];
    const named = all.map((r) => `${r.gate}: ${r.rule}${detail(r.gate, r.rule, r.why)}`);
    const sole = new Set(named.map(family)).size === 1 && later.every(([, g]) => g(c, a) === null);
    const l = labelOf(c);
    drops.push({ fixture, book, gate: head.gate, rule: named[0], why: head.why, rules: named, sole, card: cardText(c), sentence: a.sentences[c.sentence].text, label: l?.label, note: l ? `${l.rater}${l.reason ? ` ${l.reason}` : ""}` : undefined });
  }
}

/** The speaker's person and a pointer's word split their sub-rules further ("speaker I", "pointer such"). */
function detail(gate: string, rule: string, why: string): string {
  const quoted = /\("([^"]+)"\)/.exec(why)?.[1];
  if (rule === "speaker" && quoted) return ` ${quoted}`;
  if (rule === "pointer" && quoted) return ` ${quoted.toLowerCase().split(/\s+/).slice(0, 2).join(" ").replace(/^such \S+$/, "such")}`;
  if (rule === "dependence") return ` ${/\((\w+) "/.exec(why)?.[1] ?? ""}`;
  return "";
}

/**
 * The word on the card a sub-rule reads: both gates read the speaker, a pronoun and a pointer, so a
 * candidate is dropped by one cause alone when every sub-rule that fires on it reads the same kind of
 * word ("standalone: speaker I" and "referring: speaker I"; "leading pronoun" and "referring: he/she").
 */
function family(rule: string): string {
  const r = rule.replace(/^\w+: /, "");
  if (/^speaker /.test(r)) return r;
  if (/^(?:leading pronoun|bare start|he\/she|they|it)\b/.test(r)) return "pronoun";
  if (/^(?:here|pointer here)$/.test(r)) return "here";
  if (/^(?:back-pointer|pointer|that-noun)\b/.test(r)) return "pointer";
  return r;
}

function cardText(c: Candidate): string {
  return c.kind === "cloze" ? `${c.front}  [${c.back}]` : `${c.front} → ${c.back}`;
}

if (args.includes("--frames")) {
  // The speaker sub-rule's sole drops, one line per sentence: is the "I" / "you" only in a frame
  // around a that-clause ("I think that P") or a comma-parenthetical ("P, I think, …")? (frameOf below)
  const seen = new Set<string>();
  const tally = new Map<string, Map<string, number>>();
  for (const d of drops.filter((d) => /^standalone: speaker (?:I|you)$/.test(d.rule))) {
    if (seen.has(`${d.fixture} ${d.sentence}`)) continue;
    seen.add(`${d.fixture} ${d.sentence}`);
    const f = frameOf(d.sentence);
    const row = tally.get(d.book) ?? new Map<string, number>();
    row.set(f.kind, (row.get(f.kind) ?? 0) + 1);
    tally.set(d.book, row);
    if (args.includes("--list")) console.log(JSON.stringify({ fixture: d.fixture, kind: f.kind, frame: f.frame, sentence: d.sentence }));
  }
  const kinds = ["lead frame", "aside frame", "frame + other person", "not a frame"];
  console.log(["book".padEnd(28), ...kinds.map((k) => k.padStart(20))].join(" "));
  for (const [b, row] of [...tally].sort()) console.log([b.padEnd(28), ...kinds.map((k) => String(row.get(k) ?? 0).padStart(20))].join(" "));
  console.log(["all".padEnd(28), ...kinds.map((k) => String([...tally.values()].reduce((n, r) => n + (r.get(k) ?? 0), 0)).padStart(20))].join(" "));
} else if (args.includes("--judged")) {
  console.table(judgedTable(judgedFile));
} else if (sampleSize) {
  // Stratified by sub-rule, one card at most once (scripts/lib/judged-table.ts).
  for (const d of stratifiedSample(drops.filter((d) => d.sole), sampleSize, seed)) console.log(JSON.stringify({ rule: d.rule, fixture: d.fixture, card: d.card, label: d.label, note: d.note }));
} else {
  const bookNames = [...new Set(drops.map((d) => d.book))].sort();
  const rows = new Map<string, Drop[]>();
  for (const d of drops) rows.set(d.rule, [...(rows.get(d.rule) ?? []), d]);
  const short = (b: string) => b.split("-")[0].slice(0, 6);
  console.log(["sub-rule".padEnd(38), "all".padStart(5), "sole".padStart(5), "lab a/e/r".padStart(10), ...bookNames.map((b) => short(b).padStart(6))].join(" "));
  for (const [rule, ds] of [...rows].sort((x, y) => y[1].length - x[1].length)) {
    const sole = ds.filter((d) => d.sole);
    const lab = (v: string) => sole.filter((d) => d.label === v).length;
    console.log([rule.padEnd(38), String(ds.length).padStart(5), String(sole.length).padStart(5), `${lab("accept")}/${lab("edit")}/${lab("reject")}`.padStart(10), ...bookNames.map((b) => String(ds.filter((d) => d.book === b).length).padStart(6))].join(" "));
  }
  const sole = drops.filter((d) => d.sole).length;
  console.log(`\n${drops.length} candidates dropped by standalone or referring (first failing gate) on ${trainFixtures(books).length} training chapters; ${sole} by one cause alone with every later gate passing.`);
}

/**
 * Where a sentence's speaker or reader sits (the audit's classes): a lead frame "(…,) I/you <verb> … that P",
 * a comma-parenthetical ", I think," / ", you see,", either with another I/you/we in P ("frame + other
 * person"), or neither ("not a frame"). A rough reading for tabulation, not the generator's rule.
 */
function frameOf(sentence: string): { kind: string; frame: string } {
  const person = /\b(?:I|me|my|myself|you|your|yourself|yourselves|we|us|our|ourselves)\b(?!\.)/i;
  const lead = /^(?:[^,]{0,30},\s*)?(?:(?:I|you|You|Let us|let us)\b[^,;.]{0,50}?\bthat\b,?|It (?:will|may|must) be [^,;.]{0,30}?\bthat\b|I say,)\s*/.exec(sentence);
  const aside = /,\s*(?:as\s+)?(?:I|you)\s+[\p{Ll} ]{2,30}?,/u.exec(sentence);
  const m = lead ?? aside;
  if (!m) return { kind: "not a frame", frame: "" };
  const rest = sentence.slice(0, m.index) + " " + sentence.slice(m.index + m[0].length);
  return { kind: person.test(rest) ? "frame + other person" : lead ? "lead frame" : "aside frame", frame: m[0].trim() };
}
