// Noun-phrase reading over the toolkit's tokens, shared by the definite and determiner operations:
// the body of a phrase after its determiner, whether something after it restricts it ("the wards
// of the hospital", "the men who …"), and the fullest form of an earlier mention of the same head.
import { LETTER_INITIAL, HAS_LETTER } from "@/lib/cards/letters";
import type { Token } from "../analyse/types";

const BODY = /^(?:ADJ|NOUN|NUM)$/;
// A preposition, relative word or participle right after a noun restricts it ("the wards of …").
const RESTRICTING_ADP = new Set("of in at on from for with between about under near within among over behind beyond".split(" "));
const RELATIVE = new Set(["which", "who", "whom", "whose", "that", "where", "when", "called", "named", "known"]);
const INDEFINITE = new Set(["a", "an", "some", "one", "another", "any", "several", "many"]);

/** Token index just past the body (adjectives and nouns, ending on a noun) starting at `i`, or -1. */
export function bodyEnd(ts: Token[], i: number): number {
  let j = i;
  while (ts[j] && BODY.test(ts[j].pos) && HAS_LETTER.test(ts[j].text)) j++;
  return j > i && ts[j - 1].pos === "NOUN" ? j : -1;
}

/** Something after the phrase that narrows it down: a name, a preposition, a relative clause, a participle. */
export function restricted(ts: Token[], end: number): boolean {
  const n = ts[end];
  if (!n) return false;
  if (n.pos === "PROPN" || n.pos === "NUM" || RESTRICTING_ADP.has(n.lower) || RELATIVE.has(n.lower)) return true;
  // "the lamps trimmed by hand" restricts; "at the congress praised the new lamps" is the verb of
  // the clause around it (an -ed form with its own object straight after).
  if (n.pos === "VERB" && /ed$/.test(n.lower) && /^(?:DET|PROPN|PRON)$/.test(ts[end + 1]?.pos ?? "")) return false;
  return n.pos === "VERB" && /(?:ing|ed)$/.test(n.lower);
}

/** A word before a head that says which one: a noun or name ("the harbour board"), a number, an ordinal, a technical adjective. */
export const identifies = (t: Token, rare: (w: string) => number) => t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "NUM" || ORDINAL.test(t.lower) || (t.pos === "ADJ" && rare(t.lower) >= 0.85);

export type Mention = { text: string; words: Token[]; indefinite: boolean; restricting: Token[] };

export const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+(?:th|st|nd|rd))$/;

/**
 * The fullest mention around a head noun at `k` in an earlier sentence: its pre-modifiers, a
 * possessor ("X's commemorative pamphlet") and one "of" phrase after it. `restricting` lists what
 * narrows it down: nouns and names before the head, ordinals, technical adjectives (rare in general
 * English), the possessor and the of-phrase; "the little flame" has none. Null when the noun is not
 * the head of its phrase, or the phrase has neither determiner nor possessor.
 */
export function mentionAt(ts: Token[], text: string, k: number, rare: (w: string) => number): Mention | null {
  if (ts[k + 1]?.pos === "NOUN") return null;
  let a = k;
  while (a > 0 && /^(?:ADJ|NOUN|PROPN|NUM)$/.test(ts[a - 1].pos)) a--;
  const restricting = ts.slice(a, k).filter((t) => identifies(t, rare));
  let possessor = false;
  if (a > 1 && /^['’]s$/.test(ts[a - 1].text) && ts[a - 2].pos === "PROPN") {
    a -= 2;
    while (a > 0 && ts[a - 1].pos === "PROPN") a--;
    possessor = true;
    restricting.push(ts[a]);
  }
  const det = ts[a - 1];
  const hasDet = !possessor && det?.pos === "DET";
  if (!hasDet && !possessor) return null;
  if (hasDet) a--;
  let b = k + 1;
  while (ts[b] && ts[b].pos === "PROPN") restricting.push(ts[b++]);
  if (ts[b]?.lower === "of") {
    let c = b + 1;
    if (ts[c]?.pos === "DET") c++;
    const start = c;
    while (ts[c] && /^(?:ADJ|NOUN|PROPN|NUM)$/.test(ts[c].pos) && c - b < 6) c++;
    if (c > start && /^(?:NOUN|PROPN)$/.test(ts[c - 1].pos)) {
      if (/^['’]s$/.test(ts[c]?.text ?? "")) return null;
      restricting.push(...ts.slice(b, c));
      b = c;
    }
  }
  // "the first law of thermo-dynamics": a word joined by a hyphen is part of the last word; a mention
  // cut at the hyphen would say "the first law of thermo".
  while (ts[b + 1] && /^[-‐]$/.test(ts[b]?.text ?? "") && ts[b].start === ts[b - 1].end && ts[b + 1].start === ts[b].end && LETTER_INITIAL.test(ts[b + 1].text)) b += 2;
  return { text: text.slice(ts[a].start, ts[b - 1].end), words: ts.slice(a, b), indefinite: Boolean(hasDet && INDEFINITE.has(det.lower)), restricting };
}
