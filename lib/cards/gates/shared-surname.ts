// "{{Vance}} was more than a builder" in a chapter that names both Orlen Vance and Tomas Vance:
// a bare surname the chapter gives to two people (two different first names before it somewhere in
// the chapter) does not say which one is meant, and the card teaches a name that answers nothing.
// Raters asked for the full name; the generator cannot know which, so the blank is refused and the
// sentence's other spans compete. The full forms are name completion's (../decontext/names
// fullNameForms: person entities whose first word is a given name, not a title, an everyday word
// or a word the chapter uses on its own), so a middle name ("Orlen James Vance"), a place before the
// name ("At Carlow Vance built") or an adjective ("Young Vance") is no second first name (fixg19).
import type { Analysis } from "../analyse";
import type { Token } from "../analyse/types";
import { fullNameForms } from "../decontext/names";

// Epithets written before a surname like a given name ("Young Vance", "Old Brede"): general English
// adjectives of age, size, rank or character, rare enough in the word list to pass as given names.
const EPITHETS = new Set("young younger elder old little big great poor good mad fair black red white brave bold blessed holy saint".split(" "));

// The first words of the full forms, one per person: a form whose given names all stand in a longer
// form ("Orlen Vance" beside "Orlen Brede Vance", "Brede Vance" beside it too) is that person.
function people(forms: string[]): Set<string> {
  const given = forms.map((f) => f.split(/\s+/).slice(0, -1));
  const out = new Set<string>();
  for (const [i, g] of given.entries()) {
    if (EPITHETS.has(g[0].toLowerCase())) continue;
    const within = given.some((h, j) => j !== i && h.length > g.length && g.every((w) => h.includes(w)));
    if (!within) out.add(g[0]);
  }
  return out;
}

// Surname → the different first words of its full forms, per analysis: one pass over the chapter's
// tokens and entities, built on first use.
const firstNames = new WeakMap<Analysis, Map<string, Set<string>>>();
function firstNamesOf(a: Analysis): Map<string, Set<string>> {
  let m = firstNames.get(a);
  if (!m) {
    // A word's uses apart from the names: a given name that is also another's middle name
    // ("Teodar Brede" beside "Orlen Teodar Brede") is not a word the chapter uses on its own.
    const wordCounts = new Map<string, number>();
    for (const s of a.sentences) {
      const inName = (t: Token) => s.entities.some((e) => (e.kind === "person" || e.kind === "name") && /\s/.test(e.text) && t.start >= e.start && t.end <= e.end);
      for (const t of s.tokens) if (!inName(t)) wordCounts.set(t.lower, (wordCounts.get(t.lower) ?? 0) + 1);
    }
    m = new Map();
    for (const [last, forms] of fullNameForms(a.sentences, wordCounts).forms) m.set(last, people([...forms]));
    firstNames.set(a, m);
  }
  return m;
}

/** Whether `word` (a one-word blank written without a first name) is a surname the chapter gives to two people. */
export function sharedSurname(a: Analysis, word: string): boolean {
  return (firstNamesOf(a).get(word)?.size ?? 0) >= 2;
}
