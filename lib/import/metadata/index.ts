// The book's own metadata: who wrote it and what it is called, as each format records them
// (EPUB package, DOCX core properties, PDF Info dictionary, HTML head, a plain text's title block).
// Every reader returns a BookMetadata; a value that is missing or junk is null, never an error.
export { type BookMetadata, NO_METADATA } from "./types";
export { cleanMetaValue, joinAuthors, META_MAX } from "./clean";
export { epubMetadata } from "./epub";
export { docxMetadata } from "./docx";
export { pdfMetadata } from "./pdf";
export { htmlMetadata } from "./html";
export { textMetadata } from "./text";
