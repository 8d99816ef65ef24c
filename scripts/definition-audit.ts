// Definition cards on the TRAIN books (never held-out ones): every strict label on a definition-type
// card, and every gold fact that is a definition with no top-40 card.
//   A card is definition-type when the current generator makes it with type "definition" (matched by
//   front and back) or, for a card no longer made, when its front asks for a term's meaning or name
//   ("What is X?", "What is meant by X?", "What is X called?", "What is the term for …?").
//   A gold fact is a definition when it is worded as one ("X is the name for / a …", "X means …",
//   "called", "defined", "denotes", "consists in") — a loose test, read the list.
// Strict raters only (rater-c … rater-w), one verdict per card by RATER_PRECEDENCE.
//   npx tsx scripts/definition-audit.ts           labels, then missed gold definitions
//   npx tsx scripts/definition-audit.ts --json    one JSON line per label and per missed fact
import { overgenerate } from "@/lib/cards/candidates";
import { gate } from "@/lib/cards/gates";
import { rankedCandidates, toCard } from "@/lib/cards/pipeline";
import { select } from "@/lib/cards/select";
import { DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { isStrict } from "@/lib/cards/rank/training";
import type { CardLabel } from "@/lib/cards/eval";
import { covers } from "../tests/unit/cards/gold";
import { RATER_PRECEDENCE } from "./lib/rater-order";
import { fixtureChapter, loadBooks, looseKey, readGold, readLabels, trainFixtures, fixtureOptions } from "./lib/cards-eval";

const json = process.argv.includes("--json");
const DEFINITION_FRONT = /^(?:What|Who) (?:is|are|was|were) (?:meant by |the (?:term|name) (?:for|given to) )?[^?]*\?$|^What (?:is|are|was|were) [^?]+ (?:called|termed|named|known as)\?$|^What does [^?]+ (?:mean|denote|signify)\?$/;
const DEFINITION_FACT = /\b(?:is|are) (?:the name (?:for|of|given)|what)\b|\b(?:means|meant|defined|denotes?|called|termed|consists? in|signif(?:y|ies)|definition)\b|\bis (?:a|an) (?:\p{L}+ ){0,3}(?:that|which|who|in which|of)\b/iu;

const books = loadBooks();
const rank = (r: string) => RATER_PRECEDENCE.indexOf(r);
let labelled = 0;
const tally = new Map<string, { accept: number; edit: number; reject: number }>();
for (const fixture of trainFixtures(books)) {
  const book = books.fixtures[fixture].book;
  const { a, ranked } = rankedCandidates(fixtureChapter(fixture), undefined, fixtureOptions(fixture));
  const all = overgenerate(a, fixtureOptions(fixture));
  const made = new Map(all.map((c) => [looseKey(c), c]));
  const top = select(ranked, 40);
  const shown = new Set(top.map((r) => looseKey(r.c)));
  // One verdict per card: the first strict rater in the precedence.
  const byCard = new Map<string, CardLabel>();
  for (const l of readLabels(fixture).filter((x) => isStrict(x.rater))) {
    const k = looseKey(l), had = byCard.get(k);
    if (!had || rank(l.rater) < rank(had.rater)) byCard.set(k, l);
  }
  for (const [k, l] of byCard) {
    const c = made.get(k);
    const isDef = c ? c.type === "definition" : l.kind === "qa" && DEFINITION_FRONT.test(l.front);
    if (!isDef) continue;
    labelled++;
    const row = tally.get(book) ?? { accept: 0, edit: 0, reject: 0 };
    row[l.label]++;
    tally.set(book, row);
    const state = c ? (shown.has(k) ? "top40" : gate(c, a) ? `gated:${gate(c, a)}` : "made") : "not-made";
    if (json) console.log(JSON.stringify({ what: "label", book, fixture, state, label: l.label, reason: l.reason, front: l.front, back: l.back, note: l.note ?? "", sentence: l.sentence, rater: l.rater }));
    else console.log(`${book}\t${l.label}\t${l.reason ?? ""}\t${state}\t${l.front} → ${l.back}\t# ${l.note ?? ""}\n\t\t${l.sentence.slice(0, 260)}`);
  }
  const gold = readGold(books.fixtures[fixture]);
  if (!gold) continue;
  const cards = top.map((r) => toCard(r, a, DEFAULT_WEIGHTS));
  for (const g of gold) {
    if (!DEFINITION_FACT.test(g.fact) || cards.some((c) => covers(c, g))) continue;
    const said = a.sentences.filter((s) => covers({ front: s.text, back: "" }, g)).map((s) => s.text.slice(0, 300));
    const cand = all.filter((c) => covers({ front: c.front.replace(/\{\{c\d+::(.*?)\}\}/g, "$1"), back: c.back }, g));
    if (json) console.log(JSON.stringify({ what: "missed", book, fixture, id: g.id, fact: g.fact, sentences: said, candidates: cand.map((c) => `${c.type}: ${c.front} → ${c.back}`) }));
    else console.log(`MISSED ${book} ${g.id}: ${g.fact}\n${said.map((s) => `\t| ${s}`).join("\n")}\n${cand.slice(0, 3).map((c) => `\t> ${c.type}: ${c.front} → ${c.back}`).join("\n")}`);
  }
}
if (!json) {
  console.log(`\n${labelled} strict labels on definition cards`);
  console.table(Object.fromEntries(tally));
}
