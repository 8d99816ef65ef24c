// "{{Vance}} was more than a builder" in a chapter that names both Orlen Vance and Tomas Vance:
// a bare surname the chapter gives to two people (two different first names before it somewhere in
// the chapter) does not say which one is meant, and the card teaches a name that answers nothing.
// Raters asked for the full name; the generator cannot know which, so the blank is refused and the
// sentence's other spans compete. The full forms are name completion's (../decontext/names
// fullNameForms: person entities whose first word is a given name, not a title, an everyday word
// or a word the chapter uses on its own), so a middle name ("Orlen James Vance"), a place before the
// name ("At Carlow Vance built") or an adjective ("Young Vance") is no second first name (fixg19).
import type { Analysis } from "../analyse";
import { fullNameForms } from "../decontext/names";

// Surname → the different first words of its full forms, per analysis: one pass over the chapter's
// tokens and entities, built on first use.
const firstNames = new WeakMap<Analysis, Map<string, Set<string>>>();
function firstNamesOf(a: Analysis): Map<string, Set<string>> {
  let m = firstNames.get(a);
  if (!m) {
    const wordCounts = new Map<string, number>();
    for (const s of a.sentences) for (const t of s.tokens) wordCounts.set(t.lower, (wordCounts.get(t.lower) ?? 0) + 1);
    m = new Map();
    for (const [last, forms] of fullNameForms(a.sentences, wordCounts).forms) m.set(last, new Set([...forms].map((f) => f.split(/\s+/)[0])));
    firstNames.set(a, m);
  }
  return m;
}

/** Whether `word` (a one-word blank written without a first name) is a surname the chapter gives to two people. */
export function sharedSurname(a: Analysis, word: string): boolean {
  return (firstNamesOf(a).get(word)?.size ?? 0) >= 2;
}
