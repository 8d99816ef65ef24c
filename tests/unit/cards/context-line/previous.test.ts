// Session 20: the previous sentence as context (lib/cards/context-line/previous.ts), on INVENTED text.
import { describe, expect, it } from "vitest";
import { admitWithPrevious, leansOn, MAX_CONTEXT_WORDS, PREVIOUS_CONTEXT, previousContext, previousContextSwitch, withPreviousContext } from "@/lib/cards/context-line/previous";
import { rankedCandidates } from "@/lib/cards/pipeline";
import { DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { gate } from "@/lib/cards/gates";
import { overgenerate } from "@/lib/cards/candidates";
import { analyse, clozeAt } from "../pipeline/helpers";

describe("the switch", () => {
  it("ships off, and reads '1' and 'admit' only", () => {
    expect(PREVIOUS_CONTEXT).toBe("off");
    expect(previousContextSwitch({})).toBe("off");
    expect(previousContextSwitch(undefined)).toBe("off");
    expect(previousContextSwitch({ LECTERN_PREVIOUS_CONTEXT: "1" })).toBe("on");
    expect(previousContextSwitch({ LECTERN_PREVIOUS_CONTEXT: "admit" })).toBe("admit");
    expect(previousContextSwitch({ LECTERN_PREVIOUS_CONTEXT: "0" })).toBe("off");
    expect(previousContextSwitch({ LECTERN_PREVIOUS_CONTEXT: "yes" })).toBe("off");
  });
});

describe("which sentence(s) before", () => {
  it("takes the sentence before in the paragraph, verbatim", () => {
    const { a } = clozeAt("The guild of Lisk built a stone quay in 1620. This quay sheltered forty fishing boats from the winter gales.", 1, "forty fishing boats");
    expect(previousContext(a, a.sentences[1], "forty fishing boats")).toEqual({ text: "The guild of Lisk built a stone quay in 1620.", from: [0] });
  });

  it("never reaches across a paragraph or to nothing", () => {
    const { a } = clozeAt("The guild of Lisk built a stone quay in 1620.\n\nThis quay sheltered forty fishing boats from the winter gales.", 1, "forty fishing boats");
    expect(previousContext(a, a.sentences[1], "forty fishing boats")).toBeNull();
    expect(previousContext(a, a.sentences[0], "stone quay")).toBeNull();
  });

  it("never reaches across a heading", () => {
    const a = analyse("The guild of Lisk built a stone quay in 1620.\n\n## The harbour\n\nThis quay sheltered forty fishing boats from the winter gales.");
    const last = a.sentences[a.sentences.length - 1];
    expect(previousContext(a, last, "forty fishing boats")).toBeNull();
  });

  it("takes two when the nearer one opens on a pointer itself, one when two would be too long", () => {
    const text = "The guild of Lisk built a stone quay in 1620. It cost the town nine hundred marks. This sum was raised by a tax on salt.";
    const { a } = clozeAt(text, 2, "a tax on salt");
    expect(previousContext(a, a.sentences[2], "a tax on salt")?.from).toEqual([0, 1]);
    const long = `The guild of Lisk built a stone quay in 1620 ${"and a long wall ".repeat(14)}beside it. It cost the town nine hundred marks. This sum was raised by a tax on salt.`;
    const b = clozeAt(long, 2, "a tax on salt").a;
    expect(previousContext(b, b.sentences[2], "a tax on salt")).toEqual({ text: "It cost the town nine hundred marks.", from: [1] });
  });

  it("refuses a sentence over the word cap", () => {
    const text = `The guild of Lisk built a stone quay ${"and a long wall ".repeat(MAX_CONTEXT_WORDS / 4)}in 1620. This quay sheltered forty fishing boats from the winter gales.`;
    const { a } = clozeAt(text, 1, "forty fishing boats");
    expect(previousContext(a, a.sentences[1], "forty fishing boats")).toBeNull();
  });

  it("never shows the answer: no context, or only the nearer sentence, when one gives it away", () => {
    const { a } = clozeAt("The guild of Lisk built a stone quay in 1620. This quay sheltered forty fishing boats from the winter gales.", 1, "forty fishing boats");
    expect(previousContext(a, a.sentences[1], "guild")).toBeNull();
    const b = analyse("The guild of Lisk built a stone quay in 1620. It cost the town nine hundred marks. This sum was raised by a tax on salt.");
    expect(previousContext(b, b.sentences[2], "the guild")).toEqual({ text: "It cost the town nine hundred marks.", from: [1] });
  });

  it("never shows a short answer either (late review 1)", () => {
    const { a } = clozeAt("The Ys rises in the hills of Orra. This river, the Ys, carries grey silt to the northern sea.", 1, "Ys");
    expect(previousContext(a, a.sentences[1], "Ys")).toBeNull();
  });
});

describe("cards that lean on what comes before", () => {
  it("gives a card with a demonstrative its sentence before; a card that stands gets none", () => {
    const text = "The guild of Lisk built a stone quay in 1620. This quay sheltered forty fishing boats from the winter gales. Salt was taxed in every market town of Varden.";
    const leaning = clozeAt(text, 1, "forty fishing boats");
    expect(leansOn(leaning.c, leaning.a).length).toBeGreaterThan(0);
    expect(withPreviousContext(leaning.c, leaning.a).context).toBe("The guild of Lisk built a stone quay in 1620.");
    const standing = clozeAt(text, 2, "every market town");
    expect(leansOn(standing.c, standing.a)).toEqual([]);
    expect(withPreviousContext(standing.c, standing.a)).toBe(standing.c);
  });

  it("keeps a context the card has already", () => {
    const { a, c } = clozeAt("The guild of Lisk built a stone quay in 1620. This quay sheltered forty fishing boats from the winter gales.", 1, "forty fishing boats");
    const lined = { ...c, context: "Lisk" };
    expect(withPreviousContext(lined, a)).toBe(lined);
  });
});

describe("admission ('admit')", () => {
  const dropped = (text: string, front: RegExp) => {
    const a = analyse(text);
    const c = overgenerate(a).find((x) => front.test(x.front))!;
    const why = gate(c, a);
    return { a, c, first: why ? why.slice(0, why.indexOf(":")) : "" };
  };

  it("admits a 'they' card the gates drop when the sentence before names a group", () => {
    // A well-formed front (late review 3: the test once admitted "… through the long?" → "winter").
    const { a, c, first } = dropped("The colonists of Varden raised a wooden fort on the river bank in 1620. They stored their grain in a deep cellar in 1621.", /^When did they store their grain in a deep cellar\?$/);
    expect(c.back).toBe("1621");
    expect(first).toBe("standalone");
    expect(admitWithPrevious(c, a, first)?.context).toBe("The colonists of Varden raised a wooden fort on the river bank in 1620.");
  });

  it("refuses a 'they' card when the sentence before names only a time or season in the plural (late review 2)", () => {
    const { a, c, first } = dropped("The winters of Varden were long and the roads froze hard. They stored their grain in a deep cellar in 1620.", /^When did they store/);
    expect(first).toBe("standalone");
    expect(admitWithPrevious(c, a, first)).toBeNull();
  });

  it("refuses a 'they' card when the plural subject before names no persons (fixgen21)", () => {
    const { a, c, first } = dropped("The walls of Varden were high and thick. They stored their grain in a deep cellar in 1621.", /^When did they store/);
    expect(first).toBe("standalone");
    expect(admitWithPrevious(c, a, first)).toBeNull();
  });

  it("admits a 'they' card when persons are the subject of the second clause before (fixgen21)", () => {
    const { a, c, first } = dropped("Their winters were long and the colonists were poor. They stored their grain in a deep cellar in 1621.", /^When did they store/);
    expect(first).toBe("standalone");
    expect(admitWithPrevious(c, a, first)?.context).toBe("Their winters were long and the colonists were poor.");
  });

  it("refuses a 'he' card when the sentence before names no one, and a card with nothing before it", () => {
    const one = dropped("Orlen Vance and his brother sailed from Lisk in 1780. The crossing took nine days. He founded the Harbour Board of Marlow in 1790.", /^What did he found/);
    expect(one.first).toBe("standalone");
    expect(admitWithPrevious(one.c, one.a, one.first)).toBeNull();
    const none = dropped("They stored their grain in a deep cellar in 1621.", /^When did they store/);
    expect(none.first).toBe("standalone");
    expect(admitWithPrevious(none.c, none.a, none.first)).toBeNull();
  });

  it("refuses a card a non-standalone gate drops", () => {
    const { a, c } = clozeAt("Orlen Vance sailed from Lisk in 1780 with twelve boats. He founded the Harbour Board of Marlow in 1790.", 1, "Harbour Board of Marlow");
    expect(admitWithPrevious(c, a, "shape")).toBeNull();
  });
});

describe("the pipeline", () => {
  const text = "The guild of Lisk built a stone quay in 1620. This quay sheltered forty fishing boats from the winter gales. The quay was paved with grey stone from the hills of Orra. Salt was taxed in every market town of Varden.\n\nThe colonists of Varden raised a wooden fort on the river bank in 1620. They stored their grain in a deep cellar in 1621.";

  it("off: no card carries a previous-sentence context; on: the same cards, some with one", () => {
    const a = analyse(text);
    const off = rankedCandidates(a.chapter, DEFAULT_WEIGHTS, { previous: "off" }).ranked.map((r) => r.c);
    const on = rankedCandidates(a.chapter, DEFAULT_WEIGHTS, { previous: "on" }).ranked.map((r) => r.c);
    expect(off.some((c) => c.context)).toBe(false);
    expect(on.map(({ context: _, ...c }) => c)).toEqual(off);
    const lined = on.filter((x) => x.context);
    expect(lined.length).toBeGreaterThan(0);
    const verbatim = (i: number) => a.chapter.sentences[i].text.trim();
    // The two-sentence option only where there are two sentences before: a lined card on sentence 0 or 1
    // then fails the assertion instead of throwing (late review 14).
    const options = (i: number) => (i >= 2 ? [verbatim(i - 1), `${verbatim(i - 2)} ${verbatim(i - 1)}`] : i >= 1 ? [verbatim(i - 1)] : []);
    for (const c of lined) expect(options(c.sentence)).toContain(c.context);
  });

  it("admit: every card of 'on' is kept, the added ones carry a context", () => {
    const a = analyse(text);
    const on = rankedCandidates(a.chapter, DEFAULT_WEIGHTS, { previous: "on" }).ranked.map((r) => r.c);
    const admit = rankedCandidates(a.chapter, DEFAULT_WEIGHTS, { previous: "admit" }).ranked.map((r) => r.c);
    const key = (c: { front: string; back: string; sentence: number }) => `${c.sentence}|${c.front}|${c.back}`;
    const onKeys = new Set(on.map(key));
    expect(admit.filter((c) => onKeys.has(key(c))).length).toBe(on.length);
    const added = admit.filter((c) => !onKeys.has(key(c)));
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((c) => !!c.context)).toBe(true);
  });
});
