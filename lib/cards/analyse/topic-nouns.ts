// What a chapter is about and what its text has introduced, for the definite-description check
// (../decontext/definite): "the guild" in a chapter headed "The Guilds of the Coast", or in one
// whose commonest noun is "guild", is the chapter's topic and needs no antecedent; a "the mill" met
// far back drops a card only when "a mill" (a particular one) was introduced there.
import { HAS_LETTER_OR_DIGIT } from "@/lib/cards/letters";
import type { Token } from "./types";

// Heading words that name the book's parts, not a topic.
const MIN_TOPIC_COUNT = 5;
const PART_WORDS = new Set("chapter lecture section part book letter essay introduction preface conclusion appendix volume title".split(" "));

/** The heading's words (lower-case, letters only) and the chapter's most frequent common noun (lemma), when it recurs. */
export function chapterTopicNouns(title: string, sentences: Token[][]): Set<string> {
  const out = new Set<string>();
  for (const w of title.toLowerCase().match(/\p{L}{3,}/gu) ?? []) if (!PART_WORDS.has(w)) out.add(w);
  const counts = new Map<string, number>();
  for (const ts of sentences) for (const t of ts) if (t.pos === "NOUN" && t.lemma.length > 2) counts.set(t.lemma, (counts.get(t.lemma) ?? 0) + 1);
  let best = "", n = 0;
  for (const [w, k] of counts) if (k > n) [best, n] = [w, k];
  // A chapter's topic recurs; in a short text the commonest noun is only the one said twice.
  if (n >= MIN_TOPIC_COUNT) out.add(best);
  return out;
}

const INTRODUCING = /^(?:a|an|another|one|some|two|three|four|five|six|seven|eight|nine|ten|several|many)$/;

/** Head nouns of phrases that open on an indefinite article or a number: "a new mill", "two ledgers". */
export function introducedHeads(ts: Token[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ts.length; i++) {
    if (!(INTRODUCING.test(ts[i].lower) || (ts[i].pos === "NUM" && /^\d/.test(ts[i].text)))) continue;
    let j = i + 1;
    while (ts[j] && /^(?:ADJ|ADV|NUM|NOUN)$/.test(ts[j].pos) && HAS_LETTER_OR_DIGIT.test(ts[j].text)) j++;
    if (j > i + 1 && ts[j - 1].pos === "NOUN") out.push(ts[j - 1].lower);
  }
  return out;
}
