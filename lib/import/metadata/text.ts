// Plain text and Markdown carry no metadata fields, so only an explicit title block at the very
// top counts, in one of three shapes writers use:
//   - YAML front matter ("---", "title: …", "author: …", "---") on the first line;
//   - header lines ("Title: …", "Author: …") starting the file, or anywhere before the
//     "*** START OF …" line of a Project Gutenberg e-text (everything before it is the header);
//   - a title line, perhaps a subtitle, then "by NAME" (also "*By NAME*", "BY NAME").
// Nothing is guessed from the body: a "By the end of the war…" sentence is prose, and an
// author has to look like a name (capitalised words, initials, particles such as "de" or "van").
import { cleanMetaValue } from "./clean";
import { NO_METADATA, type BookMetadata } from "./types";

const GUTENBERG_START = /^\s*\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG/im;
const HEADER_SPAN = 400; // lines: a Gutenberg header, with the old "small print", is shorter than this
const HEADER_LINE = /^([A-Z][A-Za-z]*(?: [A-Za-z]+){0,3}):\s*(.*)$/;
const BLOCK_LINES = 6; // a title page's lines: title, subtitles, byline
const PARTICLES = new Set(["de", "del", "della", "der", "den", "van", "von", "da", "di", "du", "la", "le", "y", "bin", "ibn", "al", "ten", "ter"]);
const FUNCTION_WORDS = new Set(["of", "the", "an", "in", "on", "at", "for", "with", "from", "to", "his", "her", "their", "our", "my", "this", "that", "is", "was"]);

export function textMetadata(text: string): BookMetadata {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  return frontMatter(lines) ?? headerLines(lines) ?? byLine(lines) ?? NO_METADATA;
}

function frontMatter(lines: string[]): BookMetadata | null {
  if (lines[0]?.trim() !== "---") return null;
  const end = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
  if (end < 0 || end > 60) return null;
  const field = (key: string) => {
    const line = lines.slice(1, end).find((l) => new RegExp(`^${key}\\s*:`, "i").test(l));
    return line ? line.replace(/^[^:]*:\s*/, "").replace(/^(["'])(.*)\1\s*$/, "$2") : null;
  };
  return found({ author: personName(field("author")), title: cleanMetaValue(field("title"), "title") });
}

function headerLines(lines: string[]): BookMetadata | null {
  const head = lines.slice(0, HEADER_SPAN).join("\n");
  const start = GUTENBERG_START.exec(head);
  // In a Gutenberg e-text the header is everything before its START line; otherwise the header
  // lines must open the file.
  const region = start ? head.slice(0, start.index).split("\n") : lines.slice(firstLine(lines), HEADER_SPAN);
  const values: Record<string, string> = {};
  for (let i = 0; i < region.length; i++) {
    const m = HEADER_LINE.exec(region[i].trim());
    if (!m) {
      if (!start && region[i].trim()) break; // the first line that is not a header ends the block
      continue;
    }
    let value = m[2];
    while (/^\s+\S/.test(region[i + 1] ?? "")) value += ` ${region[++i].trim()}`; // a wrapped value
    values[m[1].toLowerCase()] ??= value;
  }
  return found({ author: personName(values.author ?? null), title: cleanMetaValue(values.title ?? null, "title") });
}

function byLine(lines: string[]): BookMetadata | null {
  const block = lines.slice(firstLine(lines)).filter((l) => l.trim()).slice(0, BLOCK_LINES).map(unmark);
  if (!block.length || !isTitleLine(block[0])) return null;
  for (let i = 1; i < block.length; i++) {
    const m = /^by\s+(.+)$/i.exec(block[i]);
    if (m) {
      // A byline that names no one ("by a Fellow of the Society") still marks the first line as the title.
      return found({ author: personName(m[1]), title: cleanMetaValue(block[0], "title") });
    }
    if (!isTitleLine(block[i])) return null; // prose before any byline: there is no title block
  }
  return null;
}

const firstLine = (lines: string[]) => Math.max(0, lines.findIndex((l) => l.trim()));

/** A line without its Markdown heading marks and wrapping emphasis. */
const unmark = (line: string) => line.trim().replace(/^#{1,6}\s+/, "").replace(/^([*_]{1,3})(.+?)\1$/, "$2").trim();

/** A title or subtitle: short, and not a sentence. */
function isTitleLine(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words <= 15 && line.length <= 150 && !/[.;,]$/.test(line.replace(/\b[A-Z]\.$/, ""));
}

/** The name when `raw` looks like one ("H. G. Wells", "Alexis de Tocqueville", "A and B"), else null. */
function personName(raw: string | null): string | null {
  if (!raw) return null;
  let name = raw.trim().replace(/(?:,\s*(?:[A-Z][A-Za-z]{0,3}\.){1,4})+\s*$/, ""); // trailing degrees: ", M.A., F.R.S."
  name = name.replace(/[.,;:]$/, (p) => (/\b[A-Z]$/.test(name.slice(0, -1)) ? p : ""));
  if (!/\p{Ll}/u.test(name)) name = name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
  name = name.replace(/^the\s+(?=[A-Z][a-z]*\.\s)/i, ""); // "the Rev. A. Hale" -> "Rev. A. Hale"
  const people = name.split(/\s+(?:and|&)\s+/);
  if (people.length > 3 || !people.every(isOnePerson)) return null;
  return cleanMetaValue(name, "author");
}

function isOnePerson(person: string): boolean {
  const tokens = person.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 6) return false;
  return tokens.every((t) => {
    if (FUNCTION_WORDS.has(t.toLowerCase())) return false;
    if (PARTICLES.has(t)) return true;
    return /^(?:\p{Lu}\.)+$/u.test(t) || /^\p{Lu}[\p{L}'’-]*\.?,?$/u.test(t);
  });
}

const found = (m: BookMetadata): BookMetadata | null => (m.author || m.title ? m : null);
