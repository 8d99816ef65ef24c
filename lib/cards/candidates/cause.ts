// Cause and consequence. Within a sentence: "A because / since / as a result of / owing to / in
// order to B" → "Why A?" → B; "X led to / caused / resulted in Y" → "What did X lead to?" → Y and
// "What led to Y?" → X. Across sentences: "As a result, B." after A → "What followed A?" → B.
import type { AnalysedSentence } from "../analyse";
import type { Candidate } from "./types";
import { cap, clean, inverted, sentenceEnd, textOf } from "./phrase";
import { ask, generic, part, presentVerbs } from "./voice";
import { agreeWithWh, infinitiveAfter, negatedReason, REASON_QUALIFIER } from "./english";

const EXTRAPOSED = /^It (?:is|was) (?:\w+ )?(?:true|obvious|clear|plain|evident|certain|undeniable) that /;

const REASON = /^(?:because|since|as a result of|owing to|due to|in order to|so as to|for fear of|on account of)$/;
const LINKS = ["because", "since", "as a result of", "owing to", "due to", "in order to", "so as to", "on account of"];
const CAUSAL_VERBS = new Set(["lead", "cause", "result", "produce", "provoke", "trigger", "bring", "give"]);
const RESULT_OPENERS = /^(?:As a result|Consequently|Therefore|Thus|Hence|In consequence|For this reason|As a consequence)\b,?\s*/;

/** Whether the words from `from` to the next comma or the end hold a finite verb. */
function temporalClause(s: AnalysedSentence, from: number): boolean {
  for (let k = from; k < s.tokens.length && !/^[,;:.]$/.test(s.tokens[k].text); k++) if (/^(?:VERB|AUX)$/.test(s.tokens[k].pos)) return true;
  return false;
}

// A main clause that points back to a noun before it: "One is that of trusting", "The other is …".
const POINTING_CLAIM = /^(?:(?:is|was|are|were) )?(?:one|the other|the first|the second|the last|the former|the latter)\b|\b(?:that|those) of\b/i;

function findLink(s: AnalysedSentence): { at: number; len: number; link: string } | null {
  const lowers = s.tokens.map((t) => t.lower);
  for (const link of LINKS) {
    const words = link.split(" ");
    for (let i = 1; i < lowers.length - words.length; i++) {
      if (words.every((w, k) => lowers[i + k] === w)) {
        // "since 1924" is a date, not a reason.
        if (link === "since" && (s.tokens[i + 1]?.pos === "NUM" || s.entities.some((e) => e.kind === "date" && e.a === i + 1))) continue;
        // "has silted since the building of the mole": with no verb before the next comma,
        // "since" is the preposition of time, not the conjunction of cause.
        if (link === "since" && !temporalClause(s, i + 1)) continue;
        // "has silted since the mole was built": after a perfect tense "since" tells when, not why.
        if (link === "since" && lowers.slice(0, i).some((w, k) => /^(?:has|have|had)$/.test(w) && s.tokens[k + 1]?.pos === "VERB")) continue;
        return { at: i, len: words.length, link };
      }
    }
  }
  return null;
}

// Links that are prepositions: their reason is a noun phrase, which may hang on a noun, not on the verb.
const PREPOSITIONAL = new Set(["due to", "owing to", "as a result of", "on account of"]);

/**
 * "The discrepancy is due to the fact that …": the reason is the predicate of "be" itself; "Why is
 * the discrepancy?" asks nothing ("What is the discrepancy due to?" is ./complement's card).
 */
function predicativeReason(s: AnalysedSentence, link: { at: number; link: string }, adverbs: number): boolean {
  if (!PREPOSITIONAL.has(link.link)) return false;
  let k = adverbs - 1;
  while (k > 0 && s.tokens[k].pos === "ADV") k--;
  return s.tokens[k]?.lemma === "be";
}

/**
 * "replaces the isolation of the villages, due to distance, by their union": a prepositional reason
 * set off by commas, after which the clause goes on with a preposition of its own, belongs to the
 * noun before it; the answer would be the rest of the clause, not a reason.
 */
function reasonOfANoun(s: AnalysedSentence, link: { at: number; len: number; link: string }): boolean {
  if (!PREPOSITIONAL.has(link.link) || s.tokens[link.at - 1]?.text !== ",") return false;
  const close = s.tokens.findIndex((t, k) => k > link.at + link.len && /^[,;:]$/.test(t.text));
  return close > 0 && s.tokens[close].text === "," && s.tokens[close + 1]?.pos === "ADP";
}

export function causeCandidates(s: AnalysedSentence, prev: AnalysedSentence | undefined): Candidate[] {
  const out: Candidate[] = [];
  const id = s.sentence.id;
  const end = sentenceEnd(s);
  const link = findLink(s);
  // The whole reason, up to ";" ("because A, and B" is a two-part reason, not a new claim).
  const semi = link ? s.tokens.findIndex((t, k) => k > link.at && t.text === ";") : -1;
  let upTo = semi > 0 ? semi : s.tokens.length;
  while (link && upTo > link.at && /^[.!?"”’)]$/.test(s.tokens[upTo - 1].text)) upTo--;
  // "driven off the platform simply because she was a woman": an adverb right before the reason word
  // qualifies the reason; it goes to the answer ("Simply because …"), not to the end of the question.
  let adverbs = link ? link.at : 0;
  while (link && adverbs - 1 > (s.clause?.verb ?? 0) && REASON_QUALIFIER.test(s.tokens[adverbs - 1].lower)) adverbs--;
  // "Corn is not high because A, but …", "not even because …": the sentence denies the reason.
  if (link && s.clause && link.at > s.clause.verb && !negatedReason(s, link.at, upTo) && !predicativeReason(s, link, adverbs) && !reasonOfANoun(s, link)) {
    // "It is true that P, because Q": the claim asked about is P.
    const that = EXTRAPOSED.test(s.text) ? s.tokens.findIndex((t) => t.lower === "that") : -1;
    const claim = that > 0 && that < adverbs ? part(s, that + 1, adverbs - (s.tokens[adverbs - 1].text === "," ? 1 : 0)) : null;
    const main = claim ? ask(claim) : inverted(s, null, adverbs);
    const reason = clean(textOf(s, link.at + link.len, upTo));
    if (main && reason.split(" ").length >= 3 && !POINTING_CLAIM.test(main)) {
      const qualifier = adverbs < link.at ? `${textOf(s, adverbs, link.at).toLowerCase()} ` : "";
      const back = cap(/^(?:in order to|so as to)$/.test(link.link) ? `${qualifier}to ${reason}` : `${qualifier}${link.link === "since" ? "because" : link.link} ${reason}`);
      // The author's inclusive "we" reads as the generic "one" ("Why can one trust the old charts …?").
      const verbs = presentVerbs(s);
      const front = generic(`Why ${main}?`, verbs), answer = generic(back, verbs);
      // Without the speaker's "we" the gates would pass a "that it will rain" whose "it" is in the
      // sentence before: a rewritten card keeps no third-person pronoun in its question.
      const rewritten = front !== `Why ${main}?` || answer !== back;
      if (front && answer && !(rewritten && /\b(?:it|its|they|them|their)\b/i.test(front))) out.push({ kind: "qa", type: "cause", front, back: answer, sentence: id, extra: [], answer: { start: s.tokens[adverbs].start, end: s.tokens[upTo - 1].end }, answerKind: "clause" });
    }
  }
  const c = s.clause;
  // "Some cells of the brain cause the arms and legs, and all other parts of the body, to move": the
  // effect is the object with its infinitive; a question without "to move" asks nothing English.
  const infinitive = c ? infinitiveAfter(s, c.verb + 1) : -1;
  if (c && !c.opening && CAUSAL_VERBS.has(s.tokens[c.verb].lemma) && !(infinitive > 0 && infinitive >= end)) {
    const v = s.tokens[c.verb];
    const particle = s.tokens[c.verb + 1];
    const ok = v.lemma === "lead" ? particle?.lower === "to" : v.lemma === "result" ? particle?.lower === "in" : v.lemma === "give" ? particle?.lower === "rise" : v.lemma === "bring" ? particle?.lower === "about" : true;
    const skip = v.lemma === "give" ? 3 : /^(?:lead|result|bring)$/.test(v.lemma) ? 2 : 1;
    const effect = clean(textOf(s, c.verb + skip, end));
    const cause = c.subject.text;
    // "The reason which gave rise to …": the parse cut the subject at its relative pronoun.
    if (ok && effect.split(" ").length >= 2 && !/^(?:this|that|these|it|they)$/i.test(cause) && !/\b(?:which|that|who|whom)$/i.test(cause)) {
      const verbText = clean(textOf(s, c.verb, c.verb + skip));
      const base = v.lemma === "give" ? "give rise to" : v.lemma === "lead" ? "lead to" : v.lemma === "result" ? "result in" : v.lemma === "bring" ? "bring about" : v.lemma;
      const did = v.lower === v.lemma ? "do" : /s$/.test(v.lower) && !/ed$/.test(v.lower) ? "does" : "did";
      // "What did our instincts cause? → Us to believe …": an object with its infinitive is no thing caused.
      if (infinitive < 0) out.push({ kind: "qa", type: "consequence", front: `What ${did} ${cause.charAt(0).toLowerCase() === cause.charAt(0) || s.tokens[c.subject.a].pos !== "PROPN" ? cause.charAt(0).toLowerCase() + cause.slice(1) : cause} ${base}?`, back: cap(effect), sentence: id, extra: [], answer: { start: s.tokens[c.verb + skip].start, end: s.tokens[end - 1].end }, answerKind: "clause" });
      // "What" stands for the subject: the verb agrees with it ("What causes …?", not "What cause …?").
      const agreed = [agreeWithWh(v), ...verbText.split(" ").slice(1)].join(" ");
      out.push({ kind: "qa", type: "cause", front: `What ${agreed} ${effect}?`, back: cap(cause), sentence: id, extra: [], answer: { start: c.subject.start, end: c.subject.end }, answerKind: "phrase" });
    }
  }
  const opener = s.text.match(RESULT_OPENERS);
  if (opener && prev && !prev.pronoun?.resolved === !prev.pronoun) {
    const result = cap(s.text.slice(opener[0].length).replace(/[.!]$/, ""));
    const premise = prev.text.replace(/[.!]$/, "");
    if (result.split(" ").length >= 4 && premise.split(" ").length <= 40) {
      out.push({ kind: "qa", type: "consequence", front: `${premise}. What followed from this?`, back: result, sentence: id, extra: [prev.sentence.id], answer: { start: opener[0].length, end: s.text.length }, answerKind: "clause" });
    }
  }
  return out;
}

export { REASON };
