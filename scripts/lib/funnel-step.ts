// One chapter's candidate funnel and the furthest step a sentence's candidates reach in it, for the
// funnel reports (scripts/argument-funnel.ts, scripts/narrative-funnel.ts): made → passed the gates →
// picked by selection with no learned cut → kept by the learned cut → shown after the floors. Written
// once so the two reports cannot drift apart in what "lost at the gates" or "no candidate" means.
import { overgenerate } from "@/lib/cards/candidates";
import type { Candidate } from "@/lib/cards/candidates/types";
import { failingGateReasons } from "@/lib/cards/gates";
import { shownChapter, type ShowOptions, type ShownChapter } from "@/lib/cards/pipeline";
import { select, type Ranked } from "@/lib/cards/select";
import type { CleanChapter } from "@/lib/chapters";
import { spanRefusal, topSpanCloze } from "./top-span";

export const FUNNEL_STEPS = ["shown", "lost at floors", "lost at learned cut", "lost at selection", "lost at gates", "no candidate"] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

export type ChapterFunnel = { s: ShownChapter; all: Candidate[]; noCut: Ranked[]; shown: Ranked[] };

export function chapterFunnel(ch: CleanChapter, opts: ShowOptions & { max: number }): ChapterFunnel {
  const s = shownChapter(ch, opts);
  return { s, all: overgenerate(s.a, opts), noCut: select(s.ranked, opts.max, {}), shown: s.kept.map((i) => s.selected[i]) };
}

export type SentenceStep = {
  step: FunnelStep;
  /** The type of the best-scored candidate at the step where the sentence was lost after the gates. */
  bestType?: string;
  /** Lost at the gates: the (gate, reason) pairs of the candidate that fails the fewest gates. */
  fewest?: [string, string][];
  /** No candidate: the refusal of the sentence's best-scored span and that span's blank. */
  refusal?: string;
  blank?: string;
};

export function sentenceStep(f: ChapterFunnel, id: number): SentenceStep {
  const of = (rs: Ranked[]) => rs.filter((r) => r.c.sentence === id);
  const best = (rs: Ranked[]) => [...rs].sort((p, q) => q.p - p.p)[0].c.type;
  if (of(f.shown).length) return { step: "shown" };
  for (const [step, list] of [["lost at floors", f.s.selected], ["lost at learned cut", f.noCut], ["lost at selection", f.s.ranked]] as const) {
    if (of(list).length) return { step, bestType: best(of(list)) };
  }
  const cands = f.all.filter((c) => c.sentence === id);
  if (!cands.length) {
    const top = topSpanCloze(f.s.a, id);
    return { step: "no candidate", refusal: spanRefusal(f.s.a, id), blank: top ? top.cand.back : undefined };
  }
  return { step: "lost at gates", fewest: cands.map((c) => failingGateReasons(c, f.s.a)).sort((p, q) => p.length - q.length)[0] };
}

/** A gate's reason with its quoted or bracketed specifics elided, so reasons pool across sentences. */
export const elideReason = (reason: string, max = 60) => reason.replace(/\s*\(.*\)|".*"|“.*”/g, "…").slice(0, max);

/** "only <gate>: <reason>" when one gate stands in the way, else "several: <gates>". */
export function gatesWhy(fewest: [string, string][]): string {
  if (fewest.length === 1) return `only ${fewest[0][0]}: ${elideReason(fewest[0][1])}`;
  return fewest.length ? `several: ${fewest.map(([n]) => n).join("+")}` : "?";
}
