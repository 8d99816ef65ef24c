// Session 22 (concl22): views corrected by contrast that used to give no card, on invented text — a
// reason denied and turned round ("not A because R, but R because A"), a corrected term longer than
// seven words, "not so much A as B" (a cloze only: A is played down, not denied) and the cleft
// "it is not A that …, but B".
import { describe, expect, it } from "vitest";
import { conclusionCandidates, contrasts, foundCards } from "@/lib/cards/conclusions";
import { paragraphsOf } from "@/lib/cards/claims";
import { analyse } from "../pipeline/helpers";

const kept = (text: string, author?: string) => conclusionCandidates(analyse(text), author, true).map((c) => `${c.front} → ${c.back}`);
/** Every card of the sentence's first contrast, before the gates. */
const all = (text: string, author?: string) => {
  const a = analyse(text);
  const s = a.sentences[0];
  return contrasts(s).flatMap((f) => foundCards(s, f, paragraphsOf(a)[0], a, author ?? null)).map((c) => `${c.front} → ${c.back}`);
};

describe("conclusions: corrections that the pass used to refuse", () => {
  it("asks a denied reason turned round, and blanks the clause put in its place", () => {
    const text = "Bread is not dear because the miller is paid well, but the miller is paid well because bread is dear.";
    expect(kept(text, "Mara Quill")).toEqual([
      "According to Mara Quill, is bread dear because the miller is paid well? → No: bread is not dear because the miller is paid well, but the miller is paid well because bread is dear",
    ]);
    expect(all(text, "Mara Quill")).toContain("According to Mara Quill, bread is not dear because the miller is paid well, but {{c1::the miller is paid well because bread is dear}}. → the miller is paid well because bread is dear");
  });

  it("still leaves a 'but' that opens a new clause when the denied part gives no reason", () => {
    expect(kept("The number of pilots shall not exceed one for every ten ships, but each harbour shall have at least one pilot.", "Mara Quill")).toEqual([]);
  });

  it("blanks a corrected term of up to twelve words", () => {
    expect(all("The wealth of a nation is not the store of gold in the treasury, but the patient labour of the farmers and the weavers of the land.")).toContain(
      "The wealth of a nation is not the store of gold in the treasury, but {{c1::the patient labour of the farmers and the weavers of the land}}. → the patient labour of the farmers and the weavers of the land",
    );
  });

  it("reads 'not so much A as B' as a cloze on B and asks no 'No' question", () => {
    expect(kept("A harbour is not so much a place of shelter as a market for the goods of the coast.", "Mara Quill")).toEqual([
      "According to Mara Quill, a harbour is not so much a place of shelter as {{c1::a market for the goods of the coast}}. → a market for the goods of the coast",
    ]);
  });

  it("asks the cleft 'it is not A that …, but B' with its dummy 'it'", () => {
    expect(kept("It is not the depth of the channel that makes a port rich, but the trade of the towns behind the port.", "Mara Quill")).toEqual([
      "According to Mara Quill, is it the depth of the channel that makes a port rich? → No: it is not the depth of the channel that makes a port rich, but the trade of the towns behind the port",
    ]);
    // An "it" that is no cleft's still points back.
    expect(kept("It was not built by the town, but by the guild of the merchants in the old days.", "Mara Quill")).toEqual([]);
  });
});
