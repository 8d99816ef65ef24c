// Page tracking while walking a chapter. Every page gets an index as it is entered (0, 1, 2...);
// printed numbers are attached to indexes when evidence appears (a page-number line, a running
// head with a number, the contents' first page), and only at the end are numbers inferred for the
// other pages: counting on from the last known page, or back from the first known one. So a
// number printed at the foot of page 45 also dates the text read before it.
import { nextPage, parseNumber } from "./roman";
import { englishLexicon } from "./english-lexicon";

export class PageTracker {
  private index = 0;
  private known = new Map<number, string>();
  private pendingBreak = false; // a footnote block closed the page; the next body text is on a new page
  private contentOnPage = false;
  private enteredBy: ("start" | "marker" | "notes")[] = ["start"]; // what turned over to each page
  private closedByNotes = false; // the page before the current one ended with its footnotes
  private headers = new Set<number>(); // pages whose number was printed at their top
  private footers = new Set<number>(); // pages whose number was printed at their foot
  private sameAsBefore = new Set<number>(); // pages found to continue the page before (a break that was none)
  breaks = 0;

  constructor(startPage: string | null) {
    if (startPage) this.known.set(0, startPage);
  }

  /** Page breaks seen, less those that footnote blocks in mid-page were found to have made wrongly. */
  get pagesTurned(): number {
    return this.breaks - this.sameAsBefore.size;
  }

  /** Pages turned by a running head or page number (not by a block of page-foot notes). */
  get turnedByMarkers(): number {
    return this.enteredBy.filter((by) => by === "marker").length;
  }

  /** The current page as a token for resolve(). */
  get current(): string {
    return String(this.index);
  }

  private next(by: "marker" | "notes" = "marker"): void {
    this.closedByNotes = this.pendingBreak;
    this.index++;
    this.breaks++;
    this.enteredBy.push(by);
    this.pendingBreak = false;
    this.contentOnPage = false;
  }

  private get entered(): "start" | "marker" | "notes" {
    return this.enteredBy[this.index];
  }

  /** The first of the pages back from the current one that only footnote blocks opened (the current page if none). */
  private notesChainStart(): number {
    let i = this.index;
    while (i > 0 && this.enteredBy[i] === "notes" && !this.known.has(i)) i--;
    return i;
  }

  private continuesFrom(first: number): void {
    for (let i = first + 1; i <= this.index; i++) this.sameAsBefore.add(i);
  }

  /**
   * A numbered head or page number arrives after text on a page that only footnote blocks opened,
   * carrying the number that follows the last page numbered at its top: it is the next page's
   * header, and those footnote blocks stood in the middle of that page (OCR or conversion moved
   * them there). The "pages" they opened are that page, continued.
   */
  private midPageNotes(value: number | null): boolean {
    if (!this.contentOnPage || value === null) return false;
    const first = this.notesChainStart();
    const before = this.numberAt(first);
    if (first === this.index || before === null || !this.headers.has(first) || value !== before + 1) return false;
    this.continuesFrom(first);
    return true;
  }

  /**
   * The same with numbers at the foot: a footer arrives after text on a page that only footnote
   * blocks opened, the page they broke carries no number, and the page before it ended with a
   * footer one lower: the footer is that page's, continued here.
   */
  private midPageNotesAbove(value: number | null): boolean {
    if (!this.contentOnPage || value === null) return false;
    const first = this.notesChainStart();
    const before = this.numberAt(first - 1);
    if (first === this.index || first === 0 || this.known.has(first) || before === null || !this.footers.has(first - 1) || value !== before + 1) return false;
    this.known.set(first, String(value));
    this.footers.add(first);
    this.continuesFrom(first);
    return true;
  }

  private numberAt(i: number): number | null {
    const n = this.known.get(i);
    return n !== undefined && /^\d+$/.test(n) ? Number(n) : null;
  }

  /**
   * A block of page-foot notes: returns the page token they belong to. Notes read right after the
   * next page's head or number, before any of its text, are the foot of the page before (the
   * export put them after the page break); otherwise they end the current page.
   */
  footnotes(): string {
    if (this.index > 0 && this.entered === "marker" && !this.contentOnPage && !this.pendingBreak && !this.closedByNotes) return String(this.index - 1);
    this.pendingBreak = true;
    return this.current;
  }

  /** Body text is about to be read: a page closed by footnotes turns over first. */
  content(): void {
    if (this.pendingBreak) this.next("notes");
    this.contentOnPage = true;
  }

  /** The printed number of the current page, counting on from the last page whose number is known. */
  private inferred(): number | null {
    let steps = 0; // pages turned since page i (a page continuing the one before is no new page)
    for (let i = this.index; i >= 0; i--) {
      const n = this.numberAt(i);
      if (n !== null) return n + steps;
      if (this.known.has(i)) return null; // a roman or odd number: no arithmetic from it
      if (!this.sameAsBefore.has(i)) steps++;
    }
    return null;
  }

  /** A line holding only a page number: the header of this page, the footer of the page just read, or the header of the next. */
  pageNumber(printed: string, withHead = false): void {
    const value = parseNumber(printed);
    const cur = this.inferred();
    // With no number to count from, a page number printed against a running head (no blank line
    // between them) is read as the top of a page, where the head is: the header of the next page.
    if (withHead && cur === null && (this.contentOnPage || this.pendingBreak)) {
      this.next();
      this.known.set(this.index, printed);
      this.headers.add(this.index);
      return;
    }
    const atTop = !this.contentOnPage && !this.pendingBreak;
    if (atTop && (cur === null || value === cur)) {
      this.known.set(this.index, printed);
      this.headers.add(this.index);
    } else if (this.midPageNotes(value)) {
      this.next();
      this.known.set(this.index, printed);
      this.headers.add(this.index);
    } else if (this.midPageNotesAbove(value)) {
      this.next();
    } else if (cur === null || value === cur) {
      this.known.set(this.index, printed); // a footer (below the text or its footnotes)
      this.footers.add(this.index);
      this.next();
    } else {
      if (!atTop) this.next(); // the header of a new page
      this.known.set(this.index, printed);
      this.headers.add(this.index);
    }
  }

  /** A running head carrying a page number starts that page. */
  runningHead(printed: string): void {
    if (this.midPageNotes(parseNumber(printed))) this.next();
    else if ((this.contentOnPage || this.pendingBreak) && parseNumber(printed) !== this.inferred()) this.next();
    this.known.set(this.index, printed);
    this.headers.add(this.index);
  }

  /** An inline marker ("[Pg 36]") inside running text: page 36 starts here. */
  inlinePage(printed: string): void {
    if (this.contentOnPage || this.pendingBreak) this.next();
    this.known.set(this.index, printed);
    this.contentOnPage = true;
  }

  /** A page break without a number: a running head that carries none. */
  pageBreak(): void {
    if (this.contentOnPage || this.pendingBreak) this.next();
  }

  /** Maps a token from `current` to a printed page, inferring unnumbered pages from their neighbours. */
  resolver(): (token: string | null) => string | null {
    const pages: (string | null)[] = [];
    let firstKnown = -1;
    for (let i = 0; i <= this.index; i++) {
      const own = this.known.get(i);
      const prev = i > 0 ? pages[i - 1] : null;
      pages.push(this.sameAsBefore.has(i) ? prev : own ?? (prev !== null ? nextPage(prev) : null));
      if (own !== undefined && firstKnown < 0) firstKnown = i;
    }
    const first = firstKnown >= 0 ? this.numberAt(firstKnown) : null;
    for (let i = 0; i < firstKnown && first !== null; i++) if (first - (firstKnown - i) >= 1) pages[i] = String(first - (firstKnown - i));
    return (token) => (token === null ? null : pages[Number(token)] ?? null);
  }
}

// Page markers inside the text of e-text editions: "[Pg 36]", "[Page 36]", "[p. 36]", "{36}".
const INLINE_PAGE = /\s*(?:\[(?:Pg|Page|p\.)\s*(\d{1,4}|[ivxlc]{1,7})\]|\{(\d{1,4})\})\s*/gi;

/**
 * A marker set inside a word the page turn cut ("pre{12} dicted"): glued to the word's first part, and
 * the two parts make a word in general use where one of them is none ("in{12} mental" stays two).
 */
function insideWord(text: string, from: number, to: number): boolean {
  if (!/\p{Ll}/u.test(text[from - 1] ?? "") || /\s/.test(text[from])) return false;
  const left = text.slice(Math.max(0, from - 30), from).match(/\p{Ll}+$/u)?.[0] ?? "";
  const right = text.slice(to, to + 30).match(/^\p{Ll}+/u)?.[0] ?? "";
  if (!left || !right) return false;
  const counts = englishLexicon().counts;
  return !!counts.get(left + right) && (!counts.get(left) || !counts.get(right));
}

/** Removes inline page markers, returning where each page starts in the remaining text. */
export function inlinePageMarks(text: string): { text: string; marks: { at: number; page: string }[] } {
  if (!text.includes("[") && !text.includes("{")) return { text, marks: [] };
  const marks: { at: number; page: string }[] = [];
  let out = "";
  let last = 0;
  for (const m of text.matchAll(INLINE_PAGE)) {
    out += text.slice(last, m.index);
    const gap = out && m.index! + m[0].length < text.length && !insideWord(text, m.index!, m.index! + m[0].length) ? " " : "";
    out += gap;
    marks.push({ at: out.length, page: m[1] ?? m[2] });
    last = m.index! + m[0].length;
  }
  return { text: out + text.slice(last), marks };
}
