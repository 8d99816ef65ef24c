// Session 18's three gates through the real gate entry points (fixg18, review 9): the stock phrase in
// informativeBlank, the broken questions in questionStructure and answerType, the reported view in
// reportedView; each with its switch on (the default) and off (LECTERN_*=0, read when the module
// loads, so the modules are loaded again with the variable set). Invented text.
import { afterEach, describe, expect, it, vi } from "vitest";
import { cand, clozeAt, analyse } from "../pipeline/helpers";
import type { Analysis } from "@/lib/cards/analyse";
import type { Candidate } from "@/lib/cards/candidates";

const stock = () => clozeAt("The plan was, so to speak, a bridge between the two towns.", "last", "so to speak", "phrase");
const cutRelative = () => ({ a: analyse("Sailors who served abroad and soldiers differed in pay."), c: cand({ kind: "qa", type: "what", front: "How did sailors who and soldiers differ?", back: "in pay", sentence: 0, answerKind: "phrase" }) });
const cutObject = () => ({ a: analyse("The objects that provoke fear vary with each individual."), c: cand({ kind: "qa", type: "what", front: "What do the objects that provoke vary with each individual?", back: "fear", sentence: 0, answerKind: "phrase" }) });
const frame = () => ({ a: analyse("The truth is that old charters are a hindrance to trade, because they fix old tolls."), c: cand({ kind: "qa", type: "cause", front: "Why is the truth that old charters are a hindrance to trade?", back: "Because they fix old tolls", sentence: 0, answerKind: "clause" }) });
const named = () => ({ a: analyse("The rolls were kept by Hale, the keeper of the rolls, until the fire."), c: cand({ kind: "qa", type: "what", front: "What was hale?", back: "the keeper of the rolls", sentence: 0, answerKind: "phrase" }) });
const duty = () => clozeAt("It was a sacred duty to root out the false creed.", "last", "false creed", "phrase");

type Gate = (c: Candidate, a: Analysis) => string | null;
async function gates() {
  const [ib, qs, at, rv] = await Promise.all([import("@/lib/cards/gates/informative-blank"), import("@/lib/cards/gates/question-structure"), import("@/lib/cards/gates/answer-type"), import("@/lib/cards/gates/reported-view")]);
  return { informativeBlank: ib.informativeBlank as Gate, questionStructure: qs.questionStructure as Gate, answerType: at.answerType as Gate, reportedView: rv.reportedView as Gate };
}
const run = (g: Gate, x: { a: Analysis; c: Candidate }) => g(x.c, x.a) ?? "";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("session 18's gates, switches on (the default)", () => {
  it("informativeBlank refuses a blank on a stock phrase", async () => {
    const { informativeBlank } = await gates();
    expect(run(informativeBlank, stock())).toMatch(/stock phrase/);
  });
  it("questionStructure refuses a cut relative clause, a lost object and a 'why' on the frame", async () => {
    const { questionStructure } = await gates();
    expect(run(questionStructure, cutRelative())).toMatch(/relative pronoun/);
    expect(run(questionStructure, cutObject())).toMatch(/object cut away/);
    expect(run(questionStructure, frame())).toMatch(/frame/);
  });
  it("answerType refuses a name asked with 'What'", async () => {
    const { answerType } = await gates();
    expect(run(answerType, named())).toMatch(/individual person/);
  });
  it("reportedView refuses a past duty with no one it binds", async () => {
    const { reportedView } = await gates();
    expect(run(reportedView, duty())).toMatch(/duty/);
  });
});

describe("session 18's gates, switches off", () => {
  it("LECTERN_STOCK_BLANK=0: informativeBlank does not read the stock phrase", async () => {
    vi.stubEnv("LECTERN_STOCK_BLANK", "0");
    vi.resetModules();
    const { informativeBlank } = await gates();
    expect(run(informativeBlank, stock())).not.toMatch(/stock phrase/);
  });
  it("LECTERN_BROKEN_QUESTIONS=0: questionStructure and answerType do not read the broken questions", async () => {
    vi.stubEnv("LECTERN_BROKEN_QUESTIONS", "0");
    vi.resetModules();
    const { questionStructure, answerType } = await gates();
    expect(run(questionStructure, cutRelative())).not.toMatch(/relative pronoun/);
    expect(run(questionStructure, cutObject())).not.toMatch(/object cut away/);
    expect(run(questionStructure, frame())).not.toMatch(/frame/);
    expect(run(answerType, named())).not.toMatch(/individual person/);
  });
  it("LECTERN_REPORTED_VIEW=0: reportedView keeps every card", async () => {
    vi.stubEnv("LECTERN_REPORTED_VIEW", "0");
    vi.resetModules();
    const { reportedView } = await gates();
    expect(run(reportedView, duty())).toBe("");
  });
});

// (fixgf, review 9) LECTERN_BLANK_PIECE gates all of genfixF's rules: the switch itself, and the echo
// and "others" rules with it on and off.
describe("LECTERN_BLANK_PIECE", () => {
  const echo = () => cand({ kind: "qa", type: "comparison", front: "How does a kiln differ from an oven inasmuch as it is closed on every side?", back: "A kiln differs from an oven inasmuch as it is closed on every side", sentence: 0, answerKind: "clause" });
  const others = () => clozeAt("Others, like Vance, built their kilns of brick.", "last", "brick", "phrase");
  const load = async () => {
    const [ea, rf] = await Promise.all([import("@/lib/cards/gates/echo-answer"), import("@/lib/cards/gates/referring")]);
    return { echo: ea.echoAnswer as Gate, others: (x: { a: Analysis; c: Candidate }) => JSON.stringify(rf.referringRules(x.c, x.a.sentences[x.c.sentence]).map((r) => r.rule)) };
  };
  it("blankPieceSwitch reads '0' as off and anything else as on", async () => {
    const { blankPieceSwitch } = await import("@/lib/cards/gates/blank-piece");
    expect(blankPieceSwitch({})).toBe(true);
    expect(blankPieceSwitch({ LECTERN_BLANK_PIECE: "0" })).toBe(false);
    expect(blankPieceSwitch({ LECTERN_BLANK_PIECE: "1" })).toBe(true);
  });
  it("on (the default): the echo and 'others' rules refuse", async () => {
    const g = await load();
    expect(g.echo(echo(), analyse("A kiln differs from an oven inasmuch as it is closed on every side."))).toMatch(/repeats/);
    expect(g.others(others())).toContain("others");
  });
  it("off: neither rule reads the card", async () => {
    vi.stubEnv("LECTERN_BLANK_PIECE", "0");
    vi.resetModules();
    const g = await load();
    expect(g.echo(echo(), analyse("A kiln differs from an oven inasmuch as it is closed on every side."))).toBeNull();
    expect(g.others(others())).not.toContain("others");
  });
});
