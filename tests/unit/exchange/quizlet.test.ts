import { describe, expect, it } from "vitest";
import { decodeSeparator, parseQuizlet } from "@/lib/exchange/quizlet-import";

const pairs = (text: string, term: string, row: string) => parseQuizlet(text, { term, row }).rows.map((r) => [r.front, r.back]);

describe("parseQuizlet", () => {
  it("reads Quizlet's default export (tab, new line), Windows line ends included", () => {
    expect(pairs("la casa\tthe house\r\nel perro\tthe dog\r\n", "\t", "\n")).toEqual([["la casa", "the house"], ["el perro", "the dog"]]);
  });

  it("reads comma / semicolon and custom separators, splitting at the first term separator", () => {
    expect(pairs("1789,French Revolution, begins;1815,Waterloo;", ",", ";")).toEqual([["1789", "French Revolution, begins"], ["1815", "Waterloo"]]);
    expect(pairs("mitosis - cell division\n\nmeiosis - makes gametes\nin two rounds", " - ", "\n\n")).toEqual([["mitosis", "cell division"], ["meiosis", "makes gametes\nin two rounds"]]);
  });

  it("reports rows without the separator or without a term, and refuses unusable separators", () => {
    const parsed = parseQuizlet("ok\tfine\njust a line\n\tno term", { term: "\t", row: "\n" });
    expect(parsed.rows.map((r) => r.line)).toEqual([1]);
    expect(parsed.errors.map((e) => e.line)).toEqual([2, 3]);
    expect(parsed.errors[0].message).toMatch(/no term separator "\\t"/);
    expect(parseQuizlet("a;b", { term: ";", row: ";" }).errors[0].message).toMatch(/must differ/);
    expect(parseQuizlet("a\tb", { term: "", row: "\n" }).rows).toEqual([]);
  });

  it("decodes \\t, \\n and \\\\ typed into the form", () => {
    expect(decodeSeparator("\\t")).toBe("\t");
    expect(decodeSeparator("\\n\\n")).toBe("\n\n");
    expect(decodeSeparator(" - ")).toBe(" - ");
    expect(decodeSeparator("\\\\n")).toBe("\\n");
  });
});
