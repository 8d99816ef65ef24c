// Session 21 (clean21): a running head whose folio OCR misread ("THE RIVER VALLEYS i5") is still the
// running head of page 15. Invented heads.
import { describe, expect, it } from "vitest";
import { toBlocks } from "@/lib/chapters/blocks";
import { runningHeadDetector } from "@/lib/chapters/furniture";

describe("a running head with a misread folio", () => {
  const doc = ["THE RIVER VALLEYS 13", "The valley floor was wide and green.", "THE RIVER VALLEYS i5", "The river ran slowly past the mill.", "2O THE RIVER VALLEYS", "The mill stood idle all winter."].join("\n\n");
  const blocks = toBlocks(doc);
  const detect = runningHeadDetector(blocks, []);
  const at = (text: string) => detect(blocks.find((b) => b.text === text)!);

  it("reads the folio's figures", () => {
    expect(at("THE RIVER VALLEYS 13")).toBe("13");
    expect(at("THE RIVER VALLEYS i5")).toBe("15");
    expect(at("2O THE RIVER VALLEYS")).toBe("20");
  });

  it("leaves prose alone", () => {
    expect(at("The river ran slowly past the mill.")).toBe(false);
  });
});
