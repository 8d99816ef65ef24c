// The word floor's features (lib/cards/floor/words.ts) on invented cards: function words at the front,
// in the front and in the answer; the tags around the blank and of the answer; how the front opens.
import { describe, expect, it } from "vitest";
import { FUNCTION_WORDS, posPattern, wordFeatures } from "@/lib/cards/floor/words";
import { analyse, cand, clozeAt } from "./pipeline/helpers";

describe("word floor features", () => {
  it("reads a leading demonstrative or connective among the first three tokens and anywhere in the front", () => {
    const a = analyse("The lamps of the harbour burned whale oil. So this oil was costly in winter.");
    const f = wordFeatures(cand({ kind: "cloze", front: "So this oil was {{c1::costly}} in winter.", back: "costly", sentence: 1 }), a);
    expect(f).toContain("first3:so");
    expect(f).toContain("first3:this");
    expect(f).toContain("front:in");
    expect(f).not.toContain("first3:in");
    expect(f).toContain("kind:cloze");
    // Content words never become features.
    expect(f.some((x) => /oil|winter|lamps/.test(x))).toBe(false);
  });

  it("keeps the answer's words apart from the front's and tags the blank's neighbours", () => {
    const { a, c } = clozeAt("The potters of the valley fired their bowls in a wide kiln.", 0, "a wide kiln");
    const f = wordFeatures(c, a);
    expect(f).toContain("in-answer:a");
    expect(f).not.toContain("front:a");
    expect(f).toContain("before-blank:ADP");
    expect(f).toContain("after-blank:END");
    expect(f).toContain("answer-first:DET");
    expect(f).toContain("answer-last:NOUN");
  });

  it("sees a front opening with a preposition, a number or a name, and a question's word", () => {
    const a = analyse("From the hills the shepherds drove their flocks down. In 1820 Orlan Vesk built a mill.");
    expect(wordFeatures(cand({ kind: "cloze", front: "From the hills the shepherds drove their {{c1::flocks}} down.", back: "flocks", sentence: 0 }), a)).toContain("open:preposition");
    expect(wordFeatures(cand({ kind: "cloze", front: "1820 was the year a {{c1::mill}} was built.", back: "mill", sentence: 1 }), a)).toContain("open:number");
    const q = wordFeatures(cand({ kind: "qa", front: "Who built a mill in 1820?", back: "Orlan Vesk", sentence: 1 }), a);
    expect(q).toContain("qword:who");
    expect(q).toContain("tag1:WH");
    expect(q).toContain("kind:qa");
    expect(q).toContain("answer-pos:UNPLACED");
  });

  it("collapses an answer's tag pattern", () => {
    expect(posPattern([{ pos: "DET" }, { pos: "ADJ" }, { pos: "ADJ" }, { pos: "PUNCT" }, { pos: "NOUN" }])).toBe("DET ADJ NOUN");
    expect(posPattern([])).toBe("NONE");
    expect(posPattern(["DET", "ADJ", "NOUN", "ADP", "DET", "NOUN"].map((pos) => ({ pos })))).toBe("DET ADJ NOUN ADP …");
  });

  it("lists only closed-class words, each once", () => {
    expect(new Set(FUNCTION_WORDS).size).toBe(FUNCTION_WORDS.length);
    expect(FUNCTION_WORDS.length).toBeLessThan(200);
    // Closed class, as the analyser's stop-word list has it: every word is a stop word but these
    // few function words the list lacks. A content word added to the list fails here.
    const NOT_IN_STOP_LIST = new Set(["ones", "like", "near", "shall", "finally", "instead"]);
    const stop = new Set(analyse(`${FUNCTION_WORDS.join(", ")}.`).sentences[0].tokens.filter((t) => t.stop).map((t) => t.lower));
    const notStop = FUNCTION_WORDS.filter((w) => !stop.has(w));
    expect(notStop.filter((w) => !NOT_IN_STOP_LIST.has(w))).toEqual([]);
  });

  it("names each feature once, sorted, however often its word occurs", () => {
    const { a, c } = clozeAt("It was the custom of the town to ring the bell at noon.", 0, "the bell");
    const f = wordFeatures(c, a);
    expect(f).toEqual([...new Set(f)].sort());
    expect(f.filter((x) => x === "front:the")).toHaveLength(1);
    expect(wordFeatures(c, a)).toEqual(f);
    expect(f).toContain("first3:it");
  });

  it("counts the front's first three words, not the blank or punctuation", () => {
    const a = analyse("The bell of the town rang at noon.");
    const f = wordFeatures(cand({ kind: "cloze", front: "{{c1::The bell}}, of the town, rang at noon.", back: "The bell", sentence: 0 }), a);
    // Words: of, the, town, rang, at, noon — the blank and commas are skipped.
    expect(f).toContain("first3:of");
    expect(f).toContain("first3:the");
    expect(f).not.toContain("first3:at");
    expect(f).toContain("front:at");
  });
});
