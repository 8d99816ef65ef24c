// A scan's head rule: the row of underscores a printer sets under each page's running head (and
// folio), kept by OCR as a line of its own, often broken by a gap ("_______ ____"). It is page
// furniture: left in, it stands as a heading between two paragraphs, or is lifted out of a sentence
// as if it were a side-note. A rule under a line of text (the head) is dropped; a short rule after a
// blank line (the one over a page's footnotes) is left for the note readers.
const RULE = /^[ \t]*_{10,}(?:[ \t]+_{2,})*[ \t]*$/;

export function dropHeadRules(text: string): { text: string; count: number } {
  if (!text.includes("__________")) return { text, count: 0 };
  const lines = text.split("\n");
  let count = 0;
  const out = lines.filter((line, i) => {
    if (i === 0 || !RULE.test(line) || !lines[i - 1].trim() || RULE.test(lines[i - 1])) return true;
    count++;
    return false;
  });
  return { text: count ? out.join("\n") : text, count };
}
