// Applies a table of whole-word repairs (misread word → word) to a document, as the OCR repair
// (ocr-words.ts) and the long-s repair (long-s.ts) both need: every occurrence of a listed token is
// replaced, except a part of a hyphenated or line-split word ("specu-" / "lation", "que-" / "ftion"),
// which only the whole word could be judged by.
export function applyWordFixes(doc: string, token: RegExp, fixes: Map<string, string>): { text: string; repairs: number; applied: Map<string, number> } {
  let repairs = 0;
  const applied = new Map<string, number>(); // misread token -> times repaired
  const text = doc.replace(token, (w: string, at: number) => {
    const repaired = fixes.get(w);
    if (!repaired || doc.charAt(at + w.length) === "-" || /-\s*$/.test(doc.slice(Math.max(0, at - 3), at))) return w;
    repairs++;
    applied.set(w, (applied.get(w) ?? 0) + 1);
    return repaired;
  });
  return { text, repairs, applied };
}
