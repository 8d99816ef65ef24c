// Headings of older books as plain text prints them: a chapter heading in capitals wrapped over two
// lines, "CHAPTER." over its number, a book heading in capitals closed by a full stop. Invented texts.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";

const treatise = `AN ESSAY ON THE KEEPING OF BEES.

CHAPTER I. OF THE NATURE OF THE HIVE, AND THE ORDER WHICH THE
WORKERS KEEP WITHIN IT.

The hive is a commonwealth in small, and every bee within it has a
task which it performs without instruction. The keeper who watches
them for a season will learn more than any book can teach him.

CHAPTER II. OF THE CAUSE WHICH GIVES THE HIVE ITS STRENGTH, AND
OF THE CAUSES WHICH WEAKEN IT.

The strength of a hive lies in the number of its workers. A weak hive
is robbed by its neighbours, and a strong one robs them in turn.

CHAPTER.
V.

The keeper must therefore feed a weak hive in the spring, so that its
numbers grow before the flowers open.
`;

const biography = `LIFE OF MARCUS VELLIUS.

Marcus Vellius was born in a small town on the coast, where his father
kept a ship and traded in oil. He was sent to the city as a boy and
taught by a freedman who had read much and travelled more.

When he was grown he served in the army for ten years and rose to the
command of a troop of horse.
`;

const sentences = (text: string) => cleanDocument(text, { filename: "some-file.txt" }).chapters.flatMap((c) => c.sentences.map((s) => s.text));

describe("headings of older books", () => {
  it("reads a chapter heading in capitals wrapped over two lines as the chapter's number and title", () => {
    const doc = cleanDocument(treatise, { filename: "some-file.txt" });
    expect(doc.chapters.map((c) => [c.number, c.title])).toEqual([
      ["1", "Of the Nature of the Hive, and the Order Which the Workers Keep Within It"],
      ["2", "Of the Cause Which Gives the Hive Its Strength, and of the Causes Which Weaken It"],
      ["5", "An Essay on the Keeping of Bees"],
    ]);
    expect(doc.chapters[1].sentences[0].text).toBe("The strength of a hive lies in the number of its workers.");
    expect(sentences(treatise).filter((s) => /CHAPTER|CAUSE|^V\.$/.test(s))).toEqual([]);
  });

  it("takes a book heading in capitals closed by a full stop for the title, not for a sentence", () => {
    const doc = cleanDocument(biography, { filename: "some-file.txt" });
    expect(doc.title).toBe("Life of Marcus Vellius");
    expect(doc.chapters.map((c) => c.title)).toEqual(["Life of Marcus Vellius"]);
    expect(doc.chapters[0].sentences[0].text).toMatch(/^Marcus Vellius was born/);
  });

  it("reads a book heading in capitals wrapped over two lines as one title", () => {
    const doc = cleanDocument(biography.replace("LIFE OF MARCUS VELLIUS.", "THE LIFE AND TRAVELS OF\nMARCUS VELLIUS."), { filename: "some-file.txt" });
    expect([doc.title, doc.chapters[0].title]).toEqual(["The Life and Travels of Marcus Vellius", "The Life and Travels of Marcus Vellius"]);
    expect(doc.chapters[0].sentences[0].text).toMatch(/^Marcus Vellius was born/);
  });

  it("splits a heading in capitals from the text set right under it, without a blank line", () => {
    const glued = `CHAPTER I. OF THE NATURE OF THE HIVE, AND THE ORDER WHICH THE
WORKERS KEEP WITHIN IT.
The hive is a commonwealth in small, and every bee within it has a
task which it performs without instruction.

CHAPTER II.
OF THE CAUSE WHICH GIVES THE HIVE ITS STRENGTH.
The strength of a hive lies in the number of its workers.
`;
    const doc = cleanDocument(glued);
    expect(doc.chapters.map((c) => [c.number, c.title, c.sentences.map((s) => s.text)])).toEqual([
      ["1", "Of the Nature of the Hive, and the Order Which the Workers Keep Within It", ["The hive is a commonwealth in small, and every bee within it has a task which it performs without instruction."]],
      ["2", "Of the Cause Which Gives the Hive Its Strength", ["The strength of a hive lies in the number of its workers."]],
    ]);
  });

  it("reads 'CHAPTER.' over its number over its title, set right above the text, as one heading", () => {
    const text = "CHAPTER.\nV.\nOF THE SWARM.\nThe swarm leaves the hive in the warm days of early summer, and the keeper\nfollows it with a basket.\n";
    const doc = cleanDocument(text);
    expect(doc.chapters.map((c) => [c.number, c.title, c.sentences.length])).toEqual([["5", "Of the Swarm", 1]]);
  });

  it("keeps a first line set in capitals as the opening of its paragraph", () => {
    const text = `THE HIVE IS A COMMONWEALTH IN SMALL, AND EVERY BEE WITHIN IT
has a task which it performs without instruction. The keeper learns.

The next paragraph goes on with the argument at some length.
`;
    expect(sentences(text)[0]).toMatch(/a task which it performs without instruction\.$/);
  });

  it("keeps a paragraph that opens with the word Chapter in ordinary case as text", () => {
    const text = `Chapter and verse were given for every claim he made in the
book, and his readers checked them.\n\nThe next paragraph goes on with the argument at some length.\n`;
    expect(sentences(text)[0]).toMatch(/^Chapter and verse/);
  });
});

// Session 10: a chapter's label over its title set in italics and wrapped, and a chapter whose
// first line the next block goes on with in lower case (a page or a note between them).
describe("a chapter label over what follows it", () => {
  const chemistry = `CHAP. IV.

_Of the Solution of Salts in Water, and of the Heat which_
_is lost or gained by it_ is no title: each line is emphasised apart.

The salts dissolve in water at different rates, and the water grows
colder as they dissolve. The heat lost is measured with the common
thermometer, placed in the vessel before the salt is added to it.
`;

  it("takes a title set in italics over two lines for the chapter's title", () => {
    const doc = cleanDocument(`CHAP. IV.\n\n_Of the Solution of Salts in Water, and of the Heat which\nis lost or gained by it._\n\n${chemistry.split("\n\n").slice(2).join("\n\n")}`, { filename: "some-file.txt" });
    expect(doc.chapters.map((c) => [c.number, c.title])).toEqual([["4", "Of the Solution of Salts in Water, and of the Heat which is lost or gained by it"]]);
    expect(doc.chapters[0].sentences[0].text).toMatch(/^The salts dissolve/);
  });

  it("does not take a paragraph with emphasis inside it for a title", () => {
    const doc = cleanDocument(chemistry, { filename: "some-file.txt" });
    expect(doc.chapters[0].title).not.toMatch(/Solution/);
  });

  it("does not take the text's first line for the title when the next block goes on with its sentence", () => {
    const doc = cleanDocument(`CHAPTER IX.\n\n   The harbour of the town was for many years the safest on the coast\n\nwhere a ship of any size could lie safe from the winter storms.\nThe merchants of the town knew it and raised their dues every year.\n`, { filename: "some-file.txt" });
    expect(doc.chapters[0].title).not.toMatch(/Harbour/i);
    expect(doc.chapters[0].sentences[0].text).toBe("The harbour of the town was for many years the safest on the coast where a ship of any size could lie safe from the winter storms.");
  });
});
