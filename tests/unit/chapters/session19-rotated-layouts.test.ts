// Session 19 (clean19): the layouts of the set rotated into training at the session's start, as
// general rules of book typography. Invented texts only.
import { describe, expect, it } from "vitest";
import { cleanDocument, splitSentences } from "@/lib/chapters";
import { repairLongS } from "@/lib/chapters/long-s";

const chapter = (text: string) => cleanDocument(text).chapters[0];
const sentences = (text: string) => chapter(text).sentences.map((s) => s.text);

// A folio of proceedings in two columns read column by column: each column opens with its number
// centred alone on a line, the column's text under it with no blank line between.
const folio = `                 REPORT OF THE HARBOUR BOARD.

                101
  Gentlemen,—The board have directed
me to lay before you the state of the
harbour and of the works which were
begun in the spring, and to explain
the reasons for which the board have
asked the town for a further sum of
money. The old quay on the east side
was found to be rotten in many of its
timbers, and the board thought it best
to replace them with stone, which will
last longer and cost less in repairs.
The new crane at the head of the quay
has been set up and is now at work,
and the merchants speak well of it.
The walls of the inner basin
were finished before the winter, but

                102
the outer pier was not begun until
the contract had been settled. The
engineer has reported that the sand
which gathers at the mouth of the
harbour can be kept back only by a
second pier. He has sounded the bar
at every tide for a month, and finds
that it rises by a foot in the year,
so that ships of the larger kind can
now cross it only at the top of the
tide, and must wait outside for it.
The masters of the coasting vessels
have written to the board to the same
effect, and ask that something should
be done before the next winter, and
the board share his
anxiety and his soli-

                103
citude for the trade of the port. A
second pier would cost about four
thousand pounds, and the board ask
that the town should raise it by a
rate upon the ships that use the
harbour, as other ports have done.
  The board have also examined the
accounts of the last three years.
`;

describe("column numbers over a two-column folio's columns", () => {
  it("reads each column's number as its page and joins what runs over a column's foot", () => {
    const c = chapter(folio);
    for (const s of c.sentences) expect(s.text).not.toMatch(/\b10[123]\b/);
    const texts = c.sentences.map((s) => s.text);
    expect(texts).toContain("The walls of the inner basin were finished before the winter, but the outer pier was not begun until the contract had been settled.");
    expect(texts.some((t) => t.includes("his anxiety and his solicitude for the trade"))).toBe(true);
    const pageOf = (w: string) => c.sentences.find((s) => s.text.includes(w))?.page;
    expect(pageOf("Gentlemen")).toBe("101");
    expect(pageOf("The engineer has reported")).toBe("102");
    expect(pageOf("A second pier would cost")).toBe("103");
    expect(c.pages.map((p) => p.page)).toEqual(["101", "102", "103"]);
  });

  it("leaves numbered sections alone when each number stands between finished paragraphs", () => {
    const essay = "THE GARDEN.\n\n    1\nThe garden was laid out in squares.\n\n    2\nEach square held one kind of herb.\n\n    3\nThe paths between them were of gravel.\n";
    const c = chapter(essay);
    expect(cleanDocument(essay).layout.notes.some((n) => /column number/.test(n))).toBe(false);
    expect(c.pages.map((p) => p.page)).not.toContain("2");
    expect(c.sentences.some((s) => s.text.startsWith("The paths between them"))).toBe(true);
  });
});

describe("the long s read as f", () => {
  const old = [
    "The fociety met to confider the queftion of the roads, and it was faid that the members",
    "fhould fee the accounts fo that none might complain of the bufi-",
    "nefs. We see that so many consider it wise to look again at the",
    "whole matter, and the clerk fet the papers before them; his wife",
    "was not prefent. The treafurer was afked to set a day for it.",
  ].join("\n");

  it("repairs a word broken at a line's end, judged whole", () => {
    expect(repairLongS(old).text).toContain("busi-\nness");
  });

  it("reads a real word as its far commoner s-form when the text prints that form too", () => {
    const text = repairLongS(old).text;
    expect(text).toContain("to consider the question");
    expect(text).toContain("should see the accounts so that");
    expect(text).toContain("the clerk set the papers");
    expect(text).toContain("his wife"); // "wife" and "wise" are both common: left as printed
  });

  it("leaves a modern text's real words alone", () => {
    const modern = "The fee was paid so that the fund could grow. We see the fee each year and consider it fair.";
    expect(repairLongS(modern).text).toBe(modern);
  });
});

describe("labels and abbreviations that end no sentence", () => {
  it("keeps a catalogue number with its item's words", () => {
    expect(splitSentences("No. 4. Andante in D; Rondo, D. No. 5. Largo in F.").map((s) => s.text)).toEqual(["No. 4. Andante in D; Rondo, D.", "No. 5. Largo in F."]);
  });

  it("reads a name's particle, 'Mdlle.' and 'Pl.' as inside their sentence", () => {
    const text = "The songs were written for Herr v. Altdorf and his sister. They were sung by Mdlle. Brunet at the spring concert. The river is shown on the second map, Pl. IV. Its course is long.";
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      "The songs were written for Herr v. Altdorf and his sister.",
      "They were sung by Mdlle. Brunet at the spring concert.",
      "The river is shown on the second map, Pl. IV.",
      "Its course is long.",
    ]);
  });

  it("does not run a list's lead-in into its first item", () => {
    const text = "THE SUITES.\n\nThe suites of the second book are six. And here are their movements--\n\n     No. 1. Allegro in C; Minuet, C; Trio, C minor;\n     Finale.\n\n     No. 2. Andante in G; Gigue, G; Trio, E minor;\n     Finale.\n\nThe third book holds no suites.\n";
    expect(sentences(text)).toEqual([
      "The suites of the second book are six.",
      "And here are their movements—",
      "No. 1. Allegro in C; Minuet, C; Trio, C minor; Finale.",
      "No. 2. Andante in G; Gigue, G; Trio, E minor; Finale.",
      "The third book holds no suites.",
    ]);
  });
});

describe("a lecture's number and title, and transcribers' tags", () => {
  const lecture = "II.\n\n_THE VILLAGE GREEN._\n\n\nThe green of an old village was the common pasture of its families, and\nthe word for it in the old tongue, [Greek: _agora_], meant a meeting place.\n\nThe villagers met there every spring to choose their officers.\n";

  it("reads a dotted numeral over a title in italics as the chapter's number and title", () => {
    const doc = cleanDocument(lecture);
    expect(doc.chapters[0].number).toBe("2");
    expect(doc.chapters[0].title).toBe("The Village Green");
    expect(doc.chapters[0].paragraphs.filter((p) => p.kind === "heading")).toEqual([]);
  });

  it("unwraps a script tag to its word", () => {
    expect(sentences(lecture)[0]).toBe("The green of an old village was the common pasture of its families, and the word for it in the old tongue, agora, meant a meeting place.");
  });
});

describe("quotations set in as blocks", () => {
  const essay = [
    "THE OLD TRAVELLERS.",
    "",
    "The first travellers who wrote of the northern lakes described the people",
    "with more fancy than care, and their accounts must be read with caution.",
    "",
    "One of them wrote of the healers of the villages in these words:",
    "",
    "  When any Man falls sick, they send for one of these Doctors, who comes",
    "  with his Drum and his Rattle, and makes a great Noise over the Patient",
    "  all the Night long, and in the Morning demands his Fee of Skins.",
    "",
    "It is plain that the writer never saw the rite he describes, and that he",
    "took his account from traders who had seen it only from the outside.",
    "",
    "A later writer, who lived among the people for many years, gave a fuller",
    "and a more careful account of the same rite and of its meaning.",
    "",
    "The two accounts agree only in the drum and the rattle.",
    "",
  ].join("\n");

  it("marks the quoted block as a quotation and the author's paragraphs as body", () => {
    const c = chapter(essay);
    const kinds = c.paragraphs.map((p) => [p.kind, c.text.slice(p.start, p.start + 20)]);
    expect(kinds.filter(([k]) => k === "quote").map(([, t]) => t)).toEqual(["When any Man falls s"]);
    expect(kinds.filter(([k]) => k === "body").length).toBe(5);
  });

  it("leaves a text whose paragraphs are all set in alone", () => {
    const indented = essay.split("\n").map((l) => (l && !l.startsWith("THE") ? `  ${l.trim()}` : l)).join("\n");
    expect(chapter(indented).paragraphs.some((p) => p.kind === "quote")).toBe(false);
  });
});
