// "Who ends the pageant? → Masque", "Who sings of a lost home? → Lament": a "who" question answered
// by a capitalised word the sentence writes with an article before it ("The Masque ends …", "the
// slow Lament sings …"). A person's name takes no article in English; a singular capitalised word
// that does is a thing with a capital (a ship, a book, a building, a set piece) or a title, so "who"
// is the wrong question. Titles ("the King", "the Pope"), plural peoples ("the Romans"), regions and
// bodies acting as one ("the East", "the Senate") and answers
// typed as a group keep "who". (The tagger types such a word as a person: its type is no help here.)
// An adjective may stand between a person's name and an article ("The young Orlen crossed …"), so
// the adjectives are skipped back to the article only when the chapter never writes the word bare
// (fixg19).
import { UPPER_INITIAL, IS_CAPITALISED_WORD } from "@/lib/cards/letters";
import type { AnalysedSentence, Analysis } from "../analyse";
import type { Candidate } from "../candidates";
import { ORG_HEADS, TITLES } from "../analyse/lexicon";

const ARTICLE = /^(?:the|a|an)$/;
// A region or a body of people named with "the" acts as a collective ("the East tried to limit the
// advance", "the Crown refused"): "who" is a fair question of it (a training card of this shape was
// accepted). The bodies are the lexicon's institution heads (fixg19: one list, not two), plus the
// compass points and the few bodies that list does not hold.
const COLLECTIVE = new Set([...ORG_HEADS, ..."east west north south crown state commons lords opposition".split(" ")]);

// Capitalised words the chapter writes at least once bare (with no article or adjective before
// them): one pass over its tokens per analysis, built on first use.
const bare = new WeakMap<Pick<Analysis, "sentences">, Set<string>>();
function bareWords(a: Pick<Analysis, "sentences">): Set<string> {
  let m = bare.get(a);
  if (!m) {
    m = new Set();
    for (const s of a.sentences) for (let i = 0; i < s.tokens.length; i++) {
      const before = s.tokens[i - 1];
      if (UPPER_INITIAL.test(s.tokens[i].text) && !(before && (ARTICLE.test(before.lower) || before.pos === "ADJ"))) m.add(s.tokens[i].text);
    }
    bare.set(a, m);
  }
  return m;
}

/** Why a "Who …?" card is answered by a thing, or null. */
export function whoThing(c: Pick<Candidate, "kind" | "front" | "answer" | "answerKind">, s: Pick<AnalysedSentence, "tokens">, a?: Pick<Analysis, "sentences">): string | null {
  if (c.kind !== "qa" || !c.answer || !/^Who\b/.test(c.front) || c.answerKind === "group") return null;
  const inside = s.tokens.filter((t) => t.start >= c.answer!.start && t.end <= c.answer!.end);
  if (inside.length !== 1 || !IS_CAPITALISED_WORD.test(inside[0].text)) return null;
  const word = inside[0].lower;
  if (TITLES.has(word) || COLLECTIVE.has(word) || /s$/.test(word)) return null;
  // Back over the adjectives before it ("the slow {{Lament}}") to the article, if any: only for a
  // word the chapter never writes bare ("The young {{Orlen}}" where "Orlen" also stands alone is a person).
  let i = s.tokens.indexOf(inside[0]) - 1;
  if (!a || !bareWords(a).has(inside[0].text)) while (i >= 0 && s.tokens[i].pos === "ADJ") i--;
  return i >= 0 && ARTICLE.test(s.tokens[i].lower) ? "'who' answered by a thing (an article before the name)" : null;
}
