// A textbook's paragraph head set in capitals and run into its paragraph, closed by a full stop:
// "THE ZONE OF DECAY. Near the surface the water…", "CAVES. In massive limestone…". Read as text,
// the head becomes the first words of the paragraph's first sentence ("THE ZONE OF DECAY. Near…" is
// one sentence to the splitter when the head is short, and a card may blank the head). The head is
// set apart as a heading. A chapter that sets its heads so sets several: one such opening alone
// ("USA. The…", a shout in a story) is left as it stands.
// A head in capitals that is the subject of its sentence ("THE WATER TABLE is the name given…") has
// no stop after it and is no head here: it is a term set in capitals, read with its sentence.
import type { RawParagraph } from "./assemble";
import { romanValue } from "./roman";
import { cutOpening } from "./section-numbers";

// Up to eight words in capitals (figures, hyphens and apostrophes inside, commas between), then a
// full stop and a sentence that begins with a capital and a small letter. Not numbered: "1. THRIFT.
// Waste nothing." is an item of a numbered list, its name a word of the item (a numbered head
// closed by a stop and a dash is read in textbook-heads.ts).
const HEAD = /^([\p{Lu}][\p{Lu}\d'’-]*(?:,?\s+[\p{Lu}\d][\p{Lu}\d'’-]*){0,7})\.\s+(?=["“‘(]?\p{Lu}\p{Ll})/u;
const MIN_HEADS = 2;
// A roman numeral in its standard form or a single letter ("IV. The…", "A. The…") numbers a section;
// it names none. ("CIVIL.", "MILD." are words spelt with the numerals' letters: heads.)
const isNumeral = (head: string) => /^\p{Lu}$/u.test(head) || romanValue(head) !== null;

/** Sets apart the capitals run-in heads of a chapter that sets its paragraph heads so; returns how many. */
export function splitCapitalsRunInHeads(paragraphs: RawParagraph[]): number {
  const found: { i: number; head: string; length: number }[] = [];
  paragraphs.forEach((p, i) => {
    if (p.kind !== "body") return;
    const m = HEAD.exec(p.text);
    if (!m) return;
    const head = m[1].trim();
    const letters = head.replace(/[^\p{L}]/gu, "");
    if (letters.length < 4 || isNumeral(head)) return;
    found.push({ i, head, length: m[0].length });
  });
  // The same words opening several paragraphs are a speaker's name over each speech of a dialogue
  // ("THE KEEPER. Who comes…" … "THE KEEPER. The gate is shut…"): a section head names its section once.
  const times = new Map<string, number>();
  for (const h of found) times.set(h.head, (times.get(h.head) ?? 0) + 1);
  const heads = found.filter((h) => times.get(h.head) === 1);
  if (heads.length < MIN_HEADS) return 0;
  for (const h of [...heads].reverse()) {
    cutOpening(paragraphs[h.i], h.length);
    paragraphs.splice(h.i, 0, { kind: "heading", text: h.head, page: paragraphs[h.i].page, breaks: [] });
  }
  return heads.length;
}
