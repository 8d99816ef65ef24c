import "server-only";
// Builds what the review screen shows: the next card, its interval previews and the counts left.
import { previewIntervals } from "@/lib/srs/scheduler";
import { studyDay } from "@/lib/srs/study-day";
import { buildQueue } from "@/lib/srs/queue";
import { renderCard, type Segment } from "@/lib/notes/render";
import { cardHtml, looksLikeHtml } from "@/lib/anki/card-html";
import { qPrepared, ts } from "../pg";
import { STUDYABLE_DECK_SQL } from "../access";
import { DECK_OPTION_COLUMNS, PERSONAL_COLUMNS, PERSONAL_WEIGHTS_JOIN, deckOptionsOf, type DeckOptionRow } from "./deck-options";
import { STATE_COLUMNS, memoryOf, type StateRow } from "./state-row";
import { learningCandidates, newCandidates, reviewCandidates, todayActivity } from "./candidates";
import type { StudyCard, StudyView } from "./types";
import { deadlineFirst } from "../assignment-queue";

type Viewer = { id: string; timeZone: string; dayStartHour: number };
type DeckRow = DeckOptionRow & { id: string; title: string };

async function studyDecks(userId: string, deckId: string | null): Promise<DeckRow[]> {
  return qPrepared<DeckRow>(
    `SELECT d.id, d.title, ${DECK_OPTION_COLUMNS}, ${PERSONAL_COLUMNS} FROM "Deck" d
     ${PERSONAL_WEIGHTS_JOIN}
     WHERE ${STUDYABLE_DECK_SQL} ${deckId ? "AND d.id = $2" : ""} ORDER BY d."createdAt"`,
    deckId ? [userId, deckId] : [userId],
  );
}

export async function getStudyView(viewer: Viewer, now: Date, deckId: string | null): Promise<StudyView> {
  const day = studyDay(now, viewer.timeZone, viewer.dayStartHour);
  const [decks, activity] = await Promise.all([studyDecks(viewer.id, deckId), todayActivity(viewer.id, day.start)]);
  const todayTotals = activity.today;
  const empty: StudyView = { card: null, preview: null, counts: { learning: 0, review: 0, new: 0 }, nextLearningDue: null, deckId, today: todayTotals };
  if (!decks.length) return empty;
  const ids = decks.map((d) => d.id);
  const done = new Map(activity.counts.map((c) => [c.deckId, c]));
  const reviewBudget = decks.reduce((sum, d) => sum + Math.max(0, d.reviewsPerDay - (done.get(d.id)?.reviewsDone ?? 0)), 0);
  const newLimits = decks.map((d) => ({ deckId: d.id, limit: Math.max(0, d.newPerDay - (done.get(d.id)?.newDone ?? 0)) }));
  const [learning, reviews, fresh] = await Promise.all([
    learningCandidates(viewer.id, ids, now),
    reviewCandidates(viewer.id, ids, now, day.end, Math.min(reviewBudget, 5000)),
    deadlineFirst(viewer.id, { timeZone: viewer.timeZone, dayStartHour: viewer.dayStartHour }, newCandidates(viewer.id, newLimits, now), newLimits, now),
  ]);
  const queue = buildQueue({
    now, learning, reviews, newCards: fresh, answeredToday: activity.answeredToday,
    decks: decks.map((d) => ({ deckId: d.id, newPerDay: d.newPerDay, reviewsPerDay: d.reviewsPerDay, newDone: done.get(d.id)?.newDone ?? 0, reviewsDone: done.get(d.id)?.reviewsDone ?? 0 })),
  });
  const head = queue.cards[0];
  const nextLearningDue = head ? null : await nextLearning(viewer.id, ids, day.end);
  if (!head) return { ...empty, counts: queue.counts, nextLearningDue };
  const deck = decks.find((d) => d.id === head.deckId)!;
  const card = await loadCard(viewer.id, head.cardId, deck.title);
  const options = deckOptionsOf(deck);
  const preview = previewIntervals(memoryOf(card.stateRow), now, options, viewer);
  return {
    ...empty, card: card.dto, counts: queue.counts, nextLearningDue,
    preview: { "1": preview[1].label, "2": preview[2].label, "3": preview[3].label, "4": preview[4].label },
  };
}

async function loadCard(userId: string, cardId: string, deckTitle: string): Promise<{ dto: StudyCard; stateRow: StateRow }> {
  const [row] = await qPrepared<StateRow & { cardId: string; noteId: string; deckId: string; ordinal: number; kind: StudyCard["kind"]; front: string; back: string; context: string | null; tags: string[]; sourcePage: string | null; chapterTitle: string | null }>(
    `SELECT c.id AS "cardId", c."noteId", c."deckId", c.ordinal, n.kind, n.front, n.back, n.context, n.tags, n."sourcePage", ch.title AS "chapterTitle", ${STATE_COLUMNS}
     FROM "Card" c JOIN "Note" n ON n.id = c."noteId" LEFT JOIN "Chapter" ch ON ch.id = n."chapterId"
     LEFT JOIN "CardState" s ON s."cardId" = c.id AND s."userId" = $1 WHERE c.id = $2`,
    [userId, cardId],
  );
  const rendered = renderCard({ kind: row.kind, front: row.front, back: row.back }, row.ordinal);
  const withHtml = (segments: Segment[]) => segments.map((s) => (looksLikeHtml(s.text) ? { ...s, html: cardHtml(s.text, row.deckId) } : s));
  const source = [row.chapterTitle, row.sourcePage ? `p. ${row.sourcePage}` : null].filter(Boolean).join(", ") || null;
  return {
    stateRow: row,
    dto: {
      cardId: row.cardId, noteId: row.noteId, deckId: row.deckId, deckTitle, kind: row.kind, ordinal: row.ordinal,
      front: withHtml(rendered.front), back: withHtml(rendered.back), extra: row.kind === "CLOZE" ? row.back : "", context: row.context, source,
      version: row.sid ? row.version : null, state: row.state ?? 0, leech: row.leech ?? false, tags: row.tags,
    },
  };
}

async function nextLearning(userId: string, deckIds: string[], dayEnd: Date): Promise<string | null> {
  const [row] = await qPrepared<{ due: Date }>(
    `SELECT min(due) AS due FROM "CardState" WHERE "userId" = $1 AND "deckId" = ANY($2::text[]) AND state IN (1, 3)
       AND NOT suspended AND due < $3`,
    [userId, deckIds, ts(dayEnd)],
  );
  return row?.due ? row.due.toISOString() : null;
}
