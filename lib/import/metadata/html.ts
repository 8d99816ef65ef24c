// A web page's head: <meta name="author"> (or the Dublin Core name for the same, dc.creator) and
// <title>. Bylines inside the article are not read: they are part of the body, and guessing a
// name out of the body is what this module never does.
import { cleanMetaValue, joinAuthors } from "./clean";
import type { BookMetadata } from "./types";

const AUTHOR_NAMES = new Set(["author", "dc.creator", "dcterms.creator"]);

export function htmlMetadata(document: Document): BookMetadata {
  const authors = [...document.querySelectorAll("meta[name]")]
    .filter((m) => AUTHOR_NAMES.has((m.getAttribute("name") ?? "").toLowerCase()))
    .map((m) => m.getAttribute("content") ?? "");
  return { author: joinAuthors(authors), title: cleanMetaValue(document.querySelector("title")?.textContent ?? null, "title") };
}
