// Run-in heads closed by a dash alone (lib/chapters/bare-dash-heads.ts): the rule on INVENTED text,
// then a check on the handbook in training that sets its side heads so.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { fixture } from "./fixtures";

const paragraphs = (text: string) => { const ch = cleanDocument(text).chapters[0]; return ch.paragraphs.map((p) => `${p.kind}: ${ch.text.slice(p.start, p.end)}`); };

const HANDBOOK = `CHAPTER I. THE NATURE OF SOUND

Sound is carried by the air to the ear, and the ear turns it into what we hear.

Pitch--The pitch of a note is set by the number of vibrations made in a second.

Loudness of a Note--The loudness of a note depends on the amplitude of the vibration.

Resonance--When a body is set vibrating by another of the same period, it is said to resonate.

Yes--I said so before, and I say it again now.
`;

describe("run-in heads closed by a dash alone", () => {
  it("sets apart three or more title-like openings closed by a dash, and leaves a reply opening prose", () => {
    expect(paragraphs(HANDBOOK)).toEqual([
      "body: Sound is carried by the air to the ear, and the ear turns it into what we hear.",
      "heading: Pitch",
      "body: The pitch of a note is set by the number of vibrations made in a second.",
      "heading: Loudness of a Note",
      "body: The loudness of a note depends on the amplitude of the vibration.",
      "heading: Resonance",
      "body: When a body is set vibrating by another of the same period, it is said to resonate.",
      "body: Yes—I said so before, and I say it again now.",
    ]);
  });

  it("leaves one or two such openings in prose alone: a mannerism of style, not a way of setting heads", () => {
    const prose = `CHAPTER II. THE JOURNEY\n\nLondon--The city was grey and wet when we came into it at dusk.\n\nWe found an inn near the river and slept there until the morning.\n\nCambridge Street--It was there that the old man kept his shop of clocks.\n`;
    expect(paragraphs(prose).filter((p) => p.startsWith("heading"))).toEqual([]);
  });

  it("does not take an opening that is no title (lower-case words, a clause) for a head", () => {
    const text = `CHAPTER III\n\nThe first thing--Water must be boiled before it is drunk in such places.\n\nHeat is a form of energy--This was shown by many trials in the last century.\n\nAnd then--Nothing more was heard of the matter for a year or so.\n\nSo it was--Everyone agreed in the end that the plan had failed at last.\n`;
    expect(paragraphs(text).filter((p) => p.startsWith("heading"))).toEqual([]);
  });

  it("reads the handbook's side heads in training (Absolute Zero, Specific Heat…) as headings", () => {
    const doc = cleanDocument(fixture("pd-babcock-steam-ch-heat.txt"), { filename: "pd-babcock-steam-ch-heat.txt" });
    const all = doc.chapters.flatMap((ch) => ch.paragraphs.map((p) => ({ kind: p.kind, text: ch.text.slice(p.start, p.end) })));
    const heads = all.filter((p) => p.kind === "heading").map((p) => p.text);
    for (const h of ["Absolute Zero", "British Thermal Unit", "Specific Heat", "Latent Heat", "Gases", "Linear Expansion of Substances by Heat", "Thermo-electric Pyrometers"]) expect(heads).toContain(h);
    expect(all.filter((p) => p.kind === "body" && /^[A-Z][\w -]{2,60}—[A-Z]/.test(p.text))).toEqual([]);
  });
});
