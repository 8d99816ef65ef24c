// A leading pronoun replaced by its antecedent must leave a well-formed noun phrase: the article the
// earlier sentence gave the name is kept, a generic "He that …" is nobody, and a name that only
// modifies a noun ("the Vance problem") is no antecedent. Invented sentences, real toolkit.
import { describe, expect, it } from "vitest";
import { analyse } from "../pipeline/helpers";

const last = (text: string) => {
  const a = analyse(text);
  return a.sentences[a.sentences.length - 1];
};

describe("leading-pronoun substitution", () => {
  it("keeps the article of a one-word name given with one ('He felt' → 'The Varangian felt')", () => {
    const s = last("At dawn the Varangian rode down to the harbour. He felt that the storm was near.");
    expect(s.pronoun?.resolved).toBe(true);
    expect(s.text).toBe("The Varangian felt that the storm was near.");
  });
  it("makes a possessive with its article ('His nobles' → 'The Varangian's nobles')", () => {
    const s = last("At dawn the Varangian rode down to the harbour. His loyal guards followed him to the quay.");
    expect(s.text).toMatch(/^The Varangian's loyal guards followed/);
  });
  it("adds no article to a full personal name", () => {
    const s = last("Orlen Vance rebuilt the Marlow Lighthouse in 1891. He paid the masons himself.");
    expect(s.text).toBe("Orlen Vance paid the masons himself.");
  });
  it("leaves a generic 'He that …' alone (no one named before is meant)", () => {
    const s = last("Orlen Vance rebuilt the Marlow Lighthouse in 1891. He that keeps a light must keep it burning all night.");
    expect(s.text).toBe("He that keeps a light must keep it burning all night.");
    expect(s.pronoun).toBeNull();
  });
  it("does not take a name that only modifies a noun for the person ('the Vance problem')", () => {
    const s = last("The harbour board argued for years about the so-called Vance problem. He felt his poverty keenly.");
    expect(s.text.startsWith("Vance")).toBe(false);
  });
});
