// Every substitution the referent op (lib/cards/decontext/referent.ts) makes on the TRAIN chapters,
// over all sentences (not only carded ones), with the sentence that printed the role and name, and
// the strict rater's note on any card of that sentence that names a fix: read each against its chapter.
//   npx tsx scripts/referent-precision.ts [fixture-part]
import { analyseChapter } from "@/lib/cards/analyse";
import { fixtureChapter, readLabels, trainFixtures, fixtureOptions } from "./lib/cards-eval";
import { isStrict } from "@/lib/cards/rank/training";

const only = process.argv[2];
let n = 0;
const perBook: Record<string, number> = {};
for (const fixture of trainFixtures().filter((f) => !only || f.includes(only))) {
  const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
  const notes = new Map<string, string[]>();
  for (const l of readLabels(fixture)) if (isStrict(l.rater) && l.note) notes.set(l.sentence, [...(notes.get(l.sentence) ?? []), `${l.rater}: ${l.label} ${l.reason ?? ""} ${l.note}`]);
  // A leading pronoun whose antecedent is a name this op wrote into the sentence before ("The
  // Governor was slow. He …" → "Governor Osk was slow. Governor Osk …"): the op's work too.
  for (const s of a.sentences) {
    const p = s.pronoun, from = p?.from != null ? a.sentences[p.from] : undefined;
    const wrote = from?.context?.edits.filter((e) => e.op === "referent").map((e) => e.text.replace(/^the /i, "")) ?? [];
    if (!p?.resolved || !p.text || !wrote.some((w) => p.text!.includes(w.split(" ").at(-1)!))) continue;
    n++;
    perBook[fixture] = (perBook[fixture] ?? 0) + 1;
    console.log(`${fixture.slice(0, 24)} [${s.sentence.id}] lead "${p.word}" → "${p.text}" (from [${p.from}], via referent)\n    ${s.text.slice(0, 200)}\n    from: ${from!.text.slice(0, 160)}`);
  }
  for (const s of a.sentences) for (const e of s.context?.edits ?? []) {
    if (e.op !== "referent") continue;
    n++;
    perBook[fixture] = (perBook[fixture] ?? 0) + 1;
    const src = e.from != null ? a.sentences[e.from].text : "";
    console.log(`${fixture.slice(0, 24)} [${s.sentence.id}] ${e.op} "${s.context!.before.slice(e.start, e.end)}" → "${e.text}" (printed in [${e.from}])\n    ${s.text.length > 200 ? "…" + s.text.slice(Math.max(0, e.start - 120), e.start + e.text.length + 60) + "…" : s.text}\n    from: ${src.slice(0, 160)}`);
    for (const note of new Set(notes.get(a.chapter.sentences[s.sentence.id].text) ?? [])) console.log(`    NOTE ${note}`);
  }
}
console.log(`\n${n} substitutions`, perBook);
