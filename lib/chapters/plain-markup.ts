// Markup of plain-text e-books (Project Gutenberg and the like): "+bold+" and "=bold=" (the
// usual "_italic_" is handled with Markdown's), run-in headings set in bold before a dash
// ("+The Salt Tax.+--When the..."), and indices written out: "T(sup)4", "H(sub)2O", "x^{2}".
import { isApparatusHead } from "./apparatus";
import type { Block } from "./blocks";

const SUP: Record<string, string> = { "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "+": "⁺", "-": "⁻", "−": "⁻", "=": "⁼", "(": "⁽", ")": "⁾", n: "ⁿ", i: "ⁱ" };
const SUB: Record<string, string> = { "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉", "+": "₊", "-": "₋", "−": "₋", "=": "₌", "(": "₍", ")": "₎", a: "ₐ", e: "ₑ", o: "ₒ", x: "ₓ", h: "ₕ", k: "ₖ", l: "ₗ", m: "ₘ", n: "ₙ", p: "ₚ", s: "ₛ", t: "ₜ" };

// "(sup)4", "(sub)2", "(sup){n+1}", "^{2}", "_{2}": the index is a signed number, a short word, or braced.
const INDEX = /\((sup|sub)\)(?:\{([^{}\n]{1,12})\}|([-+−]?\d{1,4}|\p{L}{1,3}))|(?<=[\p{L}\d)])([\^_])\{([^{}\n]{1,12})\}/gu;

function written(kind: "sup" | "sub", index: string): string {
  if (kind === "sup" && /^(?:st|nd|rd|th|d)$/.test(index)) return index; // "2(sup)nd": an ordinal, read plainly
  const map = kind === "sup" ? SUP : SUB;
  const chars = [...index];
  if (chars.every((c) => map[c])) return chars.map((c) => map[c]).join("");
  // No Unicode form for every character: the usual plain-text notation, which still reads right.
  const mark = kind === "sup" ? "^" : "_";
  return chars.length === 1 ? `${mark}${index}` : `${mark}(${index})`;
}

/** "T(sup)4" -> "T⁴", "H(sub)2O" -> "H₂O", "E(T(sup)4-T(sub)1(sup)4)" -> "E(T⁴-T₁⁴)". */
export function writeIndices(s: string): string {
  if (!s.includes("(su") && !s.includes("{")) return s;
  return s.replace(INDEX, (_m, kind: string | undefined, braced: string | undefined, bare: string | undefined, mark: string | undefined, latex: string | undefined) =>
    kind ? written(kind as "sup" | "sub", braced ?? bare!) : written(mark === "^" ? "sup" : "sub", latex!));
}

// "+bold+" and "=bold=": opened before a letter, a quote or a bracket, closed before a space or
// punctuation, so that "+31", "a + b" or "x = y = z" are left alone.
const BOLD = /(^|[\s(“"'[—-])([+=])(?=[\p{L}"“‘(])([^+=\n]{0,200}?[^\s+=])\2(?=$|[\s).,;:!?”"'\]—-])/gu;

export function stripPlainBold(s: string): string {
  return s.includes("+") || s.includes("=") ? s.replace(BOLD, "$1$3") : s;
}

// A line wholly in plain-text bold: "=CHAPTER IV.=", "+THE SALT TAX.+" (not a table's "+=====+").
const BOLD_LINE = /^(\s*)([+=])(?=[\p{L}\d"“‘(\[])([^+=\n]*[^\s+=])\2\s*$/u;

/**
 * Unwraps headings set in plain-text bold, so that "=CHAPTER IV.=" reads as the chapter heading it
 * is (the chapter finder knows Markdown's emphasis, not this).
 */
export function unwrapBoldLines(blocks: Block[]): Block[] {
  return blocks.map((b) => {
    if (b.kind !== "body" || b.lines.length > 3 || !b.lines.every((l) => BOLD_LINE.test(l))) return b;
    const lines = b.lines.map((l) => l.replace(BOLD_LINE, "$1$3"));
    return { ...b, lines, text: lines.join("\n") };
  });
}

// A run-in heading: bold or italic at the head of a paragraph, closed by a full stop or a colon
// (inside the markup or just after it), then a dash, then the paragraph's first sentence:
// "+The Salt Tax.+--When...", "_Summary._—The...", "_Summary_.—The...", the head wrapped over two
// lines or not. An italic head may end on a word or two in roman, a foreign phrase the book sets so
// inside italics ("_Rights of a lord_ de jure.--The…"), before its stop.
// Without the stop only plain-text bold heading a capitalised sentence ("=Tolls=--The..."): a
// "**term**—the process by which..." is a definition, whose term the sentence needs.
// An e-text's page marker may open the paragraph ("{31} +The Mill.+--..."): it stays with the text.
// So may a paragraph number ("12. _Ice._--Water freezes..."): it stays with the text too, where the
// run of section numbers it belongs to is read (section-numbers.ts).
const RUN_IN = /^(?<page>\s*(?:(?:\{\d{1,4}\}|\[(?:Pg|Page|p\.) ?(?:\d{1,4}|[ivxlc]{1,7})\])\s*)?)(?<num>\d{1,3}\.\s+)?(?:(?<mark>[+=]|\*\*|__)(?=\S)(?<bold>[^+=*_\n]{1,100}?(?:\n\s*[^+=*_\n]{1,100}?)?)\k<mark>|(?<imark>[_*])(?=\S)(?<italic>[^*_\n]{1,100}?(?:\n\s*[^*_\n]{1,100}?)?)\k<imark>(?<tail>(?:[ \t]\p{Ll}[\p{L}'’-]*){1,2}(?=[.:]))?)(?<stop>[.:])?\s*(?:--|—|–)\s*(?=\S)/u;

function runInTitle(m: RegExpMatchArray): string {
  const g = m.groups!;
  return (g.bold ?? g.italic).trim() + (g.tail ?? "") + (g.stop ?? "");
}

function isRunIn(m: RegExpMatchArray, rest: string): boolean {
  const title = runInTitle(m);
  if (!/\p{L}/u.test(title)) return false;
  return /[.:]$/.test(title) || (!!m.groups!.mark && /^[+=]$/.test(m.groups!.mark) && /^["“‘(]?[\p{Lu}\d]/u.test(rest));
}

/** Splits "+Heading.+--First sentence..." into a heading block and the paragraph that follows it. */
export function splitRunInHeadings(blocks: Block[]): { blocks: Block[]; count: number } {
  let count = 0;
  const out = blocks.flatMap((b): Block[] => {
    if (b.kind !== "body") return [b];
    const m = b.text.match(RUN_IN);
    if (!m || !isRunIn(m, b.text.slice(m[0].length))) return [b];
    const title = runInTitle(m).replace(/\s+/g, " ").trim().replace(/[.:]$/, "");
    // (Not a textbook's "_References_.--Brown's Law; …": the study apparatus reads its own heads.)
    if (isApparatusHead(title)) return [b];
    const page = [m.groups!.page.trim(), m.groups!.num?.trim()].filter(Boolean).join(" ");
    const rest = `${page ? `${page} ` : ""}${b.text.slice(m[0].length)}`.split("\n");
    count++;
    return [
      { kind: "heading", lines: [title], text: title, level: 7, heading: title }, // not "synthetic": it was printed (endnotes.ts trusts a synthetic "Notes")
      { ...b, lines: rest, text: rest.join("\n") },
    ];
  });
  return { blocks: count ? out : blocks, count };
}
