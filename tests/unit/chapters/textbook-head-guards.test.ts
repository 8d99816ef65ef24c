// Guards on the textbook heads (textbook-heads.ts), on INVENTED text: a long numbered sentence closed
// by a stop and a dash, a letter's lone opening beside a long title-case phrase, and numbered items in
// capitals after a lead-in, are text, not heads.
import { describe, expect, it } from "vitest";
import type { RawParagraph } from "@/lib/chapters/assemble";
import { readTextbookHeads } from "@/lib/chapters/textbook-heads";

const body = (text: string): RawParagraph => ({ kind: "body", text, page: "1", breaks: [] });
const filler = "The weather held through the week, and the work on the lower fields went on without a pause.";
const heads = (texts: string[]) => {
  const ps = texts.map(body);
  readTextbookHeads(ps);
  return ps.filter((p) => p.kind === "heading").map((p) => p.text);
};

describe("textbook heads: sentences and lists that look like heads", () => {
  it("leaves a long numbered sentence closed by a stop and a dash whole", () => {
    const text = "3. It was the custom of the country that the eldest son should inherit all of the land.—This custom was old.";
    const ps = [body(filler), body(text), body(filler)];
    readTextbookHeads(ps);
    expect(ps.map((p) => p.kind)).toEqual(["body", "body", "body"]);
    expect(ps[1].text).toBe(text);
  });

  it("takes no long title-case phrase on the strength of a letter's lone opening", () => {
    const out = heads([
      "Sir.—I have the honour to enclose the accounts of the mill for the year just ended.",
      filler,
      "To the Honourable the Commissioners of the Board of Trade and Plantations.—Gentlemen, the accounts are enclosed.",
      filler,
    ]);
    expect(out).toEqual([]);
  });

  it("still takes a long title-case head beside two short ones", () => {
    const out = heads([
      "Grafting the Stock.—The stock is cut low in the spring.",
      filler,
      "Pruning the Crown.—The crown is thinned in the winter.",
      "Effect of Frost and Thaw on Young Shoots and on the Older Wood.—The frost lifts the bark.",
    ]);
    expect(out).toEqual(["Grafting the Stock", "Pruning the Crown", "Effect of Frost and Thaw on Young Shoots and on the Older Wood"]);
  });

  it("reads numbered items in capitals after a lead-in as a list, not heads that vouch for a letter's opening", () => {
    const out = heads([
      "The notice nailed to the gate of the wood read as follows:",
      "1. NO FIRE IS TO BE LIT IN THE WOOD",
      "2. NO DOGS ARE TO RUN LOOSE",
      "Sir.—I have the honour to report that the notice has been obeyed.",
      filler,
    ]);
    expect(out).toEqual([]);
  });

  it("still takes numbered heads in capitals over text", () => {
    const out = heads(["4. HOW ROOTS HOLD THE BANK", filler, "5. HOW WATER FINDS THE ROOTS", filler]);
    expect(out).toEqual(["4. HOW ROOTS HOLD THE BANK", "5. HOW WATER FINDS THE ROOTS"]);
  });
});
