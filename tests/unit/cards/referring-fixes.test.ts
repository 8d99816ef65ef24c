// Session 24 (refer24): the raters' not-standalone fix notes read as referring-expression supervision
// (scripts/lib/referring-fixes.ts). Invented notes and chapters only.
import { describe, expect, it } from "vitest";
import { agreement, classifyExpression, fixKind, headOf, parseFixNote, sourceOf, type Context } from "../../../scripts/lib/referring-fixes";

describe("parseFixNote", () => {
  it.each([
    ["it -> a copper kettle", [{ expr: "it", repl: "a copper kettle" }]],
    ['"the vessel" unresolved: -> "the copper kettle of the mill"', [{ expr: "the vessel", repl: "the copper kettle of the mill" }]],
    ["'they' -> 'the millers'", [{ expr: "they", repl: "the millers" }]],
    ['"The first way" -> "Grinding by hand"; "the second" -> "by water"', [{ expr: "The first way", repl: "Grinding by hand" }, { expr: "the second", repl: "by water" }]],
    ["we -> the guild (per the charter)", [{ expr: "we", repl: "the guild (per the charter)" }]],
    ["Orla -> Orla Venn", [{ expr: "Orla", repl: "Orla Venn" }]],
    ["'it' -> 'the millers' guild'", [{ expr: "it", repl: "the millers' guild" }]],
    ["context 'the miller's yard' -> 'the yard at Stoneford'", [{ expr: "the miller's yard", repl: "the yard at Stoneford" }]],
    ["its -> the mill's; blank 'six wheels'", [{ expr: "its", repl: "the mill's" }]],
  ])("reads %s as pairs", (note, pairs) => {
    expect(parseFixNote(note).pairs).toEqual(pairs);
  });
  it("reads a reject's unresolved expressions and no pair", () => {
    const p = parseFixNote('"the mill" unresolved; trivial blank');
    expect(p.pairs).toEqual([]);
    expect(p.unresolved).toEqual(["the mill"]);
  });
  it("marks a note that adds words instead of replacing any", () => {
    const p = parseFixNote('add "In the river towns," at start');
    expect(p).toEqual({ pairs: [], unresolved: [], addition: true });
  });
  it("reads nothing from an empty note", () => expect(parseFixNote(undefined)).toEqual({ pairs: [], unresolved: [], addition: false }));
});

describe("classifyExpression", () => {
  it.each([
    ["it", "personal"], ["Their", "personal"], ["I", "first-person"], ["we", "first-person"],
    ["this process", "demonstrative"], ["Those", "demonstrative"], ["the kettle", "definite"],
    ["such a mill", "such"], ["the latter", "former-latter"], ["at the time", "time-place"],
    ["their wages", "phrase-with-pronoun"], ["Accordingly", "other"],
  ])("classes %s as %s", (expr, cls) => expect(classifyExpression(expr)).toBe(cls));
  it("calls a capitalised word a partial name only when the replacement spells it out", () => {
    expect(classifyExpression("Orla", "Orla Venn")).toBe("partial-name");
    expect(classifyExpression("Accordingly", "After the flood, the town")).toBe("other");
    expect(classifyExpression("Second,", "Rook's second rule:")).toBe("other");
  });
});

describe("headOf and agreement", () => {
  it("takes the head before an of-tail", () => expect(headOf("the wheels of the mill")).toBe("wheel"));
  it("scores an exact answer on every count", () => expect(agreement("The copper kettle", "the copper kettle", "it")).toEqual({ exact: true, head: true, adds: true, covers: true }));
  it("gives the expression itself a head match but nothing added", () => expect(agreement("the kettle", "the copper kettle of the mill", "the kettle")).toEqual({ exact: false, head: true, adds: false, covers: false }));
  it("credits an answer that brings in some of the rater's words", () => expect(agreement("the mill", "the copper kettle of the mill", "the kettle")).toEqual({ exact: false, head: true, adds: true, covers: false }));
  it("gives no head match to an answer about something else", () => expect(agreement("the millers", "the copper kettle", "it")).toEqual({ exact: false, head: false, adds: false, covers: false }));
  it("is null when the resolver gave no answer", () => expect(agreement(null, "the mill")).toBeNull());
});

describe("fixKind", () => {
  it("calls a fix that keeps the head an expansion", () => expect(fixKind("the wheel", "the great wheel of the mill")).toBe("expansion"));
  it("calls a fix that writes another referent a substitution", () => expect(fixKind("it", "the copper kettle")).toBe("substitution"));
});

describe("sourceOf", () => {
  const ctx = (at: number, over: Partial<Context> = {}): Context => ({
    sentences: ["The copper kettle stood by the mill.", "Orla Venn kept the accounts.", "It boiled all day.", "The wheel turned slowly.", "Nobody minded the noise.", "It stopped at dusk.", "The millers slept.", "They woke early."],
    paragraphOf: [0, 0, 0, 0, 1, 1, 1, 1], at, prevSubject: null, headings: ["Water Mills"], author: "Tam Rook", title: "A Book of Mills", ...over,
  });
  it("finds the previous sentence's subject", () => expect(sourceOf("the millers", ctx(7, { prevSubject: "The millers" }))).toBe("previous-subject"));
  it("finds another noun phrase of the previous sentence", () => expect(sourceOf("the accounts", ctx(2, { prevSubject: "Orla Venn" }))).toBe("previous-other"));
  it("finds a mention 2-5 sentences back", () => expect(sourceOf("the copper kettle", ctx(2))).toBe("2-5-back"));
  it("finds an earlier mention in another paragraph", () => expect(sourceOf("the copper kettle", ctx(7))).toBe("earlier-chapter"));
  it("finds the heading, the author and the title", () => {
    expect(sourceOf("water mills", ctx(2))).toBe("heading");
    expect(sourceOf("Rook", ctx(2))).toBe("author");
    expect(sourceOf("a book of mills", ctx(2))).toBe("book-title");
  });
  it("tells words gathered nearby from a head word alone and from nothing", () => {
    expect(sourceOf("the mill wheel noise", ctx(5))).toBe("words-nearby");
    expect(sourceOf("the great wheel of stone", ctx(5))).toBe("head-word-nearby");
    expect(sourceOf("a grain tax", ctx(5))).toBe("nowhere");
  });
});
