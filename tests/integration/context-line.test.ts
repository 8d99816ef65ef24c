// A card's context line end to end in the data layer: generator → review queue (kept by the
// instructor's edit unless changed) → publish → note → review screen and custom study → note edit
// → CSV and Anki export → Anki re-import; a student enrolled in the class sees it too.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { db } from "@/lib/db";
import { offlineGenerator, type CardGenerator } from "@/lib/cards";
import { createSource, listChapters } from "@/lib/data/sources";
import { processSource } from "@/lib/data/process-source";
import { chapterReview, editCandidate, publishApproved, regenerateChapter, setCandidateStatus } from "@/lib/data/candidates";
import { createDeck } from "@/lib/data/decks";
import { updateNote } from "@/lib/data/notes";
import { notesForExport } from "@/lib/data/export";
import { exportAnkiDeck } from "@/lib/data/anki-export";
import { importAnkiPackage } from "@/lib/data/anki-import";
import { getStudyView } from "@/lib/data/review/session";
import { customStudyCards } from "@/lib/data/review/custom-study";
import { notesToCsv } from "@/lib/exchange/csv-export";
import { ValidationError } from "@/lib/data/errors";
import { enrol, makeUser } from "../support/factories";

const carr = readFileSync("tests/fixtures/chapters/carr-ch11.md", "utf8");
const CONTEXT = "The Bolshevik party after Lenin, 1924";
// The offline generator with a context line on its first card, as the context selector will give.
const withContext: CardGenerator = {
  name: "context-test",
  async generate(ch, opts) {
    return (await offlineGenerator.generate(ch, opts)).map((c, i) => (i === 0 ? { ...c, context: CONTEXT } : c));
  },
};

describe("a card's context line", () => {
  it("travels from the generator to the student's card and out through the exports", async () => {
    const teacher = await makeUser("INSTRUCTOR");
    const student = await makeUser("STUDENT");
    const { id } = await createSource(teacher.id, { title: "Carr", filename: "carr.md", text: carr });
    await processSource(id, withContext);
    const [chapter] = await listChapters(teacher.id, id);
    const [first, second, third] = (await chapterReview(teacher.id, chapter.id)).candidates;
    expect([first.context, second.context]).toEqual([CONTEXT, null]);

    await editCandidate(teacher.id, first.id, { front: first.front, back: first.back }); // no context given: kept
    await editCandidate(teacher.id, second.id, { front: second.front, back: second.back, context: "  Edited\n context " });
    await editCandidate(teacher.id, third.id, { front: third.front, back: third.back, context: "" });
    await expect(editCandidate(teacher.id, third.id, { front: third.front, back: third.back, context: "x".repeat(301) })).rejects.toThrow(ValidationError);
    const edited = await db().cardCandidate.findMany({ where: { id: { in: [first.id, second.id, third.id] } }, orderBy: { position: "asc" } });
    expect(edited.map((c) => c.context)).toEqual([CONTEXT, "Edited context", null]);

    // Regeneration keeps reviewed cards with their context lines.
    await regenerateChapter(teacher.id, chapter.id, "offline");
    expect((await db().cardCandidate.findUniqueOrThrow({ where: { id: first.id } })).context).toBe(CONTEXT);

    await setCandidateStatus(teacher.id, [third.id], "REJECTED");
    const deck = await createDeck(teacher.id, { title: "Carr with context" });
    expect(await publishApproved(teacher.id, chapter.id, deck.id)).toBe(2);
    const notes = await db().note.findMany({ where: { deckId: deck.id }, orderBy: { position: "asc" } });
    expect(notes.map((n) => n.context)).toEqual([CONTEXT, "Edited context"]);

    await enrol(teacher.id, student.id, [deck.id]);
    const view = await getStudyView(student, new Date(), deck.id);
    expect(view.card).toMatchObject({ noteId: notes[0].id, context: CONTEXT });
    const custom = await customStudyCards(student, deck.id, { mode: "preview", limit: 5 }, new Date());
    expect(custom.map((c) => c.context)).toEqual([CONTEXT, "Edited context"]);

    // A note edit without a context field keeps the line; an empty one removes it.
    const n = notes[1];
    await updateNote(teacher.id, n.id, { kind: n.kind, front: n.front, back: n.back, tags: n.tags });
    expect((await db().note.findUniqueOrThrow({ where: { id: n.id } })).context).toBe("Edited context");
    await updateNote(teacher.id, n.id, { kind: n.kind, front: n.front, back: n.back, tags: n.tags, context: "" });
    expect((await db().note.findUniqueOrThrow({ where: { id: n.id } })).context).toBeNull();

    const exported = await notesForExport(student.id, deck.id);
    expect(notesToCsv(exported.notes).split("\r\n")[0]).toBe("front,back,tags,kind,context");

    for (const legacy of [false, true]) {
      const { bytes } = await exportAnkiDeck(teacher.id, deck.title, { legacy });
      const other = await makeUser("INSTRUCTOR");
      await importAnkiPackage(other.id, bytes, { timeZone: "UTC", deckInto: "Re-imported" });
      const back = await db().note.findMany({ where: { deck: { ownerId: other.id } }, orderBy: { position: "asc" } });
      expect(back.map((b) => [b.front, b.context])).toEqual([[notes[0].front, CONTEXT], [notes[1].front, null]]);
    }
  }, 120_000);
});
