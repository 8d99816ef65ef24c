// Card counts by state and per-chapter mastery for the student dashboard.

/** One row of cardCountsSql. `mature` = scheduledDays ≥ 21 (only meaningful for state 2). */
export type CardCountRow = { state: number; suspended: boolean; leech: boolean; mature: boolean; count: number };

export type CardCounts = {
  new: number;
  learning: number;
  review: { young: number; mature: number; total: number };
  relearning: number;
  /** Suspended cards are counted here only, not under their state: they are out of rotation. */
  suspended: number;
  /** Leeches overlap the other counts (a leech is usually also suspended). */
  leech: number;
  total: number;
};

/** `unseen` = cards in the student's decks with no CardState yet (unseenCardsSql); they are new too. */
export function cardCounts(rows: CardCountRow[], unseen = 0): CardCounts {
  const c: CardCounts = { new: unseen, learning: 0, review: { young: 0, mature: 0, total: 0 }, relearning: 0, suspended: 0, leech: 0, total: unseen };
  for (const r of rows) {
    const n = Number(r.count);
    c.total += n;
    if (r.leech) c.leech += n;
    if (r.suspended) c.suspended += n;
    else if (r.state === 0) c.new += n;
    else if (r.state === 1) c.learning += n;
    else if (r.state === 3) c.relearning += n;
    else if (r.state === 2) {
      if (r.mature) c.review.mature += n;
      else c.review.young += n;
      c.review.total += n;
    }
  }
  return c;
}

/** Stability (days) at which a card counts as mastered; chapterMasterySql takes it as $3. */
export const MASTERY_STABILITY_DAYS = 21;

/** One row of chapterMasterySql. */
export type ChapterRow = { chapterId: string; title: string; total: number; mastered: number };
export type ChapterMastery = ChapterRow & { share: number | null };

/** Chapters with their mastered share, weakest first by default (that is where to study next). */
export function chapterMastery(rows: ChapterRow[], dir: "weakest" | "strongest" = "weakest"): ChapterMastery[] {
  const sign = dir === "weakest" ? 1 : -1;
  return rows
    .map((r) => {
      const total = Number(r.total), mastered = Number(r.mastered);
      return { ...r, total, mastered, share: total > 0 ? mastered / total : null };
    })
    .sort((a, b) => {
      // Empty chapters have nothing to show: always last.
      if (a.share === null || b.share === null) return a.share === null ? (b.share === null ? 0 : 1) : -1;
      return sign * (a.share - b.share) || b.total - a.total || a.title.localeCompare(b.title);
    });
}
