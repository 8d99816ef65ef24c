// The sub-rule a gate's reason names. The shape, low-value, parse, blank-choice, boundary,
// definition-shape, fragment and scene-anchor gates give one fixed reason per sub-rule; a few carry
// the words that fired ("needs the story's scene ("Vance")", "mechanism cards are not yet
// publishable"), which are cut so that drops tally by rule. Two reasons are shared by two rules:
// "one item of a list" and "an aside in brackets" (blank-choice's own check and the one in
// spans/misplaced-blank): the audit counts each pair as one rule.
export function subRule(gate: string, why: string): string {
  const rule = why
    .replace(/\s*\("[^"]*"\)/g, "")
    .replace(/\s*\([^)]*"[^)]*\)$/, "")
    .replace(/^(?:mechanism|gist) cards are not yet publishable$/, "type not yet publishable");
  return `${gate}: ${rule}`;
}
