// EPUB 2/3 package metadata: dc:creator (authors only: an editor, translator or illustrator is not
// the book's "I") and dc:title (the one refined as the main title when EPUB 3 marks one).
import { cleanMetaValue, joinAuthors } from "./clean";
import type { BookMetadata } from "./types";
import { attr, byLocalName } from "./xml";

/** Reads the package document (the OPF) already parsed as XML. */
export function epubMetadata(opf: Document): BookMetadata {
  const refinements = byLocalName(opf, "meta").filter((m) => attr(m, "refines"));
  const refined = (el: Element, property: string) => {
    const id = el.getAttribute("id");
    return id ? refinements.find((m) => m.getAttribute("refines") === `#${id}` && m.getAttribute("property") === property)?.textContent?.trim() ?? null : null;
  };
  const creators = byLocalName(opf, "creator").filter((c) => {
    const role = attr(c, "role") ?? refined(c, "role");
    return !role || role.trim().toLowerCase() === "aut";
  });
  const titles = byLocalName(opf, "title");
  const main = titles.find((t) => refined(t, "title-type") === "main") ?? titles[0];
  return { author: joinAuthors(creators.map((c) => c.textContent ?? "")), title: cleanMetaValue(main?.textContent ?? null, "title") };
}
