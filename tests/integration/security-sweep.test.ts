// Security sweep: every server action and route handler, called by an anonymous visitor, another
// student of the same class, a student of another class and an instructor of another class with
// ids that belong to someone else, must refuse and change nothing. The endpoints are found by
// reading the source, so a new action without a case here fails the suite.
import { describe, expect, it, vi } from "vitest";
import { mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { db } from "@/lib/db";
import { listRouteHandlers, listServerActions } from "../support/sweep/enumerate";
import { actAs, resume, spawnedJobs } from "../support/sweep/acting-user";
import { changedTables, fingerprint } from "../support/sweep/fingerprint";
import { describe as show, isSignInRedirect, outcomeOf, refusal, type Outcome } from "../support/sweep/outcome";
import { ACTORS, buildWorld, SECRET, type Actor, type World } from "../support/sweep/world";
import { ACTIONS, EXEMPT, ROUTES, type SweepCase } from "../support/sweep/cases";

vi.mock("@/auth", async () => (await import("../support/sweep/acting-user")).authModule());
vi.mock("next-auth", async () => (await import("../support/sweep/acting-user")).nextAuthModule());
vi.mock("next/headers", async () => (await import("../support/sweep/acting-user")).headersModule());
vi.mock("@/lib/jobs/queue", async (original) => ({ ...(await original<object>()), ...(await import("../support/sweep/acting-user")).queueModule() }));
vi.mock("@/lib/jobs/spawn-job", async () => (await import("../support/sweep/acting-user")).spawnJobModule());
vi.mock("next/cache", async (original) => ({ ...(await original<object>()), revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next/server", async (original) => ({ ...(await original<object>()), after: () => {} }));

const root = process.cwd();
// Media files the fixture stores (and any an action might write) go to a throwaway folder.
const mediaDir = (process.env.MEDIA_DIR = mkdtempSync(path.join(os.tmpdir(), "lectern-sweep-media-")));
const mediaFiles = () => readdirSync(mediaDir, { recursive: true }).map(String).sort();

describe("the sweep's registry", () => {
  const actions = listServerActions(root);
  const routes = listRouteHandlers(root);
  const covered = new Set([...Object.keys(ACTIONS), ...Object.keys(ROUTES), ...Object.keys(EXEMPT)]);

  it("finds the project's server actions and route handlers", () => {
    expect(actions.length).toBeGreaterThan(50);
    expect(routes).toContain("app/(study)/decks/[deckId]/export/route.ts#GET");
  });

  it("has a case for every server action and route handler", () => {
    expect([...actions, ...routes].filter((key) => !covered.has(key))).toEqual([]);
  });

  it("names no action or handler that no longer exists", () => {
    const existing = new Set([...actions, ...routes]);
    expect([...covered].filter((key) => !existing.has(key))).toEqual([]);
  });
});

/** Text of a reply, to look for the owner's data in it. */
async function replyText(o: Outcome): Promise<string> {
  if (o.kind !== "returned") return o.kind === "threw" ? String(o.error) : o.to;
  return o.value instanceof Response ? await o.value.clone().text() : JSON.stringify(o.value ?? null);
}

/** Signs the actor in; the signed-out owner carries a session id whose row is gone. */
async function signIn(w: World, c: SweepCase, actor: Actor) {
  if (actor === "signedOutOwner") resume({ userId: c.owner === "instructorA" ? w.instructorA.id : w.student.id, sid: "ended-session" });
  else await actAs(actor === "anonymous" ? null : w.users[actor]);
}

const signedOut = (actor: Actor) => actor === "anonymous" || actor === "signedOutOwner";

async function attempt(w: World, c: SweepCase, actor: Actor, call = c.call) {
  await signIn(w, c, actor);
  const jobs = spawnedJobs.length;
  const [before, filesBefore] = [await fingerprint(), mediaFiles()];
  const outcome = await outcomeOf(() => call(w));
  const after = await fingerprint();
  const changed = [...changedTables(before, after, c.mayWrite), ...(mediaFiles().join() === filesBefore.join() ? [] : ["media files"])];
  return { outcome, changed, jobsStarted: spawnedJobs.length - jobs };
}

describe("every endpoint refuses other people's things", async () => {
  const w = await buildWorld();
  // The class deck's text is the classmate's to read; S's email is left out where the caller typed it in.
  const secrets = (actor: Actor, c: SweepCase) => [
    `${SECRET} (private)`, ...(c.publicRefusal ? [] : [w.student.email]), ...(actor === "classmate" ? [] : [SECRET]),
  ];
  const cases = Object.entries({ ...ACTIONS, ...ROUTES });

  for (const actor of ACTORS) {
    describe(`as ${actor}`, () => {
      for (const [key, c] of cases) {
        const own = !signedOut(actor) && c.ownAccountFor?.actors.includes(actor as never);
        if (own && !c.ownAccountFor?.checkReply) continue;
        if (own) {
          // Acting on one's own account is allowed; what comes back must hold none of S's or A's data.
          it(`${key} (own account)`, async () => {
            const { outcome } = await attempt(w, c, actor);
            expect(refusal(outcome), show(outcome)).toBeNull();
            const text = await replyText(outcome);
            for (const secret of secrets(actor, c)) expect(text).not.toContain(secret);
          });
          continue;
        }
        for (const [name, call] of [["", c.call] as const, ...Object.entries(c.variants ?? {})]) it(name ? `${key} (${name})` : key, async () => {
          const { outcome, changed, jobsStarted } = await attempt(w, c, actor, call);
          const expected = signedOut(actor) && !c.publicRefusal
            ? isSignInRedirect(outcome) || (outcome.kind === "returned" && outcome.value instanceof Response && [401, 403].includes(outcome.value.status))
            : c.publicRefusal?.(outcome) ?? refusal(outcome) !== null;
          expect(expected, `not refused: ${show(outcome)}`).toBe(true);
          expect(changed, `${show(outcome)}, yet it wrote`).toEqual([]);
          expect(jobsStarted).toBe(0);
          const text = await replyText(outcome);
          for (const secret of secrets(actor, c)) expect(text).not.toContain(secret);
          expect(await db().authSession.count({ where: { id: w.studentSession } })).toBe(1);
        });
      }
    });
  }

  // The control: the same call by the owner is not refused, so each refusal above is the
  // authorization at work and not a malformed call.
  describe("as the owner (control)", () => {
    const controls = cases.filter(([, c]) => c.owner).sort(([, a], [, b]) => (a.destructive ?? 0) - (b.destructive ?? 0));
    for (const [key, c] of controls) {
      it(key, async () => {
        await actAs(c.owner === "instructorA" ? w.instructorA.id : w.student.id);
        const before = await fingerprint();
        const outcome = await outcomeOf(() => c.call(w, true));
        if (c.ownerOutcome) expect(c.ownerOutcome(outcome), show(outcome)).toBe(true);
        else expect(refusal(outcome), show(outcome)).toBeNull();
        expect(outcome.kind, show(outcome)).not.toBe("threw");
        // Reads (the export) change nothing; every other control must have done its work.
        if (!(outcome.kind === "returned" && outcome.value instanceof Response)) expect(changedTables(before, await fingerprint())).not.toEqual([]);
      });
    }
  });
});
