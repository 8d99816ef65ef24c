// Sections (from the chapter's headings, or runs of at most CHUNK sentences when there are none)
// and sentence centrality within each section: TextRank over content-word overlap. Each section is
// at most CHUNK sentences, so the pairwise step stays linear in the chapter's length.
import type { CleanChapter } from "@/lib/chapters/types";

const CHUNK = 40;
const DAMPING = 0.85;

export function sectionsOf(chapter: CleanChapter): { title: string; sentences: number[] }[] {
  const out: { title: string; sentences: number[] }[] = [];
  let title = chapter.title;
  let current: number[] = [];
  let lastParagraph = -1;
  const flush = () => { if (current.length) out.push({ title, sentences: current }); current = []; };
  for (const s of chapter.sentences) {
    for (let p = lastParagraph + 1; p <= s.paragraph; p++) {
      const para = chapter.paragraphs[p];
      if (para?.kind === "heading") { flush(); title = chapter.text.slice(para.start, para.end).replace(/^[#\s\d.]+/, "").trim() || title; }
    }
    lastParagraph = s.paragraph;
    if (chapter.paragraphs[s.paragraph]?.kind === "heading") continue;
    current.push(s.id);
    if (current.length >= CHUNK) flush();
  }
  flush();
  return out;
}

/** TextRank scores, scaled so the most central sentence of each section is 1. */
export function centrality(bags: Set<string>[], sections: { sentences: number[] }[], total: number): number[] {
  const score = new Array<number>(total).fill(0);
  for (const sec of sections) {
    const ids = sec.sentences, n = ids.length;
    const w: number[][] = ids.map(() => new Array<number>(n).fill(0));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = bags[ids[i]], b = bags[ids[j]];
        if (a.size < 2 || b.size < 2) continue;
        let inter = 0;
        for (const t of a) if (b.has(t)) inter++;
        w[i][j] = w[j][i] = inter / (Math.log(a.size + 1) + Math.log(b.size + 1));
      }
    }
    const out = w.map((row) => row.reduce((x, y) => x + y, 0));
    let r = new Array<number>(n).fill(1);
    for (let it = 0; it < 25; it++) {
      r = r.map((_, i) => 1 - DAMPING + DAMPING * w[i].reduce((acc, wij, j) => (wij && out[j] ? acc + (wij / out[j]) * r[j] : acc), 0));
    }
    const max = Math.max(...r, 1e-9);
    ids.forEach((id, i) => { score[id] = r[i] / max; });
  }
  return score;
}
