import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { buildApkg, readApkgSummary, type ExportNote } from "@/lib/exchange/apkg-export";
import { openPackage } from "@/lib/anki/package";
import { mapCollection } from "@/lib/anki/to-lectern";

const notes: ExportNote[] = [
  { id: "n1", kind: "BASIC", front: "Capital of <Australia>?", back: "Canberra", tags: ["geo"] },
  { id: "n2", kind: "REVERSED", front: "chat", back: "cat", tags: [] },
  { id: "n3", kind: "CLOZE", front: "{{c1::H}}{{c2::2}}O is {{c3::water::liquid}}", back: "chemistry", tags: ["chem", "basics"] },
];
const now = new Date("2026-11-24T12:00:00Z");

describe("buildApkg", () => {
  it("writes a real Anki package: collection, media, three note types and one card per sibling", async () => {
    const s = await readApkgSummary(await buildApkg({ name: "My deck" }, notes, { now }));
    expect(s.files).toEqual(["collection.anki2", "media"]);
    expect(s.media).toBe("{}");
    expect(s.decks).toContain("My deck");
    expect(s.models.map((m) => [m.name, m.type, m.fields])).toEqual(expect.arrayContaining([
      ["Basic (Lectern)", 0, ["Front", "Back"]],
      ["Basic and reversed card (Lectern)", 0, ["Front", "Back"]],
      ["Cloze (Lectern)", 1, ["Text", "Back Extra"]],
    ]));
    expect(s.notes).toHaveLength(3);
    expect(s.notes[0].fields).toEqual(["Capital of &lt;Australia&gt;?", "Canberra"]);
    expect(s.notes[2].fields[0]).toBe("{{c1::H}}{{c2::2}}O is {{c3::water::liquid}}");
    expect(s.notes[2].tags).toBe(" chem basics ");
    const cardsOf = (i: number) => s.cards.filter((c) => c.nid === s.notes[i].id).map((c) => c.ord);
    expect([cardsOf(0), cardsOf(1), cardsOf(2)]).toEqual([[0], [0, 1], [0, 1, 2]]);
    expect(s.cards.every((c) => c.type === 0 && c.queue === 0)).toBe(true); // new cards
  });

  it("stores Anki's checksum of the first field and a stable guid per note", async () => {
    const s = await readApkgSummary(await buildApkg({ name: "D" }, notes, { now }));
    const expected = parseInt(createHash("sha1").update("Capital of &lt;Australia&gt;?").digest("hex").slice(0, 8), 16);
    expect(s.notes[0].csum).toBe(expected);
    const again = await readApkgSummary(await buildApkg({ name: "D" }, notes, { now: new Date(now.getTime() + 1000) }));
    expect(again.notes.map((n) => n.guid)).toEqual(s.notes.map((n) => n.guid));
  });

  it("produces identical bytes for the same deck at the same instant", async () => {
    const a = await buildApkg({ name: "D" }, notes, { now });
    const b = await buildApkg({ name: "D" }, notes, { now });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("puts a note's context line above the question in the front field, and importing the package takes it back out", async () => {
    const withContext: ExportNote[] = [
      { id: "c1", kind: "BASIC", front: "What did he cancel?", back: "all debts secured on the person", tags: [], context: "Solon's reforms, Athens, 594 BC" },
      { id: "c2", kind: "CLOZE", front: "He cancelled {{c1::all debts}}.", back: "", tags: [], context: "Solon & the <seisachtheia>" },
      { id: "c3", kind: "BASIC", front: "No context here?", back: "none", tags: [], context: null },
    ];
    const bytes = await buildApkg({ name: "D" }, withContext, { now });
    const s = await readApkgSummary(bytes);
    expect(s.notes[0].fields[0]).toMatch(/^<div class="lectern-context"[^>]*>Solon's reforms, Athens, 594 BC<\/div>What did he cancel\?$/);
    expect(s.notes[0].sfld).toBe("What did he cancel?"); // Anki sorts by the question
    expect(s.notes[2].fields[0]).toBe("No context here?");
    const { notes } = mapCollection((await openPackage(bytes)).collection);
    expect(notes.map((n) => [n.kind, n.front, n.context])).toEqual([
      ["BASIC", "What did he cancel?", "Solon's reforms, Athens, 594 BC"],
      ["CLOZE", "He cancelled {{c1::all debts}}.", "Solon & the <seisachtheia>"],
      ["BASIC", "No context here?", undefined],
    ]);
  });
});
