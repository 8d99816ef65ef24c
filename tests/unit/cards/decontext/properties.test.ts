// Properties of the repairs over generated sentences: the repaired text is never empty and never
// doubles a phrase, the answer of a card made from it maps back to the same words of the source,
// and a span that touches words the repair added never maps back at all.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { analyse } from "../pipeline/helpers";
import { shiftForDeletions, toSource } from "@/lib/cards/decontext";
import { overgenerate } from "@/lib/cards/candidates";
import { standalone } from "@/lib/cards/gates/standalone";

const MARKERS = ["", "But ", "Thus ", "Now, ", "And ", "Whereupon "];
const NAMES = ["Orlen Vance", "Mira Lisk", "Tobin Hale"];
const PLACES = ["Marlow", "Orra", "Kestrel Bay"];
const NOUNS = ["wards", "quays", "lamps", "charters"];

const story = fc.record({
  marker: fc.constantFrom(...MARKERS),
  name: fc.constantFrom(...NAMES),
  place: fc.constantFrom(...PLACES),
  noun: fc.constantFrom(...NOUNS),
  year: fc.integer({ min: 1700, max: 1950 }),
  also: fc.boolean(),
  aside: fc.boolean(),
});

describe("decontext: properties of the repairs", () => {
  it("never leaves an empty sentence or a doubled phrase, and answers map back to their own words", () => {
    let repaired = 0;
    fc.assert(
      fc.property(story, ({ marker, name, place, noun, year, also, aside }) => {
        const first = `${name} inspected the ${noun} of the ${place} Hospital in ${year}.`;
        const second = `${marker}the ${noun}${aside ? ", however," : ""} were ${also ? "also " : ""}rebuilt by ${name} in ${year + 3}.`;
        const a = analyse(`${first} ${second.charAt(0).toUpperCase()}${second.slice(1)}`);
        const s = a.sentences[a.sentences.length - 1];
        expect(s.text.trim().length).toBeGreaterThan(10);
        const words = s.text.toLowerCase().match(/\p{L}+/gu) ?? [];
        for (let i = 0; i + 1 < words.length; i++) expect(`${words[i]} ${words[i + 1]}`).not.toBe(`${words[i]} ${words[i]}`);
        for (let i = 0; i + 3 < words.length; i++) expect(words.slice(i + 2, i + 4).join(" ")).not.toBe(words.slice(i, i + 2).join(" "));
        // Every date and name on the repaired sentence maps back to the same words of the source.
        const ctx = s.context!;
        if (ctx.edits.length) repaired++;
        for (const e of s.entities) {
          const back = toSource(ctx.edits, e.start, e.end);
          if (back) expect(ctx.before.slice(back[0], back[1])).toBe(e.text);
          else expect(ctx.inserted.some((i) => e.start < i.end && i.start < e.end)).toBe(true);
        }
        // A card that passes the standalone gate blanks words of the source, never the repair's own.
        for (const c of overgenerate(a).filter((c) => c.sentence === s.sentence.id && c.answer && !standalone(c, a))) {
          const back = toSource(ctx.edits, c.answer!.start, c.answer!.end);
          expect(back).not.toBeNull();
          const lower = (x: string) => x.charAt(0).toLowerCase() + x.slice(1);
          expect(lower(ctx.before.slice(back![0], back![1]))).toBe(lower(s.text.slice(c.answer!.start, c.answer!.end)));
        }
      }),
      { numRuns: 60, seed: 7 },
    );
    expect(repaired).toBeGreaterThan(30);
    // Sixty analysed chapters: about 2 s alone, over the default 5 s when the whole suite shares the CPU.
  }, 30_000);
});

describe("decontext: offsets back to the source", () => {
  const del = { start: 0, end: 4, text: "", op: "marker" as const };
  const name = { start: 10, end: 10, text: "Orlen ", op: "name" as const };
  // "But Marlow thanked Vance." → "Marlow thanked Orlen Vance."
  it.each([
    ["a word after a deleted marker", [del], 0, 6, [4, 10]],
    ["a name whose first name was completed", [name], 10, 21, [10, 15]],
    ["both at once", [del, { ...name, start: 19, end: 19 }], 15, 26, [19, 24]],
  ])("maps %s", (_, edits, start, end, want) => {
    expect(toSource(edits, start as number, end as number)).toEqual(want);
  });
  it("refuses a span that is only the completed first name or only a swapped-in phrase", () => {
    expect(toSource([name], 10, 15)).toBeNull();
    expect(toSource([{ start: 4, end: 9, text: "the wards of Orra", op: "definite" }], 8, 17)).toBeNull();
  });
});

describe("decontext: deletions shift the tokens instead of re-reading the sentence", () => {
  const tok = (text: string) => [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
  it("drops the deleted tokens, shifts the rest and capitalises the new first word", () => {
    const text = "But the quay was also rebuilt";
    const edits = [{ start: 0, end: 4, text: "", op: "marker" as const }, { start: 16, end: 21, text: "", op: "adverb" as const }];
    const out = shiftForDeletions(tok(text), [{ start: 8, end: 12 }], edits, "The quay was rebuilt");
    expect(out?.tokens.map((t) => t.text)).toEqual(["The", "quay", "was", "rebuilt"]);
    expect(out?.raw).toEqual([{ start: 4, end: 8 }]);
  });
  it("refuses an insertion or a token cut in two (the sentence is then re-read)", () => {
    expect(shiftForDeletions(tok("the quay"), [], [{ start: 0, end: 0, text: "Orlen ", op: "name" }], "Orlen the quay")).toBeNull();
    expect(shiftForDeletions(tok("the quay"), [], [{ start: 0, end: 6, text: "", op: "marker" }], "ay")).toBeNull();
  });
});
