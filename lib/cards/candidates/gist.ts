// One "gist" card per section: its main claim, the most central sentence by TextRank that reads on
// its own (no unresolved leading pronoun, 8–45 words).
import type { Analysis } from "../analyse";
import type { Candidate } from "./types";

export function gistCandidates(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  for (const sec of a.sections) {
    if (sec.sentences.length < 4) continue;
    const ranked = [...sec.sentences].sort((x, y) => a.centrality[y] - a.centrality[x] || x - y);
    const best = ranked.find((id) => {
      const s = a.sentences[id];
      const n = s.tokens.length;
      return n >= 8 && n <= 45 && !(s.pronoun && !s.pronoun.resolved);
    });
    if (best === undefined) continue;
    const s = a.sentences[best];
    const title = sec.title.replace(/\s+/g, " ").trim();
    out.push({ kind: "qa", type: "gist", front: `What is the main claim of the section “${title}”?`, back: s.text, sentence: best, extra: [], answer: { start: 0, end: s.text.length }, answerKind: "clause" });
  }
  return out;
}
