// "What is X?" only when the sentence says what X is (invented sentences).
import { describe, expect, it } from "vitest";
import { definitionShape, definitionShapeProblem } from "@/lib/cards/gates/definition-shape";
import { definitionCandidates } from "@/lib/cards/candidates/definition";
import { analyse, cand } from "./helpers";

/** The gate's verdict on "front → back" asked of the first sentence of `text`. */
const verdict = (text: string, front: string, back: string) => definitionShapeProblem(front, back, analyse(text).sentences[0]);
const defined = (text: string) => {
  const a = analyse(text);
  return a.sentences.flatMap((s) => definitionCandidates(s, a)).map((c) => [c.front, c.back]);
};

describe("definition-shape gate", () => {
  it("passes a definition: X the subject of the copula, the answer its class with the distinguishing words", () => {
    expect(verdict("A tidal bore is a wave that runs up a river against the current.", "What is a tidal bore?", "a wave that runs up a river against the current")).toBeNull();
    expect(verdict("Kelmsby, a fishing port on the north shore, sent three boats.", "What was Kelmsby?", "a fishing port on the north shore")).toBeNull();
  });

  it("passes an apposition that defines a prepositional object (the place named after 'at')", () => {
    expect(verdict("The fleet anchored at Kelmsby, the only deep harbour of the coast.", "What was Kelmsby?", "the only deep harbour of the coast")).toBeNull();
  });

  it("leaves other questions that open on 'What is' alone: naming, meaning, complement, a subject question", () => {
    expect(verdict("A wave that runs up a river is called a bore.", "What is a wave that runs up a river called?", "a bore")).toBeNull();
    expect(verdict("The hull is made of oak planks.", "What is the hull made of?", "oak planks")).toBeNull();
    expect(verdict("The cargo was carried off by the spring flood.", "What was carried off by the spring flood?", "The cargo")).toBeNull();
  });

  it("drops X that is one of a pair, and keeps the pair's noun when it opens the sentence", () => {
    expect(verdict("To Thrift and Prudence, the ease of his old age, he owed much.", "What is Prudence?", "the ease of his old age")).toMatch(/one of a pair/);
    expect(verdict("Prudence, the habit of weighing each step, ruled his trade.", "What is Prudence?", "the habit of weighing each step")).toBeNull();
  });

  it("drops a list item read as an apposition, and keeps an apposition the sentence goes on after", () => {
    expect(verdict("The floods spread, as at Kelmsby, the mill-ponds, and so on in wider rings.", "What is Kelmsby?", "the mill-ponds")).toMatch(/list item/);
    expect(verdict("The fleet anchored at Kelmsby, the only deep harbour of the coast, in May.", "What was Kelmsby?", "the only deep harbour of the coast")).toBeNull();
  });

  it("drops a quantified phrase, a bare comparative and a quoted saying as X", () => {
    expect(verdict("The lighting of every lamp, the trimming of every wick, is a chore.", "What is every lamp?", "the trimming of every wick")).toMatch(/quantified/);
    expect(verdict("With greater care, a crew are safe in any storm.", "What is greater care?", "a crew are safe in any storm")).toMatch(/comparative/);
    expect(verdict("'Ships float' is a rule to which leaking hulls are exceptions.", "What is 'Ships float'?", "a rule to which leaking hulls are exceptions")).toMatch(/quoted/);
    expect(verdict("A 'keel,' as Vance says, 'is the spine of a ship'.", "What is a 'keel?", "the spine of a ship'")).toMatch(/quotation cut/);
  });

  it("drops X cut in the middle of a phrase", () => {
    expect(verdict("The cost of the dredge and the wages of its crew were a burden.", "What is the cost of the dredge and?", "the wages of its crew")).toMatch(/cut/);
  });

  it("drops X that is the predicate, not the subject", () => {
    expect(verdict("The eels of the marsh are chiefly river fish, the young of which swim to the sea.", "What are chiefly river fish?", "the young of which swim to the sea")).toMatch(/relative clause|not the subject/);
    expect(verdict("The eels of the marsh are chiefly river fish that spawn at sea.", "What are chiefly river fish?", "that spawn at sea")).not.toBeNull();
  });

  it("drops an answer that opens on an adverb: a predicate said of something else", () => {
    expect(verdict("Letters came from our most careful and honest pilots, equally the friends of the guild and of the town, that the dues were too high.", "What are honest pilots?", "equally the friends of the guild and of the town")).toMatch(/no noun phrase/);
  });

  it("does not take a parenthesis before a comma for an apposition", () => {
    expect(verdict("Had the herons (as I have seen on the shores of Kelmsby), the small fish would vanish.", "What is Kelmsby?", "the small fish would vanish")).toMatch(/not the subject/);
  });

  it("drops an answer that is a relative clause or one member of a set", () => {
    expect(verdict("Herring are small fish, the scales of which shine like silver.", "What are small fish?", "the scales of which shine like silver")).not.toBeNull();
    expect(verdict("Salting is one of the oldest ways of keeping fish.", "What is salting?", "one of the oldest ways of keeping fish")).toMatch(/member/);
  });

  it("drops a back-to-front question whose answer is a unique description", () => {
    expect(verdict("Steady practice is the great means of making a crew act together.", "What is steady practice?", "the great means of making a crew act together")).toMatch(/back to front/);
    expect(verdict("The safety of the crew is the first duty of a pilot.", "What is the safety of the crew?", "the first duty of a pilot")).toMatch(/back to front/);
  });

  it("keeps the reverse question, where the unique description is asked", () => {
    expect(verdict("The safety of the crew is the first duty of a pilot.", "What is the first duty of a pilot?", "The safety of the crew")).toBeNull();
  });

  it("drops a name with several appositions: the card would keep one of several right answers", () => {
    const text = "At noon Orlen Vance, a surveyor, the Trust's chief engineer, and later its director, came ashore.";
    expect(verdict(text, "What was Orlen Vance?", "a surveyor")).toMatch(/several/);
  });

  it("drops a person asked with What", () => {
    const a = analyse("Dr. Henry Walsh was a surveyor who mapped the estuary in the spring.");
    const s = a.sentences[0];
    const person = s.entities.find((e) => e.kind === "person");
    expect(person?.text).toBe("Dr. Henry Walsh");
    expect(definitionShapeProblem("What was Dr. Henry Walsh?", "a surveyor who mapped the estuary", s)).toMatch(/person/);
    expect(definitionShapeProblem("Who was Dr. Henry Walsh?", "a surveyor who mapped the estuary", s)).toBeNull();
    expect(definitionShape(cand({ front: "What is x?", back: "a surveyor who mapped the estuary" }), a)).toBeNull();
  });

  it("drops What asked of the person a resolved 'he' stands for", () => {
    const a = analyse("Orlen Vance left the guild in the spring. He was the founder of a school of river pilots who worked the upper estuary.");
    const s = a.sentences[1];
    expect(s.pronoun?.resolved).toBe(true);
    expect(definitionShapeProblem("What was Orlen Vance?", "the founder of a school of river pilots who worked the upper estuary", s)).toMatch(/person/);
  });

  it("never judges a cloze", () => {
    const a = analyse("Salting is one of the oldest ways of keeping fish.");
    expect(definitionShape(cand({ kind: "cloze", front: "What is salting?", back: "one of the oldest ways of keeping fish" }), a)).toBeNull();
  });
});

describe("definition candidates on a copula", () => {
  it("keeps the source of a quoted definition in the question and drops the quotation marks", () => {
    expect(defined("A 'keel,' as Vance says, 'is the spine of a wooden ship'.")).toContainEqual(["What, as Vance says, is a keel?", "the spine of a wooden ship"]);
  });

  it("ends the genus before a second predicate joined by 'and'", () => {
    // (gen22b: "the" with a bare noun is no term, so the subject is "A dredge".)
    expect(defined("A dredge is a costly machine of the harbour board, and may possibly ruin the oyster beds.")).toContainEqual(["What is a dredge?", "a costly machine of the harbour board"]);
  });

  it("asks nothing when the predicate only puts X in a set ('one of …')", () => {
    expect(defined("Salting is one of the oldest ways of keeping fish.").filter(([f]) => f === "What is salting?")).toEqual([]);
  });
});
