// An illustration line set directly under a paragraph. Transcriptions put a figure's place as a
// line of its own, "[Illustration: Fig. 1.]", and most leave a blank line above and below it; some
// (a text converted from a typesetting source) set it right under the paragraph's last line. Read
// as it stands, the line is then part of the paragraph: its words end the last sentence ("…
// constructed as follows: [Illustration: Fig. 1.]"), and the figure is lost to the rules that keep
// illustrations out of the text. A whole line holding one closed illustration bracket is a figure's
// place, never words of the paragraph: it is set apart by a blank line above and below it.
// Linear: one pass over the lines.

const ILLUSTRATION_LINE = /^\s*\[Illustration(?::[^[\]]*)?\]\s*$/i;

export function setApartIllustrationLines(text: string): { text: string; count: number } {
  if (!/\[Illustration/i.test(text)) return { text, count: 0 };
  const lines = text.split("\n");
  const out: string[] = [];
  let count = 0;
  lines.forEach((line, i) => {
    if (!ILLUSTRATION_LINE.test(line)) return void out.push(line);
    const above = i > 0 && lines[i - 1].trim() !== "";
    const below = i + 1 < lines.length && lines[i + 1].trim() !== "";
    if (above || below) count++;
    // Two illustration lines in a row: the blank set below the first is the blank above the second.
    if (above && out[out.length - 1]?.trim() !== "") out.push("");
    out.push(line);
    if (below) out.push("");
  });
  return count ? { text: out.join("\n"), count } : { text, count: 0 };
}
