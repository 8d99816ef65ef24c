// A thesis that reduces one thing to another (session 17): "X is but Y", "X is merely / only / simply
// Y", "X is nothing but / nothing more than / no more than Y", Y a noun phrase ("a toll is merely a
// tax on the trade of strangers"). The author's claim is that X amounts to Y and no more, so Y is the
// point a card asks for. The clause is found inside a sentence
// of any length (from the last ";" / ":" or a linking "for" / "because" / "that" before the subject)
// and runs to the end of Y (its next comma or the clause's end); ./card judges whether it stands and
// blanks its point. Behind CONSEQUENCE_ON (./switch.ts), with the session's other argument shapes.
import type { AnalysedSentence } from "../analyse";
import { clauseEnd, clauseStart, LEAD, type Found } from "./find";

// After a form of "be": the words that say "no more than". Lower-case token texts.
const REDUCING: string[][] = [["but"], ["merely"], ["only"], ["simply"], ["nothing", "but"], ["nothing", "more", "than"], ["no", "more", "than"], ["nothing", "else", "than"], ["nothing", "else", "but"]];
const LINK = /^(?:for|because|since|that|as)$/;

/** "X is but a Y": the clause, with Y's noun phrase as its point. */
export function reductions(s: AnalysedSentence): Found[] {
  const t = s.tokens;
  const out: Found[] = [];
  for (let k = 1; k < t.length - 3; k++) {
    // The present only: a thesis is general ("X is but Y"); "the first decade was merely …" tells a story.
    if (!/^(?:is|are)$/.test(t[k].lower) || t[k + 1]?.lower === "not") continue;
    // "There is only a modicum of truth", "it is but a mode of …": no subject is reduced.
    if (/^(?:there|it|this|that)$/.test(t[k - 1].lower)) continue;
    const m = REDUCING.find((w) => w.every((x, j) => t[k + 1 + j]?.lower === x));
    if (!m) continue;
    const det = k + 1 + m.length;
    // Y is a noun phrase: an article opens it ("is only a matter of degree", not "is only when …").
    if (!/^(?:a|an|the)$/.test(t[det]?.lower ?? "")) continue;
    let from = clauseStart(t, k);
    while (from < k && (LEAD.has(t[from].lower) || t[from].text === ",")) from++;
    // "…, for philosophy is merely the attempt …": the claim is the clause after the link.
    // (After a break only: a sentence's first "For" is as often the preposition, "For many a year …".)
    const link = t.findLastIndex((x, j) => j > from && j < k && LINK.test(x.lower) && /^[,;:—–]$/.test(t[j - 1].text));
    if (link >= 0) from = link + 1;
    let to = det + 1;
    while (to < t.length && !/^[,;:.!?—–(]$/.test(t[to].text)) to++;
    to = Math.min(to, clauseEnd(t, det));
    if (to - det < 2 || k - from < 1) continue;
    out.push({ from, to, shape: "conclusion", point: [det, to] });
    k = to;
  }
  return out;
}
