// Training rows for the ranker from several raters' labels of the same candidates. The strict,
// independent raters (STRICT) outweigh the developers' own when they disagree on a card: each
// candidate becomes one row whose target is the rater-weighted mean of its labels and whose weight
// is the sum of its raters' weights, so a card three lenient raters accepted and one strict rater
// rejected lands where `strictWeight` puts it. `strictWeight: Infinity` lets a strict label, when
// there is one, decide alone.
export const STRICT_RATERS = ["rater-c", "rater-d", "rater-e", "rater-f", "rater-g", "rater-h", "rater-i", "rater-j", "rater-k", "rater-l", "rater-m", "rater-n", "rater-o", "rater-p", "rater-q", "rater-r", "rater-s", "rater-t", "rater-u", "rater-v", "rater-w", "rater-x", "rater-y", "rater-z", "rater-aa", "rater-ab", "rater-ac", "rater-ad", "rater-ae", "rater-af", "rater-ag", "rater-ah", "rater-ai", "rater-aj", "rater-ak", "rater-am", "rater-an", "rater-ao", "rater-ap", "rater-aq", "rater-ar", "rater-as", "rater-at", "rater-au", "rater-av", "rater-aw", "rater-ax", "rater-ay", "rater-az", "rater-ba", "rater-bb", "rater-bc", "rater-bd", "rater-be", "rater-bf", "rater-bg", "rater-bh", "rater-bi", "rater-bj", "rater-bk", "rater-bl"] as const;
export const isStrict = (rater: string) => (STRICT_RATERS as readonly string[]).includes(rater);

export type Verdict = "accept" | "edit" | "reject";
/** What the model predicts: accept (edit counts as not), accept-or-edit, or accept with edit half. */
export type Target = "accept" | "usable" | "graded";
export const TARGET_VALUE: Record<Target, Record<Verdict, number>> = {
  accept: { accept: 1, edit: 0, reject: 0 },
  usable: { accept: 1, edit: 1, reject: 0 },
  graded: { accept: 1, edit: 0.5, reject: 0 },
};

export type RaterLabel = { rater: string; label: Verdict };

/**
 * One candidate's row, or null when it has no label. Each rater counts once (their first label).
 * `oneCard`: the card weighs as its weightiest rater alone, however many raters labelled it (the
 * target is still their weighted mean), so a chapter that two strict raters both labelled does not
 * count twice in the fit.
 */
export function combine(labels: RaterLabel[], target: Target, strictWeight: number, oneCard = false): { y: number; weight: number } | null {
  const seen = new Set<string>();
  const once = labels.filter((l) => !seen.has(l.rater) && seen.add(l.rater));
  const strict = once.filter((l) => isStrict(l.rater));
  const used = strictWeight === Infinity && strict.length ? strict : once;
  if (!used.length) return null;
  const w = (l: RaterLabel) => (isStrict(l.rater) && strictWeight !== Infinity ? strictWeight : 1);
  const total = used.reduce((s, l) => s + w(l), 0);
  const y = used.reduce((s, l) => s + w(l) * TARGET_VALUE[target][l.label], 0) / total;
  return { y, weight: oneCard ? Math.max(...used.map(w)) : total };
}

/**
 * Rescales row weights so every group (a training book) carries the same total weight, keeping the
 * grand total (so an L2 strength means what it meant): a book with many labelled cards, or many
 * raters, no longer outvotes a book with few.
 */
export function balanceGroups<T extends { weight: number }>(rows: T[], groupOf: (r: T) => string): T[] {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(groupOf(r), (totals.get(groupOf(r)) ?? 0) + r.weight);
  const grand = [...totals.values()].reduce((s, t) => s + t, 0), share = grand / (totals.size || 1);
  return rows.map((r) => ({ ...r, weight: (r.weight * share) / totals.get(groupOf(r))! }));
}

/** The verdict a card's figures count: the first rater's in `precedence` that labelled it. */
export function verdictOf(labels: RaterLabel[], precedence: readonly string[]): RaterLabel | null {
  for (const r of precedence) {
    const l = labels.find((x) => x.rater === r);
    if (l) return l;
  }
  return null;
}
