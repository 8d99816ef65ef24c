// "{{Vance}} was more than a builder" in a chapter that names both Orlen Vance and Tomas Vance:
// a bare surname the chapter gives to two people (two different first names before it somewhere in
// the chapter) does not say which one is meant, and the card teaches a name that answers nothing.
// Raters asked for the full name; the generator cannot know which, so the blank is refused and the
// sentence's other spans compete. Titles ("Mr.", "King") and initials are not first names.
import type { Analysis } from "../analyse";
import { TITLES } from "../analyse/lexicon";

// Surname (as written) → the different first names written before it, per analysis: one pass over
// the chapter's tokens, built on first use.
const firstNames = new WeakMap<Analysis, Map<string, Set<string>>>();
function firstNamesOf(a: Analysis): Map<string, Set<string>> {
  let m = firstNames.get(a);
  if (!m) {
    m = new Map();
    for (const s of a.sentences) for (let i = 1; i < s.tokens.length; i++) {
      const first = s.tokens[i - 1], last = s.tokens[i];
      if (last.pos !== "PROPN" || first.pos !== "PROPN" || !/^\p{Lu}\p{Ll}+$/u.test(last.text) || !/^\p{Lu}\p{Ll}{2,}$/u.test(first.text)) continue;
      if (TITLES.has(first.lower) || first.stop) continue;
      // "of" before the pair ("the Duke of York Street") makes it a place's name, not a person's.
      if (s.tokens[i - 2]?.lower === "of") continue;
      // "North America" and "South America" are one place's halves, not two people.
      if (s.entities.some((e) => e.kind !== "person" && e.kind !== "name" && e.start <= first.start && e.end >= last.end)) continue;
      let set = m.get(last.text);
      if (!set) m.set(last.text, (set = new Set()));
      set.add(first.text);
    }
    firstNames.set(a, m);
  }
  return m;
}

/** Whether `word` (a one-word blank written without a first name) is a surname the chapter gives to two people. */
export function sharedSurname(a: Analysis, word: string): boolean {
  return (firstNamesOf(a).get(word)?.size ?? 0) >= 2;
}
