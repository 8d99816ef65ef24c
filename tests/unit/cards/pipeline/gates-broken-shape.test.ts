// Broken question and answer templates that recur across books (session 9 garbled audit): each
// shape is dropped, and a near-miss of the same words that reads as English is kept.
import { describe, expect, it } from "vitest";
import { brokenAnswer, brokenQuestion } from "@/lib/cards/gates/shape";

describe("brokenQuestion: shapes left by a misread sentence", () => {
  it.each([
    ["a relative pronoun for a subject", "What did all of which seem for the voyage?", /relative pronoun/],
    ["an infinitive whose verb became the answer", "When were the dykes raised merely to in floods?", /verb was taken/],
    ["an infinitive after 'in order to' whose verb became the answer", "Why did the guild meet in order to the charter?", /verb was taken/],
    ["a comparison whose term became the answer", "Where is a charter not held as sacred as, nor is it changed by the mayor as in Marlow?", /comparison/],
    ["a second clause after a semicolon", "Why is one wont to say that the guilds are unready; but reform is slow?", /semicolon/],
  ])("drops %s", (_what, front, why) => {
    expect(brokenQuestion(front)).toMatch(why);
  });

  it.each([
    ["'to' then a preposition after a verb that takes 'to'", "What did the weavers turn to in the famine?"],
    ["'only to' a noun phrase", "What did the mayor grant only to the guilds?"],
    ["'such as,'", "Which goods, such as, say, wool, did the guild tax?"],
    ["'of which' after a real subject", "What does the guild, all of which was local, regulate?"],
    ["a semicolon in the statement before 'What followed from this?'", "The dykes broke; the fields flooded. What followed from this?"],
  ])("keeps %s", (_what, front) => {
    expect(brokenQuestion(front)).toBeNull();
  });
});

describe("brokenAnswer: answers cut out of a misread sentence", () => {
  it.each([
    ["a reason that interrupts a 'that' clause", "Because a toll escapes his notice, that therefore it is never paid", /interrupts/],
    ["'is to be classed as' read as the copula", "To be classed as a later growth", /copula/],
    ["an inverted verb left at the head", "Results a class of idle burghers", /inverted verb/],
  ])("drops %s", (_what, back, why) => {
    expect(brokenAnswer(back)).toMatch(why);
  });

  it.each([
    ["a reason with 'that is'", "Because the toll, that is, the bridge fee, was doubled"],
    ["a reason with a 'that' clause of its own", "Because the mayor held that the toll was unjust"],
    ["an infinitive answer of purpose", "To be free of the guild's rules"],
    ["a plural noun that looks like a verb", "Results of the survey of the dykes"],
  ])("keeps %s", (_what, back) => {
    expect(brokenAnswer(back)).toBeNull();
  });
});
