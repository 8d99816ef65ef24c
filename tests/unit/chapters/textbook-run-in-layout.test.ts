// How school textbooks set their heads and their questions inside a chapter, as general rules on
// INVENTED text: paragraph heads in capitals run into the paragraph ("THE SALT MARSH. Where…"); side
// heads in sentence case closed by a stop and a dash ("Procedure when no lease is signed.—"); study
// questions set between paragraphs with no head over them; a questions head of a few words ("Some
// Useful Questions"), a debate's resolutions and a run-in "References.—"; phrases set in capitals
// inside a sentence; and inline notes whose numbers are not "notes missing from the file".
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { isSentenceCaseHead } from "@/lib/chapters/sentence-case-heads";

const clean = (text: string) => cleanDocument(text, { filename: "invented-textbook.txt" });
const paragraphs = (text: string) => clean(text).chapters.flatMap((c) => c.paragraphs.map((p) => `${p.kind}: ${c.text.slice(p.start, p.end)}`));
const sentences = (text: string) => clean(text).chapters.flatMap((c) => c.sentences.map((s) => s.text));

const MARSH = `CHAPTER III

THE WORK OF THE TIDES

THE SALT MARSH. Where the tide comes in slowly over a flat shore, it leaves a film of mud at each
high water. Grasses take root in the mud and hold it.

The marsh grows higher year by year until only the highest tides cover it.

CREEKS. The water that floods the marsh drains away through winding channels. These creeks keep
their places for many years.

Can you explain why the creeks of a marsh wind more than the streams of a hill country?

Why is the mud of a marsh finer than the sand of a beach? Compare the two under a lens.

THE BAR. Across the mouth of a bay the waves build a ridge of sand called a bar. Behind it the
water is quiet, and the bay fills with mud.

A harbor on such a coast is kept open by dredging. Find on a map of your state a harbor that is
dredged. Why must the work be done again each year?

Why do the grasses of a marsh die when a sea wall is built across it?

A village on a marsh draws its water from a well dug beside the creek. Is the well fed by the creek or
by the rain that falls on the marsh?
`;

describe("a textbook's capitals run-in heads and its questions between paragraphs", () => {
  const ps = paragraphs(MARSH);
  it("sets the capitals heads apart from their paragraphs", () => {
    expect(ps).toContain("heading: THE SALT MARSH");
    expect(ps).toContain("heading: CREEKS");
    expect(ps).toContain("heading: THE BAR");
    expect(ps.some((p) => p.startsWith("body: Where the tide comes in slowly"))).toBe(true);
  });
  it("marks the study questions apparatus, and keeps a paragraph that states before it asks", () => {
    expect(ps.filter((p) => p.startsWith("apparatus:"))).toHaveLength(4);
    expect(sentences(MARSH).some((s) => s.includes("harbor on such a coast is kept open"))).toBe(true);
    expect(sentences(MARSH).some((s) => s.includes("Can you explain"))).toBe(false);
  });
});

describe("a question in an essay", () => {
  it("stays text: it speaks to no one and stands alone", () => {
    const text = "CHAPTER I\n\nON THRIFT\n\nThe poor man saves by habit, the rich man by calculation.\n\nWhat, then, is the use of a savings bank?\n\nIt teaches the habit to those who have not learnt it at home.\n";
    expect(paragraphs(text)).toContain("body: What, then, is the use of a savings bank?");
  });
});

describe("a capitals opening that is no head", () => {
  it("is left when the chapter sets no other head so", () => {
    const text = "CHAPTER I\n\nTHE TOWN\n\nNOTHING LEFT. The sign on the mill said so, and the men went home.\n\nThe mill stood empty for a year after that.\n";
    expect(paragraphs(text)).toContain("body: NOTHING LEFT. The sign on the mill said so, and the men went home.");
  });
  it("is left in a numbered list of named items", () => {
    const text = "CHAPTER I\n\nTHE RULES\n\n1. THRIFT. Waste nothing that can be used again.\n\n2. ORDER. Keep every tool in its place.\n\n3. SILENCE. Speak only when it serves.\n";
    expect(paragraphs(text).filter((p) => p.startsWith("heading: 1") || p.startsWith("heading: THRIFT"))).toHaveLength(0);
  });
});

const LEASES = `CHAPTER V.

THE TOWN COURT

Jurisdiction.--The town court hears every dispute over rent and the leases of houses.

Appeals.--An appeal lies from the town court to the county court within ten days.

Procedure when no lease is signed.--If no lease has been signed, the rent is set by the custom of the town.

_Some Useful Questions_

What is a lease? Why must it be in writing?

How long may a lease run in your town? Who keeps the records?

What is a deed? Show the purpose of each seal. Of each witness.

_Questions for Debate_

Resolved, That every lease should be written.

_References_.--Brown's Tenants and the Law; Grey's Town Government, 12-20.
`;

describe("a civics textbook's side heads and study blocks", () => {
  const ps = paragraphs(LEASES);
  it("takes a side head in sentence case where the chapter sets title-like ones", () => {
    expect(ps).toContain("heading: Procedure when no lease is signed");
    expect(ps).toContain("body: If no lease has been signed, the rent is set by the custom of the town.");
  });
  it("marks the questions, the resolution and the references apparatus", () => {
    const sents = sentences(LEASES);
    expect(sents.some((s) => /What is a lease|What is a deed|Of each witness|Resolved|Brown's Tenants/.test(s))).toBe(false);
    expect(sents.some((s) => s.startsWith("An appeal lies"))).toBe(true);
  });
  it("tells a sentence-case head from a sentence or a single word", () => {
    expect(isSentenceCaseHead("Procedure when no lease is signed")).toBe(true);
    expect(isSentenceCaseHead("Sir")).toBe(false);
    expect(isSentenceCaseHead("He said, and went")).toBe(false);
  });
  it("takes no sentence-case opening in a chapter without title-like side heads", () => {
    const text = "CHAPTER I\n\nLETTERS\n\nMy dear friend.--I write to you from the coast.\n\nThe weather has been fine all week.\n";
    expect(paragraphs(text).some((p) => p.startsWith("heading: My dear friend"))).toBe(false);
  });
});

describe("phrases set in capitals inside a sentence", () => {
  const text = `CHAPTER I

THE MIND OF A MOB

Every mob obeys what I shall call the LAW OF THE COMMON IMPULSE, and its members feel as one. The
first of them SPEAKS LOUDLY and the rest follow. He came from the United States, and in the UNITED
STATES such crowds are common. The NATO treaty is not in question here. LOUD VOICES, on the other
hand, carry the mob with them, as voices always do.
`;
  const s = sentences(text).join(" ");
  it("are written in ordinary case, in title case when they name something", () => {
    expect(s).toContain("the Law of the Common Impulse,");
    expect(s).toContain("first of them speaks loudly and");
    expect(s).toContain("in the United States such");
    expect(s).toContain("LOUD VOICES, on the other hand, carry"); // a term opening its sentence keeps its capitals
  });
  it("leave a single word in capitals, which may be an acronym", () => {
    expect(s).toContain("The NATO treaty");
  });
});

describe("inline notes filed in Project Gutenberg's form", () => {
  it("are not reported as note numbers whose notes are missing", () => {
    const text = "CHAPTER I\n\nTHE COURT\n\nThe court sits in the spring. [Footnote: In most counties.] It hears appeals. [Footnote: See the statute.] It tries no crimes. [Footnote: Those go to the county.] Its judge is elected. [Footnote: For four years.]\n";
    const doc = clean(text);
    expect(doc.layout.notes.join(" ")).not.toMatch(/without their notes/);
    expect(doc.chapters[0].footnotes).toHaveLength(4);
  });
});
