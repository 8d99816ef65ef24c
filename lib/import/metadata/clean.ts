// A metadata value (an author or a title read from a file) made safe to store and show: spaces
// collapsed, trimmed, at most META_MAX characters. A value that is missing, empty, holds control
// characters, is longer than the cap, or is one of the placeholders that writing software fills in
// when nobody typed anything ("Microsoft Office User", "Untitled") is null: metadata is a hint,
// never a reason for an import to fail.

/** Longest author or title kept. A longer "author" is an abstract or a list pasted into the field, not a name. */
export const META_MAX = 200;

// C0 and C1 control characters and DEL; tabs and line breaks are treated as spaces first.
export const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

// What software writes when nobody named the author: the account name of a fresh install, a
// placeholder, or a word for "not known". None of them names a person who could be a narrator.
const JUNK_AUTHOR = /^(?:unknown(?: author)?|anonymous|anon\.?|author|authors?|n\/?a|none|null|undefined|various|user|admin(?:istrator)?|owner|windows user|microsoft office user|microsoft word|office user|default|test)$/i;
// Titles that name the file or the template rather than the work.
const JUNK_TITLE = /^(?:untitled(?: document)?|title|document\d*|new document|microsoft word - .*|.*\.(?:docx?|pdf|rtf|odt|txt|md|html?|epub|indd|tex|qxd))$/i;

export type MetaKind = "author" | "title";

/** The value as stored, or null when it is missing or junk. */
export function cleanMetaValue(raw: unknown, kind: MetaKind): string | null {
  if (typeof raw !== "string") return null;
  const value = raw.replace(/[\t\n\r\u2028\u2029]/g, " ").replace(/\s+/g, " ").trim();
  if (!value || CONTROL_CHARS.test(value) || value.length > META_MAX) return null;
  if (!/\p{L}/u.test(value)) return null;
  if (kind === "author" && (JUNK_AUTHOR.test(value) || /:\/\/|www\.|@/.test(value))) return null;
  if (kind === "title" && JUNK_TITLE.test(value)) return null;
  return value;
}

/** Several authors as one line: "A", "A and B", "A, B and C"; "A et al." when the list passes the cap. */
export function joinAuthors(names: unknown[]): string | null {
  const list = [...new Set(names.map((n) => cleanMetaValue(n, "author")).filter((n): n is string => !!n))];
  if (!list.length) return null;
  const joined = list.length === 1 ? list[0] : `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
  return joined.length <= META_MAX ? joined : `${list[0]} et al.`.slice(0, META_MAX);
}
