// A strong model's blanks as span supervision (scripts/lib/llm-blanks.ts): its requests and replies
// read, each card's blank found in its cited sentence and matched to the spans the chooser offers.
// Invented chapters, requests and replies.
import { describe, expect, it } from "vitest";
import { analyse } from "./pipeline/helpers";
import { askedWords, findWords, llmPairs, llmSpanRows, locateBlanks, matchBlank, replyCards, requestSentences, type LlmBlank } from "@/scripts/lib/llm-blanks";
import { blankShape, relationTo } from "@/scripts/lib/blank-shape";
import { pairRows } from "@/scripts/lib/span-pairs";

const request = (lines: string[]) => `# System message\n\nWrite cards.\n[9] not a sentence of the request\n\n# User message\n\nChapter: Test\nAuthor: Nobody\n\n${lines.join("\n")}\n\nWrite up to 5 cards.\n`;
const reply = (cards: object[]) => JSON.stringify({ cards });

describe("requestSentences", () => {
  it("reads the numbered sentences of the user message only", () => {
    const got = requestSentences(request(["[3] The mill stood by the weir.", "[4]   The weir held the river back.  "]));
    expect([...got]).toEqual([[3, "The mill stood by the weir."], [4, "The weir held the river back."]]);
  });
});

describe("replyCards", () => {
  it("takes the JSON object out of the content and skips malformed cards", () => {
    const text = `Here you are: {"cards":[{"kind":"cloze","front":"A {{c1::b}}","back":"b","sentences":[1]},{"kind":"essay","front":"x","back":"y","sentences":[1]},{"kind":"qa","front":"Q?","back":"A"}]}`;
    expect(replyCards(text).map((c) => c.front)).toEqual(["A {{c1::b}}"]);
  });
  it("reads no cards from a reply that has none", () => {
    expect(replyCards("no json here")).toEqual([]);
    expect(replyCards('{"other": 1}')).toEqual([]);
  });
});

describe("askedWords", () => {
  it("is a cloze's blank, without its article, with the words before it", () => {
    expect(askedWords({ kind: "cloze", front: "The river turned {{c1::the great wheel}} of the mill.", back: "the great wheel", sentences: [0] })).toEqual({ words: "great wheel", before: "The river turned " });
  });
  it("is a short answer without a trailing remark or full stop", () => {
    expect(askedWords({ kind: "qa", front: "Who built the mill?", back: "Tomas Brill (a miller).", sentences: [0] })?.words).toBe("Tomas Brill");
  });
  it("is nothing for a long explained answer", () => {
    expect(askedWords({ kind: "qa", front: "Why?", back: "Because the weir held the river back and the wheel needed a steady head of water all year round", sentences: [0] })).toBeNull();
  });
});

describe("findWords", () => {
  it("finds the words whatever their case and spacing, as whole words only", () => {
    expect(findWords("The art of the start is an Art.", "art")).toEqual({ start: 4, end: 7 });
    expect(findWords("a steady  head of water", "Head of water")).toEqual({ start: 10, end: 23 });
    expect(findWords("The start of it.", "art")).toBeNull();
  });
  it("takes the occurrence whose preceding words the card's front ends with", () => {
    const text = "The north wheel drives the saw and the south wheel drives the stones.";
    expect(findWords(text, "wheel", "and the south ")).toEqual({ start: text.indexOf("south wheel") + 6, end: text.indexOf("south wheel") + 11 });
    expect(findWords(text, "wheel")).toEqual({ start: 10, end: 15 });
  });
});

describe("matchBlank", () => {
  const text = "The miller sold flour to the abbey at a fixed price.";
  const span = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
  const spans = [span("miller"), span("flour"), span("abbey"), span("fixed price")];
  it("is exact when an offered span has the same words, article and full stop aside", () => {
    expect(matchBlank(text, span("the abbey"), spans)).toEqual({ how: "exact", span: span("abbey"), overlap: 1 });
    expect(matchBlank(text, span("a fixed price."), spans)).toMatchObject({ how: "exact", span: span("fixed price") });
  });
  it("takes the offered span that overlaps it at least half", () => {
    const m = matchBlank(text, span("at a fixed price"), spans);
    expect(m.how).toBe("overlap");
    expect(m.span).toEqual(span("fixed price"));
  });
  it("says partial when an offered span overlaps it less, none when none touches it", () => {
    expect(matchBlank(text, span("sold flour to the abbey"), spans)).toMatchObject({ how: "partial", span: null });
    expect(matchBlank(text, span("sold"), spans)).toEqual({ how: "none", span: null, overlap: 0 });
  });
});

describe("relationTo", () => {
  const o = (start: number, end: number) => ({ start, end });
  it("tells whether the offered spans are parts of the blank, hold it, cross it or miss it", () => {
    expect(relationTo(o(0, 20), [o(2, 6), o(10, 14)])).toBe("inside the blank");
    expect(relationTo(o(4, 8), [o(0, 20)])).toBe("blank inside a span");
    expect(relationTo(o(4, 12), [o(0, 6), o(10, 14)])).toBe("crossing");
    expect(relationTo(o(30, 34), [o(0, 6)])).toBe("apart");
  });
});

const chapter = "In 1871 the engineer Mara Quill drained the marsh of Tollby with a steam engine. The pump lifted the water faster than any windmill could lift it. Salt in the soil made the old farms poor.";

describe("locateBlanks", () => {
  const a = analyse(chapter);
  const got = locateBlanks("quill-book", "quill.txt", new Map([["quill.txt", a]]), [{
    request: request(["[0] In 1871 the engineer Mara Quill drained the marsh of Tollby with a steam engine.", "[2] Salt in the soil made the old farms poor.", "[5] A sentence the chapter no longer has."]),
    reply: reply([
      { kind: "cloze", front: "In 1871 the engineer Mara Quill drained the marsh of Tollby with {{c1::a steam engine}}.", back: "a steam engine", sentences: [0] },
      { kind: "qa", front: "Who drained the marsh of Tollby in 1871?", back: "Mara Quill", sentences: [0] },
      { kind: "qa", front: "Who drained the marsh?", back: "Mara Quill", sentences: [0] },
      { kind: "qa", front: "What made the old farms poor?", back: "The salt in the soil", sentences: [2] },
      { kind: "qa", front: "Why were the farms poor?", back: "Too much rain", sentences: [2] },
      { kind: "cloze", front: "{{c1::Nothing}} here.", back: "Nothing", sentences: [5] },
    ]),
  }]);
  it("finds each card's blank in its sentence, once", () => {
    expect(got.blanks.map((b) => b.s.text.slice(b.blank.start, b.blank.end))).toEqual(["steam engine", "Mara Quill", "Salt in the soil"]);
    expect(got.counts).toMatchObject({ cards: 6, cloze: 1, qa: 2, duplicate: 1, notInSentence: 1, sentencesUnmatched: 1 });
    expect(got.unmatched).toEqual(["quill.txt [5] A sentence the chapter no longer has."]);
  });
  it("matches the blanks to the spans the chooser offers", () => {
    expect(got.blanks.slice(0, 2).map((b) => b.match.how)).toEqual(["exact", "exact"]);
  });
  it("makes choice pairs of the matched blanks only, each sentence's blanks never each other's negatives", () => {
    const [pump, quill] = got.blanks;
    const unmatched: LlmBlank = { ...pump, match: { how: "none", span: null, overlap: 0 } };
    const pairs = llmPairs([pump, quill, unmatched]);
    expect(pairs).toHaveLength(2);
    expect(pairs[0].preferred).toEqual([pump.match.span, quill.match.span]);
    expect(pairs[1].preferred).toEqual([quill.match.span, pump.match.span]);
    // Pairwise rows without a rejected blank: the preferred against each other offered span, both ways.
    const rows = pairRows(pairs.slice(0, 1), new Map([["quill.txt", a]]), 1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length % 2).toBe(0);
    expect(rows.reduce((s, r) => s + r.weight, 0)).toBeCloseTo(2);
  });
  it("gives the admission model each blank as a 1 and its sentence's other spans as 0s of the same total weight", () => {
    const [pump, quill] = got.blanks;
    const rows = llmSpanRows([pump, quill], new Map([["quill.txt", a]]), 2);
    const ones = rows.filter((r) => r.y === 1), zeros = rows.filter((r) => r.y === 0);
    expect(ones).toHaveLength(2);
    expect(zeros.length).toBeGreaterThan(0);
    expect(zeros.reduce((s, r) => s + r.weight, 0)).toBeCloseTo(4);
  });
});

describe("blankShape", () => {
  it("names what a blank the enumeration misses looks like", () => {
    const a = analyse("The mill was built to grind the corn of the whole valley.");
    const s = a.sentences[0];
    const at = (w: string) => ({ start: s.text.indexOf(w), end: s.text.indexOf(w) + w.length });
    expect(blankShape(s, at("grind the corn"))).toBe("verb phrase (opens on a verb)");
    expect(blankShape(s, at("corn of the whole valley"))).toBe("noun phrase across a preposition");
    expect(blankShape(s, at("mill"))).toBe("one word");
    expect(blankShape(s, at("to grind the corn"))).toBe("infinitive (to + verb)");
  });
  it("tells a number, a relative clause and an of-phrase with a name", () => {
    const a = analyse("The miller who owned forty-four sacks sold the flour of Tollby.");
    const s = a.sentences[0];
    const at = (w: string) => ({ start: s.text.indexOf(w), end: s.text.indexOf(w) + w.length });
    expect(blankShape(s, at("forty-four"))).toBe("number or quantity");
    expect(blankShape(s, at("miller who owned forty-four sacks"))).toBe("noun phrase with a relative clause");
    expect(blankShape(s, at("flour of Tollby"))).toBe("X of a name");
  });
});
