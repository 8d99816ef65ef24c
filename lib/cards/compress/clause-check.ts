// Whether what is left after a cut still reads as a sentence: enough words, a finite verb, and no
// dangling start (a verb, a relative word or a subordinator first).
import { HAS_LETTER } from "@/lib/cards/letters";
import type { Token } from "../analyse/types";
import { hasFiniteVerb } from "../gates/cut-clause";

const MIN_WORDS = 5;
const DANGLING = /^(?:which|who|whom|whose|that|if|when|because|as|although|though|since|unless|whereas|while|where|than|and|or|nor|but|to)$/;

export function completeClause(ts: Token[]): boolean {
  const words = ts.filter((t) => HAS_LETTER.test(t.text));
  if (words.length < MIN_WORDS || !hasFiniteVerb(ts)) return false;
  const first = words[0];
  return !DANGLING.test(first.lower) && first.pos !== "VERB" && first.pos !== "AUX";
}

/** Quotes and brackets balanced inside [a, b): a cut through a quotation would garble it. */
export function balanced(text: string): boolean {
  return (text.match(/["“”]/g) ?? []).length % 2 === 0 && (text.match(/\(/g) ?? []).length === (text.match(/\)/g) ?? []).length;
}

const BOUNDARY = /^(?:;|:|—|–|--)$/;
/** The last clause of `ts` (after a semicolon, a colon, a dash or ", and/but/while") has a finite verb of
 * its own: a cut at the end must not leave that clause's subject hanging ("…, and the ships of X."). */
export function lastClauseWhole(ts: Token[]): boolean {
  const k = ts.findLastIndex((t, i) => BOUNDARY.test(t.text) || (t.text === "," && /^(?:and|but|while|whilst|yet)$/.test(ts[i + 1]?.lower ?? "")));
  return hasFiniteVerb(k < 0 ? ts : ts.slice(k + 1));
}
