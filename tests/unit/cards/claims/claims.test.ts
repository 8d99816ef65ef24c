// The paragraph-level claim pass (lib/cards/claims) on INVENTED paragraphs: which sentence is the
// thesis, what the strip step keeps and refuses, and the two card shapes.
import { describe, expect, it } from "vitest";
import { analyse } from "../pipeline/helpers";
import { claimPassCandidates, paragraphsOf, rankTheses, stripClaim, thesisCards, whyCard, distinctiveTerm } from "@/lib/cards/claims";
import { gate } from "@/lib/cards/gates";
import { claimTexts } from "@/lib/cards/claims/strip";
import { EQUAL_WEIGHTS, signals } from "@/lib/cards/claims/thesis";

const WELLS = "Deep wells in chalk country yield hard water. The rain sinks through the porous chalk and dissolves the lime on its way down. Farmers there boil their water before washing. Therefore hard water is the price a chalk district pays for its dry fields.";

describe("thesis choice", () => {
  it("with every signal counted, prefers the marked conclusion that repeats the paragraph's words over an illustration", () => {
    const a = analyse(WELLS);
    const [p] = paragraphsOf(a);
    expect(rankTheses(p, a, EQUAL_WEIGHTS)[0].text).toMatch(/price a chalk district pays/);
    expect(signals(p[3], 3, p, a)).toEqual(expect.objectContaining({ position: 1, marker: 1 }));
    expect(signals(p[2], 2, p, a)).toEqual(expect.objectContaining({ position: 0, marker: 0 }));
  });

  it("by default ranks the paragraph by centrality alone (the weighting chosen leave one book out)", () => {
    const a = analyse(WELLS);
    const [p] = paragraphsOf(a);
    const central = [...p].sort((x, y) => a.centrality[y.sentence.id] - a.centrality[x.sentence.id] || x.sentence.id - y.sentence.id)[0];
    expect(rankTheses(p, a)[0]).toBe(central);
  });

  it("gives at most one card per paragraph, and none when switched off", () => {
    const a = analyse(`${WELLS}\n\nA glacier moves because ice flows under its own weight. The flow is slow in winter. Glaciers therefore carve valleys in the shape of a U, since the moving ice grinds the valley floor and walls alike.`);
    const made = claimPassCandidates(a);
    const paragraphs = new Set(made.map((c) => a.sentences[c.sentence].sentence.paragraph));
    expect(paragraphs.size).toBe(made.length);
    expect(made.every((c) => !gate(c, a))).toBe(true);
    expect(claimPassCandidates(a, false)).toEqual([]);
  });
});

describe("stripping the thesis", () => {
  it("leaves a bracketed aside out and keeps the rest word for word", () => {
    const [s] = analyse("Copper (a soft red metal) conducts heat far better than iron does.").sentences;
    const r = stripClaim(s);
    expect("text" in r && r.text).toBe("Copper conducts heat far better than iron does.");
  });

  it("never shows a clause alone when the next one reverses it", () => {
    const [s] = analyse("Dry summers ruin the barley harvest in most districts of the valley; but the hill farms, watered by springs, lose nothing at all in such years.").sentences;
    const r = stripClaim(s);
    // The first clause alone would state the opposite of the author's point.
    expect("text" in r ? r.text : "").not.toBe("Dry summers ruin the barley harvest in most districts of the valley.");
    // Without the "but", the same sentence's first clause is a claim of its own.
    const [t] = analyse("Dry summers ruin the barley harvest in most districts of the valley; and the hill farms, watered by springs, lose their hay in such years too.").sentences;
    expect(claimTexts(t).map((c) => c.text)).toContain("Dry summers ruin the barley harvest in most districts of the valley.");
    expect(claimTexts(s).map((c) => c.text)).not.toContain("Dry summers ruin the barley harvest in most districts of the valley.");
  });

  it("refuses a thesis whose subject points back", () => {
    const [, s] = analyse("Tin melts at a low heat. This property makes tin the metal of choice for solder in every workshop.").sentences;
    expect(stripClaim(s)).toHaveProperty("why");
  });

  it("refuses a thesis spoken by the author", () => {
    const [s] = analyse("I have long held that the river trade made the town rich and kept it free.").sentences;
    const r = stripClaim(s);
    expect("why" in r || !/\bI\b/.test(r.text)).toBe(true);
  });
});

describe("card shapes", () => {
  it("asks why when the thesis gives its own reason", () => {
    const a = analyse("Mountain villages keep their old dialects longest, for the passes close every winter and strangers rarely come.");
    const c = whyCard(a.sentences[0], [], a);
    expect(c?.front).toBe("Why do mountain villages keep their old dialects longest?");
    expect(c?.back).toBe("Because the passes close every winter and strangers rarely come");
  });

  it("after 'Since Q, P' takes no word of the claim for a qualifier of the reason", () => {
    const a = analyse("Since the passes close every winter and strangers rarely come, the mountain villages of Orra have kept their old dialects entirely");
    const c = whyCard(a.sentences[0], [], a);
    expect(c).not.toBeNull();
    expect(c!.back).toMatch(/^Because the passes close/);
  });

  it("takes a coordinated term whole, never one half of the pair", () => {
    const a = analyse("Good manners are marks of the norm of idle leisure and costly consumption. Idle leisure shows wealth. Costly consumption shows it too.");
    const [p] = paragraphsOf(a);
    const cards = thesisCards(p[0], p, a);
    const backs = cards.map((c) => c.back);
    expect(backs.length).toBeGreaterThan(0);
    for (const back of backs) expect(/idle leisure/.test(back)).toBe(/costly consumption/.test(back));
  });

  it("blanks the predicate term the paragraph repeats, not a function word or the subject", () => {
    const a = analyse("Sound travels through water by pressure waves. Pressure waves lose little energy in water. A whale therefore hears distant ships through pressure waves. Sailors on deck hear nothing of them.");
    const [p] = paragraphsOf(a);
    const s = p[2];
    const term = distinctiveTerm(s, p, "", a.lemmaCounts);
    expect(term && s.tokens.slice(term[0], term[1]).map((t) => t.text).join(" ")).toMatch(/pressure waves|distant ships/);
    const cards = thesisCards(s, p, a);
    expect(cards[0]?.kind).toBe("cloze");
    expect(cards[0]?.type).toBe("thesis");
  });
});
