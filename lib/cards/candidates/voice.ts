// The author's voice as a statement that stands alone on a card: the inclusive "we" of an argument
// ("we can never prove …") read as the generic "one", and a piece of a sentence put in question order.
import type { AnalysedSentence, Span } from "../analyse";
import { clauseOf } from "../analyse/clause";
import { clean, inverted, textOf } from "./phrase";

// "we will call", "we shall see", "we may say": the author's plan for the exposition, no general claim.
const MODALS = new Set(["must", "can", "cannot", "should", "could", "would", "ought"]);
const AGREE: Record<string, string> = { have: "has", are: "is", were: "was", do: "does", "'re": "is" };
const NONE: ReadonlySet<string> = new Set();
/** Present base forms of the sentence's verbs ("measure", "hold"), which "one" conjugates. */
export const presentVerbs = (s: AnalysedSentence) => new Set(s.tokens.filter((t) => t.pos === "VERB" && t.lemma === t.lower && !/^(?:be|have|do)$/.test(t.lower)).map((t) => t.lower));

/**
 * The author's inclusive "we" as the generic "one": "we must" → "one must", "we have" → "one has",
 * "we measure" → "one measures" (a verb in `present`, the toolkit's base forms), "us" → "one", "our" →
 * "one's". Null when a "we" stands before anything else ("we knew", "we will"): the card is dropped
 * rather than mis-conjugated.
 */
export function generic(text: string, present: ReadonlySet<string> = NONE): string | null {
  let ok = true;
  // Question order first: "can we never" → "can one never", "do we" → "does one".
  const inv = text.replace(/\b(do|have|are|were)\s+we\b/gi, (_m, v: string) => `${AGREE[v.toLowerCase()]} one`)
    .replace(/\b(must|can|cannot|should|could|would|is|was|has|does|had|did)\s+we\b/gi, "$1 one");
  const out = inv.replace(/\b([Ww]e)\s+([A-Za-z'’-]+)/g, (_m, we: string, verb: string) => {
    const one = we === "We" ? "One" : "one";
    const v = verb.toLowerCase();
    if (MODALS.has(v) || /^(?:is|was|has|does|had|did)$/.test(v)) return `${one} ${verb}`;
    if (AGREE[v]) return `${one} ${AGREE[v]}`;
    // A verb the toolkit read as a present base form ("we measure" → "one measures").
    if (present.has(v)) return `${one} ${v.replace(/(?:s|sh|ch|x|z|o)$/, "$&e").replace(/([^aeiou])y$/, "$1ie")}s`;
    ok = false;
    return _m;
  }).replace(/\bus\b/g, "one").replace(/\b[Oo]urselves\b/g, "oneself").replace(/\bour\b/g, "one's").replace(/\bOur\b/g, "One's");
  return ok && !/\b[Ww]e\b/.test(out) ? out : null;
}

/** Tokens [a, b) of a sentence as a sentence of their own, with its clause parsed again. */
export function part(s: AnalysedSentence, a: number, b: number): AnalysedSentence | null {
  if (b <= a || !s.tokens[a]) return null;
  const base = s.tokens[a].start;
  const text = s.text.slice(base, s.tokens[b - 1].end);
  const shift = <T extends Span>(x: T): T => ({ ...x, a: x.a - a, b: x.b - a, start: x.start - base, end: x.end - base });
  const tokens = s.tokens.slice(a, b).map((t) => ({ ...t, start: t.start - base, end: t.end - base }));
  const entities = s.entities.filter((e) => e.a >= a && e.b <= b).map(shift);
  const phrases = s.phrases.filter((p) => p.a >= a && p.b <= b).map(shift);
  const clause = clauseOf(tokens, text, entities.filter((e) => e.kind === "date"));
  return { ...s, text, tokens, entities, phrases, clause, pronoun: null };
}

/** The clause in question order, only when nothing of it is lost ("is X capable of …"). */
export function ask(p: AnalysedSentence): string | null {
  const c = p.clause;
  if (!c || c.opening || c.aside || /[:()]/.test(p.text)) return null;
  let body: string | null;
  if (c.aux) {
    const subject = textOf(p, c.subject.a, c.subject.b).replace(/^[Oo]ur\b/, "the");
    const lower = p.tokens[c.subject.a].pos === "PROPN" ? subject : subject.charAt(0).toLowerCase() + subject.slice(1);
    body = clean(`${p.tokens[c.verb].lower} ${lower} ${textOf(p, c.verb + 1, p.tokens.length)}`);
  } else body = inverted(p, null);
  return body && WORDS(body) >= WORDS(p.text) ? body : null;
}


const WORDS = (s: string) => s.split(/\s+/).filter(Boolean).length;
