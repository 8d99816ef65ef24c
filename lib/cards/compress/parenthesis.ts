// A bracketed aside, "( … )" or a pair of dashes, inside a sentence: a synonym, an example or a
// comment the claim does not need ("a rigid body (a frame of reference) is …"). The text around it
// is a sentence without it, so leaving it out keeps the claim and shortens the card. A bracket
// that opens the sentence or holds all of it is not an aside.
import type { Compressor, Cut } from "./types";
import { completeClause } from "./clause-check";

const DASH = /^(?:—|–|--)$/;
// An aside that limits or qualifies the claim, even with a noun in it ("(at least in dry years)",
// "— except in the north —", "(or so it was said)"): leaving it out would overstate the claim.
const HEDGE = /^(?:at (?:least|most)|in (?:part|some|most|general|many)|perhaps|probably|possibly|however|if|unless|except|excepting|save|but|not|only|chiefly|mainly|mostly|partly|largely|generally|usually|often|sometimes|always|never|as|when|while|though|although|or|and|so|it is said|they say)\b/i;

export const parenthesis: Compressor = (s) => {
  const out: Cut[] = [];
  const ts = s.tokens;
  for (let i = 1; i < ts.length; i++) {
    const open = ts[i].text;
    if (open !== "(" && !DASH.test(open)) continue;
    const j = ts.findIndex((t, k) => k > i && (open === "(" ? t.text === ")" : DASH.test(t.text) || /^[;:]$/.test(t.text)));
    if (j < 0 || (open !== "(" && !DASH.test(ts[j].text))) continue;
    // From the space before the bracket to its close: "body (a frame) is" → "body is".
    const start = ts[i - 1].end, end = ts[j].end;
    const kept = ts.filter((t) => t.end <= start || t.start >= end);
    // A hedge ("(however imperfectly)", "— at least in part —") qualifies the claim: only an aside
    // with a noun, name or number of its own (a synonym, an example, a date) is left out.
    const inner = ts.slice(i + 1, j);
    if (j - i < 2 || HEDGE.test(s.text.slice(inner[0].start, inner[inner.length - 1].end)) || !inner.some((t) => /^(?:NOUN|PROPN|NUM)$/.test(t.pos)) || !completeClause(kept)) { i = j; continue; }
    out.push({ op: "parenthesis", start, end });
    i = j;
  }
  return out;
};
