// A thesis that reduces one thing to another (session 17): "X is but Y", "X is merely / only / simply
// Y", "X is nothing but / nothing more than / no more than Y", Y a noun phrase ("a toll is merely a
// tax on the trade of strangers"). The author's claim is that X amounts to Y and no more, so Y is the
// point a card asks for. The clause is found inside a sentence
// of any length (from the last ";" / ":" or a linking "for" / "because" / "since" / "that" before the subject)
// and runs to the end of Y (its next comma or the clause's end); ./card judges whether it stands and
// blanks its point. Behind CONSEQUENCE_ON (./switch.ts), with the session's other argument shapes.
import type { AnalysedSentence, Token } from "../analyse";
import { claimStart, clauseEnd, finiteAfterSubject, type Found } from "./find";

// After a form of "be": the words that say "no more than". Lower-case token texts.
const REDUCING: string[][] = [["but"], ["merely"], ["only"], ["simply"], ["nothing", "but"], ["nothing", "more", "than"], ["no", "more", "than"], ["nothing", "else", "than"], ["nothing", "else", "but"]];
// Links after which the reduced subject opens its own clause. Not "as": after a comma it opens an
// aside as often ("The harbour toll, as a rule, is merely a tax …").
const LINK = /^(?:for|because|since|that)$/;
// "only" and "but" also measure: "is only a short walk from the square", "is but a foot higher than
// the quay", "is no more than a mile wide". A head that is a measure or an amount is a distance, a
// time or a share, not what X amounts to. Lemmas.
const MEASURE = new Set(("walk ride drive sail journey step pace foot inch yard mile league fathom furlong rod acre " +
  "metre meter kilometre kilometer hour minute second day week month year century moment while " +
  "degree fraction part half third quarter tenth share handful few little trifle percent cent").split(" "));

/** The end of the noun phrase's body that opens at `from` (its adjectives and nouns), as ./card blanks its head. */
function bodyEndAt(t: readonly Token[], from: number): number {
  let end = from;
  while (end < t.length && /^(?:ADJ|NOUN)$/.test(t[end].pos)) end++;
  return end;
}

/** "X is but a Y": the clause, with Y's noun phrase as its point. */
export function reductions(s: AnalysedSentence): Found[] {
  const t = s.tokens;
  const out: Found[] = [];
  for (let k = 1; k < t.length - 3; k++) {
    // The present only: a thesis is general ("X is but Y"); "the old bridge was merely …" tells a story.
    if (!/^(?:is|are)$/.test(t[k].lower) || t[k + 1]?.lower === "not") continue;
    // "There is only a little grain left", "it is but a part of …": no subject is reduced.
    if (/^(?:there|it|this|that)$/.test(t[k - 1].lower)) continue;
    const m = REDUCING.find((w) => w.every((x, j) => t[k + 1 + j]?.lower === x));
    if (!m) continue;
    const det = k + 1 + m.length;
    // Y is a noun phrase: an article opens it ("is only a tax on …", not "is only when …").
    if (!/^(?:a|an|the)$/.test(t[det]?.lower ?? "")) continue;
    // A measure, or a phrase that measures against something else ("a short walk from", "a foot higher than").
    const body = bodyEndAt(t, det + 1);
    if (body > det + 1 && (MEASURE.has(t[body - 1].lemma) || MEASURE.has(t[body - 1].lower))) continue;
    if (/^(?:than|from)$/.test(t[body]?.lower ?? "")) continue;
    let from = claimStart(t, k);
    // "…, for a toll is merely the price of …": the claim is the clause after the link, when a subject
    // and its verb follow the link (not an aside between commas).
    // (After a break only: a sentence's first "For" is as often the preposition, "For many a year …".)
    const link = t.findLastIndex((x, j) => j > from && j < k && LINK.test(x.lower) && /^[,;:—–]$/.test(t[j - 1].text) && finiteAfterSubject(t, j + 1, k + 1));
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
