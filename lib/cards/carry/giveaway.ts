// A card whose answer the carried words give away ("In Vance's sonata in D minor, the finale is {{in
// D minor}}") tests the repair, not the source: the standalone gate drops it. The context line's
// give-away test (a shared word or a shared five-letter stem), on the words this op wrote in.
import type { AnalysedSentence } from "../analyse/types";
import { givesAway } from "../context-line/line";
import { insertedBy } from "../decontext/offsets";

export function carryGivesAway(s: Pick<AnalysedSentence, "text" | "context">, answer: string): boolean {
  return insertedBy(s, ["carry"]).some((i) => givesAway(s.text.slice(i.start, i.end).replace(/^In |, $/g, ""), answer));
}
