// The sentence-choice model's use in the pipeline (lib/cards/choice/use.ts, switch.ts; pipeline showRanked), on invented text.
import { afterEach, describe, expect, it, vi } from "vitest";
import { keepChosen, relativeChoice, shifted } from "@/lib/cards/choice/use";
import { CHOICE_USE, SENTENCE_CHOICE_DEFAULT, sentenceChoiceSwitch } from "@/lib/cards/choice/switch";
import { generateCards, rankedCandidates, showRanked, shownChapter } from "@/lib/cards/pipeline";
import { choiceProbabilities } from "@/lib/cards/choice/model";
import { cleanDocument } from "@/lib/chapters";

const pool = (sentences: number[]) => sentences.map((sentence, k) => ({ c: { sentence }, k }));

describe("keepChosen", () => {
  it("drops the candidates of sentences under the threshold", () => {
    const q = [0.9, 0.1, 0.5, 0.2];
    expect(keepChosen(pool([0, 1, 1, 2, 3]), q, { drop: 0.3, min: 0 }).map((r) => r.k)).toEqual([0, 3]);
  });
  it("keeps the `min` likeliest sentences when fewer reach it, and everything when drop is 0", () => {
    const q = [0.1, 0.2, 0.05];
    expect(keepChosen(pool([0, 1, 2, 1]), q, { drop: 0.5, min: 2 }).map((r) => r.c.sentence)).toEqual([0, 1, 1]);
    expect(keepChosen(pool([0, 1, 2]), q, { drop: 0, min: 0 })).toHaveLength(3);
  });
});

describe("relativeChoice and shifted", () => {
  it("centres the choice logits on the chapter's mean", () => {
    const rel = relativeChoice([0.5, 0.5]);
    expect(rel).toEqual([0, 0]);
    const [hi, lo] = relativeChoice([0.8, 0.2]);
    expect(hi).toBeCloseTo(-lo);
    expect(hi).toBeGreaterThan(0);
  });
  it("lowers a reject probability for a likelier-chosen sentence, raises it for a less likely one, and leaves it at weight 0", () => {
    expect(shifted(0.5, 1, 1, -1)).toBeLessThan(0.5);
    expect(shifted(0.5, -1, 1, -1)).toBeGreaterThan(0.5);
    expect(shifted(0.5, 1, 1)).toBeGreaterThan(0.5);
    expect(shifted(0.42, 3, 0, -1)).toBe(0.42);
  });
});

// Invented: a chapter with cards of several sentences.
const chapter = () => cleanDocument("# The Salt Roads of Vennor\n\nThe salt roads of Vennor ran from the marshes of Oskel to the inland markets, because the marsh pans gave the only salt of the region. In 1614 the council of Vennor imposed a toll on every cart of salt. A salter is a person who makes or deals in salt.\n\nThe carters of Oskel went by night to avoid the toll. The toll was lifted in 1630, after the carters petitioned the council of Vennor.\n").chapters[0];

describe("the pipeline with the choice model", () => {
  afterEach(() => { vi.unstubAllEnvs(); vi.resetModules(); });
  it("is on by default (it passed its pre-registered blind test pooled over sets 24 and 25); LECTERN_SENTENCE_CHOICE=0 turns it off, 1 on", async () => {
    expect(SENTENCE_CHOICE_DEFAULT).toBe(true);
    expect(sentenceChoiceSwitch({})).toBe(true);
    expect(sentenceChoiceSwitch({ LECTERN_SENTENCE_CHOICE: "1" }, false)).toBe(true);
    expect(sentenceChoiceSwitch({ LECTERN_SENTENCE_CHOICE: "1" })).toBe(true);
    expect(sentenceChoiceSwitch({ LECTERN_SENTENCE_CHOICE: "0" }, true)).toBe(false);
    vi.stubEnv("LECTERN_SENTENCE_CHOICE", "0");
    vi.resetModules();
    expect((await import("@/lib/cards/choice/switch")).SENTENCE_CHOICE_ON).toBe(false);
  });
  it("off, shows the cards it showed before: showRanked on the ranked pool is shownChapter", async () => {
    vi.stubEnv("LECTERN_SENTENCE_CHOICE", "0");
    vi.resetModules();
    const off = await import("@/lib/cards/pipeline");
    const ch = chapter();
    const { a, ranked } = rankedCandidates(ch);
    const before = shownChapter(ch, { choice: null });
    const after = showRanked(a, ranked, { choice: null });
    expect(after.kept.map((i) => after.selected[i].c.front)).toEqual(before.kept.map((i) => before.selected[i].c.front));
    expect(off.generateCards(ch).map((c) => c.front)).toEqual(generateCards(ch, { choice: null }).map((c) => c.front));
  });
  it("drops the cards of sentences under the threshold, keeping the chapter's likeliest when none reaches it", () => {
    const ch = chapter();
    const { a } = rankedCandidates(ch);
    const q = a.sentences.map((_, i) => (i === 0 ? 0.9 : 0.1));
    const cards = generateCards(ch, { choice: { drop: 0.5, min: 0, floor: 0, rank: 0 }, q });
    expect(cards.length).toBeGreaterThan(0);
    expect(new Set(cards.map((c) => c.source.sentence))).toEqual(new Set([0]));
    const none = generateCards(ch, { choice: { drop: 0.95, min: 2, floor: 0, rank: 0 }, q });
    expect(new Set(none.map((c) => c.source.sentence)).size).toBeLessThanOrEqual(2);
    expect(none.length).toBeGreaterThan(0);
  });
  it("moves the floor's reject probability by the sentence's choice, before the floors cut", () => {
    const ch = chapter();
    const { a } = rankedCandidates(ch);
    const q = a.sentences.map((_, i) => (i === 0 ? 0.9 : 0.3));
    const plain = shownChapter(ch, { choice: null });
    const moved = shownChapter(ch, { choice: { drop: 0, min: 0, floor: 2, rank: 0 }, q });
    expect(moved.selected.map((r) => r.c.front)).toEqual(plain.selected.map((r) => r.c.front));
    moved.selected.forEach((r, i) => (r.c.sentence === 0 ? expect(moved.reject[i]).toBeLessThan(plain.reject[i]) : expect(moved.reject[i]).toBeGreaterThan(plain.reject[i])));
  });
  it("uses the shipped model and CHOICE_USE when asked for no setting with the switch on", async () => {
    vi.stubEnv("LECTERN_SENTENCE_CHOICE", "1");
    vi.resetModules();
    const on = await import("@/lib/cards/pipeline");
    const ch = chapter();
    const { a, ranked } = on.rankedCandidates(ch);
    const viaSwitch = on.showRanked(a, ranked, {});
    const explicit = on.showRanked(a, ranked, { choice: CHOICE_USE, q: choiceProbabilities(a) });
    expect(viaSwitch.kept.map((i) => viaSwitch.selected[i].c.front)).toEqual(explicit.kept.map((i) => explicit.selected[i].c.front));
    expect(viaSwitch.reject).toEqual(explicit.reject);
  });
});
