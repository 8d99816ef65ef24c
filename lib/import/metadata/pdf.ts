// A PDF's Info dictionary (Author, Title), with the XMP packet's dc:creator / dc:title when the
// Info dictionary has none (pdfjs-dist reads both; this file only picks from what it returns).
import { cleanMetaValue, joinAuthors } from "./clean";
import type { BookMetadata } from "./types";

/** pdfjs's getMetadata() result, as far as it is read here. */
export interface PdfMetadataSource {
  info?: unknown;
  metadata?: { get(name: string): unknown } | null;
}

export function pdfMetadata(m: PdfMetadataSource): BookMetadata {
  const info = (m.info && typeof m.info === "object" ? m.info : {}) as Record<string, unknown>;
  const xmp = (name: string): unknown[] => {
    const v = m.metadata?.get(name);
    return Array.isArray(v) ? v : v == null ? [] : [v];
  };
  return {
    author: cleanMetaValue(info.Author, "author") ?? joinAuthors(xmp("dc:creator")),
    title: cleanMetaValue(info.Title, "title") ?? cleanMetaValue(xmp("dc:title")[0], "title"),
  };
}
