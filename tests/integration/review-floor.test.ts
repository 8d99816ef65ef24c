// The review screen's order and likely-reject flag in the data layer: the floor's p(reject) and
// reasons stored by the import job and by regeneration, the "publishable" order, the hide filter that
// only hides, a malformed view that falls back to rank order, and another user's chapter not found.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { db } from "@/lib/db";
import { offlineGenerator, type CardGenerator } from "@/lib/cards";
import { FLOOR_THRESHOLD } from "@/lib/cards/floor";
import { createSource, listChapters } from "@/lib/data/sources";
import { processSource } from "@/lib/data/process-source";
import { chapterReviewList, regenerateChapter } from "@/lib/data/candidates";
import { DEFAULT_REVIEW_VIEW } from "@/lib/card-review";
import { NotFoundError } from "@/lib/data/errors";
import { rankedForLine } from "@/lib/card-review";
import { makeUser } from "../support/factories";

const carr = readFileSync("tests/fixtures/chapters/carr-ch11.md", "utf8");
// The offline generator's first five cards with known p(reject): the first a likely reject, the
// fourth without one (as the LLM generator's cards and cards stored before the floor have none).
const REJECT = [FLOOR_THRESHOLD + 0.3, 0.2, 0.1, null, 0.2];
const known: CardGenerator = {
  name: "known-reject",
  async generate(ch, opts) {
    return (await offlineGenerator.generate(ch, opts)).slice(0, REJECT.length).map((c, i) => {
      const { reject: _r, rejectWhy: _w, ...rest } = c;
      return REJECT[i] === null ? rest : { ...rest, reject: REJECT[i]!, rejectWhy: i === 0 ? ["low:centrality", "high:first-person"] : [] };
    });
  },
};

async function importedChapter(generator: CardGenerator) {
  const teacher = await makeUser("INSTRUCTOR");
  const { id } = await createSource(teacher.id, { title: "Carr", filename: "carr.md", text: carr });
  await processSource(id, generator);
  const [chapter] = await listChapters(teacher.id, id);
  return { teacher, chapterId: chapter.id };
}

describe("the review list", () => {
  it("stores each card's p(reject) and orders by it, flagging the likely reject with its reason", async () => {
    const { teacher, chapterId } = await importedChapter(known);
    const rank = (await chapterReviewList(teacher.id, chapterId, { hide: "none" })).candidates;
    expect(rank.map((c) => c.reject)).toEqual(REJECT);
    expect(rank.map((c) => c.rejectReason)).toEqual(["The sentence is off the chapter's main thread; it speaks in the author's \u201cI\u201d or \u201cwe\u201d", null, null, null, null]);
    // Every card's ranker reason in plain words, read from the stored line (which keeps the feature names).
    expect(rank.every((c) => c.why && /\+\d/.test(c.why) && c.rankedFor === rankedForLine(c.why))).toBe(true);
    expect(rank.every((c) => c.rankedFor && !/\+\d/.test(c.rankedFor))).toBe(true);

    const best = await chapterReviewList(teacher.id, chapterId, { order: "publishable", hide: "none" });
    expect(best.view).toEqual({ order: "publishable", hideLikelyRejects: false });
    expect(best.candidates.map((c) => c.id)).toEqual([rank[2], rank[1], rank[4], rank[0], rank[3]].map((c) => c.id));
  });

  it("falls back to rank order on a malformed view", async () => {
    const { teacher, chapterId } = await importedChapter(known);
    const rank = (await chapterReviewList(teacher.id, chapterId)).candidates.map((c) => c.id);
    for (const params of [{ order: "DROP TABLE" }, { order: ["x", "publishable"] }, { order: 3, hide: "everything" }]) {
      const r = await chapterReviewList(teacher.id, chapterId, params);
      expect(r.view, JSON.stringify(params)).toEqual(DEFAULT_REVIEW_VIEW);
      expect(r.candidates.map((c) => c.id)).toEqual(rank);
    }
  });

  it("hides pending likely rejects without changing them", async () => {
    const { teacher, chapterId } = await importedChapter(known);
    const all = (await chapterReviewList(teacher.id, chapterId, { hide: "none" })).candidates;
    const r = await chapterReviewList(teacher.id, chapterId, { hide: "likely-rejects" });
    expect(r.hidden).toBe(1);
    expect(r.candidates.map((c) => c.id)).toEqual(all.slice(1).map((c) => c.id));
    expect((await db().cardCandidate.findUniqueOrThrow({ where: { id: all[0].id } })).status).toBe("PENDING");
  });

  it("is not found for another user's chapter, whatever the view", async () => {
    const { chapterId } = await importedChapter(known);
    const other = await makeUser("INSTRUCTOR");
    await expect(chapterReviewList(other.id, chapterId)).rejects.toThrow(NotFoundError);
    await expect(chapterReviewList(other.id, chapterId, { order: "publishable", hide: "likely-rejects" })).rejects.toThrow(NotFoundError);
  });

  it("gets p(reject) and reasons from the offline generator, on import and on regeneration", async () => {
    const { teacher, chapterId } = await importedChapter(offlineGenerator);
    const rows = await db().cardCandidate.findMany({ where: { chapterId } });
    // The app stores every shown card, the floor's likely rejects too (hidden in the review view, not dropped).
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.some((c) => c.reject! >= FLOOR_THRESHOLD)).toBe(true);
    expect(rows.every((c) => typeof c.reject === "number" && c.reject > 0 && c.reject < 1)).toBe(true);
    expect(rows.some((c) => c.rejectWhy.length > 0)).toBe(true);

    await regenerateChapter(teacher.id, chapterId, "offline");
    const again = await db().cardCandidate.findMany({ where: { chapterId } });
    expect(again.every((c) => typeof c.reject === "number")).toBe(true);
  });
});
