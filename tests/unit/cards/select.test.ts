// Selection: a second card from a picked card's sentence is discounted hard when it re-asks the
// fact the picked card already shows, lightly when it asks a fact the picked card hides.
import { describe, expect, it } from "vitest";
import type { GeneratedCard } from "@/lib/cards";
import { spread } from "@/lib/cards/rules/select";

function card(sentence: number, rule: string, front: string, back: string, score: number): GeneratedCard {
  return {
    kind: front.includes("{{c1::") ? "cloze" : "qa", front, back, rule, score, flags: [],
    source: { chapter: 0, chapterTitle: "", page: null, sentence, sentenceIds: [sentence], span: [0, 0] },
  };
}

const sentence0 = "Cholera reached Britain for the first time in the autumn of 1831, arriving at the port of Sunderland from the Baltic.";
const asked = card(0, "who-did-what", "What reached Britain for the first time in the autumn of 1831?", "Cholera", 0.8);
const elsewhere = card(10, "date-cloze", "The Board was dissolved in {{c1::1858}}.", "1858", 0.5);

describe("spread", () => {
  it("takes a card asking a fact the sentence's picked card hides over a weaker card elsewhere", () => {
    const port = card(0, "entity-cloze", sentence0.replace("Sunderland", "{{c1::Sunderland}}"), "Sunderland", 0.68);
    const picked = spread([asked, port, elsewhere], 2);
    expect(picked.map((c) => c.back)).toEqual(["Cholera", "Sunderland"]);
  });

  it("still discounts hard a card re-asking what the picked card shows", () => {
    const year = card(0, "date-cloze", sentence0.replace("1831", "{{c1::1831}}"), "1831", 0.68);
    const picked = spread([asked, year, elsewhere], 2);
    expect(picked.map((c) => c.back)).toEqual(["Cholera", "1858"]);
  });

  it("keeps a second card of the same rule from one sentence (a list of facts) lightly discounted", () => {
    const a = card(3, "renaming", "What was Bakhmut renamed?", "Artemovsk", 0.9);
    const b = card(3, "renaming", "What was Ekaterinburg renamed?", "Sverdlovsk", 0.9);
    expect(spread([a, b, elsewhere], 2).map((c) => c.back)).toEqual(["Artemovsk", "Sverdlovsk"]);
  });

  it("prefers a fact with a new answer to a second card with an answer already picked", () => {
    const joined = card(40, "who-did-what", "Who joined the laboratory in January 1951?", "Rosalind Franklin", 0.84);
    const left = card(67, "who-did-what", "Who left King's in 1953 for Birkbeck College?", "Rosalind Franklin", 0.8);
    const bragg = card(90, "entity-cloze", "The embarrassment led {{c1::Sir Lawrence Bragg}}, the director of the Cavendish, to stop them.", "Sir Lawrence Bragg", 0.75);
    expect(spread([joined, left, bragg], 2).map((c) => c.back)).toEqual(["Rosalind Franklin", "Sir Lawrence Bragg"]);
    // An answer with its year ("Richard Altmann, 1889") is the same answer as the bare name.
    const named = card(67, "agent", "Who introduced the name nucleic acid, and when?", "rosalind franklin, 1889", 0.8);
    expect(spread([joined, named, bragg], 2).map((c) => c.back)).toEqual(["Rosalind Franklin", "Sir Lawrence Bragg"]);
  });
});
