// Shared shapes between lib/chapters (clean-up) and lib/cards (generation). Plain data only:
// these are stored as JSON in Chapter.structure and sent to the browser for source highlighting.

/** A sentence of cleaned body text. Offsets are into CleanChapter.text (UTF-16 code units). */
export interface Sentence {
  id: number; // 0-based, unique within the chapter, in reading order
  text: string; // exactly CleanChapter.text.slice(start, end)
  start: number;
  end: number;
  paragraph: number; // index into CleanChapter.paragraphs
  page: string | null; // printed page the sentence starts on ("36", "xi"), null when unknown
  footnoteRefs: string[]; // ids of footnotes cited inside this sentence (markers removed from text)
}

export interface Paragraph {
  id: number;
  start: number;
  end: number;
  page: string | null;
  kind: "body" | "heading" | "quote" | "list" | "apparatus"; // apparatus: a study question, exercise or reference (./apparatus) or a quoted letter's dateline, address or subscription (./letter-furniture), no sentences
}

export interface Footnote {
  id: string; // unique within the chapter, e.g. "p36-n2"
  number: string; // the printed marker: "1", "*", "†"
  page: string | null;
  text: string; // cleaned footnote text
  citedAt: { sentence: number; offset: number } | null; // where its marker stood in the body
}

export interface PageStart {
  page: string;
  offset: number; // offset in CleanChapter.text where this page begins
}

export interface CleanChapter {
  index: number; // 0-based position in the document
  number: string | null; // chapter number after repair ("11", not OCR'd "II")
  title: string;
  part?: string; // the book or part the chapter stands in, as its heading reads ("Book III"), when one heads it
  text: string; // cleaned body text; paragraphs separated by "\n\n"
  paragraphs: Paragraph[];
  sentences: Sentence[];
  footnotes: Footnote[];
  pages: PageStart[];
}

export interface LayoutReport {
  format: "markdown" | "plain";
  hasSupMarkers: boolean; // <sup>n</sup> footnote markers
  hasFootnoteBlocks: boolean; // footnotes interleaved at page breaks
  hasEndnotes: boolean;
  hasRunningHeads: boolean;
  hasPageNumbers: boolean;
  hyphenationRepairs: number;
  notes: string[]; // human-readable remarks on what was detected and repaired
}

export interface CleanDocument {
  title: string | null;
  chapters: CleanChapter[];
  layout: LayoutReport;
}
