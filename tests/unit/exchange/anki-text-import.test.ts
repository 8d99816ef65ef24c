import { describe, expect, it } from "vitest";
import { parseCardsCsv } from "@/lib/exchange/csv-import";

describe("parseCardsCsv with Anki's plain-text export headers", () => {
  it("reads the separator, note type and tags columns from the headers", () => {
    const text = [
      "#separator:tab", "#html:true", "#notetype column:1", "#tags column:4",
      "Basic\tCapital of France?\tParis\tgeo capitals",
      "Basic (and reversed card)\tchien\tdog\t",
      "Cloze\t{{c1::Le}} chat {{c2::mange}}\t\tgrammar",
      "My custom type\tbonjour\thello\t",
    ].join("\n");
    const parsed = parseCardsCsv(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => [r.kind, r.front, r.back, r.tags])).toEqual([
      ["BASIC", "Capital of France?", "Paris", ["geo", "capitals"]],
      ["REVERSED", "chien", "dog", []],
      ["CLOZE", "{{c1::Le}} chat {{c2::mange}}", "", ["grammar"]],
      ["BASIC", "bonjour", "hello", []],
    ]);
  });

  it("honours a named separator and reports bad rows", () => {
    const parsed = parseCardsCsv("#separator:semicolon\nfront;back\n;orphan\n");
    expect(parsed.detected.delimiter).toBe(";");
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.errors).toEqual([{ line: 2, message: "Row 2: the front can't be empty." }]);
  });
});
