// The one HTML -> Markdown converter behind EPUB, DOCX (via mammoth) and saved web pages: headings,
// paragraphs, lists and quotes as Markdown; note links as [^n] with their definitions after the
// paragraph that cites them; page-break anchors as the "[Pg n]" marks lib/chapters reads.
import { findNoteLinks, noteText, typeOf, type Part } from "./notes";

const SKIP = new Set(["script", "style", "nav", "head", "noscript", "template", "svg", "img", "figure", "math", "button", "form", "iframe", "video", "audio", "object", "title"]);
const BLOCK = new Set(["p", "div", "section", "article", "main", "aside", "header", "footer", "blockquote", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "pre", "body", "hr", "figcaption", "address", "center"]);

export interface HtmlOptions {
  /** Ids of page-list targets ("file#id") -> printed page label (EPUB page-list). */
  pageAnchors?: Map<string, string>;
}

/**
 * Page-break anchors become "[Pg k]" tokens (k = 1, 2, ... in reading order); `labels[k - 1]` is the
 * printed label, restored by cleanImported, so any label ("xi", "A-3") survives the clean-up.
 */
export function htmlToMarkdown(parts: Part[], opts: HtmlOptions = {}): { markdown: string; labels: string[] } {
  const labels: string[] = [];
  const links = findNoteLinks(parts);
  const targets = new Set([...links.values()].map((l) => l.target));
  const out: string[] = [];
  let buffer = "";
  let pendingPage: string | null = null;
  let defs: string[] = [];
  const written = new Set<Element>();
  let partName = "";

  const inline = (el: Element): string => {
    let s = "";
    for (const n of el.childNodes) {
      if (n.nodeType === 3) s += n.textContent ?? "";
      else if (n.nodeType === 1 && !SKIP.has((n as Element).localName)) s += inline(n as Element) + (BLOCK.has((n as Element).localName) ? " " : "");
    }
    return s.replace(/\s+/g, " ");
  };
  const flush = (prefix = "") => {
    const text = buffer.replace(/\s+/g, " ").trim();
    buffer = "";
    if (text && /[\p{L}\p{N}]/u.test(text.replace(/\[Pg [^\]]*\]/g, ""))) out.push(prefix + text);
    else if (text.startsWith("[Pg ")) pendingPage = text.slice(4, text.indexOf("]"));
    if (defs.length) out.push(defs.join("\n"));
    defs = [];
  };
  const pageMark = (label: string) => {
    labels.push(label);
    const token = String(labels.length);
    if (buffer.trim()) buffer += ` [Pg ${token}] `;
    else pendingPage = token;
  };
  const text = (s: string) => {
    if (!s.trim() && !buffer) return;
    if (pendingPage && s.trim()) {
      buffer += `[Pg ${pendingPage}] `;
      pendingPage = null;
    }
    buffer += s;
  };
  const pageLabelOf = (el: Element): string | null => {
    const id = el.getAttribute("id");
    const listed = id ? opts.pageAnchors?.get(`${partName}#${id}`) : undefined;
    if (listed) return listed;
    if (/pagebreak/.test(typeOf(el))) return (el.getAttribute("title") ?? el.getAttribute("aria-label") ?? el.textContent ?? "").replace(/^page\s*/i, "").trim() || null;
    return null;
  };

  const walk = (el: Element, prefix: string) => {
    for (const n of el.childNodes) {
      if (n.nodeType === 3) { text(n.textContent ?? ""); continue; }
      if (n.nodeType !== 1) continue;
      const e = n as Element;
      const tag = e.localName;
      const page = pageLabelOf(e);
      if (page) { pageMark(page); if (!e.textContent?.trim() || /pagebreak/.test(typeOf(e))) continue; }
      if (SKIP.has(tag) || targets.has(e) || /\b(?:footnote|endnote|rearnote)s?\b/.test((e.getAttribute("epub:type") ?? "") + (e.getAttribute("role") ?? "").replace("doc-", ""))) continue;
      const link = links.get(e);
      if (link) {
        buffer = buffer.replace(/\s+$/, "") + `[^${link.number}]`;
        if (!written.has(link.target)) {
          written.add(link.target);
          defs.push(`[^${link.number}]: ${noteText(link.target, link.number, inline)}`);
        }
        continue;
      }
      const h = tag.match(/^h([1-6])$/);
      if (h) {
        flush(prefix);
        const title = inline(e).trim();
        if (title) out.push(`${"#".repeat(Number(h[1]))} ${title}`);
        continue;
      }
      if (tag === "br") { text(" "); continue; }
      if (BLOCK.has(tag)) {
        flush(prefix);
        const inner = tag === "li" ? "- " : tag === "blockquote" ? "> " : prefix;
        walk(e, inner);
        flush(inner);
        continue;
      }
      walk(e, prefix);
    }
  };
  for (const part of parts) {
    partName = part.name;
    const body = part.document.body ?? part.document.documentElement;
    if (body) walk(body, "");
    flush();
  }
  return { markdown: out.join("\n\n") + "\n", labels };
}
