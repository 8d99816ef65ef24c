// The rule families added for other books: findings, appositions, composition, doctrines, lists of
// names, lower-case roles, definite renamings, context for pronoun-led clozes. Sentences come from
// science, biography and business; each family has a negative that must give nothing.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { legacyCandidateCards as candidateCards } from "@/lib/cards";

const cardsOf = (text: string) => candidateCards(cleanDocument(text).chapters[0]);
const qa = (text: string) => cardsOf(text).filter((c) => c.kind === "qa").map((c) => [c.front, c.back]);
const clozes = (text: string) => cardsOf(text).filter((c) => c.kind === "cloze");

describe("findings and claims", () => {
  it("asks what someone showed, with the date", () => {
    expect(qa("In 1929 the chemist Phoebus Levene showed that the sugar in DNA is deoxyribose."))
      .toContainEqual(["What did Phoebus Levene show in 1929?", "The sugar in DNA is deoxyribose"]);
    expect(qa("The Phillips curve study found that unemployment and inflation moved in opposite directions."))
      .toContainEqual(["What did the Phillips curve study find?", "Unemployment and inflation moved in opposite directions"]);
  });
  it("ignores pronoun subjects and vague groups", () => {
    expect(qa("He showed that the method was sound.")).toEqual([]);
    expect(qa("Many economists argued that the crisis was over.").filter(([f]) => f.startsWith("What did"))).toEqual([]);
  });
});

describe("definitions without a copula", () => {
  it("reads an apposition that ends at its comma", () => {
    expect(qa("The best tool was X-ray crystallography, a method in which a beam of X-rays is scattered by a crystal."))
      .toContainEqual(["What is X-ray crystallography?", "a method in which a beam of X-rays is scattered by a crystal"]);
    expect(qa("The vessel Beagle, a ten-gun brig of the Royal Navy, sailed from Plymouth in 1831."))
      .toContainEqual(["What is the vessel Beagle?", "a ten-gun brig of the Royal Navy"]);
  });
  it("does not read a list or a quantity as an apposition", () => {
    expect(qa("A nucleotide is made of a sugar, a phosphate group and one of the bases.").filter(([f]) => /sugar/.test(f))).toEqual([]);
    expect(qa("The ship carried twenty-two chronometers, an unusual number for so small a ship.")).toEqual([]);
  });
  it("asks what a thing consists of, and what a doctrine holds", () => {
    expect(qa("A balance sheet consists of assets, liabilities and equity."))
      .toContainEqual(["What does a balance sheet consist of?", "assets, liabilities and equity"]);
    expect(qa("In 1958 Crick stated the central dogma of molecular biology, which holds that information passes from DNA to RNA to protein."))
      .toContainEqual(["What does the central dogma of molecular biology hold?", "That information passes from DNA to RNA to protein"]);
  });
  it("is not fooled by a conditional", () => {
    expect(qa("If the firm was a monopoly, prices would rise for every customer in the region.")).toEqual([]);
  });
});

describe("people and roles", () => {
  it("keeps a list of names whole", () => {
    expect(qa("In 1962 Watson, Crick and Wilkins were awarded the Nobel Prize in Physiology or Medicine."))
      .toContainEqual(["Who was awarded the Nobel Prize in Physiology or Medicine in 1962?", "Watson, Crick and Wilkins"]);
    expect(qa("The merger was negotiated in 1998 by Sandy Weill and John Reed.")[0]).toEqual(["Who negotiated the merger, and when?", "Sandy Weill and John Reed, 1998"]);
  });
  it("reads lower-case roles in successions", () => {
    expect(qa("Francis Collins succeeded Watson as director of the center in April 1993."))
      .toContainEqual(["Who succeeded Watson as director of the center in April 1993?", "Francis Collins"]);
  });
  it("resolves a renamed definite noun phrase to the full name given earlier, or asks nothing", () => {
    const text = "Watson was the first director of the National Center for Genome Research. In 1997 the center was renamed the National Genome Institute.";
    expect(qa(text)).toContainEqual(["What was the National Center for Genome Research renamed, and when?", "National Genome Institute, 1997"]);
    expect(qa("In 1997 the center was renamed the National Genome Institute.").filter(([f]) => /renamed/.test(f))).toEqual([]);
  });
});

describe("cloze context", () => {
  it("gives a pronoun-led cloze its previous sentence", () => {
    const cards = clozes("The first stored-program machine was the Manchester Baby. It ran its first program on 21 June 1948.");
    const dated = cards.find((c) => c.back === "21 June 1948")!;
    expect(dated.front).toBe("The first stored-program machine was the Manchester Baby. It ran its first program on {{c1::21 June 1948}}.");
    expect(dated.source.sentenceIds).toEqual([1, 0]);
  });
  it("drops a pronoun-led cloze whose context is another pronoun or another paragraph", () => {
    expect(clozes("It was late. It ran its first program on 21 June 1948.").filter((c) => c.back === "21 June 1948")).toEqual([]);
    expect(clozes("The Baby was built in Manchester.\n\nIt ran its first program on 21 June 1948.").filter((c) => c.back === "21 June 1948")).toEqual([]);
  });
  it("names the term, not the object, after an active 'called'", () => {
    expect(clozes("Miescher called the new substance nuclein, because it came from the nucleus.").map((c) => c.back)).toContain("nuclein");
    expect(clozes("Hershey infected bacteria with a virus called bacteriophage T2 in the summer.").map((c) => c.back)).toContain("bacteriophage T2");
  });
});

describe("dates from context and near-duplicates", () => {
  it("resolves 'a month later' and 'in the same month' from earlier sentences and flags them", async () => {
    const { legacyGenerateCards: generateCards } = await import("@/lib/cards");
    const text = "The company was founded in Leeds in March 1921. A month later the firm of Brown Brothers was renamed Brown Industries. In the same month Ada Brown was appointed Chairman of the Board of Governors.";
    const cards = generateCards(cleanDocument(text).chapters[0], { max: 10 });
    const renamed = cards.find((c) => c.rule === "renaming")!;
    expect([renamed.front, renamed.back]).toEqual(["What was Brown Brothers renamed, and when?", "Brown Industries, April 1921"]);
    expect(renamed.flags).toContain("inferred-date");
    const appointed = cards.find((c) => c.rule === "appointment")!;
    expect(appointed.front).toBe("Who was appointed Chairman of the Board of Governors in April 1921?");
    expect(appointed.flags).toContain("inferred-date");
  });

  it("keeps one card when two sentences state the same fact", async () => {
    const { legacyGenerateCards: generateCards } = await import("@/lib/cards");
    const text = "Penicillin was discovered in 1928 by Alexander Fleming. The ward was quiet that year. Penicillin was discovered in 1928 by Alexander Fleming, as the report said.";
    const who = generateCards(cleanDocument(text).chapters[0]).filter((c) => c.front.startsWith("Who discovered penicillin"));
    expect(who).toHaveLength(1);
  });
});

describe("per-sentence cap", () => {
  it("keeps at most two cards from a sentence, three only for a list of same-kind facts", async () => {
    const { legacyGenerateCards: generateCards } = await import("@/lib/cards");
    const rich = "In March 1921 the chemist Ada Brown of Leeds, a member of the Royal Society, discovered that 42 samples contained argon.";
    expect(generateCards(cleanDocument(rich).chapters[0]).length).toBeLessThanOrEqual(2);
    const list = "In 1924 Alpha and Beta were renamed Gamma and Delta respectively. The town was quiet.";
    expect(generateCards(cleanDocument(list).chapters[0]).filter((c) => c.rule === "renaming")).toHaveLength(2);
  });
});

describe("undated who-did-what", () => {
  it("asks who did it when a full name is the subject, and not for things or pronoun objects", () => {
    expect(qa("The German biochemist Albrecht Kossel identified the four bases of nucleic acid.")).toContainEqual(["Who identified the four bases of nucleic acid?", "Albrecht Kossel"]);
    expect(qa("The Beagle anchored at Chatham Island in the afternoon.").filter(([f]) => f.startsWith("Who"))).toEqual([]);
    expect(qa("Albrecht Kossel identified its bases.").filter(([f]) => f.startsWith("Who"))).toEqual([]);
  });
});

describe("definition guards", () => {
  it("asks 'Who' for a person, and allows a genus definition of a name", () => {
    expect(qa("Gregor Mendel was an Augustinian friar who worked at the abbey of St. Thomas in Brno.")[0]?.[0]).toBe("Who was Gregor Mendel?");
    const league = cardsOf("The Hanseatic League was an association of merchant guilds that dominated trade in the Baltic.").find((c) => c.rule === "definition")!;
    expect(league.flags).not.toContain("ambiguous");
  });
  it("skips anaphora, superlatives and apposed title tails", () => {
    expect(qa("The gorge retreats each year. The gorge is one of the most instructive in the whole range of geology.").filter(([f]) => f.startsWith("What is"))).toEqual([]);
    expect(qa("In 1945 von Neumann wrote the First Draft of a Report on the EDVAC, a document that described a new computer.").filter(([f]) => /EDVAC\?/.test(f))).toEqual([]);
  });
});
