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

/** A gate's sub-rule: its name, and a check of what the gate reads of a card that returns the reason it drops the card, or null. */
export type NamedRule<V> = [name: string, check: (v: V) => string | null];

/** The gate's verdict: the reason of the first sub-rule that drops the card, or null (later rules are not tried). */
export function firstReason<V>(rules: NamedRule<V>[], v: V): string | null {
  for (const [, check] of rules) {
    const why = check(v);
    if (why) return why;
  }
  return null;
}

/** Every sub-rule that would drop the card, by name, with its reason (for the audits). */
export function allReasons<V>(rules: NamedRule<V>[], v: V): { rule: string; why: string }[] {
  const out: { rule: string; why: string }[] = [];
  for (const [rule, check] of rules) {
    const why = check(v);
    if (why) out.push({ rule, why });
  }
  return out;
}
