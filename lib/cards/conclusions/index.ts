// Cards on a chapter's argument (session 14): the conclusions an author signposts inside a
// sentence ("…; wherefore P", "it follows that P", "we conclude that P", "the answer is that P") and
// the views an author corrects by contrast ("X is not A, but B"), each as a card that stands alone:
// the clause only (long periodic sentences are where arguments are lost: the whole sentence is too long
// for a card), said as the author's claim ("According to <author>, …", GenerateOptions.author) with a
// blank on its point, or as "Why C?" → "Because P" when the premise is in the same sentence. One card
// per sentence at most, the first that passes every gate. Behind CONCLUSIONS_ON (./switch.ts).
import type { Analysis } from "../analyse";
import type { Candidate } from "../candidates/types";
import { gateRemembered } from "../gates";
import { paragraphsOf } from "../claims";
import { conclusions, contrasts, preferences, reasons } from "./find";
import { attribution, foundCards } from "./card";
import { CONCLUSIONS_ON } from "./switch";

export { conclusions, contrasts, preferences, reasons, type Found } from "./find";
export { attribution, clauseRefusal, standingClause, foundCards, PREFERENCE_MAX, CONTRAST_MAX } from "./card";
export { CONCLUSIONS_ON, conclusionsSwitch } from "./switch";

export function conclusionCandidates(a: Analysis, author: string | undefined, on = CONCLUSIONS_ON): Candidate[] {
  if (!on) return [];
  const who = attribution(author);
  const out: Candidate[] = [];
  for (const paragraph of paragraphsOf(a)) {
    for (const s of paragraph) {
      for (const f of [...conclusions(s), ...contrasts(s), ...preferences(s), ...reasons(s)]) {
        // "I say that P" is the author's thesis only when the card can name the author instead of "I".
        if (f.authorial && !who) continue;
        const card = foundCards(s, f, paragraph, a, who).find((c) => !gateRemembered(c, a));
        if (card) { out.push(card); break; }
      }
    }
  }
  return out;
}
