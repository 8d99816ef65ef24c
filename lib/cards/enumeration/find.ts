// Lists that span sentences: the items of a list each open their own sentence with a marker of
// rank ("First, …" / "Secondly, …" / "Lastly, …"; "The first is …" / "The second …"; "1. …" / "2. …";
// "(a) …" / "(b) …"; "I. …" / "II. …"), in order, close together. The sentence before the first item
// is where an author announces what is listed ("There are three causes of X."). Only the layout
// and the words of rank are read here; what the list is about and how each item is said is decided
// by ./announce and ./item.
import { romanValue } from "@/lib/chapters/roman";

export type ItemMarker = { rank: number; style: MarkerStyle; last: boolean; rest: string };
export type MarkerStyle = "ordinal" | "the-nth" | "number" | "letter" | "roman";
export type FoundList = { style: MarkerStyle; first: number; items: { sentence: number; marker: ItemMarker }[] };

export const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
const ordinalRank = (w: string) => ORDINALS.indexOf(w.toLowerCase().replace(/ly$/, "")) + 1;
// Where a list item's sentence may open: a dash or an opening quote before the marker.
const LEAD = /^[\s—–"“‘-]*/;
// "Firstly," "Secondly.—" "First of all," "In the second place," "And lastly," "Thirdly, and lastly,".
const ADVERB = /^(?:and\s+)?(?:(first|second|third|fourth|fifth|sixth)(?:ly)?(?:\s+of\s+all)?|in\s+the\s+(first|second|third|fourth|fifth|sixth|last)\s+place|(lastly|finally))(?:,\s*(?:and\s+)?(lastly|finally))?\s*(?:[,:]|\.?\s*[—–]|\.(?=\s))\s*/i;
// "The first is …", "The second cause was …", "The third of these conditions is …", "The last …";
// "A second cause is …", "A third reason …" (an author going on from "The first is …").
const THE_NTH = /^(?:the|a)\s+(first|second|third|fourth|fifth|sixth|last)\s+(?=\S)/i;
// "1. …", "(2) …", "3) …"; "(a) …", "b) …"; "IV. …" (capitals only: "I." alone is the pronoun's full stop rarely, but "I. Position" is a heading).
const NUMBER = /^(?:\((\d{1,2})\)|(\d{1,2})[.)])\s+/;
const LETTER = /^(?:\(([a-h])\)|([a-h])\))\s+/;
const ROMAN_RE = /^([IVX]{1,4})\.\s+(?=\p{Lu})/u;

// A number the cleaner left at the end of the sentence before its item ("… as specimens—1." / "…?—2.").
const GLUED = /[—–:]\s*\(?(\d{1,2})[.)]$/;

/** The number a sentence ends with that belongs to the next sentence's item ("…—2."), or null. */
export function gluedNumber(text: string): number | null {
  const m = GLUED.exec(text.trim());
  return m ? Number(m[1]) : null;
}

/** The marker of rank a sentence opens with, or null. */
export function itemMarker(text: string): ItemMarker | null {
  const t = text.replace(LEAD, "");
  let m: RegExpExecArray | null;
  if ((m = ADVERB.exec(t))) {
    const word = (m[1] ?? m[2] ?? "").toLowerCase();
    const last = !!m[3] || !!m[4] || word === "last";
    return { rank: word && word !== "last" ? ordinalRank(word) : 0, style: "ordinal", last, rest: t.slice(m[0].length) };
  }
  if ((m = THE_NTH.exec(t))) {
    const word = m[1].toLowerCase();
    return { rank: word === "last" ? 0 : ordinalRank(word), style: "the-nth", last: word === "last", rest: t.slice(m[0].length) };
  }
  if ((m = NUMBER.exec(t))) return { rank: Number(m[1] ?? m[2]), style: "number", last: false, rest: t.slice(m[0].length) };
  if ((m = LETTER.exec(t))) return { rank: (m[1] ?? m[2]).charCodeAt(0) - 96, style: "letter", last: false, rest: t.slice(m[0].length) };
  if ((m = ROMAN_RE.exec(t))) return { rank: romanValue(m[1]) ?? 0, style: "roman", last: false, rest: t.slice(m[0].length) };
  return null;
}

// Ordinal words mix ("The first is … The second … Lastly, …"); a "lastly" or "finally" closes a list
// of any style; numbers, letters and numerals each keep to their own.
const WORDS: MarkerStyle[] = ["ordinal", "the-nth"];
const sameStyle = (n: ItemMarker, m: ItemMarker) => n.style === m.style || (WORDS.includes(n.style) && WORDS.includes(m.style)) || (n.style === "ordinal" && n.rank === 0 && n.last);

// How far apart two items may be (sentences between them): an item is a sentence or a short
// paragraph; items that each open a paragraph may have a longer paragraph of explanation between them.
export const MAX_GAP = 6;
export const MAX_PARAGRAPH_GAP = 12;

/**
 * Runs of items of one style, ranks 1, 2, 3 … in order (a "lastly"/"finally"/"the last" may close a
 * run in place of the next rank), each within MAX_GAP sentences of the one before. A run needs two
 * items; one that starts anywhere but rank 1 is not a list the reader was told of.
 */
export function findLists(texts: string[], opensParagraph: (i: number) => boolean = () => false): FoundList[] {
  const markers = texts.map((t, i) => {
    const glued = i > 0 ? gluedNumber(texts[i - 1]) : null;
    return glued !== null ? { rank: glued, style: "number" as const, last: false, rest: t.trim() } : itemMarker(t);
  });
  const out: FoundList[] = [];
  for (let i = 0; i < texts.length; i++) {
    const m = markers[i];
    if (!m || m.rank !== 1) continue;
    const items = [{ sentence: i, marker: m }];
    let at = i;
    for (;;) {
      const want = items.length + 1;
      let next = -1;
      const reach = opensParagraph(at) ? MAX_PARAGRAPH_GAP : MAX_GAP;
      for (let k = at + 1; k <= Math.min(texts.length - 1, at + reach + 1); k++) {
        const n = markers[k];
        if (reach === MAX_PARAGRAPH_GAP && k > at + MAX_GAP + 1 && n && !opensParagraph(k)) continue;
        if (!n || !sameStyle(n, m)) continue;
        if (n.rank === want || (n.rank === 0 && n.last)) next = k;
        // Another list of the same style starting again breaks this one.
        break;
      }
      if (next < 0) break;
      items.push({ sentence: next, marker: markers[next]! });
      at = next;
      if (markers[next]!.rank === 0 || markers[next]!.last) break;
    }
    if (items.length >= 2) out.push({ style: m.style, first: i, items });
    i = at;
  }
  return out;
}
