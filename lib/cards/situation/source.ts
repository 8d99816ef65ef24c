// Where a card comes from in the book: the author's surname and the chapter's title, shortened, as
// the clean-up found them. Nothing invented: a title that is a machine's name (a file name) or an
// argument's summary is left out rather than rewritten.
import { HAS_UPPER } from "@/lib/cards/letters";
import { narratorName } from "../narrator/name";
import { titleCase } from "@/lib/chapters/title-case";

// Words a surname may begin with ("de Varenne", "Du Marais", "van Osk").
const PARTICLE = /^(?:de|du|da|di|del|della|der|van|von|la|le|ten|ter|dos|das)$/i;
const SUFFIX = /,?\s+(?:Jr|Sr|Junior|Senior)\.?$|,?\s+(?:II|III|IV)$/;
export const TITLE_WORDS = 8;

/**
 * The name a line cites an author by: a person's surname ("Maria T. Orme" → "Orme"; "A. B. Du
 * Marais" → "Du Marais"; "Orlen Brell Vance, Jr." → "Vance"); a body that is no person ("Society of
 * Friends", a name with a number) whole, when short. Null when nothing usable is given.
 */
export function citedAuthor(author: string | undefined): string | null {
  // A person's name, in either order ("Orme, Maria T."): its surname, as the narrator's is read.
  const named = narratorName(author);
  if (named) return named.short;
  const name = author?.replace(/\s*\([^)]*\)/g, "").replace(SUFFIX, "").replace(/\s+/g, " ").trim();
  if (!name || name.length > 80) return null;
  const words = name.split(" ");
  // A person's name is capitalised words, initials and particles; anything else is a body's name.
  const person = words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || PARTICLE.test(w)) && !/\d/.test(name);
  if (!person) return words.length <= 4 ? name : null;
  if (words.length === 1) return name;
  const particle = words.findIndex((w, k) => k > 0 && k < words.length - 1 && PARTICLE.test(w));
  return particle > 0 ? words.slice(particle).join(" ") : words.at(-1)!;
}

/** A title with no capital letter, or with a word run into its number ("ch27", "book3"), is a file's name, not a book's. */
export const machineName = (title: string): boolean => !HAS_UPPER.test(title) || /\b\p{L}+\d+\b|_/u.test(title);

/**
 * The chapter's title for a line: a leading bare numeral off ("I the Significance …" → "The
 * Significance …"), capitals set in title case, and a long title cut to its head (up to the first
 * dash, colon, semicolon or comma) when that head is 2–8 words. A title run of three or more dashed
 * parts is a summary of the chapter's argument, not a title: null, as for a file's name.
 */
export function citedTitle(title: string | undefined): string | null {
  let t = title?.replace(/\s+/g, " ").trim().replace(/[.:;,]+$/, "");
  if (!t || machineName(t) || /^untitled\b/i.test(t)) return null;
  t = t.replace(/^(?:[IVXLC]+|\d+)\.?\s+(?=\p{Ll})/u, "").replace(/^(?:[IVXLC]+|\d+)\.\s+(?=\S)/u, "");
  t = titleCase(t);
  t = t.charAt(0).toUpperCase() + t.slice(1);
  if (t.split(/\s*[—–]\s*|\s+--\s+/).length >= 3) return null;
  const words = t.split(" ").length;
  if (words <= TITLE_WORDS) return t;
  const head = t.split(/\s*[—–:;,]\s*|\s+--\s+/)[0].replace(/[.]+$/, "");
  const n = head.split(" ").length;
  return n >= 2 && n <= TITLE_WORDS ? head : null;
}
