// Span choice for clozes (lib/cards/spans): the spans a sentence offers, what the model knows about
// each, the chapter topic under all its names, and the per-sentence choice. Names are invented.
import { describe, expect, it } from "vitest";
import { enumerateSpans } from "@/lib/cards/spans/enumerate";
import { SPAN_FEATURES, spanFeatures } from "@/lib/cards/spans/features";
import { isTopicAlias, topicAliases } from "@/lib/cards/spans/aliases";
import { scoredSpans, spanScore } from "@/lib/cards/spans/model";
import { namedBlank } from "@/lib/cards/spans/notes";
import { clozeCandidates, PER_SENTENCE } from "@/lib/cards/candidates/cloze";
import { analyse } from "./helpers";

const texts = (text: string) => {
  const a = analyse(text);
  const s = a.sentences[0];
  return enumerateSpans(s, a).map((c) => s.text.slice(c.start, c.end));
};
const feature = (text: string, span: string, name: (typeof SPAN_FEATURES)[number], sentence = 0) => {
  const a = analyse(text);
  const s = a.sentences[sentence];
  const at = s.text.indexOf(span);
  if (at < 0) throw new Error(`"${span}" not in "${s.text}"`);
  return spanFeatures(s, a, at, at + span.length, "term")[SPAN_FEATURES.indexOf(name)];
};
// A chapter about one keeper, who is named in every sentence under a different form.
const biography = [
  ...Array.from({ length: 9 }, (_, i) => `Orlen Vance inspected lamp number ${i + 2} on the northern coast.`),
  "Vance's journal recorded every wreck on the reef of Marlow.",
  "Miss Vance later sold the journal to the harbour board.",
].join(" ");

describe("span enumeration", () => {
  it("offers names, dates, whole noun phrases, their head nouns and 'X of Y' phrases", () => {
    const spans = texts("Orlen Vance measured the speed of the wind above the granite tower in 1890.");
    expect(spans).toEqual(expect.arrayContaining(["1890", "Orlen Vance", "speed", "speed of the wind", "granite tower", "tower"]));
  });

  it("drops a trailing gerund and offers no pronoun", () => {
    const spans = texts("The board set up a syndicate consisting of four keepers, and it paid them well.");
    expect(spans).toContain("syndicate");
    expect(spans).not.toContain("syndicate consisting");
    expect(spans).not.toContain("it");
  });
});

describe("span features", () => {
  it("knows the complement of 'be', a list item, a possessor and a place after 'in'", () => {
    expect(feature("The Marlow Lighthouse was a tower of granite.", "tower of granite", "complement")).toBe(1);
    expect(feature("The board named Lisk, Orra, Tidemouth and Vanceport as ports.", "Orra", "list-item")).toBe(1);
    expect(feature("The harbour was renamed after Orlen Vance's death in 1890.", "Orlen Vance", "possessor")).toBe(1);
    expect(feature("The keepers met Orlen Vance in Tidemouth every spring.", "Tidemouth", "after-place-prep")).toBe(1);
    expect(feature("The keepers met Orlen Vance in Tidemouth every spring.", "Orlen Vance", "after-place-prep")).toBe(0);
  });

  it("knows a term the sentence defines and the sentence's rarest word", () => {
    expect(feature("The board set up a syndicate consisting of four keepers.", "syndicate", "defined-here")).toBe(1);
    expect(feature("The lamp burned colza oil in a brass holder.", "colza oil", "holds-rarest")).toBe(1);
    expect(feature("The lamp burned colza oil in a brass holder.", "brass holder", "holds-rarest")).toBe(0);
  });

  it("knows an English word capitalised only because it opens the sentence", () => {
    expect(feature("Exaggerations of the keepers filled the log of 1890.", "Exaggerations", "start-capital-word")).toBe(1);
    expect(feature("Vanceport grew after the keepers moved to Vanceport in 1890.", "Vanceport", "start-capital-word")).toBe(0);
  });
});

describe("topic aliases", () => {
  it("names the chapter's subject by full name, surname, first name, title + surname and possessive", () => {
    const a = analyse(biography);
    expect([...topicAliases(a)]).toEqual(expect.arrayContaining(["vance", "orlen"]));
    for (const name of ["Orlen Vance", "Vance", "Orlen", "Miss Vance", "Vance's"]) expect(isTopicAlias(a, name)).toBe(true);
    expect(isTopicAlias(a, "Marlow")).toBe(false);
    const s = a.sentences[10];
    const at = s.text.indexOf("Miss Vance");
    expect(spanFeatures(s, a, at, at + "Miss Vance".length, "person")[SPAN_FEATURES.indexOf("topic")]).toBe(1);
  });

  it("does not make a topic of a name the chapter mentions only now and then", () => {
    const filler = Array.from({ length: 60 }, (_, i) => `The tide rose ${i + 2} feet over the sand.`);
    const a = analyse([...filler, ...Array.from({ length: 8 }, (_, i) => `Orlen Vance inspected lamp number ${i + 2}.`)].join(" "));
    expect(isTopicAlias(a, "Vance")).toBe(false);
  });
});

describe("span model and per-sentence choice", () => {
  it("scores with the given weights (all zero: even odds)", () => {
    expect(spanScore(SPAN_FEATURES.map(() => 1), { source: "test", weights: {} })).toBe(0.5);
    expect(spanScore(SPAN_FEATURES.map((f) => (f === "bias" ? 1 : 0)), { source: "test", weights: { bias: 2 } })).toBeCloseTo(1 / (1 + Math.exp(-2)));
  });

  it("orders a sentence's spans best first", () => {
    const a = analyse("The harbour board paid Orlen Vance for the granite tower at Marlow in 1890.");
    const p = scoredSpans(a.sentences[0], a).map((c) => c.p);
    expect(p.length).toBeGreaterThan(3);
    expect(p).toEqual([...p].sort((x, y) => y - x));
  });

  it("blanks at most a few spans per sentence and never the chapter's subject or one item of a list", () => {
    const a = analyse(`${biography} Orlen Vance named Lisk, Orra, Tidemouth and Vanceport as the ports of the colza trade.`);
    for (const s of a.sentences) {
      const cs = clozeCandidates(s, a);
      expect(cs.length).toBeLessThanOrEqual(PER_SENTENCE);
      for (const c of cs) expect(isTopicAlias(a, c.back)).toBe(false);
    }
    const last = clozeCandidates(a.sentences.at(-1)!, a).map((c) => c.back);
    for (const port of ["Lisk", "Orra", "Tidemouth", "Vanceport"]) expect(last).not.toContain(port);
  });
});

describe("edit notes that name the right blank", () => {
  it.each([
    [`blank "the ascending current"`, "the ascending current"],
    ["blank 'colza oil' instead", "colza oil"],
    ["blank the whole \"candle-wood\"", "candle-wood"],
    ["blank Vanceport not Lisk", "Vanceport"],
    ["question is vague", null],
    [undefined, null],
  ])("%s → %s", (note, want) => {
    expect(namedBlank(note)).toBe(want);
  });
});

describe("gate: informative blank, a word fused onto a name", () => {
  it("drops a name with a lower-case verb taken into it, keeps the name and a name with a connector", async () => {
    const { informativeBlank } = await import("@/lib/cards/gates/informative-blank");
    const { blank } = await import("@/lib/cards/candidates/cloze");
    const a = analyse("In the autumn Orlen Vance built a second tower at the Bay of Lisk.");
    const s = a.sentences[0];
    const on = (span: string, answerKind: "person" | "place" | "term") => {
      const start = s.text.indexOf(span);
      return informativeBlank({ kind: "cloze", type: "cloze", front: blank(s, start, start + span.length), back: span, sentence: 0, extra: [], answer: { start, end: start + span.length }, answerKind }, a);
    };
    expect(on("Orlen Vance built", "person")).toMatch(/fused/);
    expect(on("Orlen Vance", "person")).toBeNull();
    expect(on("Bay of Lisk", "place")).toBeNull();
    expect(on("Orlen Vance built", "term")).toMatch(/fused/);
  });
});

describe("span enumeration, 'X of Y'", () => {
  it("joins two common noun phrases, not a phrase with a name or one cut before a possessive", () => {
    expect(texts("The keepers praised the speed of the wind at dawn.")).toContain("speed of the wind");
    expect(texts("The keepers praised the work of Orlen Vance at dawn.")).not.toContain("work of Orlen Vance");
  });
});

describe("gate: blank choice, the span model's verdict", () => {
  it("drops a blank the model rates unlikely and keeps a name that carries the claim", async () => {
    const { blankChoice, MIN_SPAN_SCORE } = await import("@/lib/cards/gates/blank-choice");
    const { blank } = await import("@/lib/cards/candidates/cloze");
    const on = (text: string, span: string, answerKind: "term" | "org") => {
      const a = analyse(text);
      const s = a.sentences[0];
      const start = s.text.indexOf(span);
      return blankChoice({ kind: "cloze", type: "cloze", front: blank(s, start, start + span.length), back: span, sentence: 0, extra: [], answer: { start, end: start + span.length }, answerKind }, a);
    };
    expect(MIN_SPAN_SCORE).toBeGreaterThan(0);
    expect(on("The harbour board met in the spring of 1890 to discuss the matter.", "matter", "term")).toMatch(/span model/);
    expect(on("Orlen Vance founded the Marlow Lighthouse Company in 1890.", "Marlow Lighthouse Company", "org")).toBeNull();
  });
});
