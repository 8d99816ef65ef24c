// A section sign OCR misread as a dollar sign. A scan that opens its sections with "§ 1. The Title…"
// on an indented line shows some of them as "$ 2. The Title…" (the sign's loops read as an S with a
// stroke). In a document that opens at least one line so with a true "§", a "$" before a section's
// number on an indented line, a capital after it, is that sign: a sum of money is written "$2", not
// "$ 2. The". (Running heads, "$ 4.]", are left to the running-head reader.)

const TRUE_SIGN = /^(?: {2,}|\t)§{1,2}\s?\d{1,3}\.\s+["“‘]?\p{Lu}/mu;
const MISREAD = /^((?: {2,}|\t))\$(\s?\d{1,3}\.\s+["“‘]?\p{Lu})/gmu;

export function readMisreadSectionSigns(text: string): { text: string; count: number } {
  if (!text.includes("$") || !TRUE_SIGN.test(text)) return { text, count: 0 };
  let count = 0;
  const out = text.replace(MISREAD, (_, indent: string, rest: string) => {
    count++;
    return `${indent}§${rest}`;
  });
  return { text: out, count };
}
