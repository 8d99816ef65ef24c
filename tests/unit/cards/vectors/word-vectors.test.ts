// The shipped word-vector table and its loader (lib/cards/vectors/word-vectors.ts), on invented pairs.
import { describe, expect, it } from "vitest";
import { cosine, decode, meanVector, quantise, wordVector, wordVectors, type WordVectors } from "@/lib/cards/vectors/word-vectors";

const tiny = (rows: Record<string, number[]>): WordVectors => {
  const words = Object.keys(rows);
  return { dims: rows[words[0]].length, index: new Map(words.map((w, i) => [w, i])), data: decode(Int8Array.from(words.flatMap((w) => [...quantise(rows[w])])), rows[words[0]].length) };
};

describe("quantise and decode", () => {
  it("keeps a vector's direction to within a small error and gives unit length", () => {
    const v = [0.3, -1.2, 0.05, 0.7];
    const d = decode(quantise(v), 4);
    expect(Math.hypot(...d)).toBeCloseTo(1, 5);
    const n = Math.hypot(...v);
    v.forEach((x, k) => expect(d[k]).toBeCloseTo(x / n, 2));
  });
  it("leaves a zero vector zero", () => {
    expect([...decode(quantise([0, 0, 0]), 3)]).toEqual([0, 0, 0]);
  });
});

describe("meanVector and cosine", () => {
  const t = tiny({ alpha: [1, 0, 0], beta: [0, 1, 0], gamma: [1, 1, 0] });
  it("weights the known words and skips unknown ones", () => {
    const m = meanVector([{ word: "alpha", weight: 3 }, { word: "beta", weight: 1 }, { word: "zzzq", weight: 5 }], t)!;
    expect(m[0]).toBeCloseTo(0.75, 2);
    expect(m[1]).toBeCloseTo(0.25, 2);
  });
  it("is null when no word is known, and a missing vector has cosine 0", () => {
    expect(meanVector([{ word: "zzzq", weight: 1 }], t)).toBeNull();
    expect(cosine(null, wordVector("alpha", t))).toBe(0);
  });
  it("measures directions", () => {
    expect(cosine(wordVector("alpha", t), wordVector("gamma", t))).toBeCloseTo(Math.SQRT1_2, 2);
    expect(cosine(wordVector("Alpha", t), wordVector("beta", t))).toBeCloseTo(0, 5);
  });
});

describe("the shipped table", () => {
  it("loads 40,000 unit vectors of 100 dimensions once", () => {
    const t = wordVectors();
    expect(t.dims).toBe(100);
    expect(t.index.size).toBe(40000);
    expect(Math.hypot(...wordVector("the", t)!)).toBeCloseTo(1, 4);
    expect(wordVectors()).toBe(t);
  });
  it("puts related general words nearer than unrelated ones", () => {
    const near = cosine(wordVector("river"), wordVector("stream"));
    const far = cosine(wordVector("river"), wordVector("pencil"));
    expect(near).toBeGreaterThan(far + 0.2);
    expect(cosine(wordVector("tax"), wordVector("revenue"))).toBeGreaterThan(cosine(wordVector("tax"), wordVector("kitten")));
  });
});
