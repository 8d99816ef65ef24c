// The class's hardest cards. Raw lapse rate ranks a card failed once out of one review above one
// failed 30 times out of 60, so the rate is shrunk toward the class average with a Beta prior worth
// `priorWeight` reviews:  score = (failed + m·p) / (reviews + m),  failed = reviews − passed,
// p = class-wide failed / reviews. A card with few reviews sits near p; only evidence moves it.

/** One row of hardestCardsSql: review-state answers (reviews, passed) summed over the class's students. */
export type HardCardRow = {
  cardId: string;
  noteId: string;
  front: string;
  /** Deck, note kind and card ordinal, so the UI can link and render a cloze front; optional in fixtures. */
  deckId?: string;
  kind?: string;
  ordinal?: number;
  /** Sum of CardState.lapses over students (all time). */
  lapses: number;
  reviews: number;
  passed: number;
  /** Students for whom this card is a leech. */
  leechCount: number;
};

export type HardCard = HardCardRow & { failed: number; lapseRate: number | null; score: number; leech: boolean; rank: number };
export type HardestOptions = { limit?: number; priorWeight?: number; leechesFirst?: boolean };

/** Used as the prior when the class has no review-state answers at all. */
const FALLBACK_FAIL_RATE = 0.1;

export function hardestCards(rows: HardCardRow[], opts: HardestOptions = {}): HardCard[] {
  const { limit = 20, priorWeight = 10, leechesFirst = true } = opts;
  let reviews = 0, failed = 0;
  for (const r of rows) {
    reviews += Number(r.reviews);
    failed += Number(r.reviews) - Number(r.passed);
  }
  const p = reviews > 0 ? failed / reviews : FALLBACK_FAIL_RATE;
  const scored = rows.map((r) => {
    const n = Number(r.reviews), f = n - Number(r.passed), leechCount = Number(r.leechCount);
    return {
      ...r, lapses: Number(r.lapses), reviews: n, passed: Number(r.passed), leechCount, failed: f,
      lapseRate: n > 0 ? f / n : null,
      score: n + priorWeight > 0 ? (f + priorWeight * p) / (n + priorWeight) : p,
      leech: leechCount > 0,
      rank: 0,
    };
  });
  // Leeches surface first (most students affected first) because they already cost students the
  // most time; everything else by score, then by evidence.
  scored.sort((a, b) =>
    (leechesFirst ? b.leechCount - a.leechCount : 0) || b.score - a.score || b.reviews - a.reviews || a.cardId.localeCompare(b.cardId));
  return scored.slice(0, Math.max(0, limit)).map((c, i) => ({ ...c, rank: i + 1 }));
}
