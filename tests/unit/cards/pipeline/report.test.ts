// Reported speech (lib/cards/spans/report): the speaker is not the point of "as X says, '…'" or
// "X says that …"; what was said is, and the cloze blanks it instead. Sentences are invented.
import { describe, expect, it } from "vitest";
import { isSpeaker, reports } from "@/lib/cards/spans/report";
import { pointSpan } from "@/lib/cards/spans/point";
import { blankChoice } from "@/lib/cards/gates/blank-choice";
import { clozeCandidates } from "@/lib/cards/candidates/cloze";
import { analyse, cand } from "./helpers";

const first = (text: string) => {
  const a = analyse(text);
  return { a, s: a.sentences[0] };
};
const speakers = (text: string) => {
  const { s } = first(text);
  return reports(s).map((r) => s.tokens.slice(r.speaker.a, r.speaker.b).map((t) => t.text).join(" "));
};
const point = (text: string) => {
  const { s } = first(text);
  const p = pointSpan(s);
  return p ? s.text.slice(p.start, p.end) : null;
};

describe("reported speech", () => {
  it.each([
    ['A "harbour," as Orlen Vance says, "is a sheltered promise"; and a promise is kept.', "Orlen Vance"],
    ["The keeper's clerk says two thousand lamps were lit.", "keeper 's clerk"],
    ["But most writers say that the tithe meant the ruin of the farmers.", "Most writers"],
    ["Ardo afterwards made the joke that the harbour laws were written with tar.", "Ardo"],
    ['"It must be done," said Miss Quill.', "Miss Quill"],
    ["Our lamps have (in Dr. Quill's words) grown to the way they were trimmed.", "Dr. Quill"],
    ['"The strongest will be wanted at the pumps," was Miss Quill\'s answer.', "Miss Quill"],
  ])("finds the speaker of %j", (text, who) => {
    expect(speakers(text)).toContain(who);
  });

  it.each([
    ["The tower held forty lamps.", "a verb of holding, with no 'that'"],
    ["The keeper thought of the storm all night.", "a verb of thinking, with no 'that'"],
    ["Rivers carve their valleys slowly.", "no verb of saying"],
    ["The lamps were trimmed according to the rules of the board.", "'according to' a measure, not a named source"],
    ["In June the keeper, then on leave at Lisk, wrote a long report on the lamps.", "a verb of writing after a comma, with no quotation"],
  ])("finds no report in %j (%s)", (text) => {
    expect(speakers(text)).toEqual([]);
  });

  it.each([
    ['A "harbour," as Orlen Vance says, "is a sheltered promise"; and a promise is kept.', "sheltered promise"],
    ['Rope is a second anchor, or rather, as the Duke of Marlow said, it is "ten times iron," in a storm.', "ten times iron"],
    ["The keeper's clerk says two thousand lamps were lit.", "two thousand"],
    ['But most writers say that the "tithe" meant the ruin of the farmers.', "ruin of the farmers"],
  ])("takes what %j says as its point", (text, want) => {
    expect(point(text)).toBe(want);
  });

  it("offers no point when what was said has no short predicate to blank", () => {
    expect(point("Orlen Vance said that the tower was the tallest in the county.")).toBeNull();
    // A condition, a number further in, and one adjective are no point of what was said.
    expect(point("Orlen Vance has calculated that if a lamp burned only two wicks a night, the oil would last a year.")).toBeNull();
    expect(point("Orlen Vance said that up to the age of thirty he had loved the sea.")).not.toBe("thirty");
    expect(point("Orlen Vance suggested that a new tower might be advisable.")).toBeNull();
  });

  it("refuses a blank on the speaker and blanks the idea instead", () => {
    const text = 'A "harbour," as Orlen Vance says, "is a sheltered promise"; and a promise is kept.';
    const { a, s } = first(text);
    const at = s.text.indexOf("Orlen Vance");
    expect(isSpeaker(s, at, at + "Orlen Vance".length)).toBe(true);
    const c = cand({ kind: "cloze", type: "cloze", front: "", back: "Orlen Vance", answer: { start: at, end: at + "Orlen Vance".length }, answerKind: "person" });
    expect(blankChoice(c, a)).toBe("the speaker of a reported idea, not the idea");
    const backs = clozeCandidates(s, a).map((x) => x.back);
    expect(backs).toContain("sheltered promise");
    expect(backs).not.toContain("Orlen Vance");
  });
});

describe("end focus: the point before a subject described in words", () => {
  it("refuses a described subject when the sentence's point can be blanked, and keeps one rare term", () => {
    const a = analyse("The first fruits of the old guild were higher wages and shorter hours. Escheat is a legitimate claim of the crown.");
    const [s, t] = a.sentences;
    const at = s.text.indexOf("first fruits of the old guild");
    const described = cand({ kind: "cloze", type: "cloze", front: "", back: "first fruits of the old guild", sentence: 0, answer: { start: at, end: at + "first fruits of the old guild".length }, answerKind: "term" });
    expect(blankChoice(described, a)).toBe("the subject described in words, while the point can be blanked");
    const term = cand({ kind: "cloze", type: "cloze", front: "", back: "Escheat", sentence: 1, answer: { start: 0, end: "Escheat".length }, answerKind: "term" });
    expect(blankChoice(term, a)).not.toBe("the subject described in words, while the point can be blanked");
    expect(t.text.startsWith("Escheat")).toBe(true);
  });

  it("offers no point made of degree words only", () => {
    expect(point("The yield of the poor field is seldom much more.")).toBeNull();
    expect(point("The yield of the old field is far more generous.")).toBe("far more generous");
  });
});

describe("end focus: the figure that ends a clause about a measure", () => {
  it.each([
    ["Before the keeper came, the number of lamps the board had cleaned was seven.", "seven"],
    ["A later chronicler, a safer authority than Marlow, swells the number of the drowned to ten thousand.", "ten thousand"],
  ])("takes the figure of %j as its point", (text, want) => {
    expect(point(text)).toBe(want);
  });

  it.each([
    ["The tower had seven lamps on its gallery.", "no measure named"],
    ["The number of lamps rose to 40 per cent of the fleet.", "a figure inside a measure"],
  ])("offers no figure for %j (%s)", (text) => {
    expect(point(text) ?? "").not.toMatch(/^(?:seven|40)$/);
  });
});

describe("end focus: the complement of a passive claim", () => {
  it("takes the phrase after a participle's preposition when it ends the clause", () => {
    expect(point("The hidden causes of faction are thus sown in the nature of man; and we see them everywhere.")).toBe("nature of man");
    expect(point("The early forms of harbour law were grounded in revenge.")).toBe("revenge");
  });

  it("leaves the agent of a passive and a bare date alone", () => {
    expect(point("The mayor was elected by the guild.")).toBeNull();
    expect(point("The tower was built in 1890.")).toBeNull();
  });
});

describe("a named source cited for its object", () => {
  it.each([
    ["Ardo Quill mentions fines, tolls, and levies, all forms of harbour dues.", "Ardo Quill"],
    ["So when Vance speaks of the lesser dues, he instances only the tolls on salt.", "Vance"],
    ["Orlen Vance attributes the custom to the river guilds.", "Orlen Vance"],
    ["It is worth comparing what Dr. Quill has recorded about the hill farmers.", "Dr. Quill"],
    ["There is a well-known passage in Vance about the drowned bells.", "Vance"],
    ["The elder Quill and Vance have largely and rightly shown that all harbours silt up.", "Vance"],
    ["Dr. Ardo Quill had told her that nothing was needed.", "Dr. Ardo Quill"],
  ])("finds the source of %j", (text, who) => {
    expect(speakers(text)).toContain(who);
  });

  it.each([
    ["The clerk mentions the fee in every letter.", "a source with no name"],
    ["Vance speaks slowly to the sailors.", "'speaks' without 'of'"],
    ["The passage in the cliff was closed in 1890.", "a passage with no named source"],
  ])("finds no cited source in %j (%s)", (text) => {
    expect(speakers(text)).toEqual([]);
  });

  it("refuses a blank on the cited source but not on what is cited", () => {
    const { a, s } = first("Ardo Quill mentions fines, tolls, and levies, all forms of harbour dues.");
    const at = (x: string) => ({ start: s.text.indexOf(x), end: s.text.indexOf(x) + x.length });
    expect(isSpeaker(s, at("Ardo Quill").start, at("Ardo Quill").end)).toBe(true);
    expect(blankChoice(cand({ kind: "cloze", type: "cloze", front: "", back: "Ardo Quill", answer: at("Ardo Quill"), answerKind: "person" }), a)).toBe("the speaker of a reported idea, not the idea");
    expect(isSpeaker(s, at("harbour dues").start, at("harbour dues").end)).toBe(false);
  });
});
