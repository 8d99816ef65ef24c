// Reading, validating and looking up labels (JSON Lines, one CardLabel per line).
import { LABELS, REASONS, type CardLabel, type EvalCard, type LabelValue, type ReasonCode } from "./types";
import { cardKey, sentenceKey } from "./normalise";

const isString = (v: unknown): v is string => typeof v === "string";

/** Why a parsed object is not a valid label, or null. */
export function labelProblem(raw: unknown): string | null {
  if (!raw || typeof raw !== "object") return "not an object";
  const o = raw as Record<string, unknown>;
  for (const f of ["fixture", "front", "back", "sentence", "rater"] as const) if (!isString(o[f]) || !o[f]) return `missing ${f}`;
  if (o.kind !== "qa" && o.kind !== "cloze") return `kind must be qa or cloze, not ${JSON.stringify(o.kind)}`;
  if (!LABELS.includes(o.label as LabelValue)) return `label must be one of ${LABELS.join(", ")}, not ${JSON.stringify(o.label)}`;
  if (o.label === "accept" && o.reason != null) return "an accepted card takes no reason";
  if (o.label !== "accept" && !REASONS.includes(o.reason as ReasonCode)) return `${o.label} needs a reason: ${REASONS.join(", ")}`;
  if (o.note != null && !isString(o.note)) return "note must be text";
  if (o.context != null && (!isString(o.context) || !o.context.trim())) return "context must be non-empty text when given";
  return null;
}

/** Parses JSON Lines of labels; throws with every bad line numbered, so nothing half-valid is used. */
export function parseLabels(text: string, origin = "labels"): CardLabel[] {
  const out: CardLabel[] = [], errors: string[] = [];
  text.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      errors.push(`${origin}:${i + 1}: not JSON`);
      return;
    }
    const problem = labelProblem(raw);
    if (problem) errors.push(`${origin}:${i + 1}: ${problem}`);
    else {
      const o = raw as CardLabel;
      out.push({ fixture: o.fixture, kind: o.kind, front: o.front, back: o.back, ...(o.context ? { context: o.context } : {}), sentence: o.sentence, label: o.label, reason: o.reason ?? null, ...(o.note ? { note: o.note } : {}), rater: o.rater });
    }
  });
  if (errors.length) throw new Error(errors.join("\n"));
  return out;
}

export const formatLabels = (labels: CardLabel[]) => labels.map((l) => JSON.stringify(l)).join("\n") + (labels.length ? "\n" : "");

export type Match = { label: CardLabel; by: "card" | "sentence" };

/**
 * Finds a card's label from one rater. The (front, back) key wins; the (kind, sentence, back) key
 * is used only when every label under it agrees, so a reworded card never inherits a verdict
 * that two different cards of one sentence got differently.
 */
export class LabelIndex {
  private byCard = new Map<string, CardLabel>();
  private bySentence = new Map<string, CardLabel[]>();

  /** `rater` may name several raters, "rater-a,rater-a2": a card takes the first one's label that has it. */
  constructor(labels: CardLabel[], readonly rater: string) {
    const raters = rater.split(",").map((r) => r.trim()).filter(Boolean);
    // Lower-precedence raters first, so a preferred rater's label of the same card replaces theirs.
    const ordered = labels.filter((l) => raters.includes(l.rater)).sort((x, y) => raters.indexOf(y.rater) - raters.indexOf(x.rater));
    for (const l of ordered) {
      this.byCard.set(cardKey(l), l); // a later label of the same card replaces an earlier one
      const k = sentenceKey(l);
      this.bySentence.set(k, [...(this.bySentence.get(k) ?? []), l]);
    }
  }

  get size() {
    return this.byCard.size;
  }

  find(card: EvalCard): Match | null {
    const exact = this.byCard.get(cardKey(card));
    if (exact) return { label: exact, by: "card" };
    const same = this.bySentence.get(sentenceKey(card)) ?? [];
    if (same.length && same.every((l) => l.label === same[0].label)) return { label: same[0], by: "sentence" };
    return null;
  }

  has(card: EvalCard): boolean {
    return this.find(card) !== null;
  }
}
