// The chapter's actors named by what they are rather than who: "the monarch", "the general", "the
// invaders", "the Ruritanians", "the Ruritanian envoy". A narrative calls its protagonists by many
// such words in turn, so none of them reaches as far as a proper name does (./spread), yet each is
// as guessable as a blank ("The {{monarch}} refused …", "Who took the town? → the invaders") and
// teaches nothing: the reader knows who the story is about. A word of this kind that recurs through
// a good share of the chapter's stretches is counted with the chapter's topic.
import type { Analysis, Token } from "../analyse";
import { TITLES } from "../analyse/lexicon";
import { spreadBy } from "./spread";

/** Nouns that name people by rank, office or side rather than by name (titles come from the lexicon). */
export const ROLE_NOUNS = new Set(("monarch sovereign ruler chief chieftain conqueror invader soldier troop native warrior noble nobleman " +
  "cavalier commander officer leader follower enemy tribesman courtier envoy ambassador prelate priest friar monk knight squire " +
  "garrison legion regiment rebel insurgent colonist settler missionary emissary vassal").split(" "));
/** An actor word reaching this share of the chapter's stretches is one of its protagonists… */
export const ACTOR_SPREAD = 0.25;
/** …when the chapter uses it at least this often (and has MIN_BLOCKS stretches). */
export const ACTOR_MENTIONS = 5;

const singular = (w: string) => w.toLowerCase().replace(PLURAL_S, "");
// Compiled once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp(…)`, which a function
// body would rebuild on every call, and these run once per span or candidate.
const PLURAL_S = /(?<=\p{L}{3})s$/u, LETTERS3 = /^\p{L}{3,}$/u, LOWER_START = /^\p{Ll}/u, CAPITALISED = /^\p{Lu}\p{Ll}/u, LETTER = /\p{L}/u;

// A people or side by its adjective or plural ("Ruritanian", "the Ruritanians", "the Reformers"):
// capitalised inside the sentence, a nationality ending or a plural, alone as a name.
const NATIONALITY = /(?:ian|ean|ese|ish)s?$/;

/** The key an actor word is counted by (singular, lower case), or null when the token is none. */
export function actorKey(tokens: Token[], i: number, singleWordName: (i: number) => boolean): string | null {
  const t = tokens[i];
  if (!LETTERS3.test(t.text)) return null;
  const key = singular(t.text);
  if (/^(?:NOUN|PROPN)$/.test(t.pos) && LOWER_START.test(t.text) && (ROLE_NOUNS.has(key) || ROLE_NOUNS.has(t.lemma.toLowerCase()) || (TITLES.has(t.lower) && i > 0 && /^(?:the|a|an|his|her|their|its)$/.test(tokens[i - 1].lower)))) return ROLE_NOUNS.has(key) ? key : ROLE_NOUNS.has(t.lemma.toLowerCase()) ? t.lemma.toLowerCase() : key;
  if (i > 0 && CAPITALISED.test(t.text) && singleWordName(i)) {
    if (NATIONALITY.test(t.text) || ((t.pos === "PROPN" || t.pos === "NOUN") && /[^s]s$/.test(t.text) && /^(?:the|of|by|to|and)$/.test(tokens[i - 1].lower))) return key;
  }
  return null;
}

/** Keys of the actor words that recur through the chapter: its protagonists by rank, office or people. */
export const spreadActors = spreadBy(
  function* (s) {
    const single = (i: number) => !s.entities.some((e) => i >= e.a && i < e.b && e.b - e.a > 1 && e.kind !== "date" && e.kind !== "number");
    for (let i = 0; i < s.tokens.length; i++) {
      const k = actorKey(s.tokens, i, single);
      if (k) yield [k, k] as const;
    }
  },
  (r, blocks) => r.mentions >= ACTOR_MENTIONS && r.blocks.size / blocks >= ACTOR_SPREAD,
);

/**
 * True when the span names one of the chapter's recurring actors and nothing more: its words are
 * articles, adjectives and actor words, the last of them a spread actor ("the {{Ruritanian envoy}}",
 * "{{invaders}}"). A figure or a proper name in it ("two thousand invaders") is information.
 */
export function isActorSpan(a: Analysis, tokens: Token[], start: number, end: number): boolean {
  const actors = spreadActors(a);
  if (!actors.size) return false;
  const idx = tokens.map((t, i) => [t, i] as const).filter(([t]) => t.start >= start && t.end <= end && LETTER.test(t.text));
  if (!idx.length) return false;
  const [head, hi] = idx.at(-1)!;
  const key = actorKey(tokens, hi, () => true) ?? singular(head.text);
  if (!actors.has(key) && !actors.has(head.lemma.toLowerCase())) return false;
  return idx.slice(0, -1).every(([t, i]) => t.pos === "DET" || t.pos === "ADJ" || /^(?:the|a|an)$/.test(t.lower) || (actorKey(tokens, i, () => true) !== null && !/\d/.test(t.text)));
}
