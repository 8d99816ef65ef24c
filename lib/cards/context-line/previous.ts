// The previous sentence as context (session 20, behind LECTERN_PREVIOUS_CONTEXT, OFF): when a card's
// own sentence leans on what comes before it (an opening pronoun or demonstrative, a connective, a
// definite description of something named just before, "the latter" …), the sentence before it in
// the same paragraph is printed above the card, verbatim from the cleaned text — instead of a
// rewrite of the card (rewrites did not transfer to unseen books) or a selected short line (session
// 10's selector fires on ~1 % of cards). Honest by construction: the reader sees what the book said.
// Two sentences at most, never across a paragraph (so never across a heading or chapter), ≤ 60 words
// in all, and never one that shows the answer (the context line's own gives-away check).
//
// Two switch values, measured apart: "1" only gives context to cards the gates already pass; "admit"
// also admits a card that only the standalone-type gates dropped when the sentence before names
// every referent its front points to (./needs.ts reads them).
import type { Analysis, AnalysedSentence } from "../analyse";
import type { Candidate } from "../candidates";
import { CONTEXT_FEATURES, contextFeatures, type ContextFeature } from "../gates/context-features";
import { monthWithoutYear } from "../gates/standalone";
import { visible } from "../gates/referring";
import { rarity } from "../rank/frequency";
import { personNoun } from "../gates/person-noun";
import { CONTEXT_GATES } from "./index";
import { needsOf, type Need } from "./needs";
import { givesAway } from "./line";
import { onlyDroppedBy } from "./admit";
import type { Env } from "../switch";
import { processEnv } from "../switch";

export type PreviousContextMode = "off" | "on" | "admit";

/**
 * The one place this switch is read (it has three values, so not by lib/util/env-switch.ts, which reads
 * the on/off ones and names this exception). "1": context for passed cards; "admit": that, and admission of
 * cards only the standalone-type gates dropped; anything else (or nothing): off.
 */
export function previousContextSwitch(env: Env): PreviousContextMode {
  const v = env?.LECTERN_PREVIOUS_CONTEXT;
  return v === "1" ? "on" : v === "admit" ? "admit" : "off";
}

export const PREVIOUS_CONTEXT = previousContextSwitch(processEnv());

/** The context's length cap, in words (both sentences together). */
export const MAX_CONTEXT_WORDS = 60;

// The standalone checks' signals (../gates/context-features.ts) that say the card's words lean on the
// text before them. Not "also/again", "the same/other", comparatives or "here/then": those are
// common in cards that stand (strict raters edited rather than rejected them, session 12's audit),
// and the sentence before seldom settles them.
const LEANS: ContextFeature[] = [
  "pronoun-first", "pronoun-no-noun-before", "demonstrative", "such", "former-latter", "connective-shown",
  "definite-previous", "scene-noun", "shell-noun", "dependences",
];
const AT = new Map(CONTEXT_FEATURES.map((f, i) => [f, i]));

/** Which signals say the card depends on what comes before (empty: it stands alone). */
export function leansOn(c: Candidate, a: Analysis): string[] {
  const v = contextFeatures(c, a);
  const out: string[] = LEANS.filter((f) => v[AT.get(f)!] > 0);
  // "In May the council met": an event with a month and no year needs the year said before.
  if (monthWithoutYear(visible(c))) out.push("month-without-year");
  return out;
}

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
// A sentence that opens on a pointer or a connective cannot stand as context alone: one more back.
const OPENS_LEANING = /^(?:["“'‘(]\s*)?(?:he|she|it|they|him|her|his|its|their|them|this|these|those|that|such|but|and|yet|so|hence|thus|therefore|however|moreover|nor|or|then|here|there)\b/i;

/**
 * The sentence(s) before `s` in its paragraph, verbatim, as context for a card whose answer is
 * `answer`, or null: the one before; the two before when the nearer one opens on a pointer or
 * connective itself and both fit. Null when there is none in the paragraph, it is too long, or it
 * shows the answer.
 */
export function previousContext(a: Analysis, s: AnalysedSentence, answer: string): { text: string; from: number[] } | null {
  const id = s.sentence.id;
  const same = (i: number) => i >= 0 && a.chapter.sentences[i].paragraph === s.sentence.paragraph && a.sentences[i].section === s.section;
  if (!same(id - 1)) return null;
  const near = a.chapter.sentences[id - 1].text.trim();
  if (!near || words(near) > MAX_CONTEXT_WORDS || givesAway(near, answer)) return null;
  if (OPENS_LEANING.test(near) && same(id - 2)) {
    const far = a.chapter.sentences[id - 2].text.trim();
    const both = `${far} ${near}`;
    if (far && words(both) <= MAX_CONTEXT_WORDS && !givesAway(far, answer)) return { text: both, from: [id - 2, id - 1] };
  }
  return { text: near, from: [id - 1] };
}

/** A passed card with the previous sentence(s) as context when its words lean on them; the card unchanged otherwise (or when it has a context already). */
export function withPreviousContext(c: Candidate, a: Analysis): Candidate {
  if (c.context || !leansOn(c, a).length) return c;
  const ctx = previousContext(a, a.sentences[c.sentence], c.back);
  return ctx ? { ...c, context: ctx.text } : c;
}

// The standalone-type gates: the context line's four, and the two fitted models of a card that needs
// its chapter (the context model and the standalone model), which drop exactly the cards a context serves.
export const PREVIOUS_GATES = new Set([...CONTEXT_GATES, "context-model", "standalone-model"]);

const lastWord = (text: string) => text.split(/\s+/).at(-1)!.toLowerCase();

/**
 * True when token `i` is the subject of a clause: in the sentence's first clause's subject, or straight
 * before a verb ("… and the colonists were poor": the parse keeps only the first clause).
 */
const inSubject = (p: AnalysedSentence, i: number) =>
  (!!p.clause && i >= p.clause.subject.a && i < p.clause.subject.b) || /^(?:VERB|AUX)$/.test(p.tokens[i + 1]?.pos ?? "");

/** True when one of the context sentences names what the need points to. */
function names(ps: AnalysedSentence[], need: Need): boolean {
  if (need.kind === "person") {
    // Exactly one person (or a name that is no English word) in the context: "he" is that one.
    const people = new Set(ps.flatMap((p) => p.entities.filter((e) => e.kind === "person" || (e.kind === "name" && rarity(lastWord(e.text)) >= 0.7)).map((e) => lastWord(e.text))));
    return people.size === 1;
  }
  // "They": a group or body named in the context, or a plural noun naming persons that is the subject
  // of a clause ("the colonists were poor"). (fixgen21) Not any plural subject: the walls or the
  // winters did not store the grain (late review 2 refused only times and measures, and "feet"
  // slipped past its "-s" test); a person noun (../gates/person-noun) is what "they" acts as.
  if (need.kind === "group") return ps.some((p) => p.entities.some((e) => e.kind === "group" || e.kind === "org") || p.tokens.some((t, i) => t.pos === "NOUN" && t.lemma !== t.lower && personNoun(t.lemma) && inSubject(p, i)));
  if (need.kind === "noun") return ps.some((p) => p.tokens.some((t) => (t.pos === "NOUN" || t.pos === "PROPN") && (t.lemma === need.lemma || t.lower === need.lemma)));
  // A bare "This …" or "It …" (an "event" or "thing" need): the claim or subject of the sentence just
  // before, which is there. By design this holds for EVERY such card that has a sentence before it in
  // its paragraph, so 'admit' admits any "It/This …" card the standalone-type gates alone dropped; no
  // check here says the sentence before is what "it" means (late review 15). Session 20 measured
  // 'admit' as a whole, not this part apart.
  return ps.length > 0;
}

/**
 * "admit": a candidate that only the standalone-type gates dropped, whose front points back to
 * referents (./needs.ts) that the previous sentence(s) all name, with that context; else null.
 * `firstFailing`: the first gate that dropped it.
 */
export function admitWithPrevious(c: Candidate, a: Analysis, firstFailing: string): Candidate | null {
  if (!onlyDroppedBy(c, a, firstFailing, PREVIOUS_GATES)) return null;
  const s = a.sentences[c.sentence];
  const read = needsOf(c, s);
  if ("unsupported" in read || !read.needs.length) return null;
  const ctx = previousContext(a, s, c.back);
  if (!ctx) return null;
  const from = ctx.from.map((i) => a.sentences[i]);
  return read.needs.every((n) => names(from, n)) ? { ...c, context: ctx.text } : null;
}
