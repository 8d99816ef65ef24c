// Cards whose subject or answer is "the N" of the chapter's topic, on the TRAIN chapters only (held-out
// books are never read). Topic nouns, for this measurement, in the broad sense: the head nouns of the
// chapter's title and section headings (the last word of each noun phrase, singular or plural) that
// the chapter uses at least 8 times, and its most frequent noun. For each chapter: candidates whose
// front has "the N" (outside the blank) as its subject (the front opens with it) or anywhere, and
// whose answer is "(the) N"; the first gate that drops each; the shown top 40 that have one, with the
// strict-first label (and note). Then the narrow topic of lib/cards/topic (a kind named in the title
// with a noun modifier) and what its naming would do.
//   npx tsx scripts/topic-audit.ts [--cards] [--json]     (--cards: print every top-40 card counted, with its label)
import { analyseChapter, type Analysis } from "@/lib/cards/analyse";
import { overgenerate, type Candidate } from "@/lib/cards/candidates";
import { GATES } from "@/lib/cards/gates";
import { generateCards } from "@/lib/cards/pipeline";
import { explainTopic, explainNaming, singular } from "@/lib/cards/topic";
import type { CardLabel } from "@/lib/cards/eval";
import { fixtureChapter, looseKey, readLabels, trainFixtures, fixtureOptions } from "./lib/cards-eval";
import { RATER_PRECEDENCE } from "./lib/rater-order";

const args = process.argv.slice(2);
const showCards = args.includes("--cards"), json = args.includes("--json");
const SPLIT = /\b(?:of|and|or|in|on|for|with|into|as|to|by|from|at|the|a|an|its|their|his|her|our|my)\b|[:;,.!?()"'‘’“”—–\[\]]/i;

function topicNouns(a: Analysis): Set<string> {
  const counts = new Map<string, number>();
  // Common nouns only: a capitalised word counts when the chapter also writes it in lower case as a noun ("the Spider", "spider").
  const common = new Set<string>();
  for (const s of a.sentences) for (const t of s.tokens) if (t.pos === "NOUN" && /^\p{Ll}/u.test(t.text)) common.add(singular(t.lower));
  for (const s of a.sentences) for (const t of s.tokens) if (t.pos === "NOUN" || t.pos === "PROPN") counts.set(singular(t.lower), (counts.get(singular(t.lower)) ?? 0) + 1);
  const out = new Set<string>();
  const top = [...counts].filter(([w]) => common.has(w)).sort((x, y) => y[1] - x[1])[0];
  if (top) out.add(top[0]);
  for (const title of [a.chapter.title, ...a.sections.map((s) => s.title)]) {
    for (const chunk of title.split(SPLIT)) {
      const last = chunk?.trim().split(/\s+/).at(-1)?.toLowerCase();
      if (last && /^\p{L}+$/u.test(last) && (counts.get(singular(last)) ?? 0) >= 8) out.add(singular(last));
    }
  }
  return out;
}

const bare = (front: string) => front.replace(/\{\{c\d+::(.*?)\}\}/g, "\u0000");
const plural = (n: string) => (/y$/.test(n) ? `(?:${n}|${n.slice(0, -1)}ies)` : /(?:s|x|ch|sh)$/.test(n) ? `${n}(?:es)?` : `${n}s?`);
function where(c: { front: string; back: string }, nouns: Set<string>): { subject: string | null; anywhere: string | null; answer: string | null } {
  const f = bare(c.front);
  let subject = null, anywhere = null, answer = null;
  for (const n of nouns) {
    // "the N" that the text does not complete itself ("the idea of property" is not the topic "idea").
    const np = `the\\s+${plural(n)}\\b(?!-|\\s+of\\b)`;
    const re = new RegExp(`\\b${np}`, "iu");
    if (new RegExp(`^(?:\\p{L}+\\s*,\\s*)?${np}`, "iu").test(f) || (c.front.startsWith("What") && new RegExp(`^(?:What|How|Why|When|Where|Who)\\s+(?:\\p{Ll}+\\s+)?${np}`, "u").test(f))) subject ??= n;
    if (re.test(f)) anywhere ??= n;
    if (new RegExp(`^(?:the\\s+)?${plural(n)}$`, "iu").test(c.back.trim())) answer ??= n;
  }
  return { subject, anywhere, answer };
}

const rank = new Map(RATER_PRECEDENCE.map((r, i) => [r, i]));
function strictLabels(fixture: string): Map<string, CardLabel> {
  const out = new Map<string, CardLabel>();
  for (const l of readLabels(fixture)) {
    const k = looseKey(l), had = out.get(k);
    if (!had || (rank.get(l.rater ?? "rater-a") ?? 99) < (rank.get(had.rater ?? "rater-a") ?? 99)) out.set(k, l);
  }
  return out;
}

type Row = { fixture: string; nouns: string[]; topic: string; subjectCand: number; anywhereCand: number; answerCand: number; byGate: Record<string, number>; shown: number; shownLabels: Record<string, number>; named: number; namedPass: number; namedReasons: Record<string, number> };
const rows: Row[] = [];
const cards: string[] = [];
for (const fixture of trainFixtures()) {
  const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
  const nouns = topicNouns(a);
  const t = explainTopic(a);
  const row: Row = { fixture, nouns: [...nouns], topic: typeof t === "string" ? `none (${t.slice(0, 120)})` : `${t.modifier} ${t.head}`, subjectCand: 0, anywhereCand: 0, answerCand: 0, byGate: {}, shown: 0, shownLabels: {}, named: 0, namedPass: 0, namedReasons: {} };
  for (const c of overgenerate(a, fixtureOptions(fixture)) as Candidate[]) {
    const w = where(c, nouns);
    if (w.anywhere) row.anywhereCand++;
    if (w.answer) row.answerCand++;
    if (w.subject || w.answer) {
      if (w.subject) row.subjectCand++;
      const g = GATES.find(([, gt]) => gt(c, a) !== null)?.[0] ?? "pass";
      row.byGate[g] = (row.byGate[g] ?? 0) + 1;
    }
    if (typeof t !== "string") {
      const n = explainNaming(c, a, t);
      if (typeof n === "string") row.namedReasons[n.replace(/:.*/, "")] = (row.namedReasons[n.replace(/:.*/, "")] ?? 0) + 1;
      else { row.named++; if (!GATES.some(([, gt]) => gt({ ...c, front: n.front }, a) !== null)) row.namedPass++; }
    }
  }
  const labels = strictLabels(fixture);
  for (const card of generateCards(fixtureChapter(fixture), fixtureOptions(fixture))) {
    const w = where(card, nouns);
    if (!w.subject && !w.answer) continue;
    row.shown++;
    const l = labels.get(looseKey(card));
    const v = l ? l.label : "unlabelled";
    row.shownLabels[v] = (row.shownLabels[v] ?? 0) + 1;
    if (l?.reason && l.label !== "accept") row.shownLabels[`${l.label}:${l.reason}`] = (row.shownLabels[`${l.label}:${l.reason}`] ?? 0) + 1;
    cards.push(`${fixture} [${w.subject ? `subject the ${w.subject}` : `answer ${w.answer}`}] ${v}${l?.reason ? ` ${l.reason}` : ""}${l?.rater ? ` (${l.rater})` : ""}${l?.note ? ` "${l.note}"` : ""}\n    ${card.front} → ${card.back}`);
  }
  rows.push(row);
}

const sum = (k: "subjectCand" | "anywhereCand" | "answerCand" | "shown" | "named" | "namedPass") => rows.reduce((s, r) => s + r[k], 0);
const pool = (k: "byGate" | "shownLabels" | "namedReasons") => rows.reduce((acc, r) => { for (const [g, n] of Object.entries(r[k])) acc[g] = (acc[g] ?? 0) + n; return acc; }, {} as Record<string, number>);
const total = { subjectCand: sum("subjectCand"), anywhereCand: sum("anywhereCand"), answerCand: sum("answerCand"), byGate: pool("byGate"), shown: sum("shown"), shownLabels: pool("shownLabels"), named: sum("named"), namedPass: sum("namedPass"), namedReasons: pool("namedReasons") };
if (json) console.log(JSON.stringify({ total, rows }, null, 1));
else {
  for (const r of rows) console.log(`${r.fixture}\n  nouns: ${r.nouns.join(", ")} | topic: ${r.topic}\n  candidates: subject ${r.subjectCand}, answer ${r.answerCand}, anywhere ${r.anywhereCand}; first gate ${JSON.stringify(r.byGate)}\n  shown ${r.shown} ${JSON.stringify(r.shownLabels)}${r.named ? `\n  named ${r.named} (pass all gates ${r.namedPass}) ${JSON.stringify(r.namedReasons)}` : ""}`);
  console.log("TOTAL", JSON.stringify(total, null, 1));
  if (showCards) console.log(cards.join("\n"));
}
