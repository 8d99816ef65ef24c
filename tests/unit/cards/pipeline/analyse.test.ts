import { describe, expect, it } from "vitest";
import { analyse } from "./helpers";

describe("analyseChapter", () => {
  it("types names from their context: a title makes a person, an institution head an organisation, 'in' a place", () => {
    const a = analyse("Professor Orlen Vance taught at the Marlow Institute for ten years. In 1904 Vance moved to Quillport, where he wrote his last book. Vance said that Quillport was cold.");
    const kinds = Object.fromEntries(a.sentences.flatMap((s) => s.entities).map((e) => [e.text, e.kind]));
    expect(kinds["Professor Orlen Vance"]).toBe("person");
    expect(kinds["Vance"]).toBe("person");
    expect(kinds["Marlow Institute"]).toBe("org");
    expect(kinds["Quillport"]).toBe("place");
    expect(kinds["1904"]).toBe("date");
  });

  it("resolves a leading he to the previous sentence's named subject and cites that sentence", () => {
    const a = analyse("Orlen Vance wrote three books on the tides. He later argued that the moon alone could not explain them.");
    expect(a.sentences[1].text).toMatch(/^Orlen Vance later argued/);
    expect(a.sentences[1].pronoun).toEqual({ word: "he", resolved: true, from: 0, text: "Orlen Vance" });
  });

  it("leaves a pronoun unresolved when two people could be meant", () => {
    const a = analyse("Professor Vance met Doctor Ortolan in the spring. He said the tides were late that year.");
    expect(a.sentences[1].pronoun?.resolved).toBe(false);
  });

  it("leaves a 'she' unresolved when the one name before it is the sentence's 'he'", () => {
    const a = analyse("Even Orlen Vance had given her his word, and he said the lamps were sent. She preferred to buy her own lamps at Quillport.");
    expect(a.sentences[1].pronoun?.resolved).toBe(false);
    expect(a.sentences[1].text).toMatch(/^She preferred/);
  });

  it("does not treat an anticipatory 'it' as a pronoun", () => {
    const a = analyse("The bridge was finished in 1890. It was not until 1901 that trains crossed it.");
    expect(a.sentences[1].pronoun).toBeNull();
  });

  it("finds the subject, verb and opening of a clause", () => {
    const a = analyse("In 1723, Orlen Vance was appointed keeper of the Marlow Library.");
    const s = a.sentences[0];
    expect(s.clause?.opening?.text).toBe("In 1723");
    expect(s.clause?.subject.text).toBe("Orlen Vance");
    expect(s.tokens[s.clause!.verb].text).toBe("was");
  });

  it("records terms the chapter defines", () => {
    const a = analyse("A tidal bore is a wave that travels up a river against the current. Such a wave is also called a mascaret.");
    expect(a.defined.has("tidal bore")).toBe(true);
    expect(a.defined.has("mascaret")).toBe(true);
  });

  it("scores the sentence that shares most with its section as most central", () => {
    const a = analyse("Tides rise and fall twice a day. The moon pulls the oceans and raises the tides. The moon and the sun together pull the oceans into spring tides. Birds sang.");
    const best = a.centrality.indexOf(Math.max(...a.centrality));
    expect([1, 2]).toContain(best);
    expect(a.centrality[3]).toBeLessThan(a.centrality[best]);
  });
});

describe("demonstratives", () => {
  it("reads 'This X' as 'The X' when the sentence before introduced X, and leaves a new 'this decision' unresolved", () => {
    const a = analyse("The board set up a committee of seven harbour masters. This committee replaced the old council. This decision surprised everyone.");
    // ("The committee" is then completed from the fuller mention by the definite repair.)
    expect(a.sentences[1].text).toBe("The committee of seven harbour masters replaced the old council.");
    expect(a.sentences[1].pronoun?.resolved).toBe(true);
    expect(a.sentences[2].pronoun?.resolved).toBe(false);
  });
});
