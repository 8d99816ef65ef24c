// A card must show a whole statement: a clause cut from its sentence that has no main clause of its
// own is no fact ("No matter how much one may own." without the "… one is no better for it" it
// leads to). Three shapes recur across books:
// - a subordinate clause alone: it opens on a subordinator and nothing after a comma completes it;
// - an absolute or participial clause alone ("The rents being paid to the crown."): no finite verb;
// - a "that if …" complement with no consequence ("Vance reckoned that if each lamp burned a pint.").
import type { AnalysedSentence, Token } from "../analyse";
import { tenseOf } from "../analyse/tense";
import { tokensWithin } from "./types";

const SUBORDINATE_OPENING = /^(?:No matter (?:how|what|who|whom|where|when|whether)|Whether|Although|Though|Even (?:if|though|when)|If|Unless|Because|Since|Whereas|Inasmuch as|Insomuch as|As soon as|As long as|So long as|In case)\b/;
const OPEN_CONDITION = /\bthat (?:if|when|whenever|unless|although|though|because|as soon as)\b([^,;:]*)[.!?]?$/;
// "… it is 'ten times nature,'.": the clause was cut after a comma.
const ENDS_ON_COMMA = /[,;:]['’"”)]?\s*[.!?]$/;
// A verb straight after these is a participle, not the clause's finite verb ("being referred").
const NON_FINITE_BEFORE = /^(?:being|having|been|to)$/;

/** The tokens of `text` within the sentence (a clause cut from it, perhaps capitalised), or all of them. */
function tokensOf(s: Pick<AnalysedSentence, "text" | "tokens">, text: string): Token[] {
  const body = text.replace(/[.!?]+['’"”]?\s*$/, "").trim();
  return (body ? tokensWithin(s, body) : null) ?? s.tokens;
}

/** Finite verbs: verbs or auxiliaries in the present or past tense or modals, not participles. */
function finiteVerbs(ts: Token[]): number {
  return ts.filter((t, i) => {
    if (t.pos !== "VERB" && t.pos !== "AUX") return false;
    if (NON_FINITE_BEFORE.test(ts[i - 1]?.lower ?? "")) return false;
    // "not being", "never having": the negated participle is still a participle.
    if (/^(?:not|never)$/.test(ts[i - 1]?.lower ?? "") && NON_FINITE_BEFORE.test(ts[i - 2]?.lower ?? "")) return false;
    return tenseOf(t) !== "other";
  }).length;
}

export const hasFiniteVerb = (ts: Token[]) => finiteVerbs(ts) > 0;

/** Why the statement a card shows is a cut clause, or null. `text`: the card's shown statement. */
export function cutClause(s: Pick<AnalysedSentence, "text" | "tokens">, text: string): string | null {
  const shown = text.trim();
  if (ENDS_ON_COMMA.test(shown)) return "ends where a clause was cut";
  if (SUBORDINATE_OPENING.test(shown) && !/[,;:—–]/.test(shown.replace(/[.!?]+$/, ""))) return "a subordinate clause without its main clause";
  // The condition's own verb and nothing after it: "they might be made …" would be the consequence.
  const cond = OPEN_CONDITION.exec(shown);
  if (cond && finiteVerbs(tokensOf(s, cond[1].trim())) <= 1) return "a condition without its consequence";
  // A whole sentence with no verb tagged at all is the fragment gate's (the tagger may have missed
  // it: "lit" as a noun); a clause cut from a longer sentence, or a participle alone, is this one's.
  const ts = tokensOf(s, shown);
  const bare = (x: string) => x.replace(/[.!?]+['’"”]?\s*$/, "").trim().toLowerCase();
  const whole = bare(shown) === bare(s.text);
  if (!hasFiniteVerb(ts) && (!whole || ts.some((t) => t.pos === "VERB" || t.pos === "AUX"))) return "no finite verb: an absolute or participial clause";
  return null;
}
