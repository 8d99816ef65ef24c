// A bracketed aside, "( … )" or a pair of dashes, inside a sentence: a synonym, an example or a
// comment the claim does not need ("a rigid body (a frame of reference) is …"). The text around it
// is a sentence without it, so leaving it out keeps the claim and shortens the card. A bracket
// that opens the sentence or holds all of it is not an aside, nor is a bracket of a formula
// ("(CH3)4NCl", "Zn(CN)2", "(CO2)", "(3 + 4)"): cut, it left "…,4NCl" in a list of salts.
import type { Compressor, Cut } from "./types";
import { completeClause } from "./clause-check";

const DASH = /^(?:—|–|--)$/;
// An aside that limits or qualifies the claim, even with a noun in it ("(at least in dry years)",
// "— except in the north —", "(or so it was said)"): leaving it out would overstate the claim.
const HEDGE = /^(?:at (?:least|most)|in (?:part|some|most|general|many)|perhaps|probably|possibly|however|if|unless|except|excepting|save|but|not|only|chiefly|mainly|mostly|partly|largely|generally|usually|often|sometimes|always|never|as|when|while|though|although|or|and|so|it is said|they say)\b/i;

// A formula's bracket is no aside: a chemical group with a count ("(CO2)", "(CH3)") or a sum ("(3 + 4)").
const CHEMICAL = /^(?:\p{Lu}\p{Ll}?\d*)+$/u;
const SUM = /^(?:\d+(?:[.,]\d+)?|\p{L})(?:\s*[-+−×÷*/=]\s*(?:\d+(?:[.,]\d+)?|\p{L}))+$/u;
const formula = (inner: string) => (CHEMICAL.test(inner) && /\d/.test(inner)) || SUM.test(inner);
// A bracket set against a letter or digit outside it is part of a word ("Zn(CN)2", "(CH3)4NCl").
const glued = (text: string, open: number, close: number) => /[\p{L}\d]/u.test(text[open - 1] ?? "") || /[\p{L}\d]/u.test(text[close] ?? "");

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
    if (open === "(" && j - i >= 2 && (glued(s.text, ts[i].start, ts[j].end) || formula(s.text.slice(inner[0].start, inner[inner.length - 1].end)))) { i = j; continue; }
    if (j - i < 2 || HEDGE.test(s.text.slice(inner[0].start, inner[inner.length - 1].end)) || !inner.some((t) => /^(?:NOUN|PROPN|NUM)$/.test(t.pos)) || !completeClause(kept)) { i = j; continue; }
    out.push({ op: "parenthesis", start, end });
    i = j;
  }
  return out;
};
