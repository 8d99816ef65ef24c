// EPUB 2/3: container.xml -> package document -> spine order; the nav's page-list (or the NCX
// pageList) gives printed page numbers; notes come from the shared HTML converter.
import { DOMParser, parseHTML } from "linkedom";
import { readZip } from "../zip";
import { ImportError, type ImportLimits } from "../errors";
import { htmlToMarkdown } from "../html/to-markdown";
import { resolveHref, type Part } from "../html/notes";
import { epubMetadata, type BookMetadata } from "../metadata";

const utf8 = (b: Uint8Array) => new TextDecoder("utf-8").decode(b);
const xml = (s: string) => new DOMParser().parseFromString(s, "text/xml") as unknown as Document;

/** The book's title is `metadata.title`: the package's metadata is read in one place (lib/import/metadata/epub.ts). */
export function readEpub(bytes: Uint8Array, limits: ImportLimits): { markdown: string; labels: string[]; parts: number; metadata: BookMetadata } {
  const files = readZip(bytes, limits, (n) => /\.(?:xml|opf|x?html?|ncx)$/i.test(n), "EPUB");
  const container = files.get("META-INF/container.xml");
  const opfPath = container && xml(utf8(container)).querySelector("rootfile")?.getAttribute("full-path");
  const opfBytes = opfPath ? files.get(opfPath) : undefined;
  if (!opfPath || !opfBytes) throw new ImportError("This EPUB has no package document (META-INF/container.xml is missing or broken).");
  const opf = xml(utf8(opfBytes));
  const manifest = new Map<string, { href: string; type: string; props: string }>();
  for (const item of opf.querySelectorAll("manifest > item")) {
    manifest.set(item.getAttribute("id") ?? "", { href: resolveHref(opfPath, item.getAttribute("href") ?? ""), type: item.getAttribute("media-type") ?? "", props: item.getAttribute("properties") ?? "" });
  }
  const spine = [...opf.querySelectorAll("spine > itemref")].map((r) => manifest.get(r.getAttribute("idref") ?? "")).filter((m) => !!m && /html/.test(m.type));
  if (!spine.length) throw new ImportError("This EPUB's spine lists no readable chapters.");
  if (spine.length > limits.maxPages) throw new ImportError(`This EPUB has ${spine.length} parts; the limit is ${limits.maxPages}.`);
  const parts: Part[] = spine.map((m) => ({ name: m!.href, document: parseHTML(utf8(files.get(m!.href) ?? new Uint8Array())).document as unknown as Document }));
  const pageAnchors = new Map<string, string>();
  const nav = [...manifest.values()].find((m) => m.props.split(/\s+/).includes("nav"));
  const navDoc = nav && files.get(nav.href) ? parseHTML(utf8(files.get(nav.href)!)).document : null;
  const pageList = navDoc ? [...navDoc.querySelectorAll("nav")].find((n) => /page-list/.test(n.getAttribute("epub:type") ?? "")) : null;
  for (const a of pageList?.querySelectorAll("a[href]") ?? []) pageAnchors.set(anchorKey(nav!.href, a.getAttribute("href")!), (a.textContent ?? "").trim());
  const ncx = [...manifest.values()].find((m) => /dtbncx/.test(m.type));
  if (!pageAnchors.size && ncx && files.get(ncx.href)) {
    for (const target of xml(utf8(files.get(ncx.href)!)).querySelectorAll("pageTarget")) {
      const src = target.querySelector("content")?.getAttribute("src");
      const label = target.querySelector("navLabel text")?.textContent?.trim();
      if (src && label) pageAnchors.set(anchorKey(ncx.href, src), label);
    }
  }
  return { ...htmlToMarkdown(parts, { pageAnchors }), parts: parts.length, metadata: epubMetadata(opf) };
}

function anchorKey(base: string, href: string): string {
  const [file, id] = href.split("#");
  return `${resolveHref(base, file)}#${id ?? ""}`;
}
