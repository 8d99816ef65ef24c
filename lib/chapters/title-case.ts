// ALL-CAPS titles ("LESSONS OF OCTOBER", "THE UNION AND THE REPUBLICS") in title case, keeping
// roman numerals and the document's own acronyms ("NEP", "RSFSR": words the prose itself writes
// in capitals and never otherwise) in capitals.
const SMALL = new Set(["a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "with", "from", "into", "nor", "vs"]);

/** Words written in capitals inside mixed-case prose and never in lower or title case: acronyms. */
export function findAcronyms(doc: string): Set<string> {
  const upper = new Set<string>();
  const other = new Set<string>();
  for (const raw of doc.split("\n")) {
    const line = raw.replace(/<[^<>]+>/g, "");
    if ((line.match(/(?<!\p{L})\p{Ll}{2,}/gu)?.length ?? 0) < 4) continue; // only prose lines tell us anything
    const words = [...line.matchAll(/\p{L}{2,}/gu)];
    const caps = (k: number) => !!words[k] && words[k][0] === words[k][0].toUpperCase();
    // Two words in capitals side by side are a run set in capitals (a section's opening words,
    // "CNAEUS JULIUS AGRICOLA was born"), not acronyms.
    const inRun = (k: number) => (caps(k - 1) && /^\s+$/.test(line.slice(words[k - 1].index! + words[k - 1][0].length, words[k].index))) ||
      (caps(k + 1) && /^\s+$/.test(line.slice(words[k].index! + words[k][0].length, words[k + 1].index)));
    words.forEach((m, k) => {
      const w = m[0];
      if (w !== w.toUpperCase()) other.add(w.toUpperCase());
      else if (!inRun(k)) upper.add(w);
    });
  }
  return new Set([...upper].filter((w) => !other.has(w)));
}

export function titleCase(s: string, acronyms: Set<string> = new Set()): string {
  const letters = s.replace(/^\(\p{L}\)\s*/u, ""); // an enumerator "(a)" does not make a title mixed-case
  if (letters !== letters.toUpperCase() || !/\p{Lu}/u.test(s)) return s;
  const tokens = s.split(/(\s+)/);
  const first = tokens.findIndex((w) => /\p{L}/u.test(w) && !/^\(\p{L}\)$/u.test(w)); // after any "(a)"
  return tokens
    .map((w, i) => {
      const core = w.replace(/[^\p{L}]/gu, "");
      if (acronyms.has(core) || /^[IVXLC]+$/.test(core) && core.length > 1) return w;
      // An abbreviation of initials, each closed by a stop ("A.D.", "B.C.", "U.S."), keeps its capitals.
      // (Inside brackets or quotes too: "(B.C. 400)", "[A.D. 1400.]", "“U.S.”".)
      if (/^\p{Lu}\.(?:\p{Lu}\.)+$/u.test(w.replace(/^[[(“"‘']+/, "").replace(/[,;:)\]”"’']+$/, ""))) return w;
      const lower = w.toLowerCase();
      // (Not after a label or a colon: "VIII. The Laws", "A Candle: The Flame".)
      if (i > first && SMALL.has(lower) && !/[.:—–]$/.test(tokens[i - 2] ?? "")) return lower;
      if (/^\(\p{L}\)$/u.test(w)) return w;
      // Capitalise after leading punctuation and each part of a hyphenated word: "(A)", "[The", "Balance-Sheet".
      return lower.replace(/(^|[-–—([“"'‘])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
    })
    .join("");
}

/** Text set in capitals: no lower-case letter, and a run of three capitals (not "I." or "A 2"). */
export const setInCapitals = (text: string): boolean => !/\p{Ll}/u.test(text) && /\p{Lu}{3}/u.test(text);

/**
 * A short line set in capitals, perhaps closed by a full stop as older books print their headings
 * ("LIFE OF THE ADMIRAL."): a heading, though the stop would make any other line a sentence.
 */
export function isCapitalsHeading(text: string): boolean {
  const t = text.trim();
  const words = t.split(/\s+/).filter((w) => /\p{Lu}{2}/u.test(w) && !/^[IVXLCDM]+\.?$/.test(w)); // not only numerals ("XII.")
  return t.length < 120 && setInCapitals(t) && words.length > 0 && !/[,;:]$/.test(t) && !/\.\s+\S/.test(t.replace(/\b(?:ST|DR|MR|MRS|[A-Z])\.\s/g, ""));
}
