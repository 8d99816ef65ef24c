// Footnotes in raw OCR text carry no markup: the body has a digit glued to the word it annotates
// ('...pioneers".1 In June') and the foot of the page has lines starting "1 See The Interregnum".
// A block is taken for such notes only when it starts like a note AND its number is cited in the
// body text just above it; then both are rewritten in <sup> form for the usual footnote handling.
import type { Block } from "./blocks";
import { SHORT_PAGED_HEAD_LINE } from "./page-tops";

const NOTE_START = /^\s*(\d{1,2}|[*†‡])\s+(?=[\p{Lu}"“‘(]|(?:ibid|cf\.|see|op\. cit|id\.)\b)/iu;
// A running head with its page number ("84    THE WHITE MONKS", "LESSONS OF OCTOBER 37"): one short line.
const PAGED_HEAD = /^\s*(?:\d{1,4}\s+\D[^\n.!?]{0,80}|[^\n.!?]{0,80}\D\s+\d{1,4})\s*$/;
// A running head without a number: a short line in capitals ("THE TOWN AND THE SEA").
const CAPS_HEAD = /^[^\p{Ll}\d]{3,80}$/u;
// A page's top as a scan prints it: its number set apart at one end of the head line ("274      HISTORY
// OF ENGLAND.      CHAP. III."), whatever the head's own stops. Above it lies the page before.
const PAGE_TOP = SHORT_PAGED_HEAD_LINE;
// Body blocks above a note block where its markers may stand: one page, whose paragraphs side-notes
// may have cut into many blocks. The page's top ends the search before that.
const LOOKBACK = 12;

function escape(s: string): string {
  return s.replace(/\*/g, "\\*"); // only "*" is special: "\\†" is an invalid escape in a u-mode regex
}

/** A marker for note `n`: glued to a word or closing punctuation, followed by space or punctuation. */
function markerRe(n: string): RegExp {
  return new RegExp(`(?<=[\\p{L}.,;!?"”’)])${escape(n)}(?=[\\s.,;:]|$)`, "u");
}

function withLines(b: Block, lines: string[], kind = b.kind): Block {
  return { ...b, kind, lines, text: lines.join("\n") };
}

export function convertBareNotes(input: Block[]): { blocks: Block[]; count: number } {
  const blocks = [...input];
  let count = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== "body" || !NOTE_START.test(b.lines[0])) continue;
    const hosts: number[] = [];
    let furnitureOnly = true; // only page furniture so far between the notes and the text above
    for (let j = i - 1; j >= 0 && hosts.length < LOOKBACK; j--) {
      const k = blocks[j].kind;
      // Notes may be printed after the next page's number or running head: the text they annotate
      // lies above that furniture. Past any body text, a page number ends the search (another page).
      const head = k === "body" && blocks[j].lines.length === 1 && (PAGED_HEAD.test(blocks[j].text) || CAPS_HEAD.test(blocks[j].text) || PAGE_TOP.test(blocks[j].text));
      if (furnitureOnly && (k === "pagenum" || head)) continue;
      furnitureOnly = false;
      if (k === "heading" || k === "pagenum" || (head && PAGE_TOP.test(blocks[j].text))) break;
      if (k === "body" || k === "quote" || k === "list") hosts.push(j);
    }
    const cite = (n: string) => {
      const re = markerRe(n);
      for (const j of hosts) {
        const at = blocks[j].lines.findIndex((l) => re.test(l));
        if (at < 0) continue;
        const lines = blocks[j].lines.map((l, x) => (x === at ? l.replace(re, `<sup>${n}</sup>`) : l));
        blocks[j] = withLines(blocks[j], lines);
        return true;
      }
      return false;
    };
    const first = b.lines[0].match(NOTE_START)![1];
    if (!cite(first)) continue;
    // Later lines start a new note when they carry the next number (or a cited one).
    let expected = Number(first) + 1;
    const lines = b.lines.map((line, x) => {
      const m = line.match(NOTE_START);
      if (x === 0 || (m && (Number(m[1]) === expected || cite(m[1])))) {
        const n = m![1];
        if (x > 0 && Number(n) === expected) cite(n);
        expected = Number(n) + 1;
        count++;
        return line.replace(NOTE_START, `<sup>${n}</sup> `);
      }
      return line;
    });
    blocks[i] = withLines(b, lines, "footnote");
  }
  return { blocks, count };
}
