// Gold facts: a fact is covered by a card when every group in `all` has at least one alternative
// (case-insensitive) in the card's front and back together.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { GeneratedCard } from "@/lib/cards";

export type GoldFact = { id: string; fact: string; all: string[][] };
export type Gold = { fixture: string; facts: GoldFact[] };

export function loadGold(name: string): Gold {
  return JSON.parse(readFileSync(path.join(process.cwd(), "tests", "fixtures", "gold", name), "utf8")) as Gold;
}

export function covers(card: GeneratedCard, fact: GoldFact): boolean {
  const text = `${card.front} ${card.back}`.replace(/\{\{c\d+::([^}:]*)(?:::[^}]*)?\}\}/g, "$1").toLowerCase();
  return fact.all.every((group) => group.some((alt) => text.includes(alt.toLowerCase())));
}

export function recall(cards: GeneratedCard[], gold: Gold): { covered: string[]; missed: string[]; rate: number } {
  const covered = gold.facts.filter((f) => cards.some((c) => covers(c, f))).map((f) => f.id);
  const missed = gold.facts.filter((f) => !covered.includes(f.id)).map((f) => f.id);
  return { covered, missed, rate: covered.length / gold.facts.length };
}

// Independent checks (not the generator's own flags).
export const RESIDUE = /<\/?[a-z][^>]*>|\*\*|\[\^\w+\]|\\u000[13]|\bpp?\.\s*\d|\bibid\b|\bop\.\s*cit\b|\bart\.\s*\d|\bNo\.\s*\d{1,4}\b|\(n\.d\.\)/i;

export function malformed(card: GeneratedCard): string | null {
  const words = card.back.trim().split(/\s+/).length;
  if (!card.front.trim() || !card.back.trim()) return "empty";
  if (words > 40) return "answer too long";
  if (card.kind === "qa") {
    if (!card.front.endsWith("?")) return "no question mark";
    if (/^(?:\w+\s){0,3}(?:he|she|it|they|this|these)\b/i.test(card.front)) return "dangling pronoun";
    const answer = card.back.toLowerCase().split(/,/)[0].trim();
    if (answer.length > 3 && card.front.toLowerCase().includes(answer)) return "answer in question";
  } else {
    const m = card.front.match(/\{\{c1::([^}]*)\}\}/);
    if (!m || !m[1].trim()) return "cloze without deletion";
    if (/^(?:It|He|She|They|This)\b/.test(card.front) && !/\{\{/.test(card.front.split(" ").slice(0, 2).join(" "))) return null; // context-poor but well formed
  }
  const balance = (o: string, c: string) => card.front.split(o).length === card.front.split(c).length;
  if (!balance("(", ")") || !balance("[", "]")) return "unbalanced brackets";
  return null;
}
