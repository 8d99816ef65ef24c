// Questions a template built from a sentence it could not parse. The shapes that recur:
// - a subordinator where the subject should be ("What does if a guild falls consist of?");
// - the verb's number clashing with its subject ("What are a proposal which … is the result of?");
// - a second main clause carried into the question ("Who read the letter, he tore it up, and
//   left?", "What does the old rule keep, and in time the rule changes its meaning?");
// - a relative clause left behind by its antecedent, which became the answer ("What does the
//   tide give to which each basin can fill?" of "… gives the limit to which each basin can fill").
import type { AnalysedSentence, Token } from "../analyse";
import { tenseOf } from "../analyse/tense";
import { tokensWithin } from "./types";

const OPENS_ON_SUBORDINATOR = /^(?:What|Who|Whom|How|Why|When|Where|Which) (?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|may|might|must|should|shall) (?:if|when|although|though|because|since|unless|while|whether|as|that|which|who|whom|whose)\b/;
const NUMBER_CLASH = /^(?:What|Who|Which) (?:(?:are|were) (?:a|an|one|every|each|this|that)|(?:is|was) (?:some|these|those|many|several|both|few))\b/;
// (A colon or semicolon joins too: "Who defends the council: it was acting under the war powers?")
const JOINS = /[,:;]\s+(?:(?:and|but|or|yet|so|then)\s+)?/;
const SUBORDINATE_START = /^(?:(?:to|in|of|by|for|from|on|at|with|under|upon|through|into|during|after|before|without) (?:which|whom|whose)|which|who|whom|whose|that|when|where|if|as|because|although|though|while|since|until|till|unless|whereas|whether|how|what|why|than|so that|in order)\b/i;
const NOMINATIVE = /^(?:he|she|they|we|i|it|one)$/;
const RELATIVE_AFTER_ANSWER = /\b((?:to|in|of|by|for|from|on|at|with|under|upon|through|into) (?:which|whom))\b/i;

/** A subject (a nominative pronoun, a name, or a determiner and its noun) straight before a finite verb. */
function startsClause(ts: Token[]): boolean {
  for (let i = 0; i < ts.length; i++) {
    const v = ts[i];
    if ((v.pos !== "VERB" && v.pos !== "AUX") || tenseOf(v) === "other") continue;
    let j = i - 1;
    while (j >= 0 && ts[j].pos === "ADV") j--;
    const subj = ts[j];
    if (!subj) continue;
    if (subj.pos === "PRON" && NOMINATIVE.test(subj.lower)) return true;
    if (subj.pos === "NOUN" || subj.pos === "PROPN") {
      let k = j;
      while (k > 0 && /^(?:ADJ|NOUN|PROPN)$/.test(ts[k - 1].pos)) k--;
      if (ts[k - 1]?.pos === "DET" || subj.pos === "PROPN") return true;
    }
  }
  return false;
}

/** Why a question's wording shows a broken parse, or null. */
export function brokenQuestion(front: string, back: string, s: Pick<AnalysedSentence, "text" | "tokens">): string | null {
  if (OPENS_ON_SUBORDINATOR.test(front)) return "a subordinator where the subject should be";
  if (NUMBER_CLASH.test(front)) return "the verb's number clashes with its subject";
  const parts = front.replace(/\?$/, "").split(JOINS);
  for (const part of parts.slice(1)) {
    if (SUBORDINATE_START.test(part)) continue;
    if (startsClause(tokensWithin(s, part) ?? [])) return "a second main clause inside the question";
  }
  const rel = RELATIVE_AFTER_ANSWER.exec(front);
  if (rel && s.text.toLowerCase().includes(`${back.toLowerCase()} ${rel[1].toLowerCase()}`)) return "a relative clause whose antecedent is the answer";
  return null;
}
