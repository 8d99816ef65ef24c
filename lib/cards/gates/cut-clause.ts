// A card must show a whole statement: a clause cut from its sentence that has no main clause of its
// own is no fact ("No matter how much one may own." without the "… one is no better for it" it
// leads to). Three shapes recur across books:
// - a subordinate clause alone: it opens on a subordinator and nothing after a comma completes it;
// - an absolute or participial clause alone ("The rents being paid to the crown."): no finite verb;
// - a "that if …" complement with no consequence ("Vance reckoned that if each lamp burned a pint.").
import type { AnalysedSentence, Token } from "../analyse";
import { tenseOf } from "../analyse/tense";
import { tokensWithin } from "./types";
import { envSwitch, processEnv } from "../switch";

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

// The first half of a sentence that concedes or denies before the claim that matters: "Poetry may be
// wild, but it presupposes a metre", "The charter has doubtless been harsh; …", "The harbour is not
// idle; it is far too busy". Cut there, the card teaches the concession or the denial and drops the
// point (strict raters, four books). Only when the sentence goes on past a clause break.
// Off by default: on its development books it removed 8 rejects and 1 edit, but on its check set it
// let one more rejected card in and took none out (session 17). `LECTERN_CONCESSION=1` turns it on.
export const CONCESSION_GATE = { on: envSwitch(processEnv(), "LECTERN_CONCESSION") };
// "indeed" mostly strengthens a claim rather than concedes it; "no doubt" and "it is true" concede
// only when a "but"/"yet" follows ("no doubt the quay is old" may be the claim itself) (fixg).
const CONCESSIVE_ADVERB = /\b(?:doubtless|of course|to be sure|admittedly)\b/i;
const CONCESSIVE_IF_CONTRAST = /\b(?:no doubt|it is true)\b/i;
const CONCEDING_MODAL = /\b(?:may|might)\s+(?:\p{Ll}+ly\s+)?be\b/u;
const GOES_ON = /^\s*[,;:—–]/;
const CONTRAST_NEXT = /^\s*[,;:—–]\s*(?:but|yet)\b/i;
const NEGATED_BLANK = /^(?:not|never|no longer)\b/i;

/**
 * Why a cloze shows only the conceding or denying half of its sentence, or null. `text`: the
 * statement shown; `blank`: the blank's words.
 */
export function concededHalf(sentence: string, text: string, blank: string): string | null {
  if (!CONCESSION_GATE.on) return null;
  const body = text.replace(/[.!?]+['’"”]?\s*$/, "").trim();
  const at = body ? sentence.toLowerCase().indexOf(body.toLowerCase()) : -1;
  if (at < 0) return null;
  const rest = sentence.slice(at + body.length);
  if (!GOES_ON.test(rest) || !/\p{L}/u.test(rest)) return null;
  if (CONCESSIVE_ADVERB.test(body)) return "a concession cut from the claim it yields to";
  if (CONCESSIVE_IF_CONTRAST.test(body) && CONTRAST_NEXT.test(rest)) return "a concession cut from the claim it yields to";
  if (CONCEDING_MODAL.test(body) && CONTRAST_NEXT.test(rest)) return "a concession cut from the claim it yields to";
  if (NEGATED_BLANK.test(blank.trim()) && /^\s*[;:—–]/.test(rest)) return "a denial cut from the claim that corrects it";
  return null;
}

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
