import { describe, expect, it } from "vitest";
import { clozeOrdinals, plainText, renderCard, validateNote } from "@/lib/notes/render";

describe("clozeOrdinals", () => {
  it("finds each deletion number once, sorted", () => {
    expect(clozeOrdinals("{{c2::Canada}} and {{c1::Ottawa}} and {{c2::Toronto::city}}")).toEqual([1, 2]);
    expect(clozeOrdinals("no deletions")).toEqual([]);
  });
});

describe("renderCard", () => {
  const note = { kind: "CLOZE" as const, front: "{{c1::Ottawa}} is the capital of {{c2::Canada::country}}.", back: "" };

  it("blanks the active deletion, shows a hint when given, and leaves the others as text", () => {
    const c1 = renderCard(note, 1);
    expect(plainText(c1.front)).toBe("[...] is the capital of Canada.");
    expect(c1.front.find((s) => s.cloze)?.text).toBe("[...]");
    expect(plainText(c1.back)).toBe("Ottawa is the capital of Canada.");
    expect(c1.back.filter((s) => s.cloze).map((s) => s.text)).toEqual(["Ottawa"]);
    expect(plainText(renderCard(note, 2).front)).toBe("Ottawa is the capital of [country].");
  });

  it("blanks every deletion sharing the card's number", () => {
    const r = renderCard({ kind: "CLOZE", front: "{{c1::H}}{{c1::2}}O is {{c2::water}}", back: "" }, 1);
    expect(plainText(r.front)).toBe("[...][...]O is water");
    expect(r.clozeAnswers).toEqual(["H", "2"]);
  });

  it("swaps the sides of a reversed note's second card", () => {
    const n = { kind: "REVERSED" as const, front: "chat", back: "cat" };
    expect(plainText(renderCard(n, 0).front)).toBe("chat");
    expect(plainText(renderCard(n, 1).front)).toBe("cat");
    expect(plainText(renderCard(n, 1).back)).toBe("chat");
  });
});

describe("validateNote", () => {
  it.each([
    ["BASIC", "", "b", "The front can't be empty."],
    ["BASIC", "q", " ", "The back can't be empty."],
    ["CLOZE", "plain text", "", "A cloze note needs at least one deletion like {{c1::answer}}."],
    ["CLOZE", "{{c1::open", "", "A cloze deletion is not closed: check the {{ and }} pairs."],
  ] as const)("refuses %s %j / %j", (kind, front, back, message) => {
    expect(validateNote(kind, front, back)).toBe(message);
  });

  it("accepts a cloze note without a back", () => {
    expect(validateNote("CLOZE", "{{c1::x}}", "")).toBeNull();
  });
});
