// The key-keeping floor (lib/cards/floor/keep.ts): its key-fact signals read off invented chapters,
// the drop rule (threshold, exemption, cap, never all), and the pipeline step behind FLOOR_ON.
import { describe, expect, it } from "vitest";
import { applyKeepingFloor, KEEPING_FLOOR, KEY_FEATURES, KEY_MODEL_FEATURES, keyFeatures, keepingFloor, keyVector } from "@/lib/cards/floor";
import { analyseChapter } from "@/lib/cards/analyse";
import { generateCards, rankedCandidates } from "@/lib/cards/pipeline";
import { select } from "@/lib/cards/select";
import { floorVector } from "@/lib/cards/floor";
import { cleanDocument } from "@/lib/chapters";
import { cand } from "./pipeline/helpers";

const TEXT = [
  "A weir is a low dam built across a river to raise its level.",
  "The millers of Ostby built the first weir on the Tarn in 1320.",
  "The weir held back enough water to turn four wheels.",
  "In 1402 Penn crossed the valley on foot.",
  "Every later mill on the Tarn copied the weir of Ostby.",
  "The Tarn floods in spring, and the weir of Ostby still stands.",
].join(" ");
const chapterOf = (title: string, text: string) => cleanDocument(`# ${title}\n\n${text}\n`, { filename: "test.md" }).chapters[0];
const a = analyseChapter(chapterOf("Chapter 1. Weirs and mills", TEXT));
const at = (needle: string) => a.chapter.sentences.findIndex((s) => s.text.includes(needle));
const k = (over: Parameters<typeof cand>[0]) => Object.fromEntries(KEY_FEATURES.map((n, i) => [n, keyFeatures(cand(over), a)[i]]));

describe("key-fact signals", () => {
  it("sees a card show the chapter's repeated name, not a name said once", () => {
    const tarn = k({ sentence: at("first weir"), front: "Where did the millers of Ostby build the first weir in 1320?", back: "the Tarn" });
    const penn = k({ sentence: at("Penn"), front: "Who crossed the valley in 1402?", back: "Penn" });
    expect(tarn["key-name"]).toBeGreaterThan(penn["key-name"]);
    expect(tarn["key-word"]).toBeGreaterThan(0.5); // "weir", the chapter's most repeated word
  });

  it("sees the sentence that first brings in a term the chapter comes back to", () => {
    expect(k({ sentence: at("low dam"), kind: "cloze", front: "A {{c1::weir}} is a low dam built across a river to raise its level.", back: "weir" })["introduces-key"]).toBe(1);
    expect(k({ sentence: at("four wheels"), kind: "cloze", front: "The weir held back enough water to turn {{c1::four}} wheels.", back: "four" })["introduces-key"]).toBe(0);
  });

  it("sees a term the chapter defines and a word of its title", () => {
    expect(a.defined.has("weir")).toBe(true);
    const weir = k({ sentence: at("four wheels"), front: "How many wheels did the weir turn?", back: "four" });
    expect(weir["carries-defined"]).toBe(1);
    expect(weir["title-word"]).toBe(1);
    const penn = k({ sentence: at("Penn"), front: "Who crossed the valley in 1402?", back: "Penn" });
    expect(penn["carries-defined"]).toBe(0);
    expect(penn["title-word"]).toBe(0);
  });

  it("does not read a term inside a longer word", () => {
    expect(k({ sentence: at("Penn"), front: "Who crossed the valley in 1402?", back: "the weirdest traveller" })["carries-defined"]).toBe(0);
  });

  it("builds p(key)'s vector in its feature order", () => {
    const { ranked } = rankedCandidates(a.chapter);
    expect(keyVector(ranked[0].c, ranked[0].x, a)).toHaveLength(KEY_MODEL_FEATURES.length);
    expect(keyVector(ranked[0].c, ranked[0].x, a)[0]).toBe(1);
  });
});

describe("applyKeepingFloor", () => {
  const cards = [{ id: 1, p: 0.9, k: 0.1 }, { id: 2, p: 0.8, k: 0.9 }, { id: 3, p: 0.7, k: 0.2 }, { id: 4, p: 0.2, k: 0.1 }, { id: 5, p: 0.6, k: 0.1 }];
  const keep = (t: number, s: number, cap: number) => applyKeepingFloor(cards, (c) => c.p, (c) => c.k, t, s, cap).map((c) => c.id);
  it("drops likely rejects unless they look like a key fact", () => {
    expect(keep(0.65, 0.5, 1)).toEqual([2, 4, 5]);
    expect(keep(0.65, 2, 1)).toEqual([4, 5]);
  });
  it("drops at most its cap of a chapter, likeliest rejects first, and never every card", () => {
    expect(keep(0.5, 0.5, 0.2)).toEqual([2, 3, 4, 5]);
    expect(keep(0.5, 0.5, 0.4)).toEqual([2, 4, 5]);
    expect(applyKeepingFloor([{ p: 0.9 }], (c) => c.p, () => 0, 0.5, 1, 1)).toHaveLength(1);
  });
});

describe("the pipeline's floor step", () => {
  const chapter = chapterOf("Chapter 1. Weirs and mills", TEXT);
  it("keeps every card when none is droppable, and drops no more than the cap when all are", () => {
    const { a: an, ranked } = rankedCandidates(chapter);
    const shown = select(ranked, 40).map((r) => ({ ...r, v: floorVector(r.c, r.x, r.p, an) }));
    const none = { ...KEEPING_FLOOR, keep: { ...KEEPING_FLOOR.keep, threshold: 0 } };
    expect(keepingFloor(shown, an, none)).toHaveLength(shown.length);
    const all = { reject: { ...KEEPING_FLOOR.reject, threshold: 0 }, keep: { ...KEEPING_FLOOR.keep, threshold: 2, cap: 0.5 } };
    expect(keepingFloor(shown, an, all)).toHaveLength(shown.length - Math.floor(shown.length / 2));
  });
  it("shows a subset of the cards, in order, when the floor is on", () => {
    const off = generateCards(chapter, { floor: false }), on = generateCards(chapter, { floor: true });
    const at = on.map((c) => off.findIndex((o) => o.front === c.front && o.back === c.back));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect(on.length).toBeGreaterThanOrEqual(off.length - Math.floor(KEEPING_FLOOR.keep.cap * off.length));
  });
});

describe("the floor's switch", () => {
  it("is read from LECTERN_FLOOR for one run, else its default", async () => {
    const { floorSwitch } = await import("@/lib/cards/floor/switch");
    expect(floorSwitch({ LECTERN_FLOOR: "1" })).toBe(true);
    expect(floorSwitch({ LECTERN_FLOOR: "0" }, true)).toBe(false);
    expect(floorSwitch({}, true)).toBe(true);
    expect(floorSwitch(undefined)).toBe(false);
  });
});
