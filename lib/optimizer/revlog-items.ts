// Training items from plain revlog rows (CLI, Anki import), as Anki builds them for training: only
// cards whose usable history starts with a learning run (complete), not begun before the cut-off.
import { usableHistory, type RevlogRow } from "../srs/revlog-filter";
import { buildTrainingItems, zonedDayKey, type ReviewRow, type TrainingItem } from "./training-items";
import type { StudyClock } from "../srs/study-clock";

export function trainingRowsFromRevlog(rows: readonly RevlogRow[], ignoreBefore = 0): ReviewRow[] {
  const byCard = new Map<string, RevlogRow[]>();
  for (const r of rows) {
    const list = byCard.get(r.cardId);
    if (list) list.push(r);
    else byCard.set(r.cardId, [r]);
  }
  const out: ReviewRow[] = [];
  for (const list of byCard.values()) {
    list.sort((a, b) => a.time - b.time);
    const usable = usableHistory(list, ignoreBefore);
    if (!usable?.complete || usable.rows[0].time < ignoreBefore) continue;
    usable.rows.forEach((r, i) => out.push({ cardId: r.cardId, rating: r.rating, review: new Date(r.time), state: i === 0 ? 0 : 1 }));
  }
  return out;
}

export function trainingItemsFromRevlog(rows: readonly RevlogRow[], clock: StudyClock, ignoreBefore = 0): { items: TrainingItem[]; reviews: number } {
  const reviewRows = trainingRowsFromRevlog(rows, ignoreBefore);
  return { items: buildTrainingItems(reviewRows, zonedDayKey(clock.timeZone, clock.dayStartHour)), reviews: reviewRows.length };
}
