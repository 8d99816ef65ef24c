// Side-notes read into OCR text, and what must not be taken for one: the rules of lib/chapters/
// side-notes.ts on a hard-wrapped text made of known sentences.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { normalizeDocument, toBlocks } from "@/lib/chapters/blocks";
import { liftSideNotes } from "@/lib/chapters/side-notes";
import { paragraphs, wrap } from "../../support/prose";

const paras = paragraphs(11, 8, [4, 6]).map((p) => wrap(p.join(" ")));
const page = (edit: (ps: string[][]) => void) => {
  const ps = paras.map((p) => [...p]);
  edit(ps);
  return ps.map((p) => p.join("\n")).join("\n\n");
};
const lifted = (text: string) => liftSideNotes(toBlocks(normalizeDocument(text))).lifted;
const bodyText = (text: string) => cleanDocument(text).chapters.map((c) => c.text).join(" ");

describe("liftSideNotes", () => {
  it("lifts a note between two full lines of a sentence, and the sentence reads whole", () => {
    const text = page((ps) => {
      ps[1].splice(2, 0, "Salt and the", "river trade");
      ps[4].splice(1, 0, "A new bridge");
    });
    expect(lifted(text)).toEqual(["Salt and the river trade", "A new bridge"]);
    expect(bodyText(text)).toContain(paras[1].slice(1, 3).join(" "));
    expect(bodyText(text)).not.toMatch(/river trade|A new bridge/);
  });

  it("lifts a note standing as a block of its own inside a sentence", () => {
    const text = page((ps) => {
      ps[2].splice(2, 0, "", "Tolls abolished.", "");
      ps[5].splice(3, 0, "", "The first charter", "");
    });
    expect(lifted(text)).toEqual(["Tolls abolished.", "The first charter"]);
  });

  it("leaves a text without notes as it is", () => {
    expect(lifted(page(() => {}))).toEqual([]);
  });

  it("does not lift a line that runs on with a function word, nor verse set in from the margin", () => {
    const text = page((ps) => {
      ps[1].splice(2, 0, "The long road and the");
      ps[3].splice(2, 0, "  Sing of the river,", "  Sing of the sea!");
    });
    expect(lifted(text)).toEqual([]);
  });

  it("lifts a note at a paragraph's start only once the text has shown certain ones", () => {
    const atStart = (ps: string[][]) => ps[6].unshift("Grain prices");
    expect(lifted(page(atStart))).toEqual([]);
    const text = page((ps) => {
      atStart(ps);
      ps[1].splice(2, 0, "Salt and the", "river trade");
      ps[4].splice(1, 0, "A new bridge");
    });
    expect(lifted(text)).toContain("Grain prices");
  });

  it("does nothing to text that is not hard-wrapped (one line a paragraph)", () => {
    const flat = paras.map((p) => p.join(" ")).join("\n\nA short line\n\n");
    expect(lifted(flat)).toEqual([]);
  });
});
