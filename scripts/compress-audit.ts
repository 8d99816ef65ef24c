// Which strict labels on TRAIN books complain about material the card did not need, by the family
// of that material (a leading connective, a subordinate clause, a second independent clause, a
// relative or participial aside, a parenthesis), and per book. A card counts for a family when its
// shown statement has that shape AND its note asks to drop, cut or shorten, or names a part of it
// as unresolved. Cards cut too far ("cut before the result", "fragment") are counted apart: the
// opposite complaint, which a compression must not create.
//   npx tsx scripts/compress-audit.ts            the table
//   npx tsx scripts/compress-audit.ts <family>   also the cards of that family
import { isStrict } from "@/lib/cards/rank/training";
import { readLabels, trainFixtures, loadBooks } from "./lib/cards-eval";
import type { CardLabel } from "@/lib/cards/eval";

export const FAMILIES: [string, RegExp][] = [
  ["lead", /^(?:On the (?:contrary|other hand)|In (?:this|that|the same|like) (?:way|manner|case)|For this reason|At the same time|In (?:consequence|addition|other words|general|short|fact)|By this means|Of (?:the|these|those) \w+|Thus|Hence|But|And|So|Yet|However|Again|Now|Still|Accordingly|Therefore|Moreover|Besides|Indeed|Nay|Whereas|To go back)\b/],
  ["subordinate", /^(?:If|Though|Although|When|While|Whereas|Since|As|Unless|Because|Until|After|Before)\b|,\s*(?:if|though|although|when|while|whereas|unless|because|until)\b/],
  ["coordinated", /;|,\s*(?:and|but|yet|so|for)\s+(?:the|a|an|he|she|it|they|this|these|we|I|there|his|their|its)\b/],
  ["relative-aside", /,\s*(?:which|who|whom|whose|where)\b/],
  ["participial", /,\s*(?:\p{L}+ing|\p{L}+ed)\s+(?:by|in|with|to|from|at|on|the|a|an|his|their|its)\b/u],
  ["parenthetical", /\(|[—–]|\s--\s/],
];
// The rater asks to take something out, or says the card leans on material it did not need.
const TOO_MUCH = /\b(?:drop|cut (?:the|"|to)|shorten|trim|side detail|two facts|several facts|two claims|lead-in|needs the chapter|unresolved|without "|delete|remove)\b/i;
// The rater says the card was cut too far.
const TOO_LITTLE = /\b(?:cut (?:before|after|off|drops|from)|dropped condition|fragment cut|missing|restore|append|main clause|condition)\b/i;

const shown = (l: CardLabel) => (l.kind === "cloze" ? l.front.replace(/\{\{c\d+::([^}]*)\}\}/g, "$1") : l.sentence);

const [show] = process.argv.slice(2);
const books = loadBooks();
type Row = Record<string, number>;
const byFamily: Record<string, Row> = {};
const perBook: Record<string, Row> = {};
let total = 0, tooLittle = 0;
for (const fixture of trainFixtures(books)) {
  const book = books.fixtures[fixture].book;
  // One label per card: the first strict rater's.
  const seen = new Set<string>();
  for (const l of readLabels(fixture)) {
    if (!isStrict(l.rater) || l.label === "accept") continue;
    const key = `${l.kind}|${l.front}|${l.back}`;
    if (seen.has(key)) continue;
    seen.add(key);
    total++;
    const note = l.note ?? "";
    if (TOO_LITTLE.test(note)) tooLittle++;
    if (!TOO_MUCH.test(note)) continue;
    const text = shown(l);
    for (const [family, re] of FAMILIES) {
      if (!re.test(text)) continue;
      const r = (byFamily[family] ??= { cards: 0, books: 0, edit: 0, reject: 0 });
      r.cards++;
      r[l.label]++;
      const b = (perBook[book] ??= {});
      if (!b[family]) r.books++;
      b[family] = (b[family] ?? 0) + 1;
      if (family === show) console.log(`${book} · ${l.label} · ${l.front}\n    note: ${note}\n`);
    }
  }
}
console.log(`strict non-accepted cards on train books: ${total}; notes saying cut too far: ${tooLittle}\n`);
console.log("| family | cards (note asks to take out) | books | edit | reject |\n| --- | --- | --- | --- | --- |");
for (const [family] of FAMILIES) {
  const r = byFamily[family] ?? { cards: 0, books: 0, edit: 0, reject: 0 };
  console.log(`| ${family} | ${r.cards} | ${r.books} | ${r.edit} | ${r.reject} |`);
}
console.log("\n| book | " + FAMILIES.map(([f]) => f).join(" | ") + " |\n| --- |" + FAMILIES.map(() => " --- |").join(""));
for (const [book, r] of Object.entries(perBook).sort()) console.log(`| ${book} | ${FAMILIES.map(([f]) => r[f] ?? 0).join(" | ")} |`);
