// Session 21: an e-text transcribed from a book joins the words the printer broke, so the hyphens
// still ending its lines belong to compounds; a scan that breaks one word at a line end keeps the
// old judgement for all of them. Invented text.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";

const body = (text: string) => cleanDocument(`CHAPTER 1.\n\n${text}\n`).chapters[0].text;

const ETEXT = [
  "The keeper walked past the boat-",
  "houses and the reed beds, where the marsh-",
  "wrens and the grey tit-",
  "larks nested among the flag-",
  "stems all summer long.",
].join("\n");

describe("line-end hyphens in a plain e-text", () => {
  it("keeps every compound's hyphen when no line end cuts a word", () => {
    expect(body(ETEXT)).toBe("The keeper walked past the boat-houses and the reed beds, where the marsh-wrens and the grey tit-larks nested among the flag-stems all summer long.");
  });

  it("judges each hyphen as before once a line end cuts a word in two", () => {
    const scan = `${ETEXT}\nThe keeper's careful obser-\nvation of them filled a note-\nbook.`;
    const text = body(scan);
    expect(text).toContain("careful observation of them");
    expect(text).toContain("filled a notebook"); // joined, as the old rule judges it (the e-text rule would keep "note-book")
  });

  it("needs more than a line end or two to judge", () => {
    expect(body("The sheep-\nfold stood empty by the water.")).toBe("The sheepfold stood empty by the water.");
  });

  it("is not turned off by an old 'to-day' at a line end (fixclean21)", () => {
    const text = body(`${ETEXT}\nThe keeper came back to-\nday.`);
    expect(text).toContain("the marsh-wrens and the grey tit-larks");
    expect(text).toContain("came back to-day.");
  });
});

describe("a join across a page or block break", () => {
  it("is judged as before even where the line ends hold only hard hyphens", async () => {
    const { joinHyphenated, wordStats } = await import("@/lib/chapters/hyphen");
    const stats = { ...wordStats(""), hardLineHyphens: true };
    expect(joinHyphenated("the careful obser-", "vation of them", stats)).toBe("the careful observation of them");
    expect(joinHyphenated("the marsh-", "wrens sang", stats, true)).toBe("the marsh-wrens sang");
  });
});
