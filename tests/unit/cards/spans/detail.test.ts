// Blanks on the detail rather than the point (lib/cards/spans/detail.ts) and the card-level fixes
// of the same session: an alias in brackets, a year inside a name, the new name of a renaming, a
// minor figure's identity, an opening date before a name, "then" in an apposition. Invented sentences.
import { describe, expect, it } from "vitest";
import { bracketAlias, commonWordAfterThe, isDetailBlank, nameFragment, newNames, renamingPoint, yearInName } from "@/lib/cards/spans/detail";
import { scoredSpans } from "@/lib/cards/spans/model";
import { givenAway } from "@/lib/cards/spans/weak-blank";
import { informativeBlank } from "@/lib/cards/gates/informative-blank";
import { lowValue } from "@/lib/cards/gates/low-value";
import { adverbs } from "@/lib/cards/decontext/adverbs";
import { blank } from "@/lib/cards/candidates/cloze";
import { analyse, cand } from "../pipeline/helpers";

const at = (text: string, span: string): [number, number] => {
  const i = text.indexOf(span);
  if (i < 0) throw new Error(`"${span}" not in "${text}"`);
  return [i, i + span.length];
};
const first = (text: string) => analyse(text).sentences[0];
const slice = (text: string, r: { start: number; end: number } | null) => (r ? text.slice(r.start, r.end) : null);

describe("bracketAlias", () => {
  const text = "In 1902 the Northern Rowing League (Norlea) held its first regatta at Dunmore.";
  it("marks an alias in brackets right after a name", () => {
    expect(bracketAlias(text, ...at(text, "Norlea"))).toBe(true);
  });
  it("leaves the name itself, and a bracket after a common word, alone", () => {
    expect(bracketAlias(text, ...at(text, "Northern Rowing League"))).toBe(false);
    const plain = "The keepers kept a log (always in ink) of every ship.";
    expect(bracketAlias(plain, ...at(plain, "always in ink"))).toBe(false);
  });
});

describe("yearInName", () => {
  it("marks the year that ends 'the <noun> of <year>'", () => {
    const text = "The rising of 1811 had shaken the guilds of Dunmore.";
    expect(yearInName(text, ...at(text, "1811"))).toBe(true);
  });
  it("leaves a year after a noun of time, and a year on its own, alone", () => {
    const season = "In the summer of 1811 the guilds met at Dunmore.";
    expect(yearInName(season, ...at(season, "1811"))).toBe(false);
    const bare = "In 1811 the guilds rose against the council.";
    expect(yearInName(bare, ...at(bare, "1811"))).toBe(false);
  });
  it("is never offered as a cloze blank", () => {
    const text = "The rising of 1811 had strengthened the cult of the old charter among the weavers.";
    const s = first(text);
    const a = analyse(text);
    expect(isDetailBlank(s, ...at(text, "1811"))).toBe(true);
    expect(scoredSpans(a.sentences[0], a).map((c) => text.slice(c.start, c.end))).not.toContain("1811");
  });
});

describe("renamingPoint", () => {
  it("takes the new name of 'X was renamed Y'", () => {
    const text = "In 1890 the village of Ashwick was renamed Marlowe by the harbour board.";
    const s = first(text);
    expect(newNames(s).map((r) => slice(text, r))).toEqual(["Marlowe"]);
    expect(slice(text, renamingPoint(s))).toBe("Marlowe");
  });
  it("takes only the words a new name adds to the old one", () => {
    const text = 'In 1902 the Northern Rowing League decided to change its name to "Northern Royal Rowing League".';
    expect(slice(text, renamingPoint(first(text)))).toBe("Royal");
  });
  it("reads past an article before the new name", () => {
    const text = "In 1871 the Harbour Club was renamed the Royal Harbour Club.";
    expect(slice(text, renamingPoint(first(text)))).toBe("Royal");
  });
  it("finds nothing in a sentence without a renaming", () => {
    expect(renamingPoint(first("The Northern Rowing League held its first regatta in 1902."))).toBeNull();
  });
  it("puts the new name first among the sentence's spans, and drops the whole name around the added word", () => {
    const text = 'In 1902 the Northern Rowing League decided to change its name to "Northern Royal Rowing League".';
    const a = analyse(text);
    const spans = scoredSpans(a.sentences[0], a).map((c) => text.slice(c.start, c.end));
    expect(spans[0]).toBe("Royal");
    expect(spans).not.toContain("Northern Royal Rowing League");
  });
  it("lets the added word through the part-of-a-name check, which still holds elsewhere", () => {
    const text = 'In 1902 the Northern Rowing League decided to change its name to "Northern Royal Rowing League".';
    const a = analyse(text);
    const s = a.sentences[0];
    const on = (span: string) => {
      const [start, end] = at(s.text, span);
      return informativeBlank(cand({ kind: "cloze", type: "cloze", front: blank(s, start, end), back: span, answer: { start, end }, answerKind: "name" }), a);
    };
    expect(on("Royal")).toBeNull();
    expect(on("Rowing")).toMatch(/part of a name/);
  });
});

describe("an opening date before the subject's name", () => {
  it("is not part of the name after it", () => {
    const text = "In March 1890 Vance's assistant Orla Brennick, dismissed by the harbour board, left for Dunmore.";
    const a = analyse(text);
    const s = a.sentences[0];
    const date = s.entities.find((e) => e.kind === "date");
    expect(date).toBeDefined();
    const span = s.text.slice(date!.start, date!.end);
    expect(span).toMatch(/1890$/);
    const c = cand({ kind: "qa", type: "when", front: "When did Orla Brennick leave for Dunmore?", back: span, answer: { start: date!.start, end: date!.end }, answerKind: "date" });
    expect(informativeBlank(c, a)).toBeNull();
  });
});

describe("gate: low-value, a minor figure's identity", () => {
  const text = "In 1890 Vance's groom Orla, dismissed by the harbour board, left for Dunmore. Vance stayed at the lighthouse.";
  it("drops 'Who was X?' answered by a relation to someone else, for a person named in one sentence", () => {
    const a = analyse(text);
    expect(lowValue(cand({ type: "definition", front: "Who was Orla?", back: "Vance's groom" }), a)).toMatch(/minor figure/);
  });
  it("keeps a person named again, and an identity that is a role of its own", () => {
    const again = analyse(`${text} Orla never returned to the lighthouse.`);
    expect(lowValue(cand({ type: "definition", front: "Who was Orla?", back: "Vance's groom" }), again)).toBeNull();
    const a = analyse("In 1890 Orla Brennick, the head of the harbour board, closed the lighthouse.");
    expect(lowValue(cand({ type: "definition", front: "Who was Orla Brennick?", back: "the head of the harbour board" }), a)).toBeNull();
  });
});

describe("decontext: 'then' in an apposition after a name", () => {
  const ctx = { prev: [], recent: [], fullNames: new Map(), seenNames: new Set<string>() };
  it("is the sentence's own time when the sentence has a date", () => {
    const s = first("In March 1890 Vance, then on leave in Dunmore, wrote a long report on the lamps.");
    expect(adverbs(s, ctx).unresolved.map((d) => d.kind)).not.toContain("then");
  });
  it("still points back without a date, or when it opens a clause", () => {
    expect(adverbs(first("Vance, then on leave in Dunmore, wrote a long report on the lamps."), ctx).unresolved.map((d) => d.kind)).toContain("then");
    expect(adverbs(first("In 1890 the board met, and then Vance wrote a long report."), ctx).unresolved.map((d) => d.kind)).toContain("then");
  });
});

describe("givenAway between two names of one stem", () => {
  it("does not count a second proper name of the same stem as giving the blank away", () => {
    const text = "In 1890 Ashwick was renamed Carrowby; the station nearby, known as Ashwell, became Carrowen.";
    expect(givenAway(text, ...at(text, "Carrowby"))).toBe(false);
  });
  it("still counts a suffixed form, or two English words of one stem", () => {
    const ruskin = "The followers of Ruskin called their creed Ruskinism.";
    expect(givenAway(ruskin, ...at(ruskin, "Ruskin"))).toBe(true);
    const creed = "The valley had three chapels of Methodism and a dozen families of Methodists.";
    expect(givenAway(creed, ...at(creed, "Methodism"))).toBe(true);
  });
});

describe("nameFragment", () => {
  it("marks the word after a capitalised common word's possessive ('the Keeper's Seal')", () => {
    const text = "The office of Keeper's Seal and the name of Tollhall were both his invention.";
    expect(nameFragment(text, ...at(text, "Seal"))).toBe(true);
    const plural = "He joined the Workers' Union of Dunmore in 1881.";
    expect(nameFragment(plural, ...at(plural, "Union"))).toBe(true);
  });
  it("leaves a title after its author's possessive alone ('Orla Vance's Harbour Book')", () => {
    const text = "In 1881 Orla Vance's Harbour Book was printed at Dunmore.";
    expect(nameFragment(text, ...at(text, "Harbour Book"))).toBe(false);
    const common = "In 1881 Sir Amos Mill's Harbour Book was printed at Dunmore.";
    expect(nameFragment(common, ...at(common, "Harbour Book"))).toBe(false);
  });
  it("marks a name after its particles, or a blank that opens on them", () => {
    const text = "De la Tour, answered the pilot.";
    expect(nameFragment(text, ...at(text, "Tour"))).toBe(true);
    expect(nameFragment(text, ...at(text, "la Tour"))).toBe(true);
    const single = "The town was held by the Duke de Marsan until 1620.";
    expect(nameFragment(single, ...at(single, "Marsan"))).toBe(false);
  });
  it("marks a ruler's name before its epithet", () => {
    const text = "The charter was sealed in the reign of Edwy the younger at Wessholt.";
    expect(nameFragment(text, ...at(text, "Edwy"))).toBe(true);
    const plain = "The charter was sealed in the reign of Edwy at Wessholt.";
    expect(nameFragment(plain, ...at(plain, "Edwy"))).toBe(false);
  });
  it("is never offered as a cloze blank", () => {
    const text = "The office of Keeper's Seal was created by the harbour board of Dunmore in 1881.";
    const a = analyse(text);
    expect(isDetailBlank(a.sentences[0], ...at(text, "Seal"))).toBe(true);
    expect(scoredSpans(a.sentences[0], a).map((c) => text.slice(c.start, c.end))).not.toContain("Seal");
  });
});

describe("commonWordAfterThe", () => {
  it("marks a common word capitalised as an institution or a title after 'the'", () => {
    const text = "In 1881 the Crown was petitioned by the harbour towns.";
    expect(commonWordAfterThe(first(text), ...at(text, "Crown"))).toBe(true);
    const title = "The General was in the first of the boats.";
    expect(commonWordAfterThe(first(title), ...at(title, "General"))).toBe(true);
  });
  it("leaves a rare word, a word of a longer name and a blank with no 'the' alone", () => {
    const rare = "The Reformation reached the harbour towns in 1540.";
    expect(commonWordAfterThe(first(rare), ...at(rare, "Reformation"))).toBe(false);
    const longer = "In 1881 the Crown Council met at Dunmore.";
    expect(commonWordAfterThe(first(longer), ...at(longer, "Crown"))).toBe(false);
    const bare = "In 1881 Dunmore petitioned its Crown.";
    expect(commonWordAfterThe(first(bare), ...at(bare, "Crown"))).toBe(false);
  });
  it("is never offered as a cloze blank", () => {
    const text = "In 1881 the Crown was petitioned to give the harbour towns a vote.";
    const a = analyse(text);
    expect(isDetailBlank(a.sentences[0], ...at(text, "Crown"))).toBe(true);
    expect(scoredSpans(a.sentences[0], a).map((c) => text.slice(c.start, c.end))).not.toContain("Crown");
  });
});
