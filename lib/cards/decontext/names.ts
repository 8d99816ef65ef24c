// Name completion: a surname met alone ("Vance argued …") gets the full name the chapter used for
// it before ("Orlen Vance argued …"), only when the chapter has exactly one full form ending on it
// and this sentence does not already show that form. A longer form the chapter writes after "the"
// ("the Almighty God") is an epithet before a name, not a given name before a surname: the name
// alone ("God") is already the name in full, and completing it would add words the author did not.
import { UPPER_INITIAL, CAPITALISED_INITIAL } from "@/lib/cards/letters";
import type { Entity, Token } from "../analyse/types";
import { TITLES } from "../analyse/lexicon";
import { rarity } from "../rank/frequency";
import { none, type Op, type OpResult } from "./types";

// Below this rarity a word is everyday English (new, great, old ≈ 0.27); given names are rarer (≥ 0.36).
const EVERYDAY = 0.33;

/**
 * Surname → the one full form of it among the chapter's people ("Orlen Vance"); ambiguous surnames
 * left out. The first word must be a given name: no title ("Bishop"), and a word the chapter never
 * uses apart from that name ("American" in "American Negro" stands alone elsewhere); and the form
 * is never written after an article (English puts none before a person's own name: "the Almighty
 * God" is a name with an epithet, and "God" alone is the name in full).
 */
export function fullNameTable(sentences: { tokens: Token[]; entities: Entity[] }[], wordCounts: Map<string, number>): Map<string, string> {
  const { forms, described } = fullNameForms(sentences, wordCounts);
  const out = new Map<string, string>();
  // One full form, never written after an article (one that is makes the name alone a name in full).
  for (const [last, set] of forms) if (set.size === 1 && !described.has([...set][0])) out.set(last, [...set][0]);
  return out;
}

/**
 * Surname → every full form of it among the chapter's people, with the guards above (a given name
 * first: no title, no everyday word, no word the chapter uses apart from the name), and the forms
 * written after an article. Shared with the shared-surname gate (../gates/shared-surname), which
 * needs the ambiguous surnames this table leaves out.
 */
export function fullNameForms(sentences: { tokens: Token[]; entities: Entity[] }[], wordCounts: Map<string, number>): { forms: Map<string, Set<string>>; described: Set<string> } {
  const forms = new Map<string, Set<string>>();
  const uses = new Map<string, number>();
  const described = new Set<string>();
  for (const s of sentences) for (const e of s.entities) {
    uses.set(e.text, (uses.get(e.text) ?? 0) + 1);
    if (/^(?:the|a|an)$/.test(s.tokens[e.a - 1]?.lower ?? "")) described.add(e.text);
  }
  for (const e of sentences.flatMap((s) => s.entities)) {
    if (e.kind !== "person") continue;
    const words = e.text.split(/\s+/);
    if (words.length < 2 || words.length > 4 || !words.every((w) => CAPITALISED_INITIAL.test(w))) continue;
    const first = words[0].toLowerCase();
    if (TITLES.has(first.replace(/\.$/, "")) || (wordCounts.get(first) ?? 0) > (uses.get(e.text) ?? 0)) continue;
    // Nor an everyday English word ("Old Harbour", "Great Lisk"): a place or title, not a given name.
    if (rarity(first) < EVERYDAY) continue;
    const last = words.at(-1)!;
    if (!forms.has(last)) forms.set(last, new Set());
    forms.get(last)!.add(e.text);
  }
  return { forms, described };
}

export const names: Op = (s, ctx) => {
  const out: OpResult = none();
  const done = new Set<string>();
  for (const e of s.entities) {
    if ((e.kind !== "person" && e.kind !== "name") || /\s/.test(e.text) || done.has(e.text)) continue;
    const full = ctx.fullNames.get(e.text);
    if (!full || !ctx.seenNames.has(full.toLowerCase()) || s.text.includes(full)) continue;
    // Part of a longer name or after a title ("Bishop Vance"): leave it.
    const before = s.tokens[e.a - 1];
    // After an article or demonstrative it is a common noun that happens to be someone's surname
    // ("the Reeve", "The King's revenue" in a chapter that also names Gregory King), not that person.
    if (before && /^(?:the|a|an|this|that|these|those|every|each|no|our|his|her|their|its)$/.test(before.lower)) continue;
    if (before && (before.pos === "PROPN" || UPPER_INITIAL.test(before.text) && e.a > 0 && before.pos !== "DET" && before.pos !== "ADP" && before.pos !== "CCONJ" && before.pos !== "PUNCT")) continue;
    done.add(e.text);
    out.edits.push({ start: e.start, end: e.start, text: `${full.slice(0, full.length - e.text.length)}`, op: "name" });
  }
  return out;
};
