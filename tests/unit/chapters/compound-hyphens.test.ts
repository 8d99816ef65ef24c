// Compound hyphens at line ends: kept when the halves are English words and their join is not one,
// and given back to a compound an earlier conversion glued ("a wellplanned town").
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { restoreGluedCompounds } from "@/lib/chapters/glued-compounds";
import { twoWordCompound, wordStats } from "@/lib/chapters/hyphen";

const body = (text: string) => cleanDocument(`CHAPTER 1.\n\n${text}\n`).chapters[0].text;

describe("a line-end hyphen between two English words", () => {
  it.each([
    ["an adjective compound", "The ever-\npresent fog hid the harbour.", "The ever-present fog hid the harbour."],
    ["a noun compound", "The bridge-\nbuilding went on all winter.", "The bridge-building went on all winter."],
    ["the same inside a line, as OCR left it", "The ever- present fog hid the harbour.", "The ever-present fog hid the harbour."],
  ])("keeps the hyphen of %s", (_label, input, expected) => {
    expect(body(input)).toBe(expected);
  });

  it.each([
    ["a word whose halves are words and whose join is a word", "The some-\nthing in the box rattled.", "The something in the box rattled."],
    ["a word split into fragments", "The obser-\nvation was careful.", "The observation was careful."],
    ["a rare word with a fragment for a half", "It was later-\nly agreed.", "It was laterly agreed."],
    ["a word the document writes joined", "The sandglass ran; a sand-\nglass is slow.", "The sandglass ran; a sandglass is slow."],
  ])("joins %s", (_label, input, expected) => {
    expect(body(input)).toBe(expected);
  });

  it("judges two short prefixes as no words", () => {
    const stats = wordStats("");
    expect(twoWordCompound("re", "form", stats)).toBe(false);
    expect(twoWordCompound("ever", "present", stats)).toBe(true);
    expect(twoWordCompound("some", "thing", stats)).toBe(false);
  });
});

describe("restoreGluedCompounds", () => {
  const restore = (s: string) => restoreGluedCompounds(s).text;

  it.each([
    ["a wellplanned town grew", "a well-planned town grew"],
    ["a selfgoverning colony", "a self-governing colony"],
    ["an illtempered horse", "an ill-tempered horse"],
  ])("gives %j its hyphen back", (input, expected) => {
    expect(restore(input)).toBe(expected);
  });

  it.each([
    ["a closed compound English writes joined", "her wellbeing and his selfishness"],
    ["a closed word made with a suffix", "the selfhood of the tenfold plan"],
    ["number words and half, which make closed compounds too", "it cost sevenpence and halfpence"],
    ["a capitalised word, maybe a name", "Wellplanned and Selfridge"],
    ["a word the document writes twice", "a wellworn path; the wellworn path"],
    ["an ordinary word that starts like a compound", "a nonchalant illness"],
  ])("leaves %s alone", (_label, input) => {
    expect(restore(input)).toBe(input);
  });

  it("restores it in a cleaned chapter and counts the repair", () => {
    const doc = cleanDocument("CHAPTER 1.\n\nThe promise of a wellordered state was kept.\n");
    expect(doc.chapters[0].text).toBe("The promise of a well-ordered state was kept.");
    expect(doc.layout.notes.some((n) => n.startsWith("1 compound(s)"))).toBe(true);
  });
});
