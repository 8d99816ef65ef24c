// The lead's reviewer's findings on session 16's clean-up rules (lib/chapters), each on INVENTED
// text: acronyms inside a run in capitals, words spelt with roman numerals' letters, study questions
// that carry a note marker, run-in apparatus heads over a paragraph of text, centred section heads
// over a date range, and a word's small first letter in a text that is no scan.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";

const clean = (text: string) => cleanDocument(text, { filename: "invented-review.txt" });
const paragraphs = (text: string) => clean(text).chapters.flatMap((c) => c.paragraphs.map((p) => `${p.kind}: ${c.text.slice(p.start, p.end)}`));
const sentences = (text: string) => clean(text).chapters.flatMap((c) => c.sentences.map((s) => s.text));

describe("a run in capitals with an acronym inside", () => {
  const text = `CHAPTER IV

THE WAR IN THE NORTH

In 1950 the US ARMY moved north, and the UN sent help to the towns on the coast. The US had few
men in the field that year, and the UN had fewer still. Grain came by sea from the USA AND CANADA
all that winter. The USA sent the most of it, and the ships came in to the southern ports.
`;
  const s = sentences(text).join(" ");
  it("keeps the document's acronyms in capitals while the other words are lowered", () => {
    expect(s).toContain("the US army moved north");
    expect(s).toContain("from the USA and Canada all");
  });
});

describe("a word in capitals spelt with roman numerals' letters", () => {
  it("is no numeral inside a run in capitals", () => {
    const text = "CHAPTER I\n\nTHE COURTS\n\nIn the old towns the CIVIL LAW applies to every dispute over land, and the judges sit in the spring.\n";
    expect(sentences(text).join(" ")).toContain("the civil law applies");
  });
  it("is no numeral as a capitals run-in head", () => {
    const text = "CHAPTER I\n\nTHE COURTS\n\nCIVIL. The civil courts hear the disputes over land and debts between the people of a town.\n\nCRIMINAL. The criminal courts try the crimes against the peace of the town.\n";
    const ps = paragraphs(text);
    expect(ps).toContain("heading: CIVIL");
    expect(ps).toContain("heading: CRIMINAL");
  });
  it("a real numeral still numbers a head and names none", () => {
    const text = "CHAPTER I\n\nTHE COURTS\n\nXVIII. The civil courts hear the disputes over land and debts between the people of a town.\n\nCRIMINAL. The criminal courts try the crimes against the peace of the town.\n";
    expect(paragraphs(text)).not.toContain("heading: XVIII");
  });
});

describe("a study question with a note marker", () => {
  it("is a question all the same", () => {
    const text = `CHAPTER II

THE WATER OF THE WELLS

Rain sinks into the ground until it reaches a layer of clay that it cannot pass. There it gathers.

Why is the water hard in your town?[3]

What makes a spring run dry in a summer without rain? Where would you dig a new well?

The wells of a town are dug down to the water that gathers above the clay.

At what depth does water stand in the wells of your town?

[3] Hard water leaves a crust in a kettle.
`;
    expect(paragraphs(text)).toContain("apparatus: Why is the water hard in your town?");
    expect(sentences(text).some((s) => s.includes("water hard in your town"))).toBe(false);
  });
});

describe("a run-in apparatus head", () => {
  const doc = (line: string) => `CHAPTER VII\n\nTHE GROWTH OF THE TOWNS\n\nThe towns grew up beside the markets, where the roads from the farms met at a ford or a bridge.\n\n${line}\n\nThe markets were held once a week, on the day the farmers could leave their fields.\n`;
  const kindOf = (line: string) => paragraphs(doc(line)).find((p) => p.includes(line.slice(0, 20)))?.split(":")[0];
  it("over a paragraph of text is no head: the paragraph stays text", () => {
    expect(kindOf("Review.—In this chapter we have seen how the towns grew from the markets of the farmers.")).toBe("body");
    expect(kindOf("Problems: the first of these was money, for the merchants had no coin of their own to trade with.")).toBe("body");
    expect(kindOf("Question.—Whether a tenant may cut the timber on the land he rents is settled by his lease.")).toBe("body");
  });
  it("over questions or a list of books is apparatus", () => {
    expect(kindOf("Questions.—Why did the towns grow beside the fords? What did the farmers sell in them?")).toBe("apparatus");
    expect(kindOf("References.—Brown's Markets and Fairs; Grey's Town Government, 12-20.")).toBe("apparatus");
    expect(kindOf("References.—A. Smith, Markets of the North, pp. 12-40.")).toBe("apparatus");
    expect(kindOf("References.—Brown's Markets and Fairs; The Town Review, May 1880; Farm Gazette, March 1881 and June 1883.")).toBe("apparatus");
  });
  it("a topic's head naming problems over a question is no questions head", () => {
    const topic = "CHAPTER VIII\n\nPRICES\n\nSocial and Economic Problems\n\nWhy do prices rise?\n\nPrices rise when money is plentiful and goods are few, as every merchant learns.\n";
    expect(paragraphs(topic)).toContain("body: Why do prices rise?");
  });
});

describe("centred section heads over a date range", () => {
  const para = (words: string) => `${words} and the towns of the valley grew larger every year as the trade came to`;
  const text = [
    "CHAPTER V",
    "",
    "THE MACHINES",
    "",
    para("The first mills were built beside the rivers,"),
    "them from the farms round about.",
    "",
    "                         THE AGE OF STEAM.",
    "                           (1800-1850.)",
    "",
    para("Then the engines freed the mills from the rivers,"),
    "them by road and canal.",
    "",
    "                        THE AGE OF RAILWAYS.",
    "                           (1850-1900.)",
    "",
    para("At last the railways carried the goods far away,"),
    "them by the new lines.",
    "",
  ].join("\n");
  it("are no figure captions", () => {
    const doc = clean(text);
    expect(doc.layout.notes.join(" ")).not.toMatch(/figure caption/);
    expect(doc.chapters.map((c) => c.text).join(" ")).toMatch(/AGE OF STEAM|Age of Steam/);
  });
  it("nor are they over a parenthesised line that is no date, when no such block cuts a sentence", () => {
    const doc = clean(text.replace("(1800-1850.)", "(A Retrospect.)").replace("(1850-1900.)", "(A Survey.)"));
    expect(doc.layout.notes.join(" ")).not.toMatch(/figure caption/);
  });
});

describe("a word with a small first letter and capitals after it, in a text that is no scan", () => {
  it("is left as written", () => {
    const text = "# Systems\n\nThe iOS SDK ships a compiler, and the eBPF JIT turns the kernel's programs into machine code at load time.\n";
    const s = sentences(text).join(" ");
    expect(s).toContain("The iOS SDK");
    expect(s).toContain("the eBPF JIT");
  });
});
