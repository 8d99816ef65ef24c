// Session 13: the chapter's topic named on a card ("the bee" → "the honey bee", lib/cards/topic), on
// INVENTED text: each rewrite, and each refusal with the look-alike it must refuse.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { analyseChapter, type Analysis } from "@/lib/cards/analyse";
import { blank } from "@/lib/cards/candidates/cloze";
import type { Candidate } from "@/lib/cards/candidates";
import { chapterTopic, explainNaming, explainTopic, nameTopic, singular, topicSwitch, TOPIC_NAMING_ON } from "@/lib/cards/topic";
import { rankedCandidates } from "@/lib/cards/pipeline";
import { DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";

const chapterOf = (title: string, body: string) => cleanDocument(`# ${title}\n\n${body}\n`, { filename: "test.md" }).chapters[0];
const analyse = (title: string, body: string): Analysis => analyseChapter(chapterOf(title, body));

/** A cloze on `span` of the sentence of `a` that contains `where`. */
function clozeIn(a: Analysis, where: string, span: string): Candidate {
  const n = a.sentences.findIndex((s) => s.text.includes(where));
  if (n < 0) throw new Error(`no sentence with "${where}"`);
  const s = a.sentences[n];
  const start = s.text.indexOf(span);
  return { kind: "cloze", type: "cloze", front: blank(s, start, start + span.length), back: span, sentence: n, extra: [], answer: { start, end: start + span.length }, answerKind: "phrase" };
}

// A chapter about one kind of thing, whose steps all say "the bee".
const HIVE = [
  "The hive stands in the orchard, and a garden holds many hives.",
  "Early in the morning the bee leaves the hive and visits the clover.",
  "The bee gathers nectar in a small sac behind her mouth.",
  "Back in the hive, the bee passes the nectar to a younger worker.",
  "The young bees fan the open cells with their wings until the water has gone.",
  "The Bee seals each full cell with a thin cap of wax.",
  "A single bee makes only a spoonful of honey in her whole life.",
  "The bees of one hive may visit two million flowers for a single jar.",
  "When the clover fades the bee turns to the heather on the hills.",
  "In autumn the bees drive the drones out of the hive.",
  "The bee eats the stored honey through the winter.",
  "The comb is built of six-sided cells of wax.",
  "The bee was brought to Virginia by English settlers in 1622.",
].join(" ");
const TITLE = "The Honey Bees: Building the Comb";

describe("the chapter's topic from its title", () => {
  it("is the title's plural head with its noun modifier, when the chapter is about it", () => {
    expect(chapterTopic(analyse(TITLE, HIVE))).toMatchObject({ head: "bee", plural: "bees", modifier: "honey" });
  });

  it("refuses a singular head, a head with an adjective, a number, an abstract or general head", () => {
    expect(explainTopic(analyse("The Honey Bee", HIVE))).toMatch(/head not plural/);
    // "Busy Bees": "busy" is an adjective, not the name of a kind.
    expect(explainTopic(analyse("The Busy Bees", `${HIVE} A busy morning fills the orchard.`))).toMatch(/modifier not used as a noun/);
    expect(explainTopic(analyse("Two Honey Bees", HIVE))).toMatch(/number or quantifier/);
    const ideas = "The idea of a hive is old. Every idea of order comes from the hive. The idea spreads. An idea is a plan. The idea grows. The idea of the comb is old. Ideas change. The idea of honey is older still. A garden idea is new.";
    expect(explainTopic(analyse("Garden Ideas", ideas))).toMatch(/abstract or general head/);
    const movements = "The movement of the bees is quick. The movement ends at noon. A movement begins. The movement is watched. Each movement counts. The movement of the swarm is loud. Movements vary. The movement stops in a garden movement.";
    expect(explainTopic(analyse("Garden Movements", movements))).toMatch(/abstract or general head/);
  });

  it("refuses a title word the chapter rarely uses", () => {
    expect(explainTopic(analyse("The Honey Bees", "The orchard stands by the river. The orchard has apple trees and pear trees. A bee visits. The trees flower in May. The orchard is old. The river floods the orchard in March. The trees are pruned in winter. The orchard is sold.")))
      .toMatch(/not among the chapter's most frequent nouns/);
  });

  it("refuses when the title's phrase is a proper name in the chapter (one thing, not a kind)", () => {
    const body = "The United Provinces signed the treaty. Each province sent a deputy. The province of the north was rich. A province paid taxes. The province kept its courts. The provinces met at the capital. The United Provinces were at war. The province raised troops. Every province voted.";
    expect(explainTopic(analyse("The United Provinces", body))).toMatch(/proper name/);
  });

  it("refuses when the chapter names several other kinds of the thing", () => {
    const body = `${HIVE} The Carpenter Bee bores into dead wood. The Mason Bee builds with mud.`;
    expect(explainTopic(analyse(TITLE, body))).toMatch(/several other kinds of bee/);
  });

  it("refuses a phrase coordinated with another in the title ('Dominant and Recessive Alleles')", () => {
    expect(explainTopic(analyse("Wild and Honey Bees", HIVE))).toMatch(/coordinated/);
    expect(explainTopic(analyse("Wasps, Hornets and Honey Bees", HIVE))).toMatch(/coordinated/);
    expect(chapterTopic(analyse("Honey Bees and Their Hives", HIVE))).toMatchObject({ modifier: "honey" });
  });

  it("counts an adjective the chapter puts before the noun more than once as another kind", () => {
    const twice = `${HIVE} The solitary bee nests alone in the ground. A solitary bee stores no honey. The wild bee stings. A wild bee lives in the wood.`;
    expect(explainTopic(analyse(TITLE, twice))).toMatch(/several other kinds of bee in the chapter: solitary bee, wild bee/);
    // Once each, they describe a bee, not a kind: the topic stands.
    const once = `${HIVE} The solitary bee nests alone in the ground. The wild bee stings.`;
    expect(chapterTopic(analyse(TITLE, once))).toMatchObject({ modifier: "honey" });
  });

  it("does not count a word of age or sex before the noun as another kind", () => {
    const body = `${HIVE} The male bees do no work. The adult bees live six weeks.`;
    expect(chapterTopic(analyse(TITLE, body))).toMatchObject({ modifier: "honey" });
  });

  it("reads regular English plurals", () => {
    expect(singular("bees")).toBe("bee");
    expect(singular("flies")).toBe("fly");
    expect(singular("boxes")).toBe("box");
    expect(singular("glass")).toBe("glass");
  });
});

describe("naming the topic on a card", () => {
  const a = analyse(TITLE, HIVE);

  it("names the first bare 'the N' outside the blank, keeping the text's case", () => {
    const c = clozeIn(a, "nectar in a small sac", "small sac");
    expect(nameTopic(c, a)?.front).toBe("The honey bee gathers nectar in a {{c1::small sac}} behind her mouth.");
    const capital = clozeIn(a, "thin cap of wax", "thin cap of wax");
    expect(nameTopic(capital, a)?.front).toBe("The Honey Bee seals each full cell with a {{c1::thin cap of wax}}.");
  });

  it("names the topic in a question and leaves the answer alone", () => {
    const s = a.sentences.findIndex((x) => x.text.includes("stored honey"));
    const q: Candidate = { kind: "qa", type: "what", front: "What does the bee eat through the winter?", back: "the stored honey", sentence: s, extra: [], answer: null, answerKind: "phrase" };
    expect(nameTopic(q, a)).toMatchObject({ front: "What does the honey bee eat through the winter?", back: "the stored honey" });
  });

  it("never rewrites inside the blank, and needs a bare 'the N'", () => {
    const inBlank = clozeIn(a, "nectar in a small sac", "The bee gathers");
    expect(explainNaming(inBlank, a)).toMatch(/no bare "the N"/);
    const young = clozeIn(a, "fan the open cells", "their wings");
    expect(explainNaming(young, a)).toMatch(/no bare "the N"/); // "The young bees": a state, already described
  });

  it("refuses when the description says which one ('the bee which I marked')", () => {
    const b = analyse(TITLE, `${HIVE} The bee which I marked with paint came back at noon.`);
    expect(explainNaming(clozeIn(b, "marked with paint", "at noon"), b)).toMatch(/description says which/);
  });

  it("refuses when a particular one was introduced just before ('a bee I kept … the bee')", () => {
    const b = analyse(TITLE, `${HIVE} One morning I shut a bee in a glass jar. The bee beat against the glass for an hour.`);
    expect(explainNaming(clozeIn(b, "beat against the glass", "for an hour"), b)).toMatch(/particular N/);
    const these = analyse(TITLE, `${HIVE} These bees came from a hive on the hill. The bees swarmed at noon.`);
    expect(explainNaming(clozeIn(these, "swarmed at noon", "at noon"), these)).toMatch(/particular N/);
    // A present, general "a bee" is any bee: no refusal ("A single bee makes only a spoonful …" is in HIVE).
    // The same sentence without the jar story before it is named.
    const c = analyse(TITLE, `${HIVE} The bee beat against the glass for an hour.`);
    expect(nameTopic(clozeIn(c, "beat against the glass", "for an hour"), c)?.front).toMatch(/^The honey bee beat/);
  });

  it("refuses when another kind of the thing is named nearby", () => {
    const b = analyse(TITLE, `${HIVE} The Carpenter Bee bores into dead wood. The bee then rests in the shade.`);
    expect(explainNaming(clozeIn(b, "rests in the shade", "in the shade"), b)).toMatch(/another kind of N named nearby: carpenter bee/);
  });

  it("does nothing in a chapter without a topic", () => {
    const b = analyse("The Honey Bee", HIVE);
    expect(explainNaming(clozeIn(b, "nectar in a small sac", "small sac"), b)).toBe("no topic");
  });
});

describe("the switch", () => {
  it("is read from LECTERN_TOPIC=1 only, and is off by default", () => {
    expect(topicSwitch({ LECTERN_TOPIC: "1" })).toBe(true);
    expect(topicSwitch({ LECTERN_TOPIC: "0" })).toBe(false);
    expect(topicSwitch({ LECTERN_TOPIC: "true" })).toBe(false);
    expect(topicSwitch({})).toBe(false);
    expect(topicSwitch(undefined)).toBe(false);
    expect(TOPIC_NAMING_ON).toBe(process.env.LECTERN_TOPIC === "1");
  });

  it("off: the cards say 'the bee'; on: the same cards name the topic, nothing else changes", () => {
    const chapter = chapterOf(TITLE, HIVE);
    const fronts = (on: boolean) => rankedCandidates(chapter, DEFAULT_WEIGHTS, { contextLine: false, topic: on }).ranked.map((r) => r.c.front);
    const off = fronts(false), on = fronts(true);
    expect(off).toContain("The bee was brought to Virginia by English settlers in {{c1::1622}}.");
    expect(on).toContain("The honey bee was brought to Virginia by English settlers in {{c1::1622}}.");
    expect(off.some((f) => /honey bee/i.test(f))).toBe(false);
    expect(on.map((f) => f.replace(/(the) honey (bee)/i, "$1 $2"))).toEqual(off);
  });
});
