// A non-restrictive relative clause (set off by a comma): "The abbot, who had ruled for ten years,
// died in 1190." → "The abbot died in 1190."; "The mill burned down, which ruined the town." →
// "The mill burned down." The comma marks a side detail about something already identified: the
// main clause asserts the same without it. Two shapes only: one between commas right before the
// main verb (the subject's aside), and one that runs to the end of the sentence.
import type { Token } from "../analyse/types";
import type { Compressor, Cut } from "./types";
import { balanced, completeClause, lastClauseWhole } from "./clause-check";
import { hasFiniteVerb } from "../gates/cut-clause";

const RELATIVE = /^(?:which|who|whom|whose|where)$/;
const BREAK = /^(?:;|:|—|–|--)$/;
const END = /^[.!?"”’)]+$/;
// A relative after a quantified or pronoun subject restricts it even between commas, as older
// prose writes it ("Every being, which produces many seeds, must …"): leaving it out changes the claim.
const QUANTIFIED = /^(?:every|each|all|any|no|none|those|these|they|he|she|such|some|many|most|few|whoever|whatever)$/;

/** The index of the relative word after the comma at `i` (", which", ", of whom"), or -1. */
function relativeAfter(ts: Token[], i: number): number {
  if (RELATIVE.test(ts[i + 1]?.lower ?? "")) return i + 1;
  if (ts[i + 1]?.pos === "ADP" && /^(?:which|whom)$/.test(ts[i + 2]?.lower ?? "")) return i + 2;
  return -1;
}

export const relative: Compressor = (s) => {
  const ts = s.tokens;
  const out: Cut[] = [];
  let last = ts.length;
  while (last > 0 && END.test(ts[last - 1].text)) last--;
  for (let i = 2; i < last; i++) {
    if (ts[i].text !== "," || relativeAfter(ts, i) < 0) continue;
    const close = ts.findIndex((t, k) => k > i + 1 && k < last && (t.text === "," || BREAK.test(t.text)));
    const keep = (start: number, end: number) => ts.filter((t) => t.end <= start || t.start >= end);
    if (close < 0) {
      // To the end of the sentence: nothing after the aside to lose.
      const aside = ts.slice(i + 1, last);
      const start = ts[i].start, end = ts[last - 1].end;
      // "…, where E is a constant": a symbol defined after a formula is no side detail.
      const symbol = ts[i + 1].lower === "where" && /^\p{Lu}$|^\p{Ll}$/u.test(ts[i + 2]?.text ?? "");
      if (!symbol && hasFiniteVerb(aside) && lastClauseWhole(keep(start, end)) && balanced(s.text.slice(start, end)) && completeClause(keep(start, end))) out.push({ op: "relative", start, end });
      break;
    }
    // Between commas, and the main verb follows ("X, who …, became Y").
    const next = ts[close + 1];
    const verbNext = next && ts[close].text === "," && (next.pos === "AUX" || (next.pos === "VERB" && !/ing$/.test(next.lower)) || (next.pos === "ADV" && /^(?:VERB|AUX)$/.test(ts[close + 2]?.pos ?? "")));
    const aside = ts.slice(i + 1, close);
    const start = ts[i].start, end = ts[close].end;
    // The comma must open the aside, not close an earlier one ("Dr. Vance, a clerk, who …, was"):
    // no comma between the clause's start and it; and the subject is not quantified.
    const from = ts.findLastIndex((t, k) => k < i && BREAK.test(t.text)) + 1;
    const opensAside = !ts.slice(from, i).some((t) => t.text === ",") && !QUANTIFIED.test(ts[from]?.lower ?? "");
    if (verbNext && opensAside && hasFiniteVerb(aside) && balanced(s.text.slice(start, end)) && completeClause(keep(start, end))) {
      out.push({ op: "relative", start, end });
      i = close;
    }
  }
  return out;
};
