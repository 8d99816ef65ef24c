// The sentence-choice model's meaning features (lib/cards/choice/meaning.ts), on invented text.
import { describe, expect, it } from "vitest";
import { MEANING_DIRECTION, meaningFeatures } from "@/lib/cards/choice/meaning";
import { analyse } from "../pipeline/helpers";

const TEXT = [
  "The river carries water and mud from the hills down to the sea. Its water feeds the farms along the valley.",
  "The river floods the valley every spring, and the farmers plant rice in the wet mud.",
  "My cousin once played the violin at a wedding dinner.",
  "The valley farmers dig canals that carry the river water to their fields.",
].join("\n\n");

describe("meaningFeatures", () => {
  const a = analyse(TEXT);
  const rows = meaningFeatures(a);
  const at = (start: string) => rows[a.sentences.findIndex((s) => s.sentence.text.startsWith(start))];

  it("gives one record per sentence, its direction read on the leading components (at most unit length)", () => {
    expect(rows).toHaveLength(a.sentences.length);
    const d = MEANING_DIRECTION.map((f) => at("The river floods")[f]);
    expect(d).toHaveLength(16);
    expect(Math.hypot(...d)).toBeGreaterThan(0.1);
    expect(Math.hypot(...d)).toBeLessThanOrEqual(1.0001);
  });
  it("puts a sentence off the chapter's subject far from its centre and low in centrality", () => {
    const off = at("My cousin"), on = at("The river floods");
    expect(off["centroid-cosine"]).toBeLessThan(on["centroid-cosine"]);
    expect(off["meaning-centrality"]).toBeLessThan(on["meaning-centrality"]);
    expect(off.novelty).toBeGreaterThan(at("The valley farmers").novelty);
  });
  it("measures a sentence against its paragraph's other sentences, and a lone sentence against none", () => {
    expect(at("The river carries")["paragraph-cosine"]).toBeGreaterThan(0.3);
    expect(at("My cousin")["paragraph-cosine"]).toBe(0);
  });
  it("counts the share of content words the vectors know", () => {
    expect(at("The river carries")["known-share"]).toBe(1);
    const b = meaningFeatures(analyse("The zorbled quaxes grimbled the river."));
    expect(b[0]["known-share"]).toBeLessThan(1);
  });
});
