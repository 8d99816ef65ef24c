// A card whose only handle on its subject is a bare "the N" (./bare-description): a short question
// whose one noun is that description, a figure blanked in a sentence that opens on it. Off unless
// LECTERN_BARE_DESCRIPTION=1; the standalone gate reads it. Invented text.
import { describe, expect, it } from "vitest";
import { BARE_DESCRIPTION, bareDescriptionSwitch, bareFigure, bareQuestion } from "@/lib/cards/gates/bare-description";
import { standalone } from "@/lib/cards/gates/standalone";
import { analyse, cand, clozeOn } from "../pipeline/helpers";

const CHAPTER = "The keepers of Orra argued for years about the lamps. The plan was at last called the lamp plan by its friends. The lid of the kettle holds the steam. The second plan was taught at Lisk.";
const a = analyse(CHAPTER);
const question = (front: string, sentence: number, back = "x") => bareQuestion(cand({ front, back, sentence }), a.sentences[sentence]);

describe("a short question whose one noun is a bare 'the N'", () => {
  it("drops it", () => {
    expect(question("What was the plan at last called?", 1, "the lamp plan")).toMatch(/the plan/);
  });
  it("keeps a question with a noun or a name of its own, a description that says which, or a long question", () => {
    expect(question("What does the lid of the kettle hold?", 2)).toBeNull();
    expect(question("What did the keepers of Orra argue about?", 0)).toBeNull();
    expect(question("Where was the second plan taught?", 3)).toBeNull();
    expect(question("What was the plan at last called by all of its friends?", 1)).toBeNull();
  });
  it("leaves a cloze to the figure rule", () => {
    const { a: b, c } = clozeOn("The plan was at last called the lamp plan.", "lamp plan", "phrase");
    expect(bareQuestion(c, b.sentences[c.sentence])).toBeNull();
  });
});

describe("a figure blanked in a sentence that opens on a bare 'the N'", () => {
  const figure = (text: string, span: string) => {
    const { a: b, c } = clozeOn(text, span, "number");
    return bareFigure(c, b.sentences[c.sentence]);
  };
  it("drops it", () => {
    expect(figure("The shells come in three sizes. The shells may be no more than 1 mm wide, or as wide as 2.5 mm.", "2.5")).toMatch(/The shells/);
    expect(figure("The lamp was lit at dusk. The flame rose to twelve inches.", "twelve inches")).not.toBeNull();
  });
  it("reads a four-digit answer as the figure it is, not as a year on the card", () => {
    expect(figure("The harbour was dredged to 1200 feet.", "1200 feet")).not.toBeNull();
    expect(figure("The harbour was dredged to 120 feet.", "120 feet")).not.toBeNull();
  });
  it("keeps a description that says which, a card with a name or a year, and a blank that is no figure", () => {
    expect(figure("The shells of the Orra kind may be as wide as 2.5 mm.", "2.5")).toBeNull();
    expect(figure("The long shells may be as wide as 2.5 mm.", "2.5")).toBeNull();
    expect(figure("The harbour was dredged to 12 feet by Vance.", "12 feet")).toBeNull();
    expect(figure("The harbour was dredged to 12 feet in 1851.", "12 feet")).toBeNull();
    expect(figure("The shells may be as wide as the lids.", "the lids")).toBeNull();
  });
});

describe("the switch", () => {
  it("reads LECTERN_BARE_DESCRIPTION, off by default", () => {
    expect(bareDescriptionSwitch({})).toBe(false);
    expect(bareDescriptionSwitch({ LECTERN_BARE_DESCRIPTION: "1" })).toBe(true);
    expect(bareDescriptionSwitch({ LECTERN_BARE_DESCRIPTION: "0" })).toBe(false);
  });
  it("the standalone gate drops the card only while it is on", () => {
    const c = cand({ front: "What was the plan at last called?", back: "the lamp plan", sentence: 1 });
    const was = BARE_DESCRIPTION.on;
    try {
      BARE_DESCRIPTION.on = false;
      expect(standalone(c, a)).toBeNull();
      BARE_DESCRIPTION.on = true;
      expect(standalone(c, a)).toMatch(/the plan/);
    } finally {
      BARE_DESCRIPTION.on = was;
    }
  });
});
