// The sub-rule a gate's reason names. The shape, low-value, parse, blank-choice, boundary,
// definition-shape, fragment and scene-anchor gates give one fixed reason per sub-rule; a few carry
// the words that fired ("needs the story's scene ("Vance")", "mechanism cards are not yet
// publishable"), which are cut so that drops tally by rule. (Three paths of blank-choice share
// the reason "the chapter's own topic": the topic's name, nouns that run through the chapter, a
// phrase it keeps using; they are one rule here, as they are one reason on the card.)
export function subRule(gate: string, why: string): string {
  const rule = why
    .replace(/\s*\("[^"]*"\)/g, "")
    .replace(/\s*\([^)]*"[^)]*\)$/, "")
    .replace(/^(?:mechanism|gist) cards are not yet publishable$/, "type not yet publishable");
  return `${gate}: ${rule}`;
}
