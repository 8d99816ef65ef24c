// Cards on an argument spread over two adjacent sentences of one paragraph, joined into one card:
// - a claim and its reason in the next sentence, "P. For Q." / "P. The reason is that Q." / "P. This
//   is because Q." → "Why P?" → "Because Q";
// - a conclusion hedged after its premise, "P. Hence it follows that Q." → "Why Q?" → "Because P";
// - a term named after its description, "Many N hold that P. Such N are called T." → "What are N
//   called who hold that P?" → T;
// - a question the author asks and answers at once, "What, then, is X? X is Y." → "What is X?" → Y.
// One pass over adjacent pairs (the caller hands each sentence its successor). A card is dropped
// rather than made long or vague: the answer is at most ANSWER_MAX words, and neither sentence may
// lean on the text before it (an unresolved pronoun, "this", "such", a dependence the gates drop).
import { CAPITALISED_INITIAL } from "@/lib/cards/letters";
import type { Analysis, AnalysedSentence } from "../analyse";
import type { Candidate } from "./types";
import { cap, clean, inverted, textOf } from "./phrase";
import { ask, generic, part, presentVerbs } from "./voice";
import { dropsCard, shownDependences, written } from "../decontext";

const ANSWER_MAX = 22;
// A premise shown whole as the reason may run a little longer than a cut reason.
const PREMISE_MAX = 25;
const CLAIM_MAX = 30;
const WORDS = (s: string) => s.split(/\s+/).filter(Boolean).length;

// "For" that opens a reason, not a time ("For years …"), a purpose ("For that, …"), a list step
// ("For one thing"), a condition or concession ("For if …", "For although …") or a counterfactual.
const FOR = /^For (?!example\b|instance\b|one thing\b|this\b|that\b|these\b|those\b|the (?:same|most|first|rest|present|sake|moment|time|purpose)\b|a (?:time|while|moment)\b|some\b|many\b|all that\b|otherwise\b|if\b|though\b|although\b|when\b|whereas\b|while\b|not\b|in\b|on\b|at\b|to\b|by\b|with\b|as\b|my\b|our\b|your\b)/;
// Where the reason's own clause ends: the conclusion drawn again (", and consequently …") or a
// subordinate clause that qualifies it (", as happens with a wet match").
const AFTER_REASON = /^(?:(?:and )?(?:consequently|therefore|thus|hence|so)|as|so that|where|which|while|whereas|though|although|unless)\b/;
const BECAUSE = /^(?:(?:This|That|It) (?:is|was) (?:so )?(?:simply |partly |chiefly |only |mainly )?because|The (?:reason|cause) (?:of this |for this )?(?:is|was),? (?:that )?)\s*/;
// Durations and stretches of time: "For several days the mill …" tells how long, not why.
const TIME_NOUN = /^(?:years?|days?|hours?|weeks?|months?|centur(?:y|ies)|minutes?|ages?|generations?|seasons?|nights?|miles?|leagues?)$/;
// A claim the author hedges is not one to learn as a general truth.
const HEDGE = /\b(?:perhaps|probably|seems?|seemed|appears? to|I (?:think|believe|suppose|conceive|imagine))\b/i;
// Words that point out of the pair: the reader, the speaker, a demonstrative or a pronoun subject.
const SPEAKER = /\b(?:I|me|my|you|your|yourself)\b/;
const POINTER = /^(?:this|that|these|those|such|it|its|they|them|their|he|she|his|her|him|here|there|the (?:former|latter|same|above))\b/i;
const HEDGED = /^(?:Hence|Thus|Therefore|Consequently),?\s+(?:it (?:follows|is (?:clear|evident|plain|certain|manifest)|clearly (?:appears|follows))|we (?:may|can|must) (?:confidently |safely |fairly |justly )?(?:assert|conclude|infer|say)|I have (?:very )?little doubt),?\s+that\b/;
// "Such sailors are called 'night-bathers'.", "These animals are known as grazers."
const NAMING = /^(?:Such|These|Those) (\p{Ll}+(?: \p{Ll}+)?) (are|were) (?:therefore |now |commonly |usually |generally |often |sometimes )?(?:called|termed|named|known as) ['‘"“]?([^'’"”.,;:]{2,40}?)['’"”]?\.?$/u;
const QUESTION = /^(?:(?:But|And|Now|Then|Yet),?\s+)?((?:What|Why|How|Which|Who|Where|When)\b[^?]*)\?["”’)]*$/;
// An answer that only reacts ("Surely not.", "Evidently.") or points back.
const REACTION = /^(?:No|Not|Yes|Surely|Evidently|Certainly|Doubtless|Perhaps|Never|Nothing|Thus|Hence|So|But|Yet|And|Or|Such|Here|There is|There are)\b/;

// Words the chapter capitalises inside a sentence: names. The tagger reads many a capitalised first
// word as a name ("Water carries …"), so the chapter's own usage decides the case mid-card.
const names = new WeakMap<Analysis, Set<string>>();
function namesOf(a: Analysis): Set<string> {
  let out = names.get(a);
  if (!out) {
    out = new Set();
    for (const s of a.sentences) s.tokens.forEach((t, k) => { if (k > 0 && CAPITALISED_INITIAL.test(t.text) && !/^[.:;!?"“‘(]$/.test(s.tokens[k - 1].text)) out!.add(t.text); });
    names.set(a, out);
  }
  return out;
}
/** A sentence's first word in lower case mid-card, unless the chapter writes it as a name. */
export const lowerFirst = (text: string, a: Analysis) => {
  const first = /^\p{L}+/u.exec(text)?.[0] ?? "";
  return first === "I" || namesOf(a).has(first) ? text : text.charAt(0).toLowerCase() + text.slice(1);
};

const body = (s: AnalysedSentence) => {
  let end = s.tokens.length;
  while (end > 0 && /^[.!?"”’)]$/.test(s.tokens[end - 1].text)) end--;
  return end;
};

/** Whether a sentence shows nothing that needs the text before it. */
function selfContained(s: AnalysedSentence, shown: string, ownPronoun = false): boolean {
  if (s.pronoun && !s.pronoun.resolved && !ownPronoun) return false;
  return !shownDependences(s, shown).some(dropsCard);
}

/** "P. For Q." and its kin: the claim as a why-question, the next sentence's reason as the answer. */
function reasonNext(s: AnalysedSentence, next: AnalysedSentence, a: Analysis): Candidate[] {
  // Read on the sentence as written: "This is because …" may have had its "This" resolved.
  const said = written(next);
  const m = FOR.exec(said) ?? BECAUSE.exec(said);
  if (!m || /[?:]["”’)]*$/.test(s.text.trim()) || /\bbecause\b|\bfor this reason\b/i.test(s.text) || HEDGE.test(s.text)) return [];
  // The reason: the words after the connective, up to the first ";" or ", and therefore …" (the
  // rest is a further claim, or the conclusion drawn again).
  const byFor = m[0].startsWith("For ");
  const t = next.tokens;
  let from = byFor ? (t[0]?.lower === "for" ? 1 : -1) : t.findIndex((x) => x.lower === "because") + 1 || t.findIndex((x, k) => x.lower === "is" || x.lower === "was" ? t[k - 1]?.lower === "reason" || t[k - 1]?.lower === "cause" : false) + 1;
  if (from <= 0) return [];
  if (!byFor) while (t[from] && /^(?:,|that)$/.test(t[from].lower)) from++;
  const semi = next.tokens.findIndex((t, k) => k > from && (t.text === ";" || t.text === ":" || (t.text === "," && AFTER_REASON.test(next.tokens.slice(k + 1, k + 3).map((x) => x.lower).join(" ")))));
  let end = semi > 0 ? semi : body(next);
  while (end > from && /^[,.]$/.test(next.tokens[end - 1].text)) end--;
  const reason = part(next, from, end);
  const rc = reason?.clause;
  // A time noun before the reason's verb ("For years the mill …", "For several days …") is a duration.
  if (!reason || !rc || rc.opening || reason.tokens.slice(0, rc.verb).some((x) => TIME_NOUN.test(x.lower)) || POINTER.test(reason.text)) return [];
  // The claim's first main clause: a second one after ";" or ", but" is another claim the reason
  // need not explain.
  const cut = s.tokens.findIndex((x, k) => k > 3 && (x.text === ";" || (x.text === "," && /^(?:but|while|whereas)$/.test(s.tokens[k + 1]?.lower ?? ""))));
  const claim = part(s, 0, cut > 0 ? cut : body(s));
  // The claim in question order; an opening adverbial moves to the end ("Why …, in dry years?").
  const inOrder = claim && (ask(claim) ?? (claim.clause?.opening && !claim.clause.aside ? inverted(claim, null) : null));
  const asked = inOrder && claim.clause && !claim.clause.opening ? inOrder.replace(claim.tokens[0].text, lowerFirst(claim.tokens[0].text, a)) : inOrder;
  const question = asked && generic(`Why ${asked}?`, presentVerbs(s));
  const answer = generic(clean(reason.text), presentVerbs(next));
  if (!question || !answer || SPEAKER.test(`${question} ${answer}`) || WORDS(asked!) > CLAIM_MAX) return [];
  if (WORDS(answer) < 4 || WORDS(answer) > ANSWER_MAX || /[—–]/.test(answer)) return [];
  // The "This" of "This is because" is the claim on the card, not a word left pointing back.
  if (!selfContained(s, question) || !selfContained(next, answer, !byFor)) return [];
  return [{ kind: "qa", type: "argument", front: question, back: `Because ${lowerFirst(answer, a)}`, sentence: next.sentence.id, extra: [s.sentence.id], answer: { start: next.tokens[from].start, end: next.tokens[end - 1].end }, answerKind: "clause" }];
}

/** "What, then, is X? X is Y.": the author's own question, answered by the next sentence. */
function askedAnswered(s: AnalysedSentence, next: AnalysedSentence): Candidate[] {
  const q = QUESTION.exec(s.text.trim());
  if (!q || /\?/.test(next.text) || REACTION.test(written(next)) || POINTER.test(next.text)) return [];
  const asked = clean(q[1].replace(/,\s*(?:then|now|again|therefore),?/i, "").replace(/,\s*(?:I ask|we may ask)\b/i, ""));
  const words = WORDS(asked);
  if (words < 4 || words > 25 || /\b(?:we|us|our|one)\b/i.test(asked) || SPEAKER.test(`${asked} ${next.text}`) || /\b(?:this|that|these|those|such|it|they|them|its|their|he|she|his|her)\b/i.test(asked)) return [];
  const answer = clean(next.text.replace(/[.!]$/, ""));
  if (WORDS(answer) < 3 || WORDS(answer) > ANSWER_MAX) return [];
  // The answer shares a content word with the question: it answers it, not the paragraph at large.
  const lemmas = new Set(s.tokens.filter((t) => !t.stop && /^(?:NOUN|PROPN|VERB|ADJ)$/.test(t.pos)).map((t) => t.lemma));
  if (!next.tokens.some((t) => !t.stop && lemmas.has(t.lemma))) return [];
  if (!selfContained(s, asked) || !selfContained(next, answer)) return [];
  return [{ kind: "qa", type: "argument", front: `${cap(asked)}?`, back: cap(answer), sentence: next.sentence.id, extra: [s.sentence.id], answer: { start: 0, end: next.text.length }, answerKind: "clause" }];
}

/**
 * "P. Hence we may assert that Q." / "Thus it follows that Q.": a conclusion the author hedges with
 * "it follows", "we may conclude", "I have little doubt" (claim.ts takes the plain "Thus Q."). The
 * conclusion is the first "that" clause, the reason the whole sentence before.
 */
function hedgedConclusion(prev: AnalysedSentence, s: AnalysedSentence, a: Analysis): Candidate[] {
  const m = HEDGED.exec(written(s));
  if (!m || /\?["”’)]*$/.test(prev.text.trim()) || HEDGE.test(prev.text)) return [];
  const lead = s.tokens.findIndex((t, k) => t.lower === "that" && k > 0 && k < 12);
  if (lead < 0) return [];
  // The first of several conclusions ("that A, that B, and that C") is a claim on its own.
  const stop = s.tokens.findIndex((t, k) => k > lead + 1 && (t.text === ";" || t.text === ":" || (t.text === "," && /^(?:and |or )?that$/.test(`${s.tokens[k + 1]?.lower === "and" || s.tokens[k + 1]?.lower === "or" ? `${s.tokens[k + 1].lower} ${s.tokens[k + 2]?.lower}` : s.tokens[k + 1]?.lower}`))));
  const conclusion = part(s, lead + 1, stop > 0 ? stop : body(s));
  if (!conclusion?.clause || conclusion.clause.opening || POINTER.test(conclusion.text) || /^(?:if|when|unless|though|although)\b/i.test(conclusion.text)) return [];
  const inOrder = ask(conclusion);
  const asked = inOrder && inOrder.replace(conclusion.tokens[0].text, lowerFirst(conclusion.tokens[0].text, a));
  const question = asked && generic(`Why ${asked}?`, presentVerbs(s));
  const premise = generic(clean(prev.text.replace(/^(?:But|And|Now|So|Yet)\s+/, "").replace(/[.!]$/, "")), presentVerbs(prev));
  if (!question || !premise || WORDS(asked!) > CLAIM_MAX || WORDS(premise) < 4 || WORDS(premise) > PREMISE_MAX || POINTER.test(premise) || SPEAKER.test(`${question} ${premise}`)) return [];
  if (!selfContained(s, question) || !selfContained(prev, premise)) return [];
  return [{ kind: "qa", type: "argument", front: question, back: `Because ${lowerFirst(premise, a)}`, sentence: prev.sentence.id, extra: [s.sentence.id], answer: { start: 0, end: prev.text.length }, answerKind: "clause" }];
}

/**
 * "Many sailors have believed that P. Such sailors are called night-bathers." → "What are
 * sailors called who have believed that P?" → "Night-bathers": a term named in the sentence after the
 * one that describes what it names. The description is the predicate of the clause whose subject is
 * the named noun.
 */
function namedAfter(prev: AnalysedSentence, s: AnalysedSentence): Candidate[] {
  const m = NAMING.exec(written(s));
  if (!m || /\?["”’)]*$/.test(prev.text.trim())) return [];
  const [, noun, be, term] = m;
  const head = noun.split(" ").at(-1)!.toLowerCase();
  const t = prev.tokens;
  // The noun as a subject: its verb follows at once or after an aside ("…, perhaps most, have believed").
  let verb = -1;
  for (let k = 0; k < t.length - 2 && verb < 0; k++) {
    if (t[k].lower !== head || t[k].pos !== "NOUN") continue;
    let j = k + 1;
    if (t[j]?.text === ",") { const close = t.findIndex((x, i) => i > j && i <= j + 6 && x.text === ","); j = close > 0 ? close + 1 : -1; }
    if (j > 0 && /^(?:VERB|AUX)$/.test(t[j]?.pos ?? "")) verb = j;
  }
  if (verb < 0) return [];
  const semi = t.findIndex((x, k) => k > verb && x.text === ";");
  const predicate = generic(clean(textOf(prev, verb, semi > 0 ? semi : body(prev))), presentVerbs(prev));
  if (!predicate || WORDS(predicate) < 3 || WORDS(predicate) > ANSWER_MAX || SPEAKER.test(predicate) || !selfContained({ ...prev, pronoun: null }, predicate)) return [];
  if (/\b(?:this|that|these|those|such|it|they|them|he|she|him|her)\b/i.test(predicate.replace(/\bthat (?=\p{Ll})/gu, ""))) return [];
  const who = /(?:ers|ors|ists|ians|men|people|persons)$/.test(head) ? "who" : "that";
  const at = s.text.lastIndexOf(term);
  return [{ kind: "qa", type: "argument", front: `What ${be.toLowerCase()} ${noun.toLowerCase()} called ${who} ${predicate}?`, back: cap(term), sentence: s.sentence.id, extra: [prev.sentence.id], answer: at >= 0 ? { start: at, end: at + term.length } : null, answerKind: "term" }];
}

/** Cards joining sentence `s` with the sentence after it, when both are in one paragraph. */
export function argumentCandidates(s: AnalysedSentence, next: AnalysedSentence | undefined, a: Analysis): Candidate[] {
  if (!next || next.sentence.paragraph !== s.sentence.paragraph) return [];
  return [...reasonNext(s, next, a), ...askedAnswered(s, next), ...hedgedConclusion(s, next, a), ...namedAfter(s, next)];
}
