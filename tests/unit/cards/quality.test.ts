// Quality measured on chapters of two different books: recall of hand-written gold facts by the
// top 40 cards, no markup or citation residue, and few malformed cards.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { cleanDocument } from "@/lib/chapters";
import { generateCards } from "@/lib/cards";
import { loadGold, malformed, recall, RESIDUE } from "./gold";

for (const name of ["carr-ch11.json", "modern-prose-computing.json"]) {
  describe(`cards for ${name}`, () => {
    const gold = loadGold(name);
    const raw = readFileSync(path.join(__dirname, "..", "..", "fixtures", "chapters", gold.fixture), "utf8");
    const chapter = cleanDocument(raw, { filename: gold.fixture }).chapters[0];
    const cards = generateCards(chapter, { max: 40 });

    it("covers at least 80% of the gold facts with the top 40 cards", () => {
      const r = recall(cards, gold);
      expect(r.missed, `covered ${r.covered.length}/${gold.facts.length}`).toSatisfy((missed: string[]) => missed.length <= gold.facts.length * 0.2);
    });

    it("has no markup or citation residue", () => {
      expect(cards.filter((c) => RESIDUE.test(`${c.front} ${c.back}`)).map((c) => c.front)).toEqual([]);
    });

    it("has under 5% malformed cards", () => {
      const bad = cards.map((c) => [c.front, malformed(c)]).filter(([, why]) => why);
      expect(bad.length / cards.length, JSON.stringify(bad)).toBeLessThan(0.05);
    });

    it("traces every card to a body sentence and its page", () => {
      for (const c of cards) {
        const s = chapter.sentences[c.source.sentence];
        expect(s).toBeDefined();
        expect(c.source.page).toBe(s.page);
        expect(c.source.span[0]).toBeGreaterThanOrEqual(s.start);
        expect(c.source.span[1]).toBeLessThanOrEqual(s.end);
      }
    });

    it("is deterministic", () => {
      expect(generateCards(chapter, { max: 40 })).toEqual(cards);
    });
  });
}
