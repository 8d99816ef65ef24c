import { describe, expect, it } from "vitest";
import { select, type Ranked } from "@/lib/cards/select";
import { FEATURE_NAMES } from "@/lib/cards/rank/features";
import { cand } from "./helpers";

const COVERAGE = FEATURE_NAMES.indexOf("entity-coverage");
const r = (sentence: number, p: number, over: Parameters<typeof cand>[0] = {}, coverage = 0, section = 0): Ranked => {
  const x = FEATURE_NAMES.map(() => 0);
  x[COVERAGE] = coverage;
  // Fronts share no words, so only the rules under test can merge them.
  return { c: cand({ sentence, front: `Qq${sentence}${over.back ?? "x"} zz${sentence}${over.back ?? "x"}?`, ...over }), x, p, section };
};

describe("select", () => {
  it("takes the best first, one card per sentence, and returns them in source order", () => {
    const out = select([r(2, 0.9, { back: "a" }), r(2, 0.8, { back: "b" }), r(1, 0.5, { back: "c" }), r(3, 0.4, { back: "d" })], 3);
    expect(out.map((x) => [x.c.sentence, x.c.back])).toEqual([[1, "c"], [2, "a"], [3, "d"]]);
  });

  it("keeps one of two identical cards (a sentence repeated in the text)", () => {
    const same = { front: "Who built the Marlow Lighthouse?", back: "Orlen Vance" };
    expect(select([r(1, 0.9, same), r(7, 0.9, same)], 5)).toHaveLength(1);
  });

  it("prefers, among near-equal cards of one sentence, the one showing more of its names and dates", () => {
    const out = select([r(4, 0.50, { back: "the scene of a clash" }, 0.4), r(4, 0.48, { back: "Quillport" }, 0.9)], 1);
    expect(out[0].c.back).toBe("Quillport");
  });

  it("prefers a near-equal question on the predicate of 'X is Y' to a cloze blanking its subject", () => {
    const SUBJECT = FEATURE_NAMES.indexOf("answer-subject");
    const subjectCloze = (p: number) => { const x = r(5, p, { kind: "cloze", type: "cloze", front: "The {{c1::chief use of the harbour}} is to shelter the fishing fleet.", back: "chief use of the harbour", answerKind: "term" }); x.x[SUBJECT] = 1; return x; };
    const question = (p: number, over: Parameters<typeof cand>[0] = {}) => r(5, p, { kind: "qa", type: "what", front: "What is the chief use of the harbour?", back: "To shelter the fishing fleet", answerKind: "clause", ...over });
    expect(select([subjectCloze(0.50), question(0.45)], 1)[0].c.kind).toBe("qa");
    // Not when the question is far behind, nor for a description of a name ("What was X?" → an apposition).
    expect(select([subjectCloze(0.50), question(0.30)], 1)[0].c.kind).toBe("cloze");
    expect(select([subjectCloze(0.50), question(0.45, { type: "definition", answerKind: "phrase", front: "What was Quillport?", back: "a harbour town" })], 1)[0].c.kind).toBe("cloze");
  });

  it("gives a section of equal size its share even when its cards score a little lower", () => {
    const pool = [...Array.from({ length: 10 }, (_, i) => r(i, 0.9 - i * 0.001, { back: `a${i}` }, 0, 0)), ...Array.from({ length: 10 }, (_, i) => r(100 + i, 0.8, { back: `b${i}` }, 0, 1))];
    const out = select(pool, 10);
    expect(out.filter((x) => x.section === 1).length).toBeGreaterThanOrEqual(3);
  });

  it("hides cards whose calibrated probability is below the cut, keeping the floor's best when too few pass", () => {
    const pool = [r(1, 0.9, { back: "a" }), r(2, 0.6, { back: "b" }), r(3, 0.3, { back: "c" }), r(4, 0.2, { back: "d" })];
    const backs = (out: Ranked[]) => out.map((x) => x.c.back);
    expect(backs(select(pool, 10))).toEqual(["a", "b", "c", "d"]);
    expect(backs(select(pool, 10, { cut: { p: 0.5, min: 0 } }))).toEqual(["a", "b"]);
    expect(backs(select(pool, 10, { cut: { p: 0.95, min: 3 } }))).toEqual(["a", "b", "c"]);
    // Calibrated, the odds shrink to 0.4 times: only the first card (0.9 → 0.78) reaches 0.4 (0.6 → 0.375).
    expect(backs(select(pool, 10, { calibration: { a: 1, b: Math.log(0.4) }, cut: { p: 0.4, min: 0 } }))).toEqual(["a"]);
  });
});

describe("generateCards and the learned cut", () => {
  it("shows only the floor's best cards when no card reaches the cut", async () => {
    const { cleanDocument } = await import("@/lib/chapters");
    const { pipelineGenerateCards } = await import("@/lib/cards");
    const { DEFAULT_WEIGHTS } = await import("@/lib/cards/rank/model");
    const text = [
      "# The Marlow Lighthouse", "",
      "The Marlow Lighthouse was built by Orlen Vance in 1841 on the northern cape.",
      "Its lamp burned whale oil until the Harbour Board replaced it with kerosene in 1872.",
      "In 1903 the keeper Ada Quillon saved eleven sailors from the wreck of the Sorrel.",
      "The Harbour Board sold the tower to the town of Dunmere in 1950.",
      "Today the Dunmere Museum keeps the original Fresnel lens in its east gallery.",
    ].join("\n");
    const chapter = cleanDocument(text, { filename: "lighthouse.md" }).chapters[0];
    // The sentence-choice model held off (it would keep this five-sentence chapter's likeliest only): the cut alone.
    const all = pipelineGenerateCards(chapter, { max: 40, choice: null, weights: { ...DEFAULT_WEIGHTS, cut: undefined } });
    expect(all.length).toBeGreaterThan(2);
    const cut = pipelineGenerateCards(chapter, { max: 40, choice: null, weights: { ...DEFAULT_WEIGHTS, cut: { p: 1, min: 2 } } });
    expect(cut).toHaveLength(2);
    const best = [...all].sort((x, y) => y.score - x.score).slice(0, 2);
    expect(cut.map((c) => c.front).sort()).toEqual(best.map((c) => c.front).sort());
  });
});
