// The sweep's registry: one case per server action and route handler, keyed "file#export". Each
// case calls the endpoint with ids that belong to instructor A or student S (see world.ts); the
// test runs it as every attacker and as the owner (the control that shows the call is real).
import { randomUUID } from "node:crypto";
import * as auth from "@/app/(auth)/actions";
import * as reset from "@/app/(auth)/reset-actions";
import * as cram from "@/app/(study)/assignments/actions";
import * as custom from "@/app/(study)/decks/[deckId]/custom/actions";
import * as csv from "@/app/(study)/decks/[deckId]/import/actions";
import * as decks from "@/app/(study)/decks/actions";
import * as presets from "@/app/(study)/decks/preset-actions";
import * as review from "@/app/(study)/review/actions";
import * as settings from "@/app/(study)/settings/actions";
import * as fsrs from "@/app/(study)/settings/fsrs/actions";
import * as history from "@/app/(study)/settings/fsrs/history-actions";
import * as security from "@/app/(study)/settings/security/actions";
import * as assignments from "@/app/(teach)/classes/[classId]/assignments/actions";
import * as classes from "@/app/(teach)/classes/actions";
import * as teachImport from "@/app/(teach)/import/actions";
import * as deckExport from "@/app/(study)/decks/[deckId]/export/route";
import * as roster from "@/app/(teach)/classes/[classId]/progress/roster.csv/route";
import * as ankiImport from "@/app/(study)/decks/[deckId]/import/anki/route";
import * as media from "@/app/media/[deckId]/[name]/route";
import * as imageUpload from "@/app/media/[deckId]/route";
import * as myData from "@/app/(study)/settings/data/actions";
import * as myDataExport from "@/app/(study)/settings/data/export/route";
import * as reviewGrade from "@/app/api/review/grade/route";
import * as reviewUndo from "@/app/api/review/undo/route";
import { form, privateVersion, type Actor, type World } from "./world";
import type { Outcome } from "./outcome";

export type SweepCase = {
  /** Calls the endpoint on someone else's things (`asOwner` for the control, where it differs). */
  call: (w: World, asOwner?: boolean) => Promise<unknown>;
  /** Whose things they are: the control calls it as them and expects it not to be refused. */
  owner: "instructorA" | "student" | null;
  /** Why there is no owner control (it names no one's things, or needs what the fixture lacks). */
  noControl?: string;
  /** What the owner control must see, where it is not "not refused" (deleting one's account signs out). */
  ownerOutcome?: (o: Outcome) => boolean;
  /** The owner control deletes fixture rows: it runs after every other control, in this order. */
  destructive?: number;
  /** Attackers for whom the call acts only on their own account (nothing of anyone else's is named). */
  ownAccountFor?: { actors: Exclude<Actor, "anonymous" | "signedOutOwner">[]; why: string; checkReply?: boolean };
  /** For actions meant for signed-out visitors: what counts as refusal instead of the sign-in redirect. */
  publicRefusal?: (o: Outcome) => boolean;
  /** More attacks on the same endpoint, mixing the attacker's own ids with someone else's. */
  variants?: Record<string, (w: World) => Promise<unknown>>;
  /** Tables a refused call may still write (throttle counters): named, never the victim's data. */
  mayWrite?: string[];
};

const params = <T,>(p: T) => ({ params: Promise.resolve(p) });
const scoreForm = (w: World) => form({ scores: `${w.student.email},80` });
const assignmentForm = (w: World) => form({ title: "Hijacked", deckId: w.deck.id, startAt: "2026-01-01", dueAt: "2026-01-05", examAt: "", targetRecall: "90" });
const deckOptions = { title: "Hijacked", description: "", desiredRetention: "0.9", maximumInterval: "36500", learningSteps: "1m 10m", relearningSteps: "10m", newPerDay: "20", reviewsPerDay: "200", leechThreshold: "8", leechAction: "TAG_ONLY" };
const returned = (o: Outcome) => o.kind === "returned";
const notOk = (o: Outcome) => o.kind === "returned" && (o.value as { ok?: unknown })?.ok === false;

/** A 1×1 PNG: a real image, so the owner's upload is accepted. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");

const SIGNED_IN = ["classmate", "studentOfAnotherClass", "instructorOfAnotherClass"] as const;

export const ACTIONS: Record<string, SweepCase> = {
  // ── sign-in and account recovery: public, so the attack is on S's account itself ──
  "app/(auth)/actions.ts#signInAction": {
    owner: null, noControl: "a successful sign-in is covered by the e2e flows; here it needs Auth.js",
    call: (w) => auth.signInAction(null, form({ email: w.student.email, password: "not S's password" })),
    publicRefusal: notOk, mayWrite: ["SignInThrottle"],
  },
  "app/(auth)/actions.ts#signUpAction": {
    owner: null, noControl: "signing up again with S's email is refused for S as well",
    call: (w) => auth.signUpAction(null, form({ name: "Impostor", email: w.student.email, password: "a long enough password 123", role: "STUDENT" })),
    publicRefusal: notOk,
  },
  "app/(auth)/actions.ts#signOutAction": {
    owner: null, noControl: "it only ever ends the caller's own session",
    call: () => auth.signOutAction(),
    // Ends the caller's own session (if any) and goes home; S's session is checked by the test.
    publicRefusal: (o) => o.kind === "redirect" && o.to === "/", mayWrite: ["AuthSession"],
  },
  "app/(auth)/reset-actions.ts#forgotPasswordAction": {
    owner: null, noControl: "sends mail, which tests have no server for",
    call: (w) => reset.forgotPasswordAction(null, form({ email: w.student.email })),
    // Anyone may ask for S's reset link; it goes to S's mailbox only, never into the reply.
    publicRefusal: (o) => returned(o) && !JSON.stringify((o as { value: unknown }).value).includes("/reset/"),
    mayWrite: ["PasswordResetToken", "SignInThrottle"],
  },
  "app/(auth)/reset-actions.ts#resetPasswordAction": {
    owner: null, noControl: "a valid token is a secret that only S's mailbox or instructor holds",
    call: () => reset.resetPasswordAction(randomUUID(), null, form({ password: "pwned pwned pwned 1", confirm: "pwned pwned pwned 1" })),
    publicRefusal: notOk,
  },

  // ── studying ──
  "app/(study)/assignments/actions.ts#startCramAction": { owner: "student", call: (w) => cram.startCramAction(w.assignment.id) },
  "app/(study)/decks/[deckId]/custom/actions.ts#customAnswerAction": {
    owner: "student",
    call: async (w) => custom.customAnswerAction({ cardId: w.privateCard.id, rating: 1, mode: "ahead", reschedule: true, expectedVersion: await privateVersion(w), requestId: randomUUID(), durationMs: 1000 }),
  },
  "app/(study)/review/actions.ts#suspendAction": { owner: "student", call: (w) => review.suspendAction({ cardId: w.privateCard.id, deckId: w.privateDeck.id }) },
  "app/(study)/review/actions.ts#buryAction": { owner: "student", call: (w) => review.buryAction({ cardId: w.privateCard.id, deckId: w.privateDeck.id }) },

  // ── decks and notes ──
  "app/(study)/decks/actions.ts#createDeckAction": {
    owner: "instructorA", ownAccountFor: { actors: [...SIGNED_IN], why: "creates the caller's own deck" },
    call: () => decks.createDeckAction(null, form({ title: "Mine", description: "" })),
  },
  "app/(study)/decks/actions.ts#updateDeckAction": { owner: "instructorA", call: (w) => decks.updateDeckAction(w.deck.id, null, form(deckOptions)) },
  "app/(study)/decks/actions.ts#archiveDeckAction": { owner: "instructorA", call: (w) => decks.archiveDeckAction(w.deck.id, false) },
  "app/(study)/decks/actions.ts#deleteDeckAction": {
    owner: "instructorA", destructive: 7,
    call: (w) => decks.deleteDeckAction(w.deck.id, w.deck.title, null, form({ confirm: w.deck.title, reviews: "remove" })),
  },
  "app/(study)/decks/actions.ts#restoreDeckAction": {
    owner: null, noControl: "restores only a deck in the caller's trash, and the fixture's deck is not deleted (the owner's restore is in deck-trash.test.ts)",
    call: (w) => decks.restoreDeckAction(w.deck.id),
  },
  "app/(study)/decks/actions.ts#addNoteAction": { owner: "instructorA", call: (w) => decks.addNoteAction(w.deck.id, null, form({ kind: "BASIC", front: "planted", back: "x" })) },
  "app/(study)/decks/actions.ts#updateNoteAction": { owner: "instructorA", call: (w) => decks.updateNoteAction(w.note.id, w.deck.id, null, form({ kind: "BASIC", front: "defaced", back: "x" })) },
  "app/(study)/decks/actions.ts#deleteNoteAction": {
    owner: "instructorA", destructive: 1,
    call: (w) => decks.deleteNoteAction(w.note.id, w.deck.id, null, form({ reviews: "remove" })),
  },
  "app/(study)/decks/actions.ts#resetNoteAction": { owner: "instructorA", call: (w) => decks.resetNoteAction(w.note.id, w.deck.id) },
  "app/(study)/decks/actions.ts#bulkAction": {
    owner: "instructorA", call: (w) => decks.bulkAction(w.deck.id, null, form({ action: "add-tag", tag: "pwned", cardIds: w.cardIds })),
  },
  "app/(study)/decks/actions.ts#joinClassAction": {
    owner: null, noControl: "joining with the right code is meant to work for anyone who has it",
    call: () => decks.joinClassAction(null, form({ code: "ZZZZ-ZZZZ" })), mayWrite: ["SignInThrottle"],
  },
  "app/(study)/decks/actions.ts#leaveClassAction": { owner: "student", call: (w) => decks.leaveClassAction(w.classToLeave.id) },
  "app/(study)/decks/[deckId]/import/actions.ts#csvImportAction": {
    owner: "instructorA",
    call: (w) => csv.csvImportAction(w.deck.id, null, form({ step: "import", csv: "front,back\nplanted,x\n" })),
  },

  // ── presets ──
  "app/(study)/decks/preset-actions.ts#choosePresetAction": {
    owner: "instructorA", call: (w) => presets.choosePresetAction(w.deck.id, null, form({ presetId: w.presetId })),
    variants: { "A's preset on S's deck": (w) => presets.choosePresetAction(w.privateDeck.id, null, form({ presetId: w.presetId })) },
  },
  "app/(study)/decks/preset-actions.ts#createPresetAction": { owner: "instructorA", call: (w) => presets.createPresetAction(w.deck.id, null, form({ name: "Planted" })) },
  "app/(study)/decks/preset-actions.ts#renamePresetAction": { owner: "instructorA", call: (w) => presets.renamePresetAction(w.presetId, null, form({ name: "Renamed" })) },
  "app/(study)/decks/preset-actions.ts#deletePresetAction": {
    owner: "instructorA", destructive: 6,
    call: (w) => presets.deletePresetAction(w.presetId),
  },
  "app/(study)/decks/preset-actions.ts#optimizeAllPresetsAction": {
    owner: null, noControl: "names nothing: it optimizes the caller's own presets",
    ownAccountFor: { actors: [...SIGNED_IN], why: "optimizes the caller's own presets" },
    call: () => presets.optimizeAllPresetsAction(),
  },

  // ── settings and the memory model (S's private deck, or A's preset, as the scope) ──
  "app/(study)/settings/actions.ts#savePreferencesAction": {
    owner: "student", ownAccountFor: { actors: [...SIGNED_IN], why: "saves the caller's own preferences" },
    call: () => settings.savePreferencesAction(null, form({ name: "Renamed", timeZone: "UTC", dayStartHour: "4" })),
  },
  "app/(study)/settings/fsrs/actions.ts#optimizeAction": { owner: null, noControl: "fitting needs 400 answers; rescheduleAction is the control for the same scope check", call: (w) => fsrs.optimizeAction(w.privateDeck.id) },
  "app/(study)/settings/fsrs/actions.ts#rescheduleAction": { owner: "student", call: (w) => fsrs.rescheduleAction(w.privateDeck.id) },
  "app/(study)/settings/fsrs/actions.ts#resumeJobAction": { owner: "student", call: (w) => fsrs.resumeJobAction(w.job.id) },
  // After resume, whose control queues the job again: the owner's cancel has something to cancel.
  "app/(study)/settings/fsrs/actions.ts#cancelJobAction": { owner: "student", call: (w) => fsrs.cancelJobAction(w.job.id) },
  "app/(study)/settings/fsrs/actions.ts#resetAction": { owner: "student", call: (w) => fsrs.resetAction(w.privateDeck.id) },
  // After reset, so the owner's revert has the personal weights to bring back.
  "app/(study)/settings/fsrs/actions.ts#revertAction": { owner: "student", call: (w) => fsrs.revertAction(w.privateDeck.id) },
  "app/(study)/settings/fsrs/actions.ts#retentionAction": { owner: "student", call: (w) => fsrs.retentionAction(w.privateDeck.id, null, form({ desiredRetention: "0.8" })) },
  "app/(study)/settings/fsrs/history-actions.ts#evaluateAction": {
    owner: null, noControl: "one answer is too few to evaluate, so S is refused too (with a message)",
    call: (w) => history.evaluateAction(w.privateDeck.id),
  },
  "app/(study)/settings/fsrs/history-actions.ts#ignoreBeforeAction": { owner: "instructorA", call: (w) => history.ignoreBeforeAction(`preset:${w.presetId}`, null, form({ ignoreBefore: "2020-01-01" })) },
  "app/(study)/settings/data/actions.ts#deleteAccountAction": {
    owner: "student", destructive: 10, ownerOutcome: (o) => o.kind === "redirect" && o.to === "/login",
    ownAccountFor: { actors: [...SIGNED_IN], why: "deletes the caller's own account, after checking its password" },
    call: () => myData.deleteAccountAction(null, form({ password: "correct horse battery", confirm: "DELETE" })),
  },
  "app/(study)/settings/security/actions.ts#changePasswordAction": {
    owner: null, noControl: "changes the caller's own password only",
    ownAccountFor: { actors: [...SIGNED_IN], why: "changes the caller's own password (after checking it)" },
    call: () => security.changePasswordAction(null, form({ current: "correct horse battery", password: "another long password 9", confirm: "another long password 9" })),
  },
  "app/(study)/settings/security/actions.ts#endSessionAction": { owner: "student", destructive: 9, call: (w) => security.endSessionAction(w.studentSession) },
  "app/(study)/settings/security/actions.ts#signOutEverywhereAction": {
    owner: null, noControl: "names nothing: it ends the caller's own sessions",
    ownAccountFor: { actors: [...SIGNED_IN], why: "ends the caller's own sessions" },
    call: () => security.signOutEverywhereAction(),
  },

  // ── teaching: classes, assignments ──
  "app/(teach)/classes/actions.ts#createClassAction": {
    owner: "instructorA", ownAccountFor: { actors: ["instructorOfAnotherClass"], why: "creates the instructor's own class" },
    call: () => classes.createClassAction(null, form({ name: "New class" })),
  },
  "app/(teach)/classes/actions.ts#renameClassAction": { owner: "instructorA", call: (w) => classes.renameClassAction(w.klass.id, null, form({ name: "Hijacked" })) },
  "app/(teach)/classes/actions.ts#assignDeckAction": {
    owner: "instructorA", call: (w) => classes.assignDeckAction(w.klass.id, null, form({ deckId: w.spareDeck.id })),
    variants: { "A's deck into B's own class": (w) => classes.assignDeckAction(w.otherClass.id, null, form({ deckId: w.spareDeck.id })) },
  },
  "app/(teach)/classes/actions.ts#unassignDeckAction": { owner: "instructorA", destructive: 2, call: (w) => classes.unassignDeckAction(w.klass.id, w.deck.id) },
  "app/(teach)/classes/actions.ts#removeStudentAction": {
    owner: "instructorA", destructive: 3, call: (w) => classes.removeStudentAction(w.klass.id, w.student.id),
    variants: { "S through B's own class": (w) => classes.removeStudentAction(w.otherClass.id, w.student.id) },
  },
  "app/(teach)/classes/actions.ts#regenerateCodeAction": { owner: "instructorA", call: (w) => classes.regenerateCodeAction(w.klass.id) },
  "app/(teach)/classes/actions.ts#deleteClassAction": { owner: "instructorA", destructive: 8, call: (w) => classes.deleteClassAction(w.klass.id) },
  "app/(teach)/classes/actions.ts#issueResetLinkAction": {
    owner: "instructorA", call: (w) => classes.issueResetLinkAction(w.klass.id, w.student.id),
    variants: { "S's link through B's own class": (w) => classes.issueResetLinkAction(w.otherClass.id, w.student.id) },
  },
  "app/(teach)/classes/[classId]/assignments/actions.ts#createAssignmentAction": {
    owner: "instructorA", call: (w) => assignments.createAssignmentAction(w.soloClass.id, null, assignmentForm(w)),
    variants: { "on A's deck in B's own class": (w) => assignments.createAssignmentAction(w.otherClass.id, null, assignmentForm(w)) },
  },
  "app/(teach)/classes/[classId]/assignments/actions.ts#updateAssignmentAction": {
    owner: "instructorA", call: (w) => assignments.updateAssignmentAction(w.soloClass.id, w.assignment.id, null, assignmentForm(w)),
    variants: { "A's assignment, named under B's own class": (w) => assignments.updateAssignmentAction(w.otherClass.id, w.assignment.id, null, assignmentForm(w)) },
  },
  "app/(teach)/classes/[classId]/assignments/actions.ts#deleteAssignmentAction": { owner: "instructorA", destructive: 4, call: (w) => assignments.deleteAssignmentAction(w.soloClass.id, w.assignment.id) },
  "app/(teach)/classes/[classId]/assignments/actions.ts#saveScoresAction": {
    owner: "instructorA", call: (w) => assignments.saveScoresAction(w.soloClass.id, w.pastAssignment.id, null, scoreForm(w)),
    variants: { "A's assignment, named under B's own class": (w) => assignments.saveScoresAction(w.otherClass.id, w.pastAssignment.id, null, scoreForm(w)) },
  },

  // ── teaching: chapter import ──
  "app/(teach)/import/actions.ts#importSourceAction": {
    owner: "instructorA", ownAccountFor: { actors: [...SIGNED_IN], why: "imports into the caller's own library" },
    call: () => teachImport.importSourceAction(null, form({ title: "Mine", text: "# A chapter\n\nSome text." })),
  },
  "app/(teach)/import/actions.ts#resumeImportAction": { owner: null, noControl: "the fixture's import is not stalled, so A is told so too", call: (w) => teachImport.resumeImportAction(w.source.id) },
  "app/(teach)/import/actions.ts#cancelImportAction": { owner: "instructorA", call: (w) => teachImport.cancelImportAction(w.processingSource.id) },
  "app/(teach)/import/actions.ts#updateSourceAuthorAction": { owner: "instructorA", call: (w) => teachImport.updateSourceAuthorAction(w.source.id, null, form({ author: "Defaced Author" })) },
  "app/(teach)/import/actions.ts#deleteSourceAction": { owner: "instructorA", destructive: 5, call: (w) => teachImport.deleteSourceAction(w.source.id) },
  "app/(teach)/import/actions.ts#setCandidatesStatusAction": { owner: "instructorA", call: (w) => teachImport.setCandidatesStatusAction(w.chapterPath, [w.candidate.id], "APPROVED") },
  "app/(teach)/import/actions.ts#editCandidateAction": { owner: "instructorA", call: (w) => teachImport.editCandidateAction(w.chapterPath, w.candidate.id, { front: "defaced", back: "x" }) },
  "app/(teach)/import/actions.ts#publishAction": {
    owner: "instructorA",
    // Into a new deck, so a refusal must also not leave an empty deck behind.
    call: (w) => teachImport.publishAction(w.chapter.id, w.chapterPath, null, form({ deckId: "__new", newDeckTitle: "Stolen cards" })),
    variants: { "into A's class deck": (w) => teachImport.publishAction(w.chapter.id, w.chapterPath, null, form({ deckId: w.deck.id })) },
  },
  "app/(teach)/import/actions.ts#regenerateAction": { owner: null, noControl: "the fixture's chapter has no sentence structure to generate from", call: (w) => teachImport.regenerateAction(w.chapter.id, w.chapterPath) },
};

const jsonPost = (path: string, body: unknown) =>
  new Request(`http://localhost${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

/** Route handlers: the same attackers, answered with 401/403/404 and none of the owner's data. */
export const ROUTES: Record<string, SweepCase & { public?: string }> = {
  "app/(study)/decks/[deckId]/export/route.ts#GET": {
    owner: "student",
    call: (w) => deckExport.GET(new Request(`http://localhost/decks/${w.privateDeck.id}/export?format=csv`), params({ deckId: w.privateDeck.id })),
  },
  "app/(study)/settings/data/export/route.ts#GET": {
    owner: "student", ownAccountFor: { actors: [...SIGNED_IN], why: "downloads the caller's own data", checkReply: true },
    call: () => myDataExport.GET(),
  },
  "app/(study)/decks/[deckId]/import/anki/route.ts#POST": {
    owner: "student",
    // Attackers import; the owner previews (an import would write media files outside the fixture).
    call: (w, asOwner) => ankiImport.POST(
      new Request(`http://localhost/decks/${w.privateDeck.id}/import/anki`, {
        method: "POST", body: form({ step: asOwner ? "preview" : "import", target: "deck", file: new File([new Uint8Array(w.ankiPackage)], "deck.apkg") }),
      }),
      params({ deckId: w.privateDeck.id }),
    ),
  },
  "app/media/[deckId]/[name]/route.ts#GET": {
    owner: "student",
    call: (w) => media.GET(new Request(`http://localhost/media/${w.privateDeck.id}/${w.mediaName}`), params({ deckId: w.privateDeck.id, name: w.mediaName })),
  },
  "app/media/[deckId]/route.ts#POST": {
    owner: "instructorA",
    call: (w) => imageUpload.POST(
      new Request(`http://localhost/media/${w.deck.id}`, { method: "POST", body: form({ image: new File([new Uint8Array(PNG)], "planted.png", { type: "image/png" }) }) }),
      params({ deckId: w.deck.id }),
    ),
  },
  "app/api/review/grade/route.ts#POST": {
    owner: "student",
    call: async (w) => reviewGrade.POST(jsonPost("/api/review/grade", { cardId: w.privateCard.id, rating: 1, expectedVersion: await privateVersion(w), requestId: randomUUID(), durationMs: 1000, deckId: w.privateDeck.id })),
    variants: {
      "someone else's card, no expected version, the class deck's id": async (w) => reviewGrade.POST(jsonPost("/api/review/grade", { cardId: w.privateCard.id, rating: 4, expectedVersion: null, requestId: randomUUID(), durationMs: 1000, deckId: w.deck.id })),
    },
  },
  "app/api/review/undo/route.ts#POST": {
    owner: null, noControl: "undo names no card: it can only undo the caller's own last answer",
    ownAccountFor: { actors: [...SIGNED_IN], why: "undoes only the caller's own last answer", checkReply: true },
    call: (w) => reviewUndo.POST(jsonPost("/api/review/undo", { deckId: w.privateDeck.id })),
  },
  "app/(teach)/classes/[classId]/progress/roster.csv/route.ts#GET": {
    owner: "instructorA",
    call: (w) => roster.GET(new Request(`http://localhost/classes/${w.klass.id}/progress/roster.csv`), params({ classId: w.klass.id })),
  },
};

/** Endpoints that act on no one's data by design, with the reason. */
export const EXEMPT: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts#GET": "Auth.js's own endpoints (CSRF token, session, providers): they sign the caller in or out and read only the caller's session",
  "app/api/auth/[...nextauth]/route.ts#POST": "Auth.js's own endpoints (credentials sign-in, sign-out): the password checks behind them are swept through signInAction",
};
