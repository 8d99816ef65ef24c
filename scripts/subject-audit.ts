// What the biography-subject naming (lib/cards/subject) does on chapter fixtures: the chapter's
// subject or the reason there is none, and each sentence whose "he"/"she" it names (with the text as
// rewritten), or with --refused the refusals of sentences whose leading he/she the coreference left.
// Usage: npx tsx scripts/subject-audit.ts [--refused] [--quiet] <fixture> ...  (training fixtures only;
// never pass a held-out book, nor a check-set book while developing)
import { documentOf, fixtureOptions } from "./lib/cards-eval";
import { analyseChapter } from "@/lib/cards/analyse";
import { subjectEdit } from "@/lib/cards/subject";

const args = process.argv.slice(2);
const refused = args.includes("--refused"), quiet = args.includes("--quiet");
for (const f of args.filter((a) => !a.startsWith("--"))) {
  for (const ch of documentOf(f).chapters) {
    const off = analyseChapter(ch, { ...fixtureOptions(f), subject: false });
    const on = analyseChapter(ch, { ...fixtureOptions(f), subject: true });
    const decision = on.subject!;
    const named = on.sentences.filter((s) => s.context?.edits.some((e) => e.op === "subject"));
    const lone = off.sentences.filter((s) => s.pronoun && !s.pronoun.resolved && /^(?:he|she|his|her)$/.test(s.pronoun.word));
    console.log(`${f} | ${ch.title.slice(0, 60)} | ${decision.subject ? `subject ${decision.subject.name} (${decision.subject.sex})` : "no subject"}: ${decision.reason} | named ${named.length} sentences; lone leading he/she ${lone.length}, of them named ${lone.filter((s) => named.some((n) => n.sentence.id === s.sentence.id)).length}`);
    if (quiet) continue;
    for (const s of named) console.log(`   + [${s.sentence.id}] ${s.text}`);
    if (refused) for (const s of lone.filter((x) => !named.some((n) => n.sentence.id === x.sentence.id))) {
      // (The refusal re-read on the sentence as the op saw it, with the subject open: the op's own checks.)
      const h = decision.subject ? { name: decision.subject.name, sex: decision.subject.sex, open: true, from: null, quoted: [] as [number, number][] } : null;
      const r = h ? subjectEdit(s, h) : { refused: "no subject here (not narration, or none)" };
      console.log(`   - [${s.sentence.id}] ${"refused" in r ? r.refused : "another person may be meant since the subject was last named"}: ${s.text.slice(0, 110)}`);
    }
  }
}
