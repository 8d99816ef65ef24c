// Pure assembly of the review queue from candidates the data layer fetched.
// Order: learning/relearning cards due now, then due reviews (oldest due first), then new cards in
// source order, within each deck's daily limits. Learning cards due within the learn-ahead window
// come last, so a session doesn't end while a card is minutes away (Anki does the same).
// Siblings (other cards of a note answered today) are buried: skipped for the rest of the day.
// New cards count only against newPerDay, reviews only against reviewsPerDay (Anki v2 style): a
// class deck's new-card budget stays predictable for the instructor.

export type QueueCandidate = {
  cardId: string;
  noteId: string;
  deckId: string;
  due: Date | null;
  state: number;
  position: number;
  rank?: number; // new cards of class assignments: earliest deadline = 0; others come after
};

export type DeckLimits = { deckId: string; newPerDay: number; reviewsPerDay: number; newDone: number; reviewsDone: number };

export type QueueInput = {
  now: Date;
  learning: QueueCandidate[];
  reviews: QueueCandidate[];
  newCards: QueueCandidate[];
  answeredToday: Map<string, Set<string>>; // noteId -> ids of its cards answered this study day
  decks: DeckLimits[];
};

export type Queue = { cards: QueueCandidate[]; counts: { learning: number; review: number; new: number } };

const NO_RANK = 1e9;

const byDue = (a: QueueCandidate, b: QueueCandidate) =>
  (a.due?.getTime() ?? 0) - (b.due?.getTime() ?? 0) || a.cardId.localeCompare(b.cardId);

function withinLimit(cards: QueueCandidate[], remaining: Map<string, number>): QueueCandidate[] {
  const left = new Map(remaining);
  return cards.filter((c) => {
    const n = left.get(c.deckId) ?? 0;
    if (n <= 0) return false;
    left.set(c.deckId, n - 1);
    return true;
  });
}

export function buildQueue(input: QueueInput): Queue {
  // A sibling is buried when another card of its note was answered today; a card answered itself
  // (e.g. reset to new afterwards) is not its own sibling.
  const notBuried = (c: QueueCandidate) => {
    const answered = input.answeredToday.get(c.noteId);
    return !answered || [...answered].every((id) => id === c.cardId);
  };
  const remainingReviews = new Map(input.decks.map((d) => [d.deckId, Math.max(0, d.reviewsPerDay - d.reviewsDone)]));
  const remainingNew = new Map(input.decks.map((d) => [d.deckId, Math.max(0, d.newPerDay - d.newDone)]));
  const deckOrder = new Map(input.decks.map((d, i) => [d.deckId, i]));

  const learning = [...input.learning].sort(byDue);
  const dueNow = learning.filter((c) => c.due && c.due <= input.now);
  const ahead = learning.filter((c) => !c.due || c.due > input.now);
  const reviews = withinLimit([...input.reviews].filter(notBuried).sort(byDue), remainingReviews);
  const fresh = withinLimit(
    [...input.newCards].filter(notBuried).sort((a, b) => (a.rank ?? NO_RANK) - (b.rank ?? NO_RANK) ||
      (deckOrder.get(a.deckId) ?? 0) - (deckOrder.get(b.deckId) ?? 0) || a.position - b.position),
    remainingNew,
  );
  // Only one card of a note per session pass: a later sibling waits for tomorrow.
  const seenNotes = new Set<string>();
  const firstOfNote = (c: QueueCandidate) => (seenNotes.has(c.noteId) ? false : (seenNotes.add(c.noteId), true));
  const rest = [...reviews, ...fresh].filter(firstOfNote);
  const cards = [...dueNow, ...rest, ...ahead];
  return {
    cards,
    counts: {
      learning: learning.length,
      review: rest.filter((c) => c.state === 2).length,
      new: rest.filter((c) => c.state === 0).length,
    },
  };
}
