// The compression ops by name, and every cut they find in a sentence.
import type { AnalysedSentence } from "../analyse/types";
import type { CutOp, Compressor, Cut } from "./types";
import { lead } from "./lead";
import { parenthesis } from "./parenthesis";
import { relative } from "./relative";
import { trailing } from "./trailing";
import { concession } from "./concession";

export const COMPRESSORS: Record<CutOp, Compressor> = { lead, parenthesis, relative, trailing, concession };

/** Every cut the ops find, earliest first, none overlapping another. */
export function cutsOf(s: Pick<AnalysedSentence, "text" | "tokens">, ops: CutOp[]): Cut[] {
  const out: Cut[] = [];
  for (const op of ops) for (const c of COMPRESSORS[op](s)) if (!out.some((o) => c.start < o.end && o.start < c.end)) out.push(c);
  return out.sort((x, y) => x.start - y.start);
}

