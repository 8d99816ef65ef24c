// The review screen's grade and undo route handlers (app/api/review/*): the real session check,
// data layer and database; only the request scope (who is signed in) is stood in for.
import { describe, expect, it, vi } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { getStudyView } from "@/lib/data/review/session";
import { actAs } from "../support/sweep/acting-user";
import { makeDeckWithNotes, makeUser } from "../support/factories";
import { POST as grade } from "@/app/api/review/grade/route";
import { POST as undo } from "@/app/api/review/undo/route";
import { MAX_REVIEW_BODY_BYTES } from "@/app/api/review/reply";

vi.mock("@/auth", async () => (await import("../support/sweep/acting-user")).authModule());
vi.mock("next-auth", async () => (await import("../support/sweep/acting-user")).nextAuthModule());
vi.mock("next/headers", async () => (await import("../support/sweep/acting-user")).headersModule());

// Flipped by the outage test: the data layer then fails the way an unreachable database does.
const outage = vi.hoisted(() => ({ on: false }));
vi.mock("@/lib/data/review/grade", async (original) => {
  const real = await original<typeof import("@/lib/data/review/grade")>();
  return {
    ...real,
    gradeCard: (...args: Parameters<typeof real.gradeCard>) => {
      if (outage.on) throw new Error("Can't reach database server", { cause: { code: "P1001" } });
      return real.gradeCard(...args);
    },
  };
});

const post = (body: unknown, contentType = "application/json", headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/review/x", { method: "POST", headers: { "content-type": contentType, host: "localhost", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });

// A body that arrives in pieces with no Content-Length (chunked), as a client can send it.
const streamed = (text: string, pieces: number) => {
  const bytes = new TextEncoder().encode(text), step = Math.ceil(bytes.length / pieces);
  const body = new ReadableStream<Uint8Array>({ start(c) { for (let i = 0; i < bytes.length; i += step) c.enqueue(bytes.slice(i, i + step)); c.close(); } });
  return new Request("http://localhost/api/review/x", { method: "POST", headers: { "content-type": "application/json", host: "localhost" }, body, duplex: "half" } as RequestInit);
};

async function studentWithCards(fronts = ["Q1", "Q2"]) {
  const user = await makeUser();
  const deck = await makeDeckWithNotes(user.id, fronts.map((front) => ({ front })));
  await actAs(user.id);
  const view = await getStudyView(user, new Date(), deck.id);
  return { user, deck, card: view.card! };
}

const logsOf = (userId: string) => db().reviewLog.count({ where: { userId } });

describe("POST /api/review/grade", () => {
  it("saves the answer once, answers with the next card, and a retry with the same request id is not saved again", async () => {
    const { user, deck, card } = await studentWithCards();
    const answer = { cardId: card.cardId, rating: 3, expectedVersion: card.version, requestId: randomUUID(), durationMs: 4000, deckId: deck.id };
    const res = await grade(post(answer));
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store, no-transform");
    const body = await res.json();
    expect(body.ok).toBe(true);
    expect(body.view.card.front[0].text).toBe("Q2");
    expect(await logsOf(user.id)).toBe(1);

    const again = await (await grade(post(answer))).json();
    expect(again).toMatchObject({ ok: true, message: "That answer was already saved." });
    expect(await logsOf(user.id)).toBe(1);
  });

  it("refuses unreadable answers with 400 and saves nothing", async () => {
    const { user, deck, card } = await studentWithCards();
    const good = { cardId: card.cardId, rating: 3, expectedVersion: card.version, requestId: randomUUID(), durationMs: 4000, deckId: deck.id };
    for (const bad of [{ ...good, rating: 5 }, { ...good, requestId: "not-a-uuid" }, { ...good, durationMs: -1 }, { ...good, cardId: "" }]) {
      const res = await grade(post(bad));
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ ok: false, message: "That answer could not be read. Please answer again.", view: { deckId: deck.id } });
    }
    expect((await grade(post("{not json"))).status).toBe(400);
    expect((await grade(post(JSON.stringify(good), "text/plain"))).status).toBe(400); // forms cannot send JSON
    expect(await logsOf(user.id)).toBe(0);
  });

  it("answers 404 for another student's card and changes nothing of theirs", async () => {
    const { user: owner, card } = await studentWithCards(["Owner's secret question"]);
    const other = await makeUser();
    await actAs(other.id);
    const res = await grade(post({ cardId: card.cardId, rating: 1, expectedVersion: null, requestId: randomUUID(), durationMs: 1, deckId: null }));
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("Owner's secret question");
    expect(await logsOf(owner.id)).toBe(0);
    expect(await logsOf(other.id)).toBe(0);
  });

  // These routes are outside proxy.ts (its matcher), so they make its origin and size checks and
  // carry its security headers themselves.
  it("refuses another site's POST with 403 and an over-size body with 413, and saves nothing", async () => {
    const { user, deck, card } = await studentWithCards();
    const answer = { cardId: card.cardId, rating: 3, expectedVersion: card.version, requestId: randomUUID(), durationMs: 4000, deckId: deck.id };
    for (const origin of ["https://evil.example", "http://localhost.evil.example"]) {
      const res = await grade(post(answer, "application/json", { origin }));
      expect(res.status).toBe(403);
      expect(await res.text()).not.toContain(card.cardId);
    }
    expect((await undo(post({ deckId: deck.id }, "application/json", { origin: "https://evil.example" }))).status).toBe(403);
    const padded = JSON.stringify({ ...answer, pad: "x".repeat(MAX_REVIEW_BODY_BYTES) });
    expect((await grade(post(padded, "application/json", { "content-length": String(padded.length) }))).status).toBe(413);
    expect((await grade(streamed(padded, 8))).status).toBe(400); // no declared length: reading stops at the limit
    expect(await logsOf(user.id)).toBe(0);
    expect((await grade(streamed(JSON.stringify(answer), 3))).status).toBe(200); // a small chunked body is read whole
    expect((await grade(post(answer, "application/json", { origin: "http://localhost" }))).status).toBe(200);
    expect(await logsOf(user.id)).toBe(1);
  });

  it("carries the security headers proxy.ts sets elsewhere, and no-transform so Next does not gzip it", async () => {
    const { deck } = await studentWithCards();
    for (const res of [await undo(post({ deckId: deck.id })), await undo(post({ deckId: deck.id }, "application/json", { origin: "https://evil.example" }))]) {
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(res.headers.get("cache-control")).toBe("no-store, no-transform");
    }
  });

  it("answers 401 to an anonymous visitor", async () => {
    const { user, card } = await studentWithCards();
    await actAs(null);
    const res = await grade(post({ cardId: card.cardId, rating: 3, expectedVersion: card.version, requestId: randomUUID(), durationMs: 1, deckId: null }));
    expect(res.status).toBe(401);
    expect(await logsOf(user.id)).toBe(0);
  });

  it("answers 503 with Retry-After and the 'try again' state while the database is unreachable; the same answer then saves once", async () => {
    const { user, deck, card } = await studentWithCards();
    const answer = { cardId: card.cardId, rating: 3, expectedVersion: card.version, requestId: randomUUID(), durationMs: 4000, deckId: deck.id };
    outage.on = true;
    try {
      const res = await grade(post(answer));
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("2");
      expect(await res.json()).toMatchObject({ ok: false, retry: true });
    } finally {
      outage.on = false;
    }
    expect((await grade(post(answer))).status).toBe(200);
    expect(await logsOf(user.id)).toBe(1);
  });
});

describe("POST /api/review/undo", () => {
  it("undoes the caller's last answer and shows that card again; then there is nothing to undo", async () => {
    const { user, deck, card } = await studentWithCards();
    await grade(post({ cardId: card.cardId, rating: 3, expectedVersion: card.version, requestId: randomUUID(), durationMs: 4000, deckId: deck.id }));
    const res = await undo(post({ deckId: deck.id }));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ ok: true, message: "Undid your last answer." });
    expect(body.view.card.cardId).toBe(card.cardId);
    expect(await logsOf(user.id)).toBe(0);
    expect(await (await undo(post({ deckId: deck.id }))).json()).toMatchObject({ ok: false, message: "There is nothing to undo." });
  });

  it("never undoes another student's answer, refuses bad input with 400 and anonymous visitors with 401", async () => {
    const { user: owner, deck, card } = await studentWithCards();
    await grade(post({ cardId: card.cardId, rating: 3, expectedVersion: card.version, requestId: randomUUID(), durationMs: 4000, deckId: deck.id }));
    const other = await makeUser();
    await actAs(other.id);
    expect(await (await undo(post({ deckId: deck.id }))).json()).toMatchObject({ ok: false, message: "There is nothing to undo." });
    expect((await undo(post({ deckId: 42 }))).status).toBe(400);
    await actAs(null);
    expect((await undo(post({ deckId: deck.id }))).status).toBe(401);
    expect(await logsOf(owner.id)).toBe(1);
  });
});
