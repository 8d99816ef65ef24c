// Why the strict raters' preferred blanks (scripts/lib/span-pairs.ts, TRAIN books only) are not
// blanked: for each pair, whether the preferred span is among the sentence's span candidates and,
// if so, which blank gate refuses it (lib/cards/gates: informative-blank, then blank-choice without
// the score floor), or "passes the gates". No weights are fitted here, so no fold is needed.
//   npx tsx scripts/blank-refusals.ts [--list]     counts by reason (and every pair with --list)
import { rankSpans } from "@/lib/cards/spans/model";
import { blank } from "@/lib/cards/candidates/cloze";
import { informativeBlank } from "@/lib/cards/gates/informative-blank";
import { blankChoiceWith } from "@/lib/cards/gates/blank-choice";
import type { Candidate } from "@/lib/cards/candidates";
import { sameBlank, spanPairs } from "./lib/span-pairs";

const { pairs, analyses } = spanPairs();
const byReason = new Map<string, string[]>();
for (const p of pairs) {
  const a = analyses.get(p.fixture)!;
  const want = rankSpans(p.s, a).find((c) => p.preferred.some((x) => sameBlank(p.s, c, x)));
  const cand: Candidate | null = want ? { kind: "cloze", type: "cloze", front: blank(p.s, want.start, want.end), back: p.s.text.slice(want.start, want.end), sentence: p.s.sentence.id, extra: [], answer: { start: want.start, end: want.end }, answerKind: want.kind } : null;
  const why = !cand ? "not among the span candidates" : informativeBlank(cand, a) ?? blankChoiceWith(cand, a, false) ?? "passes the gates";
  byReason.set(why, [...(byReason.get(why) ?? []), `[${p.label}] ${p.s.text.slice(p.rejected.start, p.rejected.end)} → ${p.preferred.map((w) => p.s.text.slice(w.start, w.end)).join(" | ")}  (${p.book})`]);
}
for (const [why, list] of [...byReason].sort((x, y) => y[1].length - x[1].length)) {
  console.log(`${why}: ${list.length}`);
  if (process.argv.includes("--list")) for (const l of list) console.log(`    ${l}`);
}
