// Terms a section defines: "Trade is the exchange of …" under a heading that names trade ("Of Peace and
// Trade"). The chapter's own definitions (`Analysis.defined`) otherwise need "X is a/an …", "called
// X"; a treatise defines its headings' terms with "is the", and those terms are often common English
// words ("peace", "trade", "order"), which the blank and question checks refuse unless the chapter
// defines them. Only a bare or indefinite subject counts: "The king was the first to …" tells a story
// about a thing, it defines no word. The heading is what makes "X is the …" a definition: a section's
// (or a chapter's) first sentence alone is not enough ("Good work is the chief means of keeping the
// land dry" opens on a claim about good work, not on what good work is).
import type { AnalysedSentence } from "./types";

const SUBJECT_WORD = /^(?:DET|ADJ|NOUN|PROPN|CCONJ)$/;

/** The term a sentence defines with "X is/are the|a|an …", lower case and without its article, or null. */
function definedSubject(s: AnalysedSentence): string | null {
  const c = s.clause;
  // The verb right after the term: "Courage, being the rarest of virtues, is the first thing …" says
  // something of a thing, with an aside between; a definition says "X is the …".
  if (!c || c.opening || c.subject.b - c.subject.a > 4 || c.verb !== c.subject.b) return null;
  const verb = s.tokens[c.verb];
  if (!/^(?:is|are)$/.test(verb.lower) || !/^(?:the|a|an)$/.test(s.tokens[c.verb + 1]?.lower ?? "")) return null;
  const words = s.tokens.slice(c.subject.a, c.subject.b);
  if (!words.every((t) => SUBJECT_WORD.test(t.pos)) || !words.some((t) => t.pos === "NOUN" || t.pos === "PROPN")) return null;
  if (words[0].pos === "DET" && !/^(?:a|an)$/.test(words[0].lower)) return null;
  return c.subject.text.replace(/^(?:a|an)\s+/i, "").toLowerCase();
}

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);

/** Terms defined with "X is the …" in a section whose heading names every word of them. */
export function sectionDefinitions(sentences: AnalysedSentence[], sections: { title: string; sentences: number[] }[]): string[] {
  const out: string[] = [];
  for (const sec of sections) {
    const heading = wordsOf(sec.title);
    for (const id of sec.sentences) {
      const term = definedSubject(sentences[id]);
      if (term && [...wordsOf(term)].every((w) => heading.has(w))) out.push(term);
    }
  }
  return out;
}
