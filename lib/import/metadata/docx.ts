// Word's core properties (docProps/core.xml): dc:creator and dc:title. The creator is whoever made
// the file, which for a book manuscript is its author, and for a fresh install's template a
// placeholder that cleanMetaValue drops.
import { DOMParser } from "linkedom";
import { cleanMetaValue } from "./clean";
import { NO_METADATA, type BookMetadata } from "./types";
import { byLocalName } from "./xml";

/** Reads core.xml's text (undefined when the document has none). */
export function docxMetadata(coreXml: string | undefined): BookMetadata {
  if (!coreXml) return NO_METADATA;
  const doc = new DOMParser().parseFromString(coreXml, "text/xml") as unknown as Document;
  const first = (name: string) => byLocalName(doc, name)[0]?.textContent ?? null;
  return { author: cleanMetaValue(first("creator"), "author"), title: cleanMetaValue(first("title"), "title") };
}
