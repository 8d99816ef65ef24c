import { describe, expect, it } from "vitest";
import { parseCardsCsv } from "@/lib/exchange/csv-import";
import { notesToCsv } from "@/lib/exchange/csv-export";

describe("parseCardsCsv", () => {
  it("reads a headed CSV in any column order, with quoted newlines, a BOM and CRLF", () => {
    const r = parseCardsCsv('\uFEFFTags,Answer,Question\r\ngeo capitals,"Canberra\r\n(not Sydney)",Capital of Australia?\r\n');
    expect(r.detected).toMatchObject({ hasHeader: true, delimiter: "," });
    expect(r.rows).toEqual([{ line: 2, kind: "BASIC", front: "Capital of Australia?", back: "Canberra\r\n(not Sydney)", tags: ["geo", "capitals"] }]);
    expect(r.errors).toEqual([]);
  });

  it("reads headerless tab-separated exports (Anki, Quizlet) and detects cloze and reversed notes", () => {
    const r = parseCardsCsv("chat\tcat\tfrench\treversed\n{{c1::Ottawa}} is in Canada\t\t\t\nterm\tdefinition\t\t\n");
    expect(r.detected).toMatchObject({ hasHeader: false, delimiter: "\t" });
    expect(r.rows.map((x) => x.kind)).toEqual(["REVERSED", "CLOZE", "BASIC"]);
  });

  it("reports per-row errors with line numbers and keeps the good rows", () => {
    const r = parseCardsCsv("front;back;tags;type\nok;fine\n;missing front\nno back;\n{{c1::open;\nweird;x;;mindmap\n");
    expect(r.rows.map((x) => x.front)).toEqual(["ok"]);
    expect(r.errors.map((e) => e.message)).toEqual([
      "Line 3: the front can't be empty.",
      "Line 4: the back can't be empty.",
      "Line 5: a cloze deletion is not closed: check the {{ and }} pairs.",
      'Line 6: unknown card type "mindmap" (use basic, reversed or cloze).',
    ]);
  });

  it("refuses binary input and caps the number of rows", () => {
    expect(parseCardsCsv("PK\u0003\u0004\u0000\u0000binary").errors[0].message).toMatch(/doesn't look like a CSV/);
    const many = parseCardsCsv(Array.from({ length: 12 }, (_, i) => `q${i},a${i}`).join("\n"), { maxRows: 10 });
    expect(many.rows).toHaveLength(10);
    expect(many.errors.at(-1)?.message).toMatch(/too many rows; at most 10/);
  });
});

describe("notesToCsv", () => {
  const notes = [
    { kind: "BASIC" as const, front: 'Say "hi", then\nleave', back: "=HYPERLINK(evil)", tags: ["a", "b"] },
    { kind: "CLOZE" as const, front: "{{c1::Paris}} is in France", back: "", tags: [] },
    { kind: "REVERSED" as const, front: "-minus", back: "@at", tags: ["x"] },
  ];

  it("defuses spreadsheet formulas and round-trips through the importer", () => {
    const csv = notesToCsv(notes);
    expect(csv.split("\r\n")[0]).toBe("front,back,tags,kind");
    expect(csv).toContain("'=HYPERLINK(evil)");
    const back = parseCardsCsv(csv);
    expect(back.errors).toEqual([]);
    expect(back.rows.map(({ kind, front, back: b, tags }) => ({ kind, front, back: b, tags }))).toEqual(notes);
  });

  it("adds a context column only when a note has a context line, and reads it back", () => {
    expect(notesToCsv(notes)).not.toContain("context");
    const withContext = [{ kind: "BASIC" as const, front: "What did he cancel?", back: "debts", tags: [], context: "Solon's reforms, Athens, 594 BC" }, { ...notes[1], context: null }];
    const csv = notesToCsv(withContext);
    expect(csv.split("\r\n")[0]).toBe("front,back,tags,kind,context");
    const back = parseCardsCsv(csv);
    expect(back.errors).toEqual([]);
    expect(back.rows.map((r) => r.context)).toEqual(["Solon's reforms, Athens, 594 BC", undefined]);
  });

  it("refuses an over-long context line, and reads none from a file without the header", () => {
    const r = parseCardsCsv(`front,back,context\nq,a,${"x".repeat(301)}\n`);
    expect(r.rows).toEqual([]);
    expect(r.errors[0].message).toMatch(/context line under 300/);
    expect(parseCardsCsv("q,a,tag,basic,looks like a context\n").rows[0]).not.toHaveProperty("context");
  });
});
