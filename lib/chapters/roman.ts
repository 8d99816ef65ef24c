const VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
  "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

/** "XIV" -> 14, "14" -> 14, "fourteen" -> 14; null when it is none of those. */
export function parseNumber(token: string): number | null {
  const t = token.trim().toLowerCase().replace(/\.$/, "");
  if (/^\d+$/.test(t)) return Number(t);
  const word = WORDS.indexOf(t);
  if (word > 0) return word;
  if (!/^[ivxlcdm]+$/.test(t)) return null;
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = VALUES[t[i]], next = VALUES[t[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total < 4000 ? total : null;
}

const NUMERALS: [number, string][] = [[1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];

/** 14 -> "xiv", in lower case (1 to 3999). */
export function toRoman(n: number): string {
  let out = "";
  for (const [v, r] of NUMERALS) while (n >= v) { out += r; n -= v; }
  return out;
}

/** A roman numeral in its standard form ("XIV", "ix") → its value; null for anything else ("IIII", "VX", "14"). */
export function romanValue(numeral: string): number | null {
  if (!/^[ivxlcdm]+$/i.test(numeral)) return null;
  const n = parseNumber(numeral);
  return n !== null && toRoman(n) === numeral.toLowerCase() ? n : null;
}

/** The page after `page`: "36" -> "37", "xi" -> "xii" (front matter), null when it is neither. */
export function nextPage(page: string): string | null {
  if (/^\d+$/.test(page)) return String(Number(page) + 1);
  if (!/^[ivxlcdm]+$/i.test(page)) return null;
  const out = toRoman((parseNumber(page) ?? 0) + 1);
  return page === page.toUpperCase() ? out.toUpperCase() : out;
}
