// A participial phrase that closes the sentence after a comma: "The river flooded the valley,
// leaving the farms under water." → "The river flooded the valley." It adds a circumstance; the
// main clause asserts its fact without it. Participles that state a condition or a source
// ("provided …", "supposing …", "according to …") change what the clause claims and are kept.
import type { Compressor } from "./types";
import { balanced, completeClause, lastClauseWhole } from "./clause-check";

const KEEP = /^(?:according|provided|providing|supposing|assuming|granting|granted|considering|excepting|allowing|owing|depending|saving|notwithstanding|regarding|concerning|respecting|touching|following)$/;
const END = /^[.!?"”’)]+$/;
const BREAK = /^(?:;|:|—|–|--)$/;

export const trailing: Compressor = (s) => {
  const ts = s.tokens;
  let last = ts.length;
  while (last > 0 && END.test(ts[last - 1].text)) last--;
  // The last comma of the sentence, and a participle right after it.
  const i = ts.findLastIndex((t, k) => k < last && (t.text === "," || BREAK.test(t.text)));
  if (i < 2 || ts[i].text !== ",") return [];
  const p = ts[i + 1];
  if (!p || p.pos !== "VERB" || KEEP.test(p.lower)) return [];
  const ing = /ing$/.test(p.lower) && !/^(?:being|having)$/.test(p.lower);
  // A past participle only with its agent ("…, driven by hunger"): "…, sailed up the river" is a verb.
  const past = /(?:ed|en|wn|nt)$/.test(p.lower) && ts[i + 2]?.lower === "by";
  if (!ing && !past) return [];
  // A participle in a list of verbs ("…, melting, boiling and burning") is no aside.
  if (ts.slice(i + 2, last).some((t) => t.text === "," && ts[ts.indexOf(t) + 1]?.pos === "VERB")) return [];
  const start = ts[i].start, end = ts[last - 1].end;
  const kept = ts.filter((t) => t.end <= start);
  if (last - i < 3 || !balanced(s.text.slice(start, end)) || !completeClause(kept) || !lastClauseWhole(kept)) return [];
  return [{ op: "trailing", start, end }];
};
