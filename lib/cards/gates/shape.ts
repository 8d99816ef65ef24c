// Well-formed: both sides present, a question ends with "?", a short enough answer, balanced
// brackets and quotes, and the answer not already given away by the question.
import type { Gate } from "./types";

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;
const content = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];

// Question templates that came out broken: a question word left inside the body ("Why are what
// things…?"), a preposition or conjunction where the subject should be ("What does with a number…?"),
// a question ending on a word that needs something after it ("…than?", "…if turned upside down?").
const AUX = "do|does|did|is|are|was|were|has|have|had|will|would|may|might|can|could|must|should|shall";
const NO_SUBJECT = new RegExp(`^(?:What|How|Why|When|Where|Who)\\s+(?:${AUX})\\s+(?:with|in|on|at|of|by|for|to|from|and|but|or|as|if|than|that|what|which|there)\\b`, "i");
const WH_INSIDE = /^\S+\s.*\b(?:what|which of)\b/;
// ("…lead to?", "…known for?" end well on a preposition, so prepositions are not in this list.)
const DANGLING = /\b(?:than|that|if|as|the|a|an|and|or|but|whether)\?$/i;

// An adverb where the subject should be ("What did first call …?"); after "Who" it is fine ("Who was also …?").
const ADVERB_SUBJECT = new RegExp(`^(?:What|How|Why|When|Where)\\s+(?:${AUX})\\s+(?:first|also|then|thus|once|still|never|always|only|even|thereby|therefore)\\b`, "i");
// A second clause folded into the question ("What did the board replace, which …, and formed the
// staff of …?"): a question asks one thing ("…, and when?" is one question about one event).
const SECOND_CLAUSE = /,\s+(?:and|but)\s+\S+\s+\S+\s+\S+/i;
// "Why is one that of supposing?": a verb of thinking or saying whose clause was taken for the answer.
const CLAUSE_TAKEN = /\b(?:suppos|think|believ|assum|imagin|conclud|argu|say|maintain|assert|declar|hold)ing\?$/i;
// "seem to under a different rule": the infinitive's verb was taken for the answer.
const VERB_TAKEN = /\bto (?:under|into|upon|beneath|among|across|against|towards?)\b/i;
// "built merely to in ruins": after "merely/only/in order to" comes an infinitive, so a preposition
// or article there means its verb became the answer ("What did they turn to in need?" is fine).
// ("only to the nobles" is a phrase of its own, so after "only/merely" only a preposition counts.)
const INFINITIVE_TAKEN = /\b(?:(?:merely|only|simply)\s+to\s+(?:in|on|at|by|with|from|of|for|into)|(?:in order|so as)\s+to\s+(?:in|on|at|by|with|from|of|for|into|the|a|an))\b/i;
// "What did all of which seem …?": the subject is a relative pronoun, left from a relative clause.
const RELATIVE_SUBJECT = new RegExp(`^(?:What|How|Why|When|Where|Who)\\s+(?:${AUX})\\s+(?:all|some|each|many|most|none|both|one|either|neither|any|several|few|much)\\s+of\\s+(?:which|whom|whose)\\b`, "i");
// "… immutable as, nor is it …": a comparison whose term became the answer.
const COMPARISON_LEFT = /(?<!\bsuch )\b(?:as|than)\s*[,;]/i;

export function brokenQuestion(front: string): string | null {
  if (NO_SUBJECT.test(front)) return "no subject after the question word";
  if (ADVERB_SUBJECT.test(front)) return "an adverb where the subject should be";
  // The consequence template's own lead ("X. What followed from this?") is no part of the question.
  const asked = front.replace(/^.*\.\s+(?=What followed from this\?$)/, "");
  // "not A, but B" is one claim by contrast, not a second clause.
  if (SECOND_CLAUSE.test(asked.replace(/\bnot\b([^,]*),\s+but\b/gi, "not$1 but"))) return "a second clause folded into the question";
  if (VERB_TAKEN.test(front) || INFINITIVE_TAKEN.test(front)) return "the verb was taken out of the question";
  if (RELATIVE_SUBJECT.test(front)) return "a relative pronoun for a subject";
  if (COMPARISON_LEFT.test(front)) return "a comparison with its term taken out";
  // A question asks one thing: a semicolon joins a second clause ("Why is X unready; but Y is slow?").
  if (asked.includes(";")) return "a second clause after a semicolon";
  if (CLAUSE_TAKEN.test(front)) return "the clause of a verb of thinking was taken out of the question";
  // "not only" promises a "but also" the question cut off.
  if (/\bnot only\b/i.test(front) && !/\bbut\b/i.test(front)) return "'not only' with no 'but'";
  if (WH_INSIDE.test(front)) return "question word inside the question";
  if (DANGLING.test(front)) return "question ends on a word that needs more";
  return null;
}

/**
 * Answers a template cut out of a sentence it misread: a reason that interrupts a "that" clause
 * ("concludes, because X, that Y" → "Because X, that Y"), "is to be classed as" read as the copula
 * ("To be classed as …"), an inverted verb left at the head ("Hence results a class" → "Results a class").
 */
export function brokenAnswer(back: string): string | null {
  if (/^Because\b[^,]*,\s+that\b(?!\s+is\b)/.test(back)) return "the reason interrupts a clause the answer runs on into";
  if (/^To be \p{Ll}+(?:ed|en|wn)\s+as\b/u.test(back)) return "'is to be … as' read as the copula";
  if (/^(?:Results|Follows|Arises|Springs|Ensues)\s+(?:a|an|the)\b/.test(back)) return "an inverted verb at the head of the answer";
  return null;
}

export const shape: Gate = (c) => {
  if (!c.front.trim() || !c.back.trim()) return "empty side";
  if (words(c.back) > (c.type === "gist" ? 50 : 40)) return "answer too long";
  if (words(c.front) > 70) return "question too long";
  if (c.kind === "qa" && !c.front.endsWith("?")) return "question without ?";
  // A cloze of a question ("What is {{Socialism}}?") asks nothing the sentence answers.
  if (c.kind === "cloze" && /\?["”’)]?\s*$/.test(c.front)) return "cloze of a question";
  if (c.kind === "qa" && c.type !== "gist") {
    const broken = brokenQuestion(c.front) ?? brokenAnswer(c.back);
    if (broken) return broken;
  }
  for (const [o, e] of [["(", ")"], ["[", "]"]]) if (c.front.split(o).length !== c.front.split(e).length || c.back.split(o).length !== c.back.split(e).length) return "unbalanced brackets";
  if ((c.front.match(/"/g) ?? []).length % 2 || (c.back.match(/"/g) ?? []).length % 2) return "unbalanced quotes";
  if ((c.front.match(/“/g) ?? []).length !== (c.front.match(/”/g) ?? []).length) return "unbalanced quotes";
  if (c.kind === "qa") {
    const q = new Set(content(c.front));
    const ans = content(c.back);
    if (ans.length && ans.every((t) => q.has(t))) return "answer in question";
  }
  return null;
};
