// Builds book-like PDFs with pdf-lib from known prose, recording where every sentence, footnote and
// side-note was printed: fixtures for the PDF and OCR importers and for bench/import.ts.
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import { paragraphs as prose } from "./prose";

export interface BookOptions {
  seed: number;
  paragraphs: number;
  columns?: 1 | 2;
  firstPage?: number; // printed number of the first page
  title?: string;
  runningHead?: string;
  pageNumbers?: "head" | "foot";
  footnoteEvery?: number; // a note marker in every Nth sentence
  sideNoteEvery?: number; // a side-note beside every Nth paragraph
  dropCap?: boolean;
}

export interface BookFixture {
  bytes: Uint8Array;
  title: string;
  body: string; // paragraphs joined by blank lines
  sentences: { text: string; page: string }[];
  footnotes: { number: string; text: string; page: string }[];
  sideNotes: string[];
  pages: number;
}

const SIZE = 10, LEADING = 13, HEIGHT = 600, TOP = 540, NOTE_SIZE = 8;
const SIDE_NOTES = ["Tolls at Wexford", "Charter of Ravensgarth", "Pontage granted", "Lenten fairs", "Inundation records", "Cadastral surveys"];

export async function buildBookPdf(o: BookOptions): Promise<BookFixture> {
  const cols = o.columns === 2 ? [[50, 250], [270, 470]] : [[60, 360]];
  const width = o.columns === 2 ? 520 : 460;
  const textLeft = cols[0][0], textRight = cols.at(-1)![1];
  const bottom = o.footnoteEvery ? 110 : 80;
  const title = o.title ?? "Chapter 1. The Salt Roads";
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.TimesRoman);
  const bold = await pdf.embedFont(StandardFonts.TimesRomanBold);
  const paras = prose(o.seed, o.paragraphs);
  if (o.dropCap) paras[0][0] = "The summer of the great fair began with rain.";
  const fx: BookFixture = { bytes: new Uint8Array(), title, body: paras.map((p) => p.join(" ")).join("\n\n"), sentences: [], footnotes: [], sideNotes: [], pages: 0 };
  const first = o.firstPage ?? 1;
  let page!: PDFPage, pageNo = -1, col = 0, y = 0;
  let pageNotes: { number: string; text: string }[] = [];
  let noteCount = 0;
  const label = () => String(first + pageNo);

  const finishPage = () => {
    if (pageNo < 0) return;
    let ny = bottom - 22;
    for (const n of pageNotes) {
      page.drawText(n.number, { x: textLeft, y: ny + 3, size: 5.5, font });
      for (const [k, line] of wrap(n.text, font, NOTE_SIZE, textRight - textLeft - 8).entries()) {
        page.drawText(line, { x: textLeft + 5, y: ny, size: NOTE_SIZE, font });
        if (k >= 0) ny -= 10;
      }
    }
    pageNotes = [];
  };
  const newPage = () => {
    finishPage();
    page = pdf.addPage([width, HEIGHT]);
    pageNo++;
    col = 0;
    y = TOP;
    const opening = pageNo === 0;
    if (o.runningHead && !opening) {
      const w = font.widthOfTextAtSize(o.runningHead, 9);
      page.drawText(o.runningHead, { x: (textLeft + textRight - w) / 2, y: 570, size: 9, font });
    }
    const num = label();
    if (o.pageNumbers === "head" && !opening) page.drawText(num, { x: pageNo % 2 ? textRight - font.widthOfTextAtSize(num, 9) : textLeft, y: 570, size: 9, font });
    if (o.pageNumbers === "foot") page.drawText(num, { x: (textLeft + textRight) / 2, y: 40, size: 9, font });
  };
  const nextLine = () => {
    y -= LEADING;
    if (y < bottom) {
      if (col + 1 < cols.length) { col++; y = columnTop; }
      else { newPage(); columnTop = TOP; }
    }
  };

  newPage();
  const tw = bold.widthOfTextAtSize(title, 18);
  page.drawText(title, { x: (textLeft + textRight - tw) / 2, y: TOP, size: 18, font: bold });
  y = TOP - 40;
  let columnTop = y;
  let sentenceNo = 0;
  for (const [pi, para] of paras.entries()) {
    const words: { w: string; sentence?: string; note?: string }[] = [];
    for (const s of para) {
      sentenceNo++;
      const ws = s.split(" ");
      const noteAt = o.footnoteEvery && sentenceNo % o.footnoteEvery === 0 ? 2 : -1;
      ws.forEach((w, k) => {
        const entry: { w: string; sentence?: string; note?: string } = { w };
        if (k === 0) entry.sentence = s;
        if (k === noteAt) entry.note = `Compare the ledger entry for the year ${1400 + sentenceNo}, kept in the abbey archive.`;
        words.push(entry);
      });
    }
    let cap = pi === 0 && o.dropCap ? "T" : null;
    if (cap) words[0].w = "HE";
    let capLines = cap ? 2 : 0;
    const colWidth = () => cols[col][1] - cols[col][0];
    let indent = pi === 0 ? 0 : 14;
    let line: typeof words = [];
    const lineStartX = () => cols[col][0] + indent + (capLines > 0 ? 22 : 0);
    const widthOf = (ws: typeof words) => ws.reduce((s, w, i) => s + font.widthOfTextAtSize(w.w, SIZE) + (i ? font.widthOfTextAtSize(" ", SIZE) : 0) + (w.note ? 12 : 0), 0);
    if (o.sideNoteEvery && pi % o.sideNoteEvery === 1) {
      const note = SIDE_NOTES[pi % SIDE_NOTES.length];
      fx.sideNotes.push(note);
      const cut = note.lastIndexOf(" ");
      const [a, b] = [note.slice(0, cut), note.slice(cut + 1)];
      page.drawText(a, { x: textRight + 14, y, size: 7, font });
      page.drawText(b, { x: textRight + 14, y: y - 9, size: 7, font });
    }
    const draw = (ws: typeof words) => {
      if (cap) {
        page.drawText(cap, { x: cols[col][0], y: y - LEADING, size: 30, font });
        cap = null;
      }
      let x = lineStartX();
      let run = "";
      const flushRun = () => { if (run) { page.drawText(run, { x, y, size: SIZE, font }); x += font.widthOfTextAtSize(run, SIZE); run = ""; } };
      ws.forEach((w, i) => {
        if (w.sentence) fx.sentences.push({ text: w.sentence, page: label() });
        run += (i ? " " : "") + w.w;
        if (w.note) {
          flushRun();
          const n = String(++noteCount);
          page.drawText(n, { x: x + 0.5, y: y + 3.5, size: 6.5, font });
          x += font.widthOfTextAtSize(n, 6.5) + 1.5;
          pageNotes.push({ number: n, text: w.note });
          fx.footnotes.push({ number: n, text: w.note, page: label() });
        }
      });
      flushRun();
      indent = 0;
      if (capLines > 0) capLines--;
      nextLine();
    };
    for (const w of words) {
      if (line.length && widthOf([...line, w]) > colWidth() - indent - (capLines > 0 ? 22 : 0)) { draw(line); line = []; }
      line.push(w);
    }
    if (line.length) draw(line);
  }
  finishPage();
  fx.pages = pageNo + 1;
  fx.bytes = await pdf.save();
  return fx;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let cur = "";
  for (const w of text.split(" ")) {
    if (cur && font.widthOfTextAtSize(`${cur} ${w}`, size) > width) { lines.push(cur); cur = w; }
    else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines;
}
