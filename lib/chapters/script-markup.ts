// Subscripts and superscripts as Project Gutenberg's plain e-texts write them: "CO_{2}", "H_2O",
// "x^{3}", "58^{III}", "10^(6)". Left as they are, the braces read as a page mark ("{2}": the
// page marks some e-texts print in braces) and the signs as words of the sentence ("CO_ ,"). A
// subscript is set down plainly after its symbol, as a plain chemistry text writes it ("CO2"); a
// superscript of figures becomes the superscript figures of Unicode ("x³"), any other is set down
// plainly after what it follows ("58III"). Only markup glued to a letter, a figure or a bracket
// and holding a short run of letters, figures and signs is read so: a lone "_" or "^" stays.
import { INLINE_MATH } from "./converters";

const SUB = /(?<=[\p{L}\d)\]])_(?:\{([\p{L}\d+−-]{1,6})\}|(\d{1,3}))/gu;
const SUP = /(?<=[\p{L}\d)\]])\^(?:\{([\p{L}\d+−-]{1,6})\}|\(([\p{L}\d+−-]{1,6})\))/gu;
const SUPERSCRIPT: Record<string, string> = { "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻", "−": "⁻", "+": "⁺" };

// TeX mathematics ("$V_{max}$", "\(x^2\)", "$$…$$", "\\begin{equation}…"): left to the converters' math
// reader. Inline maths as that reader takes it, so that two prices ("$5 … $7") are no formula.
const MATH = new RegExp(String.raw`\$\$[\s\S]{0,2000}?\$\$|${INLINE_MATH.source}|\\begin\{(?<env>\w{1,20}\*?)\}[\s\S]{0,4000}?\\end\{\k<env>\}`, "g");

export function readScriptMarkup(doc: string): { text: string; count: number } {
  if (!doc.includes("_") && !doc.includes("^")) return { text: doc, count: 0 };
  let count = 0;
  let text = "";
  let last = 0;
  const plain = (part: string) => { const r = read(part); count += r.count; return r.text; };
  for (const m of doc.matchAll(MATH)) {
    text += plain(doc.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  text += plain(doc.slice(last));
  return { text, count };
}

function read(doc: string): { text: string; count: number } {
  let count = 0;
  const text = doc
    .replace(SUB, (_m, braced?: string, bare?: string) => { count++; return braced ?? bare ?? ""; })
    .replace(SUP, (_m, braced?: string, paren?: string) => {
      count++;
      const s = braced ?? paren ?? "";
      return /^[\d+−-]+$/.test(s) && /\d/.test(s) ? [...s].map((c) => SUPERSCRIPT[c] ?? c).join("") : s;
    });
  return { text, count };
}
