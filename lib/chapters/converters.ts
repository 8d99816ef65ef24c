// Markup that particular converters leave in their Markdown, rewritten to the plain forms the rest
// of the clean-up understands. Every rule keys on syntax, never on words:
// - Pandoc / Calibre EPUB conversions: attribute lists ({#id .class key="v"}), bracketed spans
//   ([text]{.smallcaps}), empty anchors ([]{#calibre_link-3}), fenced divs (::: {.note} ... :::),
//   superscripts (^2^), page-break anchors (printed page numbers), and note links: a number linked to an anchor ("water.[3](#fn3)") is a note
//   marker, and a line opening with one ("[3](#fnref3). Text") is that note's text.
// - MinerU / Nougat / LaTeX-flavoured output: inline math. Superscript numbers become note markers;
//   simple formulas of numbers and units ("$1 2 0 0 ^ { \circ } \mathrm { C }$") become text.
// All patterns use bounded character classes, so each is one linear pass.

const ATTRIBUTES = /[ \t]*\{(?:[ \t]*(?:[#.][\w:-]+|[\w-]+=(?:"[^"\n]*"|[^\s}]+)))+[ \t]*\}/g;
const SPAN = /\[([^[\]\n]*)\]\{[.#][^{}\n]*\}/g;
// An EPUB's printed-page markers, as Pandoc writes them: []{#page_23}, []{#p23 epub:type="pagebreak" title="23"}.
const PAGE_ANCHOR = /\[\]\{[^{}\n]*?pagebreak[^{}\n]*?title="(\d{1,4}|[ivxlc]{1,7})"[^{}\n]*\}|\[\]\{#(?:page|pg)[_-]?(\d{1,4})\}/gi;
const EMPTY_ANCHOR = /\[\]\{[^{}\n]*\}/g;
const FENCED_DIV = /^ {0,3}:{3,}.*$/gm;
const NOTE_LINK = String.raw`(?:<sup>)?\^?\[\^?\[?(\d{1,3})\]?\^?\]\(#[^()\s]*\)\^?(?:<\/sup>)?`;
const NOTE_LINK_DEFINITION = new RegExp(String.raw`^[ \t]*${NOTE_LINK}[.):]?[ \t]+(?=\S)`, "gm");
const NOTE_LINK_MARKER = new RegExp(NOTE_LINK, "g"); // glued to what precedes it: checked in the callback

export function normalizeConverterMarkup(doc: string): string {
  let out = doc;
  if (out.includes("{")) {
    out = out
      .replace(PAGE_ANCHOR, (_m, a?: string, b?: string) => ` [Pg ${a ?? b}] `) // read by inlinePageMarks (pages.ts)
      .replace(EMPTY_ANCHOR, "")
      .replace(SPAN, "$1")
      .replace(/(?<=[)\]])\{[#.][^{}\n]*\}/g, "") // attributes glued to a link or image
      .replace(ATTRIBUTES, "");
  }
  if (out.includes(":::")) out = out.replace(FENCED_DIV, "");
  if (out.includes("](#")) out = out.replace(NOTE_LINK_DEFINITION, (_m, n: string) => `[^${n}]: `).replace(NOTE_LINK_MARKER, (m, n: string, at: number, all: string) => (/\S/.test(all[at - 1] ?? " ") ? `[^${n}]` : m));
  // Pandoc superscript "word^2^" (matched from the caret: a leading lookbehind is tried at every position).
  if (out.includes("^")) out = out.replace(/\^(\d{1,3}|[*†‡])\^/g, (m, n: string, at: number, all: string) => (/[\p{L}.,;:!?)"”’]/u.test(all[at - 1] ?? "") ? `<sup>${n}</sup>` : m));
  if (out.includes("^[")) out = inlineNotes(out);
  if (out.includes("$") || out.includes("\\(")) out = replaceMath(out);
  return out;
}

// Pandoc inline notes: "text^[The note.] goes on". Each becomes a marker and a definition placed after
// its paragraph, numbered in order as Pandoc prints them (prefixed when the text has numbered notes too).
const INLINE_NOTE = /\^\[((?:[^[\]\n]|\[[^[\]\n]*\]){1,2000})\]/g;

function inlineNotes(doc: string): string {
  const prefix = /\[\^\d+\]/.test(doc) ? "i" : "";
  let k = 0;
  return doc.split(/(\n{2,})/).map((para) => {
    if (!para.includes("^[")) return para;
    const notes: string[] = [];
    const text = para.replace(INLINE_NOTE, (_m, note: string) => {
      const label = `${prefix}${++k}`;
      notes.push(`[^${label}]: ${note.replace(/\s*\n\s*/g, " ").trim()}`);
      return `[^${label}]`;
    });
    return notes.length ? `${text}\n\n${notes.join("\n")}` : text;
  }).join("");
}

// Superscript note markers written as math: \({}^{1}\), $^{1}$, ${ } ^ { 1 }$ (MinerU spaces every token).
const MATH_MARKER = /\\\(\s*(?:\{\s*\})?\s*\^\s*\{?\s*([0-9*†]{1,3})\s*\}?\s*\\\)|\$\s*(?:\{\s*\})?\s*\^\s*\{?\s*([0-9*†]{1,3})\s*\}?\s*\$/g;
// Inline math of one line; "$5 and $6" (prices) has a space after the first "$" and a digit before the second.
export const INLINE_MATH = /\$(?=\S)([^$\n]{0,200}?\S)\$(?!\d)|\\\(([^\n]{1,200}?)\\\)/g;

const SYMBOLS: Record<string, string> = {
  circ: "°", times: "×", pm: "±", mu: "µ", alpha: "α", beta: "β", gamma: "γ", delta: "δ", lambda: "λ", pi: "π", sigma: "σ", Delta: "Δ",
  log: "log", ln: "ln", exp: "exp", sin: "sin", cos: "cos", tan: "tan", max: "max", min: "min", lim: "lim", infty: "∞", to: "→", rightarrow: "→",
  in: "∈", ldots: "…", cdots: "⋯", top: "ᵀ", neq: "≠", epsilon: "ε", theta: "θ", rho: "ρ", tau: "τ", omega: "ω", phi: "φ", eta: "η", kappa: "κ",
  "%": "%", cdot: "·", approx: "≈", leq: "≤", geq: "≥", le: "≤", ge: "≥", sim: "~", prime: "′", degree: "°", AA: "Å", Omega: "Ω", ",": " ", ";": " ", " ": " ",
};
const SUPERSCRIPT: Record<string, string> = { "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻", "+": "⁺", "°": "°" };

/** A simple formula (numbers, units, a few symbols) as text; null when it is real mathematics. */
export function mathToText(tex: string): string | null {
  let s = tex.replace(/\\(?:mathrm|text|mathbf|mathit|rm|operatorname)\s*/g, "").replace(/\s+(?=[_^}])|(?<=[_^{])\s+/g, "");
  s = s.replace(/\\([A-Za-z]+|[%,; ])/g, (m, name: string) => (SYMBOLS[name] === undefined ? m : /^[a-z]{2,}$/.test(SYMBOLS[name]) ? ` ${SYMBOLS[name]} ` : SYMBOLS[name])); // "n\log n" -> "n log n"
  if (/\\/.test(s)) return null; // a command we do not know: leave the formula alone
  // ^{...} and _{...}: superscript digits become Unicode, degrees stay degrees, subscripts go inline.
  s = s.replace(/\^\s*\{([^{}]*)\}|\^\s*(\S)/g, (_m, a: string | undefined, b: string | undefined) => {
    const v = (a ?? b ?? "").replace(/\s+/g, "");
    return [...v].every((c) => c in SUPERSCRIPT) ? [...v].map((c) => SUPERSCRIPT[c]).join("") : `^${v}`;
  });
  s = s.replace(/_\s*\{([^{}]*)\}|_\s*(\S)/g, (_m, a: string | undefined, b: string | undefined) => (a ?? b ?? "").replace(/\s+/g, ""));
  if (/[\^_]/.test(s)) return null; // a superscript or subscript that is not a number: real mathematics
  s = s.replace(/[{}]/g, "");
  // MinerU writes "1 2 0 0" and "m m": glue single characters, then space a number from its unit.
  s = s.replace(/(?<=\S) (?=\S)/g, (sp, at: number) => (/[\d.,]/.test(s[at - 1]) && /[\d.,]/.test(s[at + 1])) || (/\p{L}/u.test(s[at - 1]) && /\p{L}/u.test(s[at + 1]) && isSingle(s, at - 1) && isSingle(s, at + 1)) ? "" : sp)
    .replace(/\s+/g, " ").trim();
  s = s.replace(/(\d)(?=\p{L})/gu, "$1 ").replace(/(\d) (?=[°%])/g, "$1").replace(/(\d)° ?([CFK])\b/g, "$1 °$2"); // "1200 °C", "45°", "5%"
  return s || null;
}

/** Is the character at `i` a single letter standing alone between spaces (or the ends)? */
function isSingle(s: string, i: number): boolean {
  return !/\p{L}/u.test(s[i - 1] ?? "") && !/\p{L}/u.test(s[i + 1] ?? "");
}

function replaceMath(doc: string): string {
  return doc
    .replace(MATH_MARKER, (_m, a?: string, b?: string) => `<sup>${a ?? b}</sup>`)
    .replace(INLINE_MATH, (m, a?: string, b?: string) => {
      const tex = a ?? b ?? "";
      // "\(...\)" is always math; "$...$" only with TeX syntax inside, as "$5 and $6" are two prices.
      return b !== undefined || /[\\^_{}]/.test(tex) ? mathToText(tex) ?? m : m;
    });
}
