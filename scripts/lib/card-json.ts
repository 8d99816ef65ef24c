// One card as `npm run cards -- --json` prints it (the CLI's documented contract, README). The
// context line is printed only when the card has one, so cards without one print as before.
import type { GeneratedCard } from "@/lib/cards";

export function cardJson(c: GeneratedCard, at: { candidates: boolean; chapter: number; sentence: () => string }) {
  return {
    kind: c.kind, front: c.front, back: c.back,
    ...(c.context ? { context: c.context } : {}),
    // `text` is the source sentence itself: `chapter` is the printed number, which several chapters of
    // one import can share (a scan whose running headline is read as a heading), so a script reading
    // this output cannot always find the sentence from `chapter` and `sentence` alone.
    source: { chapter: at.chapter, page: c.source.page, sentence: c.source.sentence, text: at.sentence() },
    flags: c.flags, rule: c.rule,
    // Candidates for labelling carry no score: raters must not see the ranker's opinion.
    ...(at.candidates ? { type: c.type ?? c.rule, sentence: at.sentence() } : { score: c.score, type: c.type, why: c.why }),
  };
}
