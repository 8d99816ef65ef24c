// An opening concessive or contrastive clause: "Although the harvest failed, the town paid its
// tax." → "The town paid its tax." "Although / though / whereas" assert both clauses, so the main
// clause is true without the other. Conditions and times ("if", "unless", "when", "once") restrict
// when the main clause holds and are never cut; nor is "because"/"since" (the reason is the point
// a why-card asks, and "since" may be a time).
import type { Compressor } from "./types";
import { clauseOf } from "../analyse/clause";
import { completeClause } from "./clause-check";
import { hasFiniteVerb } from "../gates/cut-clause";

const MODAL = /^(?:would|could|might|should|wo|'d)$/;
const CONCESSIVE = /^(?:Although|Though|Even though|Whereas)\s/;

export const concession: Compressor = (s) => {
  if (!CONCESSIVE.test(s.text)) return [];
  const ts = s.tokens;
  // The first comma after which a main clause with its own subject starts.
  for (let k = 2; k < ts.length - 4; k++) {
    if (ts[k].text !== ",") continue;
    if (!hasFiniteVerb(ts.slice(1, k))) continue;
    const rest = ts.slice(k + 1);
    const c = clauseOf(rest, s.text);
    if (!c || c.opening || c.subject.a !== 0 || !completeClause(rest)) continue;
    // "Though there were no X, Y would …": a main clause in the conditional mood leans on the
    // concession as on a condition, and would not be true as a plain statement.
    if (rest.some((t) => MODAL.test(t.lower))) return [];
    return [{ op: "concession", start: 0, end: rest[0].start }];
  }
  return [];
};
