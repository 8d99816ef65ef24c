// The claim of a sentence whose best blank was misplaced (./misplaced-blank: a bracketed gloss, a
// function word, one item of a list, part of a number, a cut coordination). The span model admitted
// the sentence, so it is worth a card; the raters' notes on such cards ask for what the main clause
// says of its subject instead ("blank 'its own particular time'", "blank 'misunderstood'"). Two
// shapes of English, read off the main clause's verb:
// - a passive participle that ends its clause ("X was {{misunderstood}}, and Y, and Z");
// - the object of a transitive verb that runs to the clause's end ("Every rod has {{its own length}};").
// The span model never offers either (its spans are names and noun phrases), so without this the
// sentence loses its card.
import { HAS_LETTER } from "@/lib/cards/letters";
import type { AnalysedSentence, Token } from "../analyse";
import { givenAway } from "./weak-blank";

const MAX_WORDS = 6;
const BE = /^(?:is|are|was|were|be|been)$/;
const CLAUSE_END = /^[.;:!?,—–]$/;
// After a form of "be", a verb not in "-ing" is a passive participle ("was understood", "is sold");
// an adjective only when it has a participle's ending ("was vested").
const PARTICIPLE = (t: Token | undefined) => !!t && ((t.pos === "VERB" && !/ing$/.test(t.lower)) || (t.pos === "ADJ" && /(?:ed|en|wn)$/.test(t.lower)));

/** The main clause's claim as character offsets, or null. */
export function claimFallback(s: AnalysedSentence): { start: number; end: number } | null {
  const c = s.clause;
  if (!c) return null;
  const { tokens } = s;
  const v = c.verb;
  const verb = tokens[v];
  if (!verb) return null;
  let span: [number, number] | null = null;
  // "X was misunderstood," / "X is forgotten." (an adverb may stand between).
  let k = v;
  while (tokens[k] && (tokens[k].pos === "AUX" || tokens[k].pos === "ADV") && k - v < 4) k++;
  if (BE.test(tokens[k - 1]?.lower ?? "") && PARTICIPLE(tokens[k]) && (!tokens[k + 1] || CLAUSE_END.test(tokens[k + 1].text))) span = [k, k + 1];
  // "X has its own particular time;": a verb's object noun phrase up to the clause's end.
  else if (verb.pos === "VERB" || (verb.pos === "AUX" && /^(?:has|have|had)$/.test(verb.lower))) {
    let a = v + 1;
    if (/^(?:ADP|SCONJ|PART|AUX|VERB)$/.test(tokens[a]?.pos ?? "")) return null;
    let b = a;
    while (b < tokens.length && /^(?:DET|PRON|ADJ|NOUN|PROPN|NUM)$/.test(tokens[b].pos)) b++;
    if (b < tokens.length && !CLAUSE_END.test(tokens[b].text)) return null;
    // "its own …", "a …": the article stays outside; a possessive stays inside (it says whose).
    if (/^(?:a|an|the)$/.test(tokens[a]?.lower ?? "")) a++;
    if (b <= a || !/^(?:NOUN|PROPN)$/.test(tokens[b - 1].pos)) return null;
    span = [a, b];
  }
  if (!span) return null;
  const words = tokens.slice(span[0], span[1]).filter((t) => HAS_LETTER.test(t.text));
  if (!words.length || words.length > MAX_WORDS || words.every((t) => t.stop)) return null;
  const start = tokens[span[0]].start, end = tokens[span[1] - 1].end;
  return givenAway(s.text, start, end) ? null : { start, end };
}
