// Questions whose builder cut a clause in two (lib/cards/gates/broken-clause.ts; the question-structure
// gate reads it unless LECTERN_BROKEN_QUESTIONS=0). Invented text.
import { describe, expect, it } from "vitest";
import { brokenClauseProblem, individualAsWhat } from "@/lib/cards/gates/broken-clause";
import { questionTokens } from "@/lib/cards/gates/question-structure";

const broken = (q: string) => brokenClauseProblem(q, questionTokens(q));

describe("a question with a clause cut in two", () => {
  it("drops a relative pronoun with no clause after it", () => {
    expect(broken("How did sailors who and soldiers differ?")).toMatch(/relative pronoun/);
    expect(broken("How did people who and people differ?")).toMatch(/relative pronoun/);
  });
  it("drops a relative clause whose verb lost its object", () => {
    expect(broken("What do the objects that provoke vary with each individual?")).toMatch(/object cut away/);
  });
  it("drops a 'why' put on the author's frame", () => {
    expect(broken("Why is the truth that old charters are a hindrance to trade?")).toMatch(/frame/);
  });
  it("keeps whole relative clauses, bare infinitives and demonstrative 'that'", () => {
    for (const q of ["What do the tools that help build houses cost?", "How did sailors who served abroad and soldiers differ?", "What do the objects that provoke anger have in common?", "Why are old charters a hindrance to trade?", "What did the mayor add to that and the rest?"]) {
      expect(broken(q)).toBeNull();
    }
  });
});

describe("one individual asked with 'What'", () => {
  it("drops a lower-cased name answered by 'the' and a person noun", () => {
    expect(individualAsWhat("What was hale?", "the keeper of the rolls")).toBe(true);
    expect(individualAsWhat("What was hale?", "the chronicler")).toBe(true);
  });
  it("keeps a definition by a kind of person and a term answered by a thing", () => {
    expect(individualAsWhat("What is a burgess?", "a man who holds land in the town")).toBe(false);
    expect(individualAsWhat("What was scutage?", "the payment of money in place of service")).toBe(false);
    expect(individualAsWhat("What is a reeve?", "the officer of the manor")).toBe(false);
  });
});
