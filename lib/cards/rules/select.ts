// Choosing the cards to show: at most two per sentence, no near-duplicates, and spread across the
// chapter (a list of four renamings must not crowd out everything else).
import type { GeneratedCard } from "../types";
import { contentTokens } from "../text";

// Two cards per sentence; a third only when the sentence lists several facts of one kind, each a
// separate Q&A ("Bakhmut and Ekaterinburg were renamed Artemovsk and Sverdlovsk respectively").
const PER_SENTENCE = 2;
const PER_SENTENCE_LIST = 3;

function signature(c: GeneratedCard): Set<string> {
  return new Set(contentTokens(`${c.front.replace(/\{\{c\d+::([^}:]*)(?:::[^}]*)?\}\}/g, "$1")} ${c.back}`));
}

/** What a card shows once answered: its front with deletions filled in, and its back; lower case. */
const visibleText = (c: GeneratedCard) => `${c.front.replace(/\{\{c\d+::([^}:]*)(?:::[^}]*)?\}\}/g, "$1")} ${c.back}`.toLowerCase();

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / (a.size + b.size - inter || 1);
}

/** Removes near-duplicates (same answer and mostly the same words), keeping the better card. */
export function dedupe(cards: GeneratedCard[]): GeneratedCard[] {
  const byAnswer = new Map<string, { card: GeneratedCard; sig: Set<string> }[]>();
  const kept: GeneratedCard[] = [];
  const fronts = new Set<string>();
  for (const card of [...cards].sort((a, b) => b.score - a.score)) {
    // The same question twice ("What is an offer?" from the text and from the glossary) is one card.
    const front = card.kind === "qa" ? card.front.toLowerCase().replace(/^(what|who) (?:is|was|are|were) (?:an?|the) /, "$1 is ") : "";
    if (front && fronts.has(front)) continue;
    const key = contentTokens(card.back).slice(0, 3).join(" ") || card.back.toLowerCase();
    const sig = signature(card);
    const bucket = byAnswer.get(key) ?? [];
    if (bucket.some((k) => jaccard(k.sig, sig) >= 0.6 || k.card.source.sentence === card.source.sentence)) continue;
    if (front) fronts.add(front);
    bucket.push({ card, sig });
    byAnswer.set(key, bucket);
    kept.push(card);
  }
  return kept;
}

export function capPerSentence(cards: GeneratedCard[]): GeneratedCard[] {
  const taken = new Map<number, GeneratedCard[]>();
  return [...cards].sort((a, b) => b.score - a.score).filter((c) => {
    const same = taken.get(c.source.sentence) ?? [];
    const list = c.kind === "qa" && same.some((p) => p.rule === c.rule && p.kind === "qa");
    if (same.length >= (list ? PER_SENTENCE_LIST : PER_SENTENCE)) return false;
    taken.set(c.source.sentence, [...same, c]);
    return true;
  });
}

/**
 * Greedy pick by score, discounting cards close to ones already picked (within a few sentences,
 * and more so for the same rule), so the selection covers the whole chapter. Source order out.
 * A card from the sentence of a picked card is discounted hard when the picked card already shows
 * its answer (the same fact asked another way), lightly when it asks a fact the picked card hides.
 */
export function spread(cards: GeneratedCard[], max: number): GeneratedCard[] {
  const pool = [...cards];
  const picked: GeneratedCard[] = [];
  const shown = new Map<GeneratedCard, string>(pool.map((c) => [c, visibleText(c)]));
  // The same answer again ("Who joined the laboratory in January 1951?" and "Who left King's in 1953?",
  // both "Rosalind Franklin") is discounted a little for each picked card that already answers it.
  const answers = new Map<string, number>();
  const keys = new Map<GeneratedCard, string>(pool.map((c) => [c, c.back.toLowerCase().replace(/^(?:the|an?)\s+/, "").replace(/,.*$/, "").trim()]));
  while (picked.length < max && pool.length) {
    let best = 0, bestScore = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      const c = pool[i];
      const near = new Set<number>();
      let sameRule = 0, sameSentence = 0, newFact = 0;
      for (const p of picked) {
        const d = Math.abs(p.source.sentence - c.source.sentence);
        // Another form of the same sentence re-asks its fact; the same rule there is another fact
        // ("Bakhmut and Ekaterinburg were renamed Artemovsk and Sverdlovsk"), and so is a card whose
        // answer the picked card never shows ("What reached Britain in 1831?" -> "Cholera" beside
        // "... arriving at the port of {{Sunderland}}").
        if (d === 0 && p.rule !== c.rule) {
          if (shown.get(p)!.includes(c.back.toLowerCase())) sameSentence++;
          else newFact++;
        }
        if (d <= 1) near.add(p.source.sentence);
        if (d <= 6 && p.rule === c.rule) sameRule++;
      }
      const s = c.score * 0.92 ** near.size * 0.96 ** sameRule * 0.7 ** sameSentence * 0.9 ** newFact * 0.9 ** (answers.get(keys.get(c)!) ?? 0);
      if (s > bestScore) { bestScore = s; best = i; }
    }
    const [card] = pool.splice(best, 1);
    picked.push(card);
    answers.set(keys.get(card)!, (answers.get(keys.get(card)!) ?? 0) + 1);
  }
  return picked.sort((a, b) => a.source.sentence - b.source.sentence || b.score - a.score);
}
