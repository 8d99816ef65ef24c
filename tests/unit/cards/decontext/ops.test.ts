// Each decontextualisation operation on invented sentences analysed by the real toolkit: what it
// repairs, what it reports, and the look-alike it leaves alone. Names are invented.
import { describe, expect, it } from "vitest";
import { analyseChapter, type Analysis } from "@/lib/cards/analyse";
import { cleanDocument } from "@/lib/chapters";
import { analyse } from "../pipeline/helpers";

const raw = (text: string): Analysis =>
  analyseChapter(cleanDocument(`# Chapter 1. Test\n\n${text}\n`, { filename: "test.md" }).chapters[0], { decontext: false });
const last = (a: Analysis) => a.sentences[a.sentences.length - 1];
const kinds = (a: Analysis) => (last(a).context?.unresolved ?? []).map((d) => `${d.op}:${d.kind}`);

describe("decontext: discourse markers", () => {
  it.each([
    ["But Orlen Vance rebuilt the Marlow Lighthouse in 1891.", "Orlen Vance rebuilt the Marlow Lighthouse in 1891."],
    ["Thus the harbour board paid for the new lamps.", "The harbour board paid for the new lamps."],
    ["Now, the granite tower stood on the northern cape.", "The granite tower stood on the northern cape."],
    ["Whereupon the harbour board closed the old quay at Lisk.", "The harbour board closed the old quay at Lisk."],
    ["The granite tower, however, survived the storm of 1893.", "The granite tower survived the storm of 1893."],
    ["For one thing, the harbour board bought new lamps.", "The harbour board bought new lamps."],
    ["In like manner the oil is drawn up the wick of the lamp.", "The oil is drawn up the wick of the lamp."],
    ["The granite tower, in fact, survived the storm of 1893.", "The granite tower survived the storm of 1893."],
  ])("deletes the marker of %j", (text, want) => {
    expect(last(analyse(`Orlen Vance came to Marlow in 1889. ${text}`)).text).toBe(want);
  });
  it.each([
    ["So great was the storm that the quay at Lisk fell."],
    ["Now is the time to build lighthouses."],
    ["But so it was."],
  ])("keeps %j (the marker is part of the clause, or nothing would be left)", (text) => {
    const s = last(analyse(`Orlen Vance came to Marlow in 1889. ${text}`));
    expect(s.text).toBe(text);
  });
  it("never deletes from a sentence cut at a page break (lower case start)", () => {
    const a = analyse("Orlen Vance built the lighthouse in 1890.\n\nand the harbour board paid for it in 1891.");
    expect(a.sentences.some((s) => s.text.startsWith("and the harbour board"))).toBe(true);
  });
});

describe("decontext: comment clauses of the speaker or reader", () => {
  it.each([
    ["Marlow, as we shall see, became a naval port in 1890.", "Marlow became a naval port in 1890."],
    ["You see, the granite tower was built in 1890.", "The granite tower was built in 1890."],
    ["The lamp burned whale oil, as I have said.", "The lamp burned whale oil."],
  ])("deletes the aside of %j", (text, want) => {
    expect(last(analyse(`Orlen Vance came to Marlow in 1889. ${text}`)).text).toBe(want);
  });
  it.each([
    ["The quay, which you see on the map, was built in 1890."],
    ["You must not imagine, because the lamp is small, that it is weak."],
    ["The lamp, as we saw in the harbour, burned whale oil."],
  ])("keeps %j (a clause with content of its own)", (text) => {
    expect(last(analyse(`Orlen Vance came to Marlow in 1889. ${text}`)).text).toBe(text);
  });
});

describe("decontext: presupposing adverbs", () => {
  it("deletes 'also' and a clause-final 'too', keeping the claim", () => {
    expect(last(analyse("Marlow had a lighthouse. Lisk was also given a granite lighthouse in 1892.")).text).toBe("Lisk was given a granite lighthouse in 1892.");
    expect(last(analyse("Marlow had a lighthouse. Lisk built a granite lighthouse in 1892, too.")).text).toBe("Lisk built a granite lighthouse in 1892.");
  });
  it("keeps 'not only … but also'", () => {
    expect(last(analyse("Marlow grew. Orlen Vance built not only the quay but also the lighthouse.")).text).toContain("but also");
  });
  it("reports 'again' and 'hitherto', which carry the story's sequence", () => {
    expect(kinds(analyse("The quay fell in 1890. The harbour board rebuilt the quay again in 1894."))).toContain("adverb:again");
    expect(kinds(analyse("The quay fell in 1890. Orlen Vance had hitherto trusted the granite."))).toContain("adverb:hitherto");
  });
});

describe("decontext: back-pointing definite descriptions (phrase swap)", () => {
  it("swaps a bare description for the one fuller earlier mention", () => {
    const a = analyse("Orlen Vance visited the wards of the Marlow Hospital in 1890. The wards were cold and damp.");
    expect(last(a).text).toBe("The wards of the Marlow Hospital were cold and damp.");
  });
  it("uses a named possessor as the fuller mention, never a pronoun one ('his survey')", () => {
    expect(last(analyse("In 1890 Orlen Vance printed his granite survey. The survey was read in Lisk.")).text).toBe("The survey was read in Lisk.");
    expect(last(analyse("Orlen Vance wrote Lisk's harbour charter in 1890. The charter was burned in 1893.")).text).toBe("Lisk's harbour charter was burned in 1893.");
  });
  it("does not swap in a fuller form the sentence itself sets against the description", () => {
    expect(last(analyse("The harbour lamp was lit at dusk. The lamp, as I have said, is not a harbour lamp at all.")).text).toBe("The lamp is not a harbour lamp at all.");
  });
  it("reports two different fuller mentions as ambiguous", () => {
    const a = analyse("Orlen Vance inspected the wards of the Marlow Hospital and the wards of the Lisk Infirmary in 1890. The wards were cold.");
    expect(last(a).text).toBe("The wards were cold.");
    expect(kinds(a)).toContain("definite:ambiguous");
  });
  it("leaves a description with its own restricting phrase, and a running subject met as bare before", () => {
    expect(last(analyse("Orlen Vance visited the wards of the Marlow Hospital. The wards of the Lisk Infirmary were warmer than those.")).text).toBe("The wards of the Lisk Infirmary were warmer than those.");
    const a = analyse("The lamp burns oil. The lamp gives a steady light.");
    expect(last(a).text).toBe("The lamp gives a steady light.");
    expect(kinds(a)).toEqual([]);
  });
  it("does not take an evaluative adjective for a fuller mention, nor a mention in the other number", () => {
    expect(last(analyse("A little flame rose from the wick. The flame was blue.")).text).toBe("The flame was blue.");
    expect(last(analyse("The miners of the Lisk pit struck in 1890. The miner was paid in tokens.")).text).toBe("The miner was paid in tokens.");
  });
  it("reports a thing only introduced before ('a survey … the survey')", () => {
    expect(kinds(analyse("In 1890 Orlen Vance wrote a survey. The survey was read in Lisk."))).toContain("definite:introduced");
  });
});

describe("decontext: the author pointing back at the book", () => {
  it.each([
    ["It has been seen in the last chapter that amongst the harbour lamps there is some variety of flame.", "Amongst the harbour lamps there is some variety of flame."],
    ["It has been shown that the granite tower of Marlow withstood the storm.", "The granite tower of Marlow withstood the storm."],
    ["The granite tower, as we have seen, withstood the storm of 1893.", "The granite tower withstood the storm of 1893."],
  ])("deletes the pointer of %j", (text, want) => {
    expect(last(analyse(`Orlen Vance came to Marlow in 1889. ${text}`)).text).toBe(want);
  });
  it("keeps 'It has been argued that …' (a view, not a pointer)", () => {
    const text = "It has been argued that the granite tower of Marlow was too tall.";
    expect(last(analyse(`Orlen Vance came to Marlow in 1889. ${text}`)).text).toBe(text);
  });
});

describe("decontext: pointing determiners", () => {
  it.each([
    ["Orlen Vance engaged 200 other workmen for the quay.", "determiner:other"],
    ["Orlen Vance did not waste further time with the harbour board.", "determiner:further"],
    ["By another principle of law the quay was at an end.", "determiner:another"],
    ["Orlen Vance gives an example, if the last is not one.", "determiner:last"],
    ["The other mistake cost the harbour board dearly.", "determiner:other"],
    ["Another quay was built in granite.", "determiner:another"],
    ["The last example is the most instructive.", "determiner:last"],
    ["The former had been built in granite.", "determiner:former"],
  ])("reports %j", (text, kind) => {
    expect(kinds(analyse(`The harbour board met in 1890. ${text}`))).toContain(kind);
  });
  it.each([
    ["The two engineers admired each other."],
    ["On the other hand, granite was dear."],
    ["The harbour board used the same granite as the quay."],
    ["Granite was different from the local sandstone."],
    ["Marlow was renamed Vanceport in 1890; two other towns were renamed too."],
  ])("leaves %j (its standard is in the sentence)", (text) => {
    expect(kinds(analyse(`The harbour board met in 1890. ${text}`)).filter((k) => k.startsWith("determiner"))).toEqual([]);
  });
});

describe("decontext: comparatives with no standard", () => {
  it("reports 'larger' and 'more fantastic' with no 'than'", () => {
    expect(kinds(analyse("Lisk had a quay. The granite quay was larger."))).toContain("comparative:comparative");
    expect(kinds(analyse("Lisk had a quay. The second plan was more fantastic and less useful."))).toContain("comparative:comparative");
  });
  it("leaves a comparative with its standard, and words only comparative in form", () => {
    const comparatives = (text: string) => kinds(analyse(text)).filter((k) => k.startsWith("comparative"));
    expect(comparatives("Lisk had a quay. The granite quay was larger than the old one.")).toEqual([]);
    expect(comparatives("Lisk had a quay. The upper floor of the tower held the lamp.")).toEqual([]);
  });
});

describe("decontext: name completion", () => {
  it("completes a surname met alone with the one full form used before", () => {
    const a = analyse("Orlen Vance built the Marlow Lighthouse in 1890. In 1895 the harbour board thanked Vance publicly.");
    expect(last(a).text).toBe("In 1895 the harbour board thanked Orlen Vance publicly.");
  });
  it("leaves a surname that two people of the chapter share, and one never given in full before", () => {
    expect(last(analyse("Orlen Vance and Mira Vance built the Marlow Lighthouse in 1890. In 1895 the board thanked Vance.")).text).toBe("In 1895 the board thanked Vance.");
    // (The name is left; "the board" is completed from "The harbour board" by the definite operation.)
    expect(last(analyse("The harbour board met in 1890. In 1895 the board thanked Vance.")).text).toBe("In 1895 the harbour board thanked Vance.");
  });
  it("leaves a word after an article or possessive: a common noun that is also someone's surname", () => {
    expect(last(analyse("Orlen Reeve surveyed the Marlow estate in 1890. The Reeve collected the rents of the estate in 1891.")).text).toBe("The Reeve collected the rents of the estate in 1891.");
    expect(last(analyse("Orlen Reeve surveyed the Marlow estate in 1890. The Reeve's share was paid by the harbour board.")).text).toBe("The Reeve's share was paid by the harbour board.");
  });
});

describe("decontext: a month gets the year the narrative is in", () => {
  it("adds the one year of the nearest sentence that names one", () => {
    expect(last(analyse("The quay at Lisk fell in March 1890. The harbour board met twice. In April Orlen Vance took charge of the works.")).text).toBe("In April 1890 Orlen Vance took charge of the works.");
    expect(last(analyse("The survey of 1870 was reprinted in October 1890. In December Orlen Vance resigned.")).text).toBe("In December 1890 Orlen Vance resigned.");
  });
  it("leaves the month when that sentence names two years, none is near, or the month names an event or a title", () => {
    expect(last(analyse("The quay fell in 1889 and again in 1890. In April Orlen Vance took charge.")).text).toBe("In April Orlen Vance took charge.");
    expect(last(analyse("The harbour board met twice. In April Orlen Vance took charge.")).text).toBe("In April Orlen Vance took charge.");
    expect(last(analyse("The quay fell in 1890. The board recalled the April riots at Lisk.")).text).toBe("The board recalled the April riots at Lisk.");
    expect(last(analyse("The quay fell in 1890. Orlen Vance wrote a pamphlet called Lessons of October.")).text).toBe("Orlen Vance wrote a pamphlet called Lessons of October.");
  });
});

describe("decontext: switched off", () => {
  it("leaves the text as it is and records nothing", () => {
    const a = raw("Orlen Vance came to Marlow in 1889. But Orlen Vance rebuilt the lighthouse.");
    expect(last(a).text).toBe("But Orlen Vance rebuilt the lighthouse.");
    expect(last(a).context).toBeUndefined();
  });
});

describe("decontext: name completion adds no words to a name the chapter uses in full", () => {
  // Invented: a deity the chapter names alone, and once with an epithet after an article.
  const DEITY = "The islanders prayed to Zarn before each voyage. Zarn said that the tides obey him. The priests of the harbour sang to the Almighty Zarn at dawn, and the Almighty Zarn wrote the law of the sea.";
  it("leaves a name whose longer form the chapter writes after an article (an epithet, not a given name)", () => {
    expect(last(analyse(`${DEITY} The sailors trusted the mercy of Zarn in every storm.`)).text).toBe("The sailors trusted the mercy of Zarn in every storm.");
  });
  it("still completes a surname whose full form stands without one, even where the surname came first (a chapter from the middle of a book)", () => {
    expect(last(analyse("Orlen Vance built the Marlow Lighthouse in 1890. Vance wrote a survey of the coast. In 1895 the harbour board thanked Vance publicly.")).text).toBe("In 1895 the harbour board thanked Orlen Vance publicly.");
    expect(last(analyse("Vance wrote a survey of the coast in 1880. Orlen Vance built the Marlow Lighthouse in 1890. In 1895 the harbour board thanked Vance publicly.")).text).toBe("In 1895 the harbour board thanked Orlen Vance publicly.");
  });
});
