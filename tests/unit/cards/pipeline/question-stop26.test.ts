// Questions the strict raters rejected on the newest training books (session 26, gen26) for a cut
// or a stop kept before the question mark, or a coordinator and a bare pronoun ending them.
// Invented sentences only.
import { describe, expect, it } from "vitest";
import { questionStructureProblem } from "@/lib/cards/gates/question-structure";
import { analyse } from "./helpers";

const question = (front: string, sentence: string) => questionStructureProblem(front, "an answer", analyse(sentence).sentences[0]);

describe("question structure: a cut or a stop before the question mark", () => {
  it.each([
    ["What does the guild possess....?", "The guild possesses.... the right of search."],
    ["What does the dye house hold…?", "The dye house holds… three vats."],
    ["Which mill grinds the barley of the parish, Q.?", "Mill Q. grinds the barley of the parish."],
  ])("refuses %s", (front, sentence) => {
    expect(question(front, sentence)).toMatch(/ellipsis|full stop/);
  });
  it("keeps a question ending on an abbreviation", () => {
    expect(question("Who founded Harlow and Co.?", "Ann Pell founded Harlow and Co.")).toBeNull();
  });
  it("refuses a question ending on a coordinator and a bare pronoun", () => {
    expect(question("What is the true owner of the mill is the bank, and it?", "The true owner of the mill is the bank, and it lends freely.")).toMatch(/pronoun left hanging/);
  });
});
