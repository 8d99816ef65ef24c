// The book's author on an import: read from the file when the user typed none, kept when they did,
// editable only by the import's owner, and passed to the card generator by the import job and by
// a chapter's regeneration.
import { afterEach, describe, expect, it, vi } from "vitest";
import { strToU8, unzipSync, zipSync } from "fflate";
import { db } from "@/lib/db";
import { offlineGenerator, type CardGenerator, type GenerateOptions } from "@/lib/cards";
import { createSource, listChapters, requireOwnedSource, setSourceAuthor } from "@/lib/data/sources";
import { createUploadSource } from "@/lib/data/import-uploads";
import { processSource } from "@/lib/data/process-source";
import { regenerateChapter } from "@/lib/data/candidates";
import { NotFoundError } from "@/lib/data/errors";
import { defaultSourceTitle } from "@/lib/import/metadata/default-title";
import { buildEpub } from "../support/zip-fixtures";
import { makeUser } from "../support/factories";

const BODY = "The ferry crossed at dawn. I paid the toll keeper two pence and walked up to the market, where the salt was weighed in the square.";
const TEXT = `# The Ferry Year\n\n*by Mara Quill*\n\n${BODY} The traders left before noon.`;

/** A generator that records the options each chapter was generated with, and makes the offline generator's cards. */
function spyGenerator(): CardGenerator & { seen: GenerateOptions[] } {
  const seen: GenerateOptions[] = [];
  return { name: "spy", seen, async generate(chapter, opts) { seen.push(opts ?? {}); return offlineGenerator.generate(chapter, opts); } };
}

afterEach(() => vi.restoreAllMocks());

describe("the book's author", () => {
  it("comes from a text's title block when none was typed, names the import, and reaches the generator", async () => {
    const user = await makeUser("INSTRUCTOR");
    const { id } = await createSource(user.id, { title: defaultSourceTitle("ferry.md"), filename: "ferry.md", text: TEXT });
    const gen = spyGenerator();
    await processSource(id, gen);
    expect(await requireOwnedSource(user.id, id)).toMatchObject({ status: "ready", author: "Mara Quill", title: "The Ferry Year" });
    expect(gen.seen.length).toBeGreaterThan(0);
    expect(gen.seen.every((o) => o.author === "Mara Quill")).toBe(true);
  });

  it("as typed wins over the file's, and a typed title stays", async () => {
    const user = await makeUser("INSTRUCTOR");
    const { id } = await createSource(user.id, { title: "My ferry notes", author: "Ida Merrow", filename: "ferry.md", text: TEXT });
    const gen = spyGenerator();
    await processSource(id, gen);
    expect(await requireOwnedSource(user.id, id)).toMatchObject({ author: "Ida Merrow", title: "My ferry notes" });
    expect(gen.seen.every((o) => o.author === "Ida Merrow")).toBe(true);
  });

  it("is absent, not invented, when the file names no one", async () => {
    const user = await makeUser("INSTRUCTOR");
    const { id } = await createSource(user.id, { title: "Ferry", filename: null, text: `# Ferry\n\n${BODY}` });
    const gen = spyGenerator();
    await processSource(id, gen);
    expect((await requireOwnedSource(user.id, id)).author).toBeNull();
    expect(gen.seen.every((o) => !("author" in o))).toBe(true);
  });

  it("comes from an uploaded EPUB's package document in the import job", async () => {
    const user = await makeUser("INSTRUCTOR");
    const files = unzipSync(buildEpub().bytes);
    const opf = new TextDecoder().decode(files["OEBPS/content.opf"]).replace("<dc:title>The Salt Roads</dc:title>", "<dc:title>The Salt Roads</dc:title><dc:creator>Ada Venn</dc:creator>");
    files["OEBPS/content.opf"] = strToU8(opf);
    const { id } = await createUploadSource(user.id, { title: defaultSourceTitle("upload-0042.epub"), filename: "upload-0042.epub", format: "epub", bytes: zipSync(files) });
    const gen = spyGenerator();
    await processSource(id, gen);
    expect(await requireOwnedSource(user.id, id)).toMatchObject({ status: "ready", author: "Ada Venn", title: "The Salt Roads" });
    expect(gen.seen.length).toBe(2); // two chapters
    expect(gen.seen.every((o) => o.author === "Ada Venn")).toBe(true);
  });

  it("is changed or cleared by the owner only: another user's source is not found and stays as it was", async () => {
    const owner = await makeUser("INSTRUCTOR");
    const other = await makeUser("INSTRUCTOR");
    const { id } = await createSource(owner.id, { title: "Ferry", author: "Ida Merrow", filename: null, text: `# Ferry\n\n${BODY}` });
    await expect(setSourceAuthor(other.id, id, "Someone Else")).rejects.toThrow(NotFoundError);
    await expect(requireOwnedSource(other.id, id)).rejects.toThrow(NotFoundError);
    expect((await db().source.findUniqueOrThrow({ where: { id } })).author).toBe("Ida Merrow");
    await setSourceAuthor(owner.id, id, "Mara Quill");
    expect((await requireOwnedSource(owner.id, id)).author).toBe("Mara Quill");
    await setSourceAuthor(owner.id, id, null);
    expect((await requireOwnedSource(owner.id, id)).author).toBeNull();
  });

  it("as edited afterwards reaches the generator when a chapter is regenerated", async () => {
    const user = await makeUser("INSTRUCTOR");
    const { id } = await createSource(user.id, { title: "Ferry", filename: null, text: `# Ferry\n\n${BODY}` });
    await processSource(id, offlineGenerator);
    const [chapter] = await listChapters(user.id, id);
    await setSourceAuthor(user.id, id, "Mara Quill");
    const spy = vi.spyOn(offlineGenerator, "generate"); // what generatorFromEnv returns without an LLM endpoint
    await regenerateChapter(user.id, chapter.id, "offline");
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0][1]).toMatchObject({ author: "Mara Quill" });
    await setSourceAuthor(user.id, id, null);
    await regenerateChapter(user.id, chapter.id, "offline");
    expect(spy.mock.calls[1][1]).not.toHaveProperty("author");
  });
});
