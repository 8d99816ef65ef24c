// The page model shared by the PDF text layer and OCR: words or text runs with their geometry.
// Coordinates are PDF-style points with y measured up from the page's bottom edge to the baseline.

export interface TextItem {
  str: string;
  x: number;
  y: number; // baseline
  w: number;
  size: number; // font size (OCR: the word's cap-to-descender height)
  conf?: number; // OCR confidence 0–100; absent for a text layer
}

export interface PageText {
  width: number;
  height: number;
  items: TextItem[];
  label: string | null; // the document's own page label (PDF /PageLabels), when it has one
}

/** A run of items on one baseline with no wide gap inside: a line of one column, a head, a note line. */
export interface Fragment {
  page: number;
  x: number;
  right: number;
  y: number;
  size: number; // the size of its main (non-superscript) text
  text: string; // footnote markers written as [^n]
  leadingMarker: string | null; // a superscript or number opening the line ("3 See..."), for note lines
  lowConfidence: string[]; // OCR words under the confidence threshold
}

export interface LayoutResult {
  markdown: string;
  labels: string[]; // printed label of every page, in page order
  footnotePages: Map<string, string>; // footnote key (number#occurrence) -> page token (1-based page of the file)
  notes: string[];
  stats: { pages: number; columns2: number; runningHeads: number; footnotes: number; sideNotes: number; dropCaps: number };
  lowConfidence: string[];
}
