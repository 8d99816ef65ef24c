// Questions whose builder cut a clause in two (lib/cards/gates/broken-clause.ts; the question-structure
// and answer-type gates read it unless LECTERN_BROKEN_QUESTIONS=0). Invented text.
import { describe, expect, it } from "vitest";
import { brokenClauseProblem, individualAsWhat } from "@/lib/cards/gates/broken-clause";
import { questionTokens } from "@/lib/cards/gates/question-structure";
import { analyse } from "../pipeline/helpers";

const broken = (q: string, sentence = "", back?: string) => brokenClauseProblem(q, questionTokens(q), sentence, back);
const sentenceOf = (text: string) => analyse(text).sentences[0];

describe("a question with a clause cut in two", () => {
  it("drops a relative pronoun with no clause after it, after a noun", () => {
    expect(broken("How did sailors who and soldiers differ?")).toMatch(/relative pronoun/);
    expect(broken("How did people who and people differ?")).toMatch(/relative pronoun/);
  });
  it("keeps an asked pronoun after a preposition (fixg18, review 2)", () => {
    for (const q of ["To whom and for what purpose was the land granted?", "The charter was sealed by whom?", "With whom?"]) expect(broken(q)).toBeNull();
  });
  it("drops a relative clause whose verb lost its object, when the sentence shows the answer after that verb", () => {
    expect(broken("What do the objects that provoke vary with each individual?", "The objects that provoke fear vary with each individual.", "fear")).toMatch(/object cut away/);
  });
  it("keeps a verb that takes no object, and one whose answer is elsewhere (fixg18, review 2)", () => {
    expect(broken("What do the birds that migrate eat?", "The birds that migrate eat seeds and small insects.", "seeds and small insects")).toBeNull();
    expect(broken("What do the tenants who remain owe?", "The tenants who remain owe a day's labour.", "a day's labour")).toBeNull();
    expect(broken("What do the children who play learn?", "The children who play learn the rules of fairness.", "the rules of fairness")).toBeNull();
    expect(broken("What do the men who keep running tire of?", "The men who keep running tire of the road.", "the road")).toBeNull();
  });
  it("drops a 'why' put on the author's frame, when the sentence opens with that frame", () => {
    expect(broken("Why is the truth that old charters are a hindrance to trade?", "The truth is that old charters are a hindrance to trade, because they fix old tolls.")).toMatch(/frame/);
  });
  it("keeps a 'why' about a fact or a belief (fixg18, review 2)", () => {
    expect(broken("Why was the fact that the king was absent important?", "The fact that the king was absent was important, because the barons could meet.")).toBeNull();
    expect(broken("Why was the belief that kings ruled by divine right abandoned?", "The belief that kings ruled by divine right was abandoned because the wars discredited it.")).toBeNull();
  });
  it("keeps whole relative clauses, bare infinitives and demonstrative 'that'", () => {
    for (const q of ["What do the tools that help build houses cost?", "How did sailors who served abroad and soldiers differ?", "What do the objects that provoke anger have in common?", "Why are old charters a hindrance to trade?", "What did the mayor add to that and the rest?"]) {
      expect(broken(q)).toBeNull();
    }
  });
});

describe("one individual asked with 'What'", () => {
  it("drops a lower-cased name answered by 'the' and a person noun", () => {
    const s = sentenceOf("The rolls were kept by Hale, the keeper of the rolls, until the fire.");
    expect(individualAsWhat("What was hale?", "the keeper of the rolls", s)).toBe(true);
    expect(individualAsWhat("What was hale?", "The keeper of the rolls", s)).toBe(true);
  });
  it("reads a sentence-initial name by its apposition, or when the chapter writes it with a capital elsewhere", () => {
    const s = sentenceOf("Hale, the keeper of the rolls, says that the charter was lost.");
    expect(individualAsWhat("What was hale?", "the keeper of the rolls", s)).toBe(true);
    const t = sentenceOf("Hale was the keeper of the rolls until the fire.");
    expect(individualAsWhat("What was hale?", "the keeper of the rolls", t)).toBe(false);
    expect(individualAsWhat("What was hale?", "the keeper of the rolls", t, new Set(["Hale"]))).toBe(true);
  });
  it("keeps an abstract term answered by an -er/-or noun (fixg18, review 3)", () => {
    expect(individualAsWhat("What is hope?", "the anchor of the soul", sentenceOf("Hope is the anchor of the soul."))).toBe(false);
    expect(individualAsWhat("What is commerce?", "the carrier of civilisation", sentenceOf("Commerce is the carrier of civilisation."))).toBe(false);
    expect(individualAsWhat("What is reason?", "the governor of the passions", sentenceOf("In the sage, reason is the governor of the passions."))).toBe(false);
  });
  it("keeps a definition by a kind of person and a term answered by a thing", () => {
    const s = sentenceOf("The manor had a reeve, and Reeve was also a family name in the town.");
    expect(individualAsWhat("What is a burgess?", "a man who holds land in the town", s)).toBe(false);
    expect(individualAsWhat("What was scutage?", "the payment of money in place of service", s)).toBe(false);
    // (fixg18, review 8: a single-word question, so the answer decides.)
    const named = sentenceOf("The rolls were kept by Reeve, the clerk, and by Hale.");
    expect(individualAsWhat("What is reeve?", "the seal of the manor", named)).toBe(false);
    expect(individualAsWhat("What is reeve?", "the officer of the manor", named)).toBe(true);
  });
});
