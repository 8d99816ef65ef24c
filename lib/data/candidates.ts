import "server-only";
// The author's review of generated cards: edit, approve, reject, publish into a deck, regenerate.
import { db } from "@/lib/db";
import type { CleanChapter } from "@/lib/chapters/types";
import { generatorFromEnv } from "./generator";
import { candidateRows } from "./candidate-rows";
import { generateOptionsFor } from "./generate-options";
import { requireOwnedChapter } from "./sources";
import { createNote } from "./notes";
import { requireOwnedDeck } from "./access";
import { NotFoundError, ValidationError } from "./errors";
import { contextProblem, normalizeContext } from "@/lib/notes/context";
import { likelyRejectReason, orderForReview, parseReviewView, rankedForLine, withoutLikelyRejects, type ReviewView } from "@/lib/card-review";

export type CandidateStatus = "PENDING" | "APPROVED" | "REJECTED" | "PUBLISHED";

export async function chapterReview(userId: string, chapterId: string) {
  const chapter = await requireOwnedChapter(userId, chapterId);
  const candidates = await db().cardCandidate.findMany({ where: { chapterId }, orderBy: [{ position: "asc" }] });
  return { chapter: { id: chapter.id, title: chapter.title, number: chapter.number, sourceId: chapter.sourceId, structure: chapter.structure as unknown as CleanChapter }, candidates };
}

/**
 * The review screen's list: the chapter's cards in the view the page's search parameters ask for
 * (malformed → the default view), each with the ranker's reason in plain words and, when it is a
 * pending likely reject, the floor's reason; hidden likely rejects are only counted, never changed.
 */
export async function chapterReviewList(userId: string, chapterId: string, params?: Record<string, unknown>) {
  const view: ReviewView = parseReviewView(params);
  const { chapter, candidates } = await chapterReview(userId, chapterId);
  const shown = withoutLikelyRejects(orderForReview(candidates, view.order), view.hideLikelyRejects);
  return {
    chapter, view, hidden: candidates.length - shown.length, approved: candidates.filter((c) => c.status === "APPROVED").length,
    candidates: shown.map((c) => ({ ...c, rankedFor: rankedForLine(c.why), rejectReason: likelyRejectReason(c) })),
  };
}

async function ownedCandidates(userId: string, ids: string[]) {
  const rows = await db().cardCandidate.findMany({ where: { id: { in: ids }, chapter: { source: { ownerId: userId } } }, select: { id: true, status: true } });
  if (rows.length !== new Set(ids).size) throw new NotFoundError("One of those cards");
  return rows;
}

export async function setCandidateStatus(userId: string, ids: string[], status: Exclude<CandidateStatus, "PUBLISHED">) {
  const rows = await ownedCandidates(userId, ids);
  const changeable = rows.filter((r) => r.status !== "PUBLISHED").map((r) => r.id);
  await db().cardCandidate.updateMany({ where: { id: { in: changeable } }, data: { status } });
  return changeable.length;
}

/** Edits a card's sides and, when given, its context line (an empty one removes it). */
export async function editCandidate(userId: string, id: string, input: { front: string; back: string; context?: string | null }) {
  const [row] = await ownedCandidates(userId, [id]);
  if (row.status === "PUBLISHED") throw new ValidationError("This card is already in a deck: edit it there.");
  if (!input.front.trim() || !input.back.trim()) throw new ValidationError("Both sides need text.", "front");
  const contextIssue = contextProblem(input.context);
  if (contextIssue) throw new ValidationError(contextIssue, "context");
  const context = input.context !== undefined ? { context: normalizeContext(input.context) } : {};
  await db().cardCandidate.update({ where: { id }, data: { front: input.front.trim(), back: input.back.trim(), ...context, edited: true, status: "APPROVED" } });
}

/**
 * Checks that the chapter is the user's and has approved cards, before anything is written for
 * the publish (such as a new deck): a refused publish leaves nothing behind.
 */
export async function requirePublishable(userId: string, chapterId: string): Promise<void> {
  await requireOwnedChapter(userId, chapterId);
  if (!(await db().cardCandidate.count({ where: { chapterId, status: "APPROVED" } }))) throw new ValidationError("Approve some cards first.");
}

/** Publishes the chapter's approved cards into an owned deck as notes with their source reference. */
export async function publishApproved(userId: string, chapterId: string, deckId: string): Promise<number> {
  await Promise.all([requireOwnedChapter(userId, chapterId), requireOwnedDeck(userId, deckId)]);
  const approved = await db().cardCandidate.findMany({ where: { chapterId, status: "APPROVED" }, orderBy: { position: "asc" } });
  if (!approved.length) throw new ValidationError("Approve some cards first.");
  await db().$transaction(async (t) => {
    for (const c of approved) {
      const note = await createNote(userId, deckId, {
        kind: c.kind === "cloze" ? "CLOZE" : "BASIC", front: c.front, back: c.kind === "cloze" ? "" : c.back, context: c.context, tags: ["imported"],
        source: { chapterId, page: c.page, sentence: c.sentenceIds[0] ?? null, spanStart: c.spanStart, spanEnd: c.spanEnd },
      }, t);
      await t.cardCandidate.update({ where: { id: c.id }, data: { status: "PUBLISHED", noteId: note.id } });
    }
  }, { timeout: 60_000 });
  return approved.length;
}

const norm = (s: string) => s.toLowerCase().replace(/\W+/g, " ").trim();

/** New candidates replace only PENDING ones; approved, edited, rejected and published cards stay. */
export async function regenerateChapter(userId: string, chapterId: string, kind: "auto" | "offline" = "auto"): Promise<number> {
  const { chapter, candidates } = await chapterReview(userId, chapterId);
  const source = await db().source.findFirstOrThrow({ where: { id: chapter.sourceId, ownerId: userId }, select: { ownerId: true, author: true, title: true } });
  const cards = await generatorFromEnv(kind).generate(chapter.structure, await generateOptionsFor(source));
  const kept = candidates.filter((c) => c.status !== "PENDING" || c.edited);
  const seen = new Set(kept.map((c) => norm(c.front)));
  const fresh = cards.filter((c) => !seen.has(norm(c.front)));
  const start = Math.max(-1, ...candidates.map((c) => c.position)) + 1;
  await db().$transaction([
    db().cardCandidate.deleteMany({ where: { chapterId, status: "PENDING", edited: false } }),
    db().cardCandidate.createMany({ data: candidateRows(chapterId, fresh, start) }),
  ]);
  return fresh.length;
}
