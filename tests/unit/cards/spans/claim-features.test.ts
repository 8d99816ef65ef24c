// The span features added from the strict raters' "blank X instead" notes (session 11, blankchoice):
// the span stands in the main clause's predicate, closes its clause, or names the chapter's
// protagonist. Invented sentences only.
import { describe, expect, it } from "vitest";
import { SPAN_FEATURES, spanFeatures } from "@/lib/cards/spans/features";
import { analyse } from "../pipeline/helpers";

type Name = (typeof SPAN_FEATURES)[number];
function feature(text: string, span: string, name: Name, sentence = 0, kind: "term" | "person" = "term"): number {
  const a = analyse(text);
  const s = a.sentences[sentence];
  const at = s.text.indexOf(span);
  if (at < 0) throw new Error(`"${span}" not in "${s.text}"`);
  return spanFeatures(s, a, at, at + span.length, kind)[SPAN_FEATURES.indexOf(name)];
}

describe("in-predicate: the span follows the main verb of the first clause", () => {
  const text = "The guild of ropemakers held the monopoly of hemp and tar until the charter lapsed.";
  it("is 1 after the verb and 0 in the subject", () => {
    expect(feature(text, "monopoly of hemp", "in-predicate")).toBe(1);
    expect(feature(text, "ropemakers", "in-predicate")).toBe(0);
  });
  it("is 0 past a semicolon that starts another clause", () => {
    expect(feature("The guild held the monopoly; the charter named Vanceport as its seat.", "Vanceport", "in-predicate")).toBe(0);
  });
});

describe("ends-clause: the span closes its clause", () => {
  it("is 1 before a full stop, a semicolon or a clause-joining comma, 0 mid-clause", () => {
    const text = "The guild held the monopoly of hemp, and the charter lapsed in spring; nobody objected.";
    expect(feature(text, "monopoly of hemp", "ends-clause")).toBe(1);
    expect(feature(text, "spring", "ends-clause")).toBe(1);
    expect(feature(text, "monopoly", "ends-clause")).toBe(0);
    expect(feature(text, "guild", "ends-clause")).toBe(0);
  });
});

describe("protagonist: the chapter's most mentioned name", () => {
  const chapter = [
    ...Array.from({ length: 6 }, (_, i) => `Orlen Vance inspected lamp number ${i + 2} on the northern coast.`),
    "Orlen Vance met Tamsin Rook at the harbour of Marlow.",
  ].join(" ");
  it("is 1 for the name the chapter keeps returning to and lower for a name met once", () => {
    const last = 6;
    const hero = feature(chapter, "Orlen Vance", "protagonist", last, "person");
    const other = feature(chapter, "Tamsin Rook", "protagonist", last, "person");
    expect(hero).toBe(1);
    expect(other).toBeLessThan(0.5);
  });
  it("is 0 for a common-noun term", () => {
    expect(feature(chapter, "harbour", "protagonist", 6)).toBe(0);
  });
});
