// Session 15 (genfix): "Further," opening a sentence is a connective like "Furthermore,": deleted
// with the author's aside after it, it must not leave a bare "Further" before the subject
// ("Further entire sections of the guilds were …"). "Further" without a comma is an adjective and
// stays ("Further trials showed …"). Invented sentences, real toolkit.
import { describe, expect, it } from "vitest";
import { analyse } from "../pipeline/helpers";

const last = (text: string) => {
  const a = analyse(text);
  return a.sentences[a.sentences.length - 1];
};
const PARA = "The craft guilds of the river towns lost their trade to the new mills. ";

describe("'Further,' as an opening connective", () => {
  it("goes with the aside after it ('Further, as we have already seen, whole guilds …')", () => {
    const s = last(`${PARA}Further, as we have already seen, whole guilds of the old masters were ruined by the mills.`);
    expect(s.text).toBe("Whole guilds of the old masters were ruined by the mills.");
  });
  it("goes alone ('Further, the masters …')", () => {
    const s = last(`${PARA}Further, the masters of the guilds lost their seats on the town council.`);
    expect(s.text).toBe("The masters of the guilds lost their seats on the town council.");
  });
  it("stays as an adjective ('Further trials showed …')", () => {
    const s = last(`${PARA}Further trials of the new looms showed that they wove twice as fast.`);
    expect(s.text).toMatch(/^Further trials/);
  });
});
