// Footnotes in HTML: links to a note (EPUB 3 noteref, DPUB-ARIA doc-noteref, a linked superscript,
// Word's footnote-ref via mammoth) and the elements they point to, across the files of a book.
const BLOCK_TARGET = "li, p, aside, div, section, dd, td, footer";
const BACK_LINK = /^[\s↑↩⤴^←\u21a9\ufe0e]*$|^back$|^return$/i;

export interface Part { name: string; document: Document }
export interface NoteLink { number: string; target: Element }

const typeOf = (el: Element) => `${el.getAttribute("epub:type") ?? ""} ${el.getAttribute("role") ?? ""} ${el.getAttribute("class") ?? ""}`.toLowerCase();

function resolve(base: string, href: string): string {
  const dir = base.includes("/") ? base.slice(0, base.lastIndexOf("/") + 1) : "";
  const parts = (dir + href).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== ".") out.push(p);
  }
  return decodeURIComponent(out.join("/"));
}

function findById(doc: Document, id: string): Element | null {
  return doc.getElementById?.(id) ?? doc.querySelector(`[id="${id.replace(/"/g, '\\"')}"]`);
}

/** Finds every note link, keyed by the link element, with the note element it points to. */
export function findNoteLinks(parts: Part[]): Map<Element, NoteLink> {
  const byName = new Map(parts.map((p) => [p.name, p.document]));
  const links = new Map<Element, NoteLink>();
  let counter = 0;
  for (const part of parts) {
    for (const a of part.document.querySelectorAll("a[href*='#']")) {
      const kind = typeOf(a);
      const text = (a.textContent ?? "").replace(/[\s[\](){}]/g, "");
      const looksLikeRef = /noteref|footnote-ref|endnote-ref|fnref/.test(kind) || (!!a.closest("sup") && /^(?:\d{1,3}|[*†‡§a-z])$/.test(text));
      if (!looksLikeRef || /backlink|footnote-back/.test(kind)) continue;
      const href = a.getAttribute("href")!;
      const [file, id] = href.split("#");
      const doc = file ? byName.get(resolve(part.name, file)) : part.document;
      const anchor = doc && id ? findById(doc, id) : null;
      if (!anchor) continue;
      const target = anchor.matches(BLOCK_TARGET) ? anchor : anchor.closest(BLOCK_TARGET) ?? anchor;
      if (target.contains(a) || target === target.ownerDocument?.body) continue; // a back-link inside its own note
      counter++;
      links.set(a, { number: /^(?:\d{1,3}|[*†‡§])$/.test(text) ? text : String(counter), target });
    }
  }
  return links;
}

/** The note's own text: its back-links and the printed number that opens it removed. */
export function noteText(target: Element, number: string, inline: (el: Element) => string): string {
  const copy = target.cloneNode(true) as Element;
  for (const a of copy.querySelectorAll("a")) if (BACK_LINK.test((a.textContent ?? "").trim()) || /backlink|footnote-back/.test(typeOf(a))) a.remove();
  return inline(copy).replace(new RegExp(`^\\s*\\[?${number.replace(/[*]/g, "\\*")}\\]?[.)]?\\s+`), "").trim();
}

export { resolve as resolveHref, typeOf };
