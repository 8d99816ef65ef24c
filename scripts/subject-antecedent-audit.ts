// Every leading "it"/"they" the analysis resolved to the previous sentence's subject
// (lib/cards/analyse/subject-antecedent.ts) on the TRAIN chapters, with the sentence before, to be
// read against the chapter, and why the other leading "it"/"they" were left alone. Held-out
// chapters are never read.
//   npx tsx scripts/subject-antecedent-audit.ts            substitutions and refusal counts
//   npx tsx scripts/subject-antecedent-audit.ts <reason>   also the sentences refused for it
//   … --others   the chapter fixtures books.json does not list (clean-up and sample fixtures, no book
//                of either split), every chapter of each, for a precision count on more text
//   … --loose    also what the previous subject alone would give (audit only)
import { analyseChapter } from "@/lib/cards/analyse";
import { leadingPronoun } from "@/lib/cards/analyse/coref";
import { subjectAntecedentOrRefusal } from "@/lib/cards/analyse/subject-antecedent";
import { readdirSync } from "node:fs";
import { chaptersOf, dirs, fixtureChapter, fixtureOptions, loadBooks, trainFixtures } from "./lib/cards-eval";

const loose = process.argv.includes("--loose");
const show = process.argv.slice(2).find((x) => !x.startsWith("--"));
let n = 0;
const refused: Record<string, number> = {};
const books = new Map<string, number>();
const listed = new Set(Object.keys(loadBooks().fixtures));
const others = readdirSync(dirs.chapters).filter((f) => /\.(?:txt|md)$/.test(f) && !listed.has(f) && f !== "SOURCES.md");
const work = process.argv.includes("--others")
  ? others.flatMap((f) => chaptersOf(f).map((chapter, k) => ({ fixture: `${f}[${k}]`, chapter, opts: {} })))
  : trainFixtures().map((fixture) => ({ fixture, chapter: fixtureChapter(fixture), opts: fixtureOptions(fixture) }));
for (const { fixture, chapter, opts } of work) {
  const a = analyseChapter(chapter, opts);
  for (const s of a.sentences) {
    const prev = chapter.sentences[s.sentence.id - 1];
    if (s.pronoun?.via === "subject") {
      n++;
      books.set(fixture, (books.get(fixture) ?? 0) + 1);
      console.log(`\n${fixture} #${s.sentence.id} "${s.pronoun.word}" → "${s.pronoun.text}"\n  prev: ${prev.text.slice(0, 300)}\n  was:  ${s.sentence.text.slice(0, 300)}\n  now:  ${s.text.slice(0, 300)}`);
      continue;
    }
    if (s.pronoun?.resolved || !/^(?:it|its|they|their)$/.test(s.pronoun?.word ?? "")) continue;
    const lead = leadingPronoun(s);
    if (!lead) continue;
    const r = subjectAntecedentOrRefusal(a.sentences.slice(Math.max(0, s.sentence.id - 3), s.sentence.id), s, lead, loose);
    if (loose && typeof r !== "string") console.log(`\n[loose] ${fixture} #${s.sentence.id} "${lead.word}" → "${r.text}"\n  prev: ${prev?.text.slice(0, 300)}\n  this: ${s.sentence.text.slice(0, 300)}`);
    const why = typeof r === "string" ? r : "resolved on re-reading";
    refused[why] = (refused[why] ?? 0) + 1;
    if (show && why.includes(show)) console.log(`\n[${why}] ${fixture} #${s.sentence.id}\n  prev: ${prev?.text.slice(0, 300)}\n  this: ${s.sentence.text.slice(0, 300)}`);
  }
}
console.log(`\n${n} substitutions in ${books.size} chapters: ${[...books].map(([f, k]) => `${f} ${k}`).join(", ")}`);
console.log("Leading it/they left unresolved, by the first refusal:");
console.table(refused);
