// Session 9: a role description the chapter named earlier ("the Governor" after "Governor Osk", "the
// friar" after "Brand Tellisor, a Carmelite friar,") is written out with the name, only when the chapter
// never gives the role to another name. Invented sentences, real toolkit.
import { describe, expect, it, vi } from "vitest";

// The op ships off (REFERENT_ON, see referent.ts); these tests switch it on to check what it does when on.
vi.mock("@/lib/cards/decontext/referent", async (original) => ({ ...(await original<typeof import("@/lib/cards/decontext/referent")>()), REFERENT_ON: true }));
import { roleTable } from "@/lib/cards/decontext";
import { analyse } from "../pipeline/helpers";

const sentences = (text: string) => analyse(text).sentences;
const last = (text: string) => sentences(text).at(-1)!;
const referentEdits = (text: string) => sentences(text).flatMap((s) => (s.context?.edits ?? []).filter((e) => e.op === "referent").map((e) => e.text));

describe("referent: a title printed before a name", () => {
  it("writes 'the Governor' as 'Governor Osk' once the chapter printed Governor Osk", () => {
    const s = last("When Governor Osk left Varden he enjoyed a great reputation. The harbour masters trusted him. The Governor was slow to decide.");
    expect(s.text).toBe("Governor Osk was slow to decide.");
    expect(s.context?.edits.find((e) => e.op === "referent")?.from).toBe(0);
  });
  it("keeps a possessive: 'the Governor's council' → 'Governor Osk's council'", () => {
    expect(last("Governor Osk ruled the harbour for ten years. Nobody trusted the Governor's council.").text).toBe("Nobody trusted Governor Osk's council.");
  });
  it("refuses a role the chapter gives to two names", () => {
    const text = "Governor Osk ruled the northern harbour. Governor Tellisor ruled the southern harbour. The Governor was slow to decide.";
    expect(last(text).text).toBe("The Governor was slow to decide.");
    expect(referentEdits(text)).toEqual([]);
  });
  it("refuses a title in lower case, a modified or restricted role, and one printed only later", () => {
    expect(referentEdits("Governor Osk ruled the harbour. In those days the governor was chosen by lot.")).toEqual([]);
    expect(referentEdits("Governor Osk ruled the harbour. The old Governor was slow to decide.")).toEqual([]);
    expect(referentEdits("Governor Osk ruled the harbour. The Governor of Marrow was slow to decide.")).toEqual([]);
    expect(referentEdits("The Governor was slow to decide. Governor Osk ruled the harbour.")).toEqual([]);
  });
});

describe("referent: a role noun in apposition", () => {
  it("writes 'the friar' as 'the friar Tellisor' after 'Brand Tellisor, a Carmelite friar,'", () => {
    const s = last("At this moment Brand Tellisor, a Carmelite friar, came forward with a book. The friar then explained the doctrine at length.");
    expect(s.text).toBe("The friar Tellisor then explained the doctrine at length.");
  });
  it("refuses a role noun two people share", () => {
    expect(referentEdits("Brand Tellisor, a Carmelite friar, came forward. Orlen Vance, a young friar, stayed behind. The friar then explained the doctrine.")).toEqual([]);
  });
});

describe("roleTable", () => {
  it("leaves out a people's word that also modifies a noun ('the Liskan Osk' and 'Liskan law')", () => {
    const a = analyse("The Liskan Osk Tellisor spoke first. Liskan law forbade it.");
    expect(roleTable(a.sentences).has("liskan")).toBe(false);
  });
  it("leaves out labels of a figure ('the distance AB')", () => {
    const a = analyse("Measure the distance AB along the rails. The distance is then doubled.");
    expect(roleTable(a.sentences).has("distance")).toBe(false);
  });
});

describe("referent: the chapter's counts read what the author printed", () => {
  it("does not count a name the op wrote in as one more mention of it", () => {
    const a = analyse("When Governor Osk left Varden he enjoyed a great reputation. The Governor was slow to decide. The Governor was proud. The Governor was tired.");
    expect(a.sentences.at(-1)!.text).toBe("Governor Osk was tired.");
    const counted = [...a.entityCounts].filter(([k]) => k.includes("osk")).reduce((n, [, c]) => n + c, 0);
    expect(counted).toBe(1);
  });
});

describe("roleTable: only people take a role", () => {
  it("leaves out a role noun before a name that is no person's ('the title Harbour Papers')", () => {
    const a = analyse("In 1921 he published a book with the title Harbour Papers. The title was chosen by his editor.");
    expect([...roleTable(a.sentences).keys()]).not.toContain("title");
    expect(a.sentences.at(-1)!.text).toBe("The title was chosen by his editor.");
  });
});
