// The floor's training rows (scripts/lib/floor-data.ts) are the cards the pipeline shows: every chapter
// of a document, the same options, the floors applied chapter by chapter (session 20, floordata20).
// Invented text, plus two multi-chapter training fixtures against eval:cards' own generation call.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { generateCards } from "@/lib/cards";
import { applyFloor, DEEP_FLOOR_AT, FLOOR_WEIGHTS, PLAIN_FLOOR_AT, rejectProbability } from "@/lib/cards/floor";
import type { CardLabel } from "@/lib/cards/eval";
import { floorAt, floorRowsOf, loadFloorChapters, perChapter, perChapterBy } from "../../../scripts/lib/floor-data";
import { generationInputs, inRepoCards } from "../../../scripts/lib/cards-eval";
import { readFileSync } from "node:fs";
import path from "node:path";

const sides = (c: { kind: string; front: string; back: string }) => `${c.kind}|${c.front}|${c.back}`;
const TEXT = [
  "# Chapter 1. The Salt Roads of Vennor",
  "",
  "The salt roads of Vennor ran from the marshes of Oskel to the inland markets. In 1614 the council of Vennor imposed a toll on every cart of salt. A salter is a person who makes or deals in salt. The toll was collected at the bridge of Tarn by the wardens of the council.",
  "",
  "# Chapter 2. The Marl",
  "",
  "The river Marl floods every spring and carries silt to the plain. The farmers of the valley built three dams in 1820 to hold the water. A lock is a chamber with gates at both ends, in which the water level can be raised or lowered. The dams were designed by the engineer Osk Varden, who had trained in the northern mills.",
  "",
].join("\n");

describe("perChapter", () => {
  it("runs the rule on each chapter's slice alone and keeps the order", () => {
    expect(perChapter([2, 0, 3], [1, 2, 3, 4, 5], (s) => s.slice(0, 1))).toEqual([1, 3]);
    // A floor that never empties a chapter keeps a chapter whose cards all reach the threshold.
    expect(perChapter([2, 2], [0.9, 0.8, 0.1, 0.7], (s) => applyFloor(s, (p) => p, 0.65, "all"))).toEqual([0.9, 0.8, 0.1]);
  });
});

describe("perChapterBy (late review 12)", () => {
  it("cuts a subset of the shown list at the chapters' boundaries, as perChapter cuts the whole list", () => {
    expect(perChapterBy([2, 3], [0, 1, 3, 4], (j) => j, (s) => s.slice(0, 1))).toEqual([0, 3]);
    expect(perChapterBy([2, 0, 3], [1, 2, 4], (j) => j, (s) => s.slice(-1))).toEqual([1, 4]);
    const all = [0, 1, 2, 3, 4];
    expect(perChapterBy([2, 3], all, (j) => j, (s) => s.slice(1))).toEqual(perChapter([2, 3], all, (s) => s.slice(1)));
  });
});

describe("floorAt (fit-floor's threshold points)", () => {
  it("keeps a chapter whose cards all reach the threshold, as the pipeline does (late review 4)", () => {
    expect(floorAt([2], [0.7, 0.8], (p) => p, 0.65).kept).toEqual([0.7, 0.8]);
    expect(floorAt([2, 2], [0.7, 0.8, 0.1, 0.9], (p) => p, 0.65).kept).toEqual([0.7, 0.8, 0.1]);
    expect(floorAt([2], [0.7, 0.8], (p) => p, 1).kept).toEqual([0.7, 0.8]);
  });

  it("counts kept cards per chapter, not per fixture (late review 8)", () => {
    expect(floorAt([2, 0, 3], [0.1, 0.2, 0.3, 0.9, 0.4], (p) => p, 0.65).perChapter).toEqual([2, 0, 2]);
    expect(floorAt([2, 3], [1, 2, 3, 4, 5], () => 0, 1).perChapter).toEqual([2, 3]);
  });
});

describe("floorRowsOf", () => {
  const doc = cleanDocument(TEXT, { filename: "invented.md" });
  const options = { max: 40, author: "Ada Invented", title: "Salt and Water" };

  it("reads every chapter of the document", () => {
    expect(doc.chapters.length).toBe(2);
    const r = floorRowsOf(doc.chapters, options, [], []);
    expect(r.parts.length).toBe(2);
    expect(r.parts.reduce((n, k) => n + k, 0)).toBe(r.shown.length);
  });

  it("keeps exactly the cards generateCards shows, chapter by chapter", () => {
    const r = floorRowsOf(doc.chapters, options, [], []);
    const pipeline = doc.chapters.flatMap((ch) => generateCards(ch, options));
    expect(pipeline.length).toBeGreaterThan(0);
    expect(r.kept.map((x) => sides(x.card))).toEqual(pipeline.map(sides));
  });

  it("gives the scripts' floor rule (plain then deep on the shipped weights, per chapter) the same list", () => {
    const r = floorRowsOf(doc.chapters, options, [], []);
    const p = (x: (typeof r.shown)[number]) => rejectProbability(x.v, FLOOR_WEIGHTS);
    expect(perChapter(r.parts, r.shown, (s) => applyFloor(applyFloor(s, p, PLAIN_FLOOR_AT, "all"), p, DEEP_FLOOR_AT, "all"))).toEqual(r.kept);
  });

  it("matches a label to its card in a later chapter", () => {
    const r = floorRowsOf(doc.chapters, options, [], []);
    const target = r.shown.slice(r.parts[0])[0];
    expect(target).toBeDefined();
    const label: CardLabel = { fixture: "invented.md", kind: target.card.kind, front: target.card.front, back: target.card.back, sentence: "unused", label: "reject", reason: "not-standalone", rater: "rater-a" };
    const again = floorRowsOf(doc.chapters, options, [label], []);
    expect(again.shown.slice(r.parts[0])[0].verdict).toBe("reject");
  });
});

describe("floorRowsOf, one card written twice", () => {
  it("labels every shown candidate with the card's text, as eval:cards' lookup does", () => {
    const para = "A lock is a chamber with gates at both ends, in which the water level can be raised or lowered. The farmers of the valley built three dams in 1820 to hold the water.";
    const doc = cleanDocument(`# Chapter 1. Locks\n\n${para}\n\n# Chapter 2. Dams\n\n${para}\n`, { filename: "invented.md" });
    const options = { max: 40 };
    const r = floorRowsOf(doc.chapters, options, [], []);
    const first = r.shown.slice(0, r.parts[0]).map((x) => sides(x.card));
    const twice = r.shown.slice(r.parts[0]).find((x) => first.includes(sides(x.card)));
    expect(twice).toBeDefined();
    const label: CardLabel = { fixture: "invented.md", kind: twice!.card.kind, front: twice!.card.front, back: twice!.card.back, sentence: "unused", label: "edit", reason: "wrong-or-trivial-blank", rater: "rater-a" };
    const again = floorRowsOf(doc.chapters, options, [label], []);
    expect(again.shown.filter((x) => sides(x.card) === sides(twice!.card)).map((x) => x.verdict)).toEqual(["edit", "edit"]);
  });
});

describe("loadFloorChapters against eval:cards", () => {
  // Two training fixtures whose documents hold several chapters (not check-set books of session 20).
  const fixtures = ["pd-smith-wealth-book1-ch1-2.txt", "pd-aristotle-politics-book3-ch1-8.txt"];
  it("keeps card for card what the evaluation scores", () => {
    const chapters = loadFloorChapters((fx) => fixtures.includes(fx));
    expect(chapters.map((c) => c.fixture)).toEqual(fixtures);
    for (const c of chapters) {
      expect(c.parts.length).toBeGreaterThan(1);
      expect(c.kept.map((x) => sides(x.card))).toEqual(inRepoCards(c.fixture, 40).cards.map(sides));
    }
  }, 120_000);

  // Both sides above read generationInputs, so that test cannot see a wrong author or title: the
  // inputs themselves against books.json read directly and the document's own title (late review 13).
  it("generates from the book's author and the document's title", () => {
    const books = JSON.parse(readFileSync(path.resolve("tests/fixtures/labels/books.json"), "utf8")) as { books: Record<string, { author: string }>; fixtures: Record<string, { book: string }> };
    for (const fx of fixtures) {
      const author = books.books[books.fixtures[fx].book].author;
      expect(author).toBeTruthy();
      // (fixgen21) The title as an import computes it from the file (cleanDocument), not read back
      // through documentOf, which generationInputs itself uses.
      const title = cleanDocument(readFileSync(path.resolve("tests/fixtures/chapters", fx), "utf8"), { filename: fx }).title;
      expect(generationInputs(fx, 40).options).toEqual({ max: 40, author, ...(title ? { title } : {}) });
    }
  });
});

describe("floorRowsOf, one fact in two chapters (late review 5)", () => {
  it("gives a reworded label of the fact to the card in both chapters, as eval:cards' lookup does", () => {
    const para = "A lock is a chamber with gates at both ends, in which the water level can be raised or lowered. The farmers of the valley built three dams in 1820 to hold the water.";
    const doc = cleanDocument(`# Chapter 1. Locks\n\n${para}\n\n# Chapter 2. Dams\n\n${para}\n`, { filename: "invented.md" });
    const r = floorRowsOf(doc.chapters, { max: 40 }, [], []);
    const first = r.shown.slice(0, r.parts[0]);
    const twin = r.shown.slice(r.parts[0]).find((x) => x.card.kind === "qa" && first.some((y) => sides(y.card) === sides(x.card)));
    expect(twin).toBeDefined();
    const sentence = doc.chapters[0].sentences.find((s) => s.text.includes(twin!.card.back) || /lock is a chamber/.test(s.text))!.text;
    const label: CardLabel = { fixture: "invented.md", kind: "qa", front: `${twin!.card.front.replace(/\?$/, "")} then?`, back: twin!.card.back, sentence, label: "reject", reason: "not-standalone", rater: "rater-a" };
    const again = floorRowsOf(doc.chapters, { max: 40 }, [label], []);
    expect(again.shown.filter((x) => sides(x.card) === sides(twin!.card)).map((x) => x.verdict)).toEqual(["reject", "reject"]);
  });
});
