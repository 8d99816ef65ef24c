// Where a top-40 cloze's blank sits in its sentence's first clause, against its strict-first label:
// in the opening adverbial ("In 1786, …"), in the subject (the whole subject or its head phrase, or a
// detail inside it), or after the main verb; and whether it is a date, place or number. For judging a
// change to the span chooser on the raters' evidence before writing it.
//   npx tsx scripts/blank-position-audit.ts [--skip book,book] [--rows]
import { LabelIndex } from "@/lib/cards/eval/labels";
import { rankedCandidates } from "@/lib/cards/pipeline";
import { select } from "@/lib/cards/select";
import { DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { authorOf, chaptersOf, loadBooks, readLabels, trainFixtures } from "./lib/cards-eval";
import { STRICT_FIRST_CHAIN } from "./lib/rater-order";
import { arg } from "./lib/args";

const args = process.argv.slice(2);
const books = loadBooks();
const skip = new Set(arg("--skip")?.split(",") ?? []);
const tally = new Map<string, { accept: number; edit: number; reject: number; wrong: number; none: number }>();
const add = (k: string, label: string | undefined, reason: string | undefined) => {
  let t = tally.get(k);
  if (!t) tally.set(k, (t = { accept: 0, edit: 0, reject: 0, wrong: 0, none: 0 }));
  if (!label) t.none++;
  else t[label as "accept" | "edit" | "reject"]++;
  if (reason === "wrong-or-trivial-blank") t.wrong++;
};
for (const fixture of trainFixtures(books).filter((f) => !skip.has(books.fixtures[f].book))) {
  const index = new LabelIndex(readLabels(fixture), STRICT_FIRST_CHAIN);
  const author = authorOf(fixture);
  for (const chapter of chaptersOf(fixture)) {
    const { a, ranked } = rankedCandidates(chapter, DEFAULT_WEIGHTS, { author });
    for (const r of select(ranked, 40, DEFAULT_WEIGHTS)) {
      const c = r.c;
      if (c.kind !== "cloze" || !c.answer) continue;
      const s = a.sentences[c.sentence];
      const m = index.find({ kind: c.kind, front: c.front, back: c.back, sentence: s.sentence.text });
      const { start, end } = c.answer;
      const cl = s.clause;
      let where = "no clause";
      if (cl) {
        const verbAt = s.tokens[cl.verb]?.start ?? Infinity;
        if (cl.opening && start >= cl.opening.start && end <= cl.opening.end) where = "opening";
        else if (start >= cl.subject.start && end <= cl.subject.end) where = start <= cl.subject.start + 4 ? "subject head" : "subject detail";
        else if (start >= verbAt) where = "after verb";
        else where = "other";
      }
      const ent = s.entities.find((e) => e.start === start && e.end === end);
      const kind = ent && /^(?:date|place|number)$/.test(ent.kind) ? ent.kind : "other";
      add(where, m?.label.label, m?.label.reason ?? undefined);
      add(`${where} / ${kind}`, m?.label.label, m?.label.reason ?? undefined);
      if (args.includes("--rows")) console.log(`${where}\t${kind}\t${m?.label.label ?? "-"}\t${m?.label.reason ?? ""}\t${c.front}`);
    }
  }
}
console.log("position\tcards\taccept\tedit\treject\twrong-blank\tunlabelled");
for (const [k, t] of [...tally].sort()) console.log(`${k}\t${t.accept + t.edit + t.reject + t.none}\t${t.accept}\t${t.edit}\t${t.reject}\t${t.wrong}\t${t.none}`);
