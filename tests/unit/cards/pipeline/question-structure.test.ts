// Questions re-read with the toolkit, refused when their structure is broken or their answer is of
// the wrong kind (lib/cards/gates/question-structure). Invented sentences and questions.
import { describe, expect, it } from "vitest";
import { questionStructure, questionStructureProblem } from "@/lib/cards/gates/question-structure";
import { measureOf } from "@/lib/cards/analyse/measure";
import { analyse, cand, candidates } from "./helpers";

/** The check on a question made from `sentence` (the chapter's only sentence). */
function check(sentence: string, front: string, back: string): string | null {
  return questionStructureProblem(front, back, analyse(sentence).sentences[0]);
}

describe("page furniture and foreign text", () => {
  it("refuses brackets, a section mark and a footnote number in the question", () => {
    expect(check("The clerk wrote this at the harbour office.", "Where did [So write, 1802.]?", "the harbour office")).toMatch(/furniture/);
    expect(check("Sect. 12. Trade grew from this.", "Sect. 12. What grew from this?", "Trade")).toMatch(/furniture/);
    expect(check("Then 7 The wagons followed the carts.", "What did 7 Then follow?", "the carts")).toMatch(/footnote/);
  });

  it("keeps a number that is part of the question", () => {
    expect(check("In 1802 the clerk moved to the harbour office.", "Where did the clerk move in 1802?", "the harbour office")).toBeNull();
    expect(check("The pilots kept 12 lamps lit all winter.", "How many lamps did the pilots keep lit?", "12")).toBeNull();
  });

  it("refuses a run of words general English does not know, and keeps one foreign word", () => {
    expect(check("Nemo vivit, quorsum lentus temporis ambulat, said the keeper.", "Who vivit, quorsum lentus temporis ambulat?", "Nemo")).toMatch(/another language/);
    expect(check("The keeper called his routine a kind of ritornello.", "What did the keeper call his routine?", "a kind of ritornello")).toBeNull();
  });
});

describe("words left hanging", () => {
  it("refuses a stranded possessive and an exclamation inside the question", () => {
    expect(check("Bless the ships! cried the keeper's wife from the tower.", "What did Bless the ships! cry 's wife from?", "the tower")).toMatch(/possessive|exclamation/);
    expect(check("Bless the ships! cried the wife from the tower.", "What did the wife cry from the tower! with joy?", "Bless the ships")).toMatch(/exclamation/);
    expect(check("The keeper's wife cried out from the tower.", "Who cried out from the tower?", "The keeper's wife")).toBeNull();
  });

  it("refuses a preposition before a coordinator, and keeps a preposition that ends the question", () => {
    expect(check("The fair began in trade and worship.", "What did the fair begin in and worship?", "trade")).toMatch(/preposition left hanging/);
    expect(check("The fair began in trade.", "What did the fair begin in?", "trade")).toBeNull();
  });

  it("refuses 'to' with no verb after a verb that takes an infinitive, and keeps 'belong to' before a phrase", () => {
    expect(check("The tolls seem to fall under another rule.", "When do the tolls seem to under another rule?", "fall")).toMatch(/'to'/);
    expect(check("The harbour dues belong to the town in most years.", "What do the harbour dues belong to in most years?", "the town")).toBeNull();
  });

  it("refuses a finite verb straight after a comma (its subject lost)", () => {
    expect(check("All that the pilots value, depends on the tide tables.", "What do all that the pilots value, depends on?", "the tide tables")).toMatch(/comma/);
    expect(check("The pilots, who trust the tables, sail at night.", "When do the pilots, who trust the tables, sail?", "at night")).toBeNull();
  });
});

describe("auxiliary, subject and verb", () => {
  it("refuses an auxiliary with no subject before the verb, and keeps a question word that is the subject", () => {
    expect(check("The old charters first named these rights.", "What did first name or rights?", "these rights")).toMatch(/no subject/);
    expect(check("The keeper did not leave the tower that winter.", "Who did not leave the tower that winter?", "The keeper")).toBeNull();
  });

  it("refuses 'did' followed by a past-tense verb, and keeps a participle that opens a phrase", () => {
    expect(check("A body of riders and wagons moved to the ridge.", "What did a body of riders and wagons moved to?", "the ridge")).toMatch(/past-tense/);
    expect(check("The riders posted at the ford stopped the wagons.", "What did the riders posted at the ford stop?", "the wagons")).toBeNull();
  });

  it("refuses a negated subject on any auxiliary", () => {
    expect(check("No pilot could read the chart.", "What could no pilot read?", "the chart")).toMatch(/negated/);
    expect(check("Every pilot could read the chart.", "What could every pilot read?", "the chart")).toBeNull();
  });

  it("refuses a subject put where the sentence has its own pronoun before the same verb", () => {
    const sentence = "The captain called for riders, promising that we might rest on the hill.";
    expect(check(sentence, "What might the captain rest on?", "the hill")).toMatch(/another actor/);
    expect(check("The riders might rest on the hill.", "What might the riders rest on?", "the hill")).toBeNull();
    expect(check("They said the riders might rest on the hill.", "What might the riders rest on?", "the hill")).toBeNull();
    expect(check("We can never prove the rule by the rule itself.", "What can one never prove by the rule itself?", "the rule")).toBeNull();
  });

  it("finds the verb in the sentence when the question's tagger takes it for a noun", () => {
    expect(check("The farmers planted barley.", "What did the farmers plant?", "barley")).toBeNull();
  });

  it("refuses an auxiliary and a subject with no verb", () => {
    expect(check("The farmers planted barley in the valley.", "What did the farmers in the valley?", "barley")).toMatch(/no verb/);
  });

  it("reads a do-question's last word as its verb when the tagger called it a noun after a noun ('… principle state?')", () => {
    expect(check("Kessel's principle states that no two bells may share a note.", "What does Kessel's principle state?", "No two bells may share a note")).toBeNull();
  });
});

describe("the answer's kind", () => {
  it("refuses an amount after an intransitive verb as its object", () => {
    expect(check("The column marched three miles before dark.", "What did the column march?", "three miles")).toMatch(/amount/);
    expect(check("The column marched the prisoners to the fort.", "What did the column march?", "the prisoners")).toBeNull();
  });

  it("refuses a weekday alone for 'when', and keeps a dated answer", () => {
    expect(check("On Friday the ferry was laid up.", "When was the ferry laid up?", "Friday")).toMatch(/weekday/);
    expect(check("On 3 May 1802 the ferry was laid up.", "When was the ferry laid up?", "3 May 1802")).toBeNull();
  });

  it("refuses a nationality for 'who', and keeps a person", () => {
    expect(check("The Danish had sent a pilot to the island.", "Who had sent a pilot to the island?", "Danish")).toMatch(/nationality/);
    expect(check("Orvel had sent a pilot to the island.", "Who had sent a pilot to the island?", "Orvel")).toBeNull();
  });

  it("refuses a temporal 'since' read as a cause, and keeps a causal 'since' clause", () => {
    expect(check("The guards had been on watch since dawn, the gates shut.", "Why had the guards been on watch?", "Because dawn, the gates shut")).toMatch(/since/);
    expect(check("The guards stayed on watch, since the gates were broken.", "Why did the guards stay on watch?", "Because the gates were broken")).toBeNull();
  });

  it("refuses an answer cut off with an ellipsis", () => {
    expect(check("The guild was a group of masters who met in the hall.", "What was the guild?", "a group of masters who met in…")).toMatch(/cut off/);
  });
});

describe("the gate and the candidate", () => {
  it("reads question cards only", () => {
    const a = analyse("The column marched three miles before dark.");
    expect(questionStructure(cand({ type: "object", front: "What did the column march?", back: "three miles" }), a)).toMatch(/amount/);
    expect(questionStructure(cand({ kind: "cloze", type: "cloze", front: "The column marched {{c1::three miles}} before dark.", back: "three miles" }), a)).toBeNull();
  });

  it("refuses a cloze that is a bracketed note, and keeps a cloze with a bracketed aside inside", () => {
    const a = analyse("The ferry sailed at noon.");
    expect(questionStructure(cand({ kind: "cloze", type: "cloze", front: "[Written at the inn, {{c1::1790}}.]", back: "1790" }), a)).toMatch(/bracketed note/);
    expect(questionStructure(cand({ kind: "cloze", type: "cloze", front: "The ferry [a flat barge] sailed at {{c1::noon}}.", back: "noon" }), a)).toBeNull();
  });

  it("asks 'How far' of an amount of distance after an intransitive verb instead of 'What'", () => {
    const { all } = candidates("The column advanced a few yards under fire.");
    const fronts = all.filter((c) => c.type === "object").map((c) => c.front);
    expect(fronts).toContain("How far did the column advance under fire?");
    expect(fronts.some((f) => f.startsWith("What did the column advance"))).toBe(false);
  });

  it("tells amounts of distance and time from other phrases", () => {
    expect(measureOf("a few rods")).toBe("distance");
    expect(measureOf("three miles further")).toBe("distance");
    expect(measureOf("two hours")).toBe("duration");
    expect(measureOf("the first mile of the road")).toBeNull();
    expect(measureOf("a few friends")).toBeNull();
  });
});
