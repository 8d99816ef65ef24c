// Note numbers of a book whose notes are not in this file (a chapter cut out of an e-text):
// digits glued to the punctuation they follow ("celerity.1", "Estete,25", 'cause."2'), set after
// it with a space ('the sun." 4', "copper; 12") or left on a line of their own under a paragraph
// ("19"). Left in, they read as part of the text ("celerity.1 The chief...") or as page numbers.
// They are taken for markers only as a run that counts up from 1, so a year ("November, 1532")
// or a figure in the text is never one; then they are rewritten in <sup> form, the usual marker.
import type { Block } from "./blocks";

// Not a reference written without its space ("No.3", "vol.2", "p.14", "fig.5").
const REFERENCE = String.raw`(?<!(?:^|[^\p{L}])(?:[Nn]os?|[Vv]ols?|pp?|[Cc]h|[Cc]hap|[Aa]rt|[Ss]ect?|[Ss]ec|[Ff]igs?|[Pp]t|[Bb]k|[Ee]d)\.)`;
const GLUED = new RegExp(`(?<=\\p{L}[.,;:!?]["”’)]{0,2})${REFERENCE}(\\d{1,3})(?=\\s|$|[-—])`, "gu");
const SPACED = /(?<=[.,;:!?]["”’)]{0,2} )(\d{1,3})(?=\s|$|[-—])/gu;
const MIN_GLUED = 3; // glued markers, in sequence, before any number is taken for one
const MAX_SKIP = 4; // a marker OCR lost, or one this pattern cannot see, leaves a gap in the run

type Candidate = { n: number; block: number; line: number; at: number; kind: "glued" | "spaced" | "line" };

function candidates(blocks: Block[]): Candidate[] {
  const out: Candidate[] = [];
  blocks.forEach((b, block) => {
    if (b.kind === "pagenum" && /^\s*\d{1,3}\s*$/.test(b.text)) out.push({ n: Number(b.text), block, line: 0, at: 0, kind: "line" });
    if (b.kind !== "body" && b.kind !== "quote") return;
    b.lines.forEach((l, line) => {
      const found: Candidate[] = [];
      for (const m of l.matchAll(GLUED)) found.push({ n: Number(m[1]), block, line, at: m.index!, kind: "glued" });
      for (const m of l.matchAll(SPACED)) found.push({ n: Number(m[1]), block, line, at: m.index!, kind: "spaced" });
      out.push(...found.sort((a, b) => a.at - b.at));
    });
  });
  return out;
}

/**
 * The markers of the run counting up from 1. A glued number may skip a few (markers the patterns
 * miss); a spaced one, or one on a line of its own, must be the next but one at most, and a line
 * of its own must not sit in a sequence of printed page numbers ("18", "19", "20" on their lines).
 */
function inSequence(all: Candidate[], pageNumbers: Set<number>): Candidate[] {
  const taken: Candidate[] = [];
  let last = 0;
  for (const c of all) {
    const gap = c.n - last;
    const fits = c.kind === "glued" ? gap >= 1 && gap <= MAX_SKIP : gap >= 1 && gap <= 2;
    if (!fits || (c.kind === "line" && (pageNumbers.has(c.n - 1) || pageNumbers.has(c.n + 1)))) continue;
    taken.push(c);
    last = c.n;
  }
  return taken.filter((c) => c.kind === "glued").length >= MIN_GLUED ? taken : [];
}

export function convertGluedNumbers(input: Block[]): { blocks: Block[]; count: number } {
  const all = candidates(input);
  const pageNumbers = new Set(all.filter((c) => c.kind === "line").map((c) => c.n));
  const taken = inSequence(all, pageNumbers);
  if (!taken.length) return { blocks: input, count: 0 };
  const lines = input.map((b) => [...b.lines]);
  const dropped = new Set<number>();
  // Right to left within a line, so earlier offsets stay valid.
  for (const c of [...taken].reverse()) {
    if (c.kind === "line") {
      // A number under a paragraph that closed its sentence marks that paragraph's last sentence.
      const host = c.block - 1;
      const last = lines[host]?.length ? lines[host][lines[host].length - 1] : "";
      if (input[host]?.kind !== "body" || !/[.!?;:]["”’)]*\s*$/.test(last)) continue;
      lines[host][lines[host].length - 1] = `${last.trimEnd()}<sup>${c.n}</sup>`;
      dropped.add(c.block);
      continue;
    }
    const l = lines[c.block][c.line];
    const digits = String(c.n).length;
    const from = c.kind === "spaced" ? c.at - 1 : c.at;
    lines[c.block][c.line] = `${l.slice(0, from)}<sup>${c.n}</sup>${l.slice(c.at + digits)}`;
  }
  const blocks = input.flatMap((b, i) => (dropped.has(i) ? [] : lines[i] === b.lines || lines[i].every((l, k) => l === b.lines[k]) ? [b] : [{ ...b, lines: lines[i], text: lines[i].join("\n") }]));
  return { blocks, count: taken.length - (taken.filter((c) => c.kind === "line").length - dropped.size) };
}
