// Section markers on a line of their own ("XII.", "Sect. 27.", "§ 4.") label the section that
// follows: kept as headings of the chapter's structure, never as one-word sentences. Invented texts.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";

const treatise = `CHAPTER I.

OF THE NATURE OF THE HIVE.

Sect. 1.
The hive is a commonwealth in small, and every bee within it has a
task which it performs without instruction.

Sect. 2.

The workers gather nectar from the fields in the warm months and
store it against the winter.
§ 3.
The queen lays the eggs of the whole colony, and the workers feed her
with a particular food.

12

SECTION IV.

A hive that loses its queen in the autumn seldom lives until the
spring, for the workers cannot raise another.
`;

const biography = `LIFE OF MARCUS VELLIUS.

I.

Marcus Vellius was born in a small town on the coast, where his father
kept a ship and traded in oil.

II.

When he was grown he served in the army for ten years and rose to the
command of a troop of horse. He was a friend of the old King Louis
XIV. and of his sons.
`;

const chapter = (text: string) => cleanDocument(text).chapters[0];
const headings = (text: string) => { const c = chapter(text); return c.paragraphs.filter((p) => p.kind === "heading").map((p) => c.text.slice(p.start, p.end)); };
const sentences = (text: string) => chapter(text).sentences.map((s) => s.text);

describe("section markers on a line of their own", () => {
  it("keeps 'Sect. 1.', '§ 3.' and 'SECTION IV.' as section headings, glued to their paragraph or not", () => {
    expect(headings(treatise)).toEqual(["Sect. 1.", "Sect. 2.", "§ 3.", "SECTION IV."]);
    expect(sentences(treatise)).toEqual([
      "The hive is a commonwealth in small, and every bee within it has a task which it performs without instruction.",
      "The workers gather nectar from the fields in the warm months and store it against the winter.",
      "The queen lays the eggs of the whole colony, and the workers feed her with a particular food.",
      "A hive that loses its queen in the autumn seldom lives until the spring, for the workers cannot raise another.",
    ]);
  });

  it("keeps a title in capitals under a section marker as the section's heading", () => {
    const text = "XII.\n\nTHE WAR WITH THE NEIGHBOURS.\n\nThe strength of a hive lies in the number of its workers.\n\nTHE KEEPER SPOKE LOUDLY.\n\nA weak hive is robbed by its neighbours.\n";
    expect(headings(text)).toEqual(["XII.", "THE WAR WITH THE NEIGHBOURS."]);
    expect(sentences(text)).toEqual(["The strength of a hive lies in the number of its workers.", "THE KEEPER SPOKE LOUDLY.", "A weak hive is robbed by its neighbours."]);
  });

  it("drops a marker that opens its paragraph's first line ('§ 4. A weak hive…') from the sentences", () => {
    const text = "Sect. 3. The queen lays the eggs of the whole colony.\n\n§ 4. A weak hive is robbed by its neighbours. XII. The keeper feeds it.\n";
    expect(sentences(text)).toEqual(["The queen lays the eggs of the whole colony.", "A weak hive is robbed by its neighbours.", "The keeper feeds it."]);
  });

  it("keeps the pages: a marker after a page-foot number opens the next page", () => {
    const c = chapter(treatise);
    expect(c.sentences.map((s) => s.page)).toEqual(["12", "12", "12", "13"]);
  });

  it("reads roman section numbers of a biography as headings, but not a numeral that ends a wrapped name", () => {
    expect(headings(biography)).toEqual(["I.", "II."]);
    const s = sentences(biography);
    expect(s.filter((t) => /^[IVX]+\.$/.test(t))).toEqual([]);
    expect(s.at(-1)).toBe("He was a friend of the old King Louis XIV. and of his sons.");
  });
});
