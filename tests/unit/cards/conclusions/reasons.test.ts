// Session 16's argument shapes (lib/cards/conclusions), on invented text: a claim and its reason
// inside a period ("C; for R", "C; because R"), a preferred course ("it is safer to A than B"), the
// author's "I say that P", "the conclusion (to be drawn …) is, that P", the term kept against the one
// denied ("strict and not lenient"), a ranking ("inferior to"); and each refusal.
import { describe, expect, it } from "vitest";
import { conclusionCandidates, conclusions, preferences, reasons } from "@/lib/cards/conclusions";
import { analyse } from "../pipeline/helpers";

const cards = (text: string, author?: string) => conclusionCandidates(analyse(text), author, true).map((c) => `${c.front} → ${c.back}`);
const clauses = (text: string, find: typeof reasons) => {
  const s = analyse(text).sentences[0];
  return find(s).map((f) => s.text.slice(s.tokens[f.from].start, s.tokens[f.to - 1].end));
};

describe("reasons: 'C; for R' inside a period", () => {
  it("asks why the claim holds and answers with the reason after 'for', naming the author", () => {
    expect(cards("A pilot must be paid before the ship is in harbour; and sailors have less patience with a master who is gentle than with one who is severe, for gentleness is mistaken by sailors for a weakness which invites their disobedience.", "Mara Quill")).toEqual([
      "According to Mara Quill, why do sailors have less patience with a master who is gentle than with one who is severe? → Because gentleness is mistaken by sailors for a weakness which invites their disobedience",
    ]);
  });

  it("takes 'for' for the preposition when no clause follows it", () => {
    expect(clauses("The harbour was closed to merchant ships, for a time, by a long quarrel between the pilots and the town.", reasons)).toEqual([]);
    expect(clauses("The quays were rebuilt in stone, for the sake of the heavy cargoes of the eastern trade.", reasons)).toEqual([]);
    expect(clauses("The tolls of the port were lowered by the council, for the merchants had begun to sail elsewhere.", reasons)).toEqual(["The tolls of the port were lowered by the council"]);
  });

  it("leaves a reason whose pronoun points back out of the card", () => {
    // "their" has no plural noun before it on the card: whose cargoes?
    expect(cards("The tolls of a harbour cannot long be raised above the tolls of the next port; for their cargoes will be carried to the cheaper quay.", "Mara Quill")).toEqual([]);
  });

  it("leaves 'because' that gives the whole sentence's reason to the cause cards", () => {
    expect(clauses("The tolls of the port were lowered by the council, because the merchants had begun to sail elsewhere.", reasons)).toEqual([]);
  });
});

describe("preferences: 'it is safer to A than B'", () => {
  it("blanks the course the author prefers, with the other beside it", () => {
    expect(cards("It may be said that a harbour master should wish to be both trusted and obeyed, but, because it is hard to have both at once, it is far better to be obeyed than trusted, when one of the two must be given up.", "Mara Quill")).toEqual([
      "According to Mara Quill, it is far better to be {{c1::obeyed}} than trusted. → obeyed",
    ]);
  });

  it("finds the clause from 'it' to the end of the other course, not a 'than' without a course before it", () => {
    expect(clauses("In a storm it is wiser to lie at anchor than to run for the harbour mouth, as every pilot knows.", preferences)).toEqual(["it is wiser to lie at anchor than to run for the harbour mouth"]);
    expect(clauses("The channel is deeper than it was in the time of the old harbour master.", preferences)).toEqual([]);
    // the "than" of another clause, past a comma, is not the other course
    expect(clauses("It is better to wait a little, since the harvest is later than usual.", preferences)).toEqual([]);
    expect(cards("It is better to wait a little, since the harvest is later than usual.", "Mara Quill")).toEqual([]);
  });

  it("in a long course blanks the one noun the other course lacks, and leaves it when there are several", () => {
    expect(cards("It is wiser to keep a name for thrift which brings complaint without hatred than to earn a name for greed which brings complaint with hatred.", "Mara Quill")).toEqual([
      "According to Mara Quill, it is wiser to keep a name for {{c1::thrift}} which brings complaint without hatred than to earn a name for greed which brings complaint with hatred. → thrift",
    ]);
    // "thrift" and "sailors" both set the first course apart: which one is the point?
    expect(cards("It is wiser to keep a name for thrift among the sailors than to earn a name for greed which brings hatred.", "Mara Quill")).toEqual([]);
  });
});

describe("the author's thesis and a drawn conclusion", () => {
  it("cards 'I say that P' as the author's claim only when the author is known", () => {
    const text = "Of the two qualities, I say that every harbour master ought to wish to be thought strict and not lenient.";
    expect(cards(text, "Mara Quill")).toEqual(["According to Mara Quill, every harbour master ought to wish to be thought {{c1::strict}} and not lenient. → strict"]);
    expect(cards(text)).toEqual([]);
  });

  it("reads 'the conclusion to be drawn … is, that P' and stops at a second 'but that' clause", () => {
    const text = "The conclusion to be drawn from what precedes is, that a crowded harbour is always slower to unload than an empty harbour, but that, for the merchants of the town, a crowded harbour may be the richer.";
    const s = analyse(text).sentences[0];
    const found = conclusions(s).map((f) => s.text.slice(s.tokens[f.from].start, s.tokens[f.to - 1].end));
    expect(found).toEqual(["a crowded harbour is always slower to unload than an empty harbour"]);
  });

  it("does not take a conclusion someone else arrived at for the author's", () => {
    expect(cards("The conclusion at which the surveyor arrived was that the harbour of the town held nearly four hundred ships.", "Mara Quill")).toEqual([]);
    expect(cards("The conclusion he drew is that the harbour of the town is always inferior to the harbour of the capital.", "Mara Quill")).toEqual([]);
  });

  it("blanks the ranking a conclusion draws, and reads 'the <noun>' the chapter keeps using as generic", () => {
    const crowd = "The crowd gathers on the quay. The crowd shouts at the ships. The crowd follows the loudest voice. The crowd forgets its own interest. The crowd cheers the pilots. The crowd jeers the tax men. ";
    const text = `${crowd}${crowd}The conclusion to be drawn from all this is, that the crowd is always intellectually inferior to the single sailor.`;
    expect(cards(text, "Mara Quill")).toEqual(["According to Mara Quill, the crowd is always intellectually {{c1::inferior}} to the single sailor. → inferior"]);
    // Used once only, "the crowd" names something the text introduced before.
    expect(cards("The conclusion to be drawn from all this is, that the crowd is always intellectually inferior to the single sailor.", "Mara Quill")).toEqual([]);
  });
});
