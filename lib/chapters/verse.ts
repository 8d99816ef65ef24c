// Verse quoted in prose (a psalm, a stanza), set in from the margin on lines of its own, each line
// opening with a capital: read as prose, its lines run into the paragraph that leads into it and
// make sentences of half-lines ("He knows the lambs by name; He keeps the peace…"). Such a block
// becomes a "verse" block, which the assembler keeps out of the sentences, as it does a table.
import type { Block } from "./blocks";

const SET_IN = /^(?: {2,}|\t)/;
// A line opening with a capital, perhaps after quotes, brackets or emphasis marks ('"_He counts…').
const CAPITALISED = /^\s*["“‘'(\[_*]*\p{Lu}/u; // (a quotation inside a quotation: "'By one…)
const MAX_LINE = 70; // a line of verse is short; a set-in paragraph of prose fills the measure
const MIN_LINES = 4; // fewer may be an address, a signature or a heading over two lines
const MIN_QUOTED_LINES = 3;
const OPENS_QUOTE = /^\s*["“‘']/;
const CLOSES_QUOTE = /["”’'][.,;:!?]?\s*$/;
// "…says the old poet,", "…he wrote,", "…sang the crowd,": a verb of saying among the line's last words.
// Not "cries": as often the noun ("above the cries of the gulls,"), and the sentence goes on into the verse.
const SAYING_LEAD_IN = /\b(?:says?|said|writes?|wrote|sings?|sang|cried|exclaims?|exclaimed)\b(?:\s+[\p{L}'’]+){0,4},\s*$/u;

function isVerse(b: Block, prev: Block | undefined, next: Block | undefined, afterStanza = false): boolean {
  // A stanza in quotation marks, its first line opening them and its last closing them, is a verse
  // quoted even at three lines ("A cluster of…" / … / "…evening moon."): an address or a signature
  // is not quoted so.
  const quoted = b.lines.length >= MIN_QUOTED_LINES && OPENS_QUOTE.test(b.lines[0] ?? "") && CLOSES_QUOTE.test(b.lines[b.lines.length - 1] ?? "");
  if (b.kind !== "body" || (b.lines.length < MIN_LINES && !quoted)) return false;
  // Verse inside a sentence that goes on after it ("…in words like these," / verse /
  // "and the keepers were proud of it.") stays: without it the sentence would lose its middle.
  if (next && /^\s*\p{Ll}/u.test(next.lines[0] ?? "")) return false;
  if (!b.lines.every((l) => SET_IN.test(l) && CAPITALISED.test(l) && l.trim().length <= MAX_LINE)) return false;
  // The next stanza of a poem quoted above: its lines set in as that stanza's were.
  if (afterStanza) return true;
  // Set in from the text around it: the paragraph above is flush left.
  if (!prev || prev.kind !== "body" || prev.lines.length < 2 || SET_IN.test(prev.lines[prev.lines.length - 1])) return false;
  // Quoted as the words a sentence ends on ("…towards the quiet heights" / verse, "…though it may be," /
  // verse) it stays too: without it the sentence would stop unfinished. After a colon, a dash or a stop
  // ("in words like these:—") it is a quotation set apart.
  // A stanza in quotation marks after a lead-in of saying ("…, says the poet," / 'Et summus…') is
  // the quoted words themselves, set apart as after a colon: the lead-in keeps its words, the verse is
  // no prose sentence. (After other words, "…though it may be," / verse, the sentence ends on it.)
  const last = prev.lines[prev.lines.length - 1];
  if (quoted && SAYING_LEAD_IN.test(last)) return true;
  return !/[\p{L},;]["”’)]?\s*$/u.test(last);
}

export function markVerse(input: Block[]): { blocks: Block[]; count: number } {
  let count = 0;
  const blocks: Block[] = [];
  input.forEach((b, i) => {
    // A stanza after a stanza (the blank line between them parting the blocks) is the same poem's.
    const afterStanza = blocks[i - 1]?.kind === "verse";
    if (!isVerse(b, input[i - 1], input[i + 1], afterStanza)) return void blocks.push(b);
    count++;
    blocks.push({ ...b, kind: "verse" as const });
  });
  // A poem or a play is mostly verse: there the verse is the text, kept.
  const lines = (kind: string, bs: Block[]) => bs.filter((b) => b.kind === kind).reduce((n, b) => n + b.lines.length, 0);
  if (count && lines("verse", blocks) * 2 > lines("body", input)) return { blocks: input, count: 0 };
  return { blocks, count };
}
