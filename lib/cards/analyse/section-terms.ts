// Terms a section defines: "Peace is the settled purpose …" as the section opens, or "Trade is the
// exchange of …" under a heading that names trade. The chapter's own definitions (`Analysis.defined`)
// otherwise need "X is a/an …", "called X"; a treatise defines its headings' terms with "is the", and
// those terms are often common English words ("peace", "trade", "order"), which the blank and
// question checks refuse unless the chapter defines them. Only a bare or indefinite subject counts:
// "The king was the first to …" tells a story about a thing, it defines no word.
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

/** Terms defined by a section's opening sentence, or defined anywhere in a section whose heading names them. */
export function sectionDefinitions(sentences: AnalysedSentence[], sections: { title: string; sentences: number[] }[]): string[] {
  const out: string[] = [];
  sections.forEach((sec, n) => {
    // Sections are cut into chunks of one heading: only the first chunk's first sentence opens it.
    const opening = n === 0 || sections[n - 1].title !== sec.title ? sec.sentences[0] : -1;
    const heading = wordsOf(sec.title);
    for (const id of sec.sentences) {
      const term = definedSubject(sentences[id]);
      if (term && (id === opening || [...wordsOf(term)].every((w) => heading.has(w)))) out.push(term);
    }
  });
  return out;
}
