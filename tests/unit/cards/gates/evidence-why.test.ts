// Session 15 (genfix): a "why" answered by the evidence for a claim ("because X is found to …")
// asks a cause and answers how the claim is known. Invented sentences.
import { describe, expect, it } from "vitest";
import { evidenceForWhy } from "@/lib/cards/gates/question-structure";

describe("evidenceForWhy", () => {
  it.each([
    ["Why do two atoms of H combine with one of O to form water?", "Because two volumes of H with one of O are found to give two volumes of steam"],
    ["Why is the moon's orbit an ellipse?", "Because observations show that its distance from the earth changes through the month"],
    ["Why does the salt contain chlorine?", "Because we find chlorine in every sample of it that is burned"],
  ])("refuses %j → %j", (front, back) => {
    expect(evidenceForWhy(front, back)).toBe(true);
  });
  it.each([
    ["Why did the mill stop grinding?", "Because the river ran dry in the long drought"],
    ["Why is the guild hall known to every traveller?", "Because it stands at the only bridge over the river"],
    ["Why was the charter revoked?", "Because the masters were known as rebels"],
  ])("keeps %j → %j", (front, back) => {
    expect(evidenceForWhy(front, back)).toBe(false);
  });
});
