// One "gist" card per section: its main claim, the most central sentence by TextRank that reads on
// its own (no unresolved leading pronoun, 8–45 words) AND is shaped like a claim: a general
// statement in the present ("X is / are / must / cannot …"), not a step of the narrative or of a
// demonstration ("Now, …", "And …", "I have here …", a quotation). Among the section's three most
// central sentences; when none is a claim the section gets no gist card (raters rejected nine in
// ten gist cards backed by whatever sentence was most central).
import type { Analysis } from "../analyse";
import type { Candidate } from "./types";

const OPENER = /^(?:And|But|Now|So|Then|Yet|Or|Here|There|Well|Again|Still|Thus|Hence|Indeed|Perhaps)\b/;
const PERSON = /\bI\b|\b(?:[Mm]e|[Mm]y|[Yy]ou|[Yy]our)\b/;
const PRESENT = /^(?:is|are|must|cannot|can|may|does|do|has|have)$/;

/** A general statement: no narrative opener, speaker or quotation; its main verb in the present. */
export function isClaim(s: Analysis["sentences"][number]): boolean {
  if (OPENER.test(s.text) || PERSON.test(s.text) || /["“”]/.test(s.text) || /\?$/.test(s.text.trim())) return false;
  const c = s.clause;
  if (!c || c.opening) return false;
  // The finite verb: the auxiliary right after the subject when there is one, else the main verb.
  const verb = c.aux ? s.tokens[c.subject.b] : s.tokens[c.verb];
  if (!verb) return false;
  return PRESENT.test(verb.lower) || (verb.pos === "VERB" && /[^s]s$/.test(verb.lower) && verb.lemma !== verb.lower);
}

export function gistCandidates(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  for (const sec of a.sections) {
    if (sec.sentences.length < 4) continue;
    const ranked = [...sec.sentences].sort((x, y) => a.centrality[y] - a.centrality[x] || x - y);
    const best = ranked.slice(0, 3).find((id) => {
      const s = a.sentences[id];
      const n = s.tokens.length;
      return n >= 8 && n <= 45 && !(s.pronoun && !s.pronoun.resolved) && isClaim(s);
    });
    if (best === undefined) continue;
    const s = a.sentences[best];
    const title = sec.title.replace(/\s+/g, " ").trim();
    out.push({ kind: "qa", type: "gist", front: `What is the main claim of the section “${title}”?`, back: s.text, sentence: best, extra: [], answer: { start: 0, end: s.text.length }, answerKind: "clause" });
  }
  return out;
}
