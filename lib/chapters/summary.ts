// The summary printed under a chapter heading in older books: a run of short topic phrases
// ("Departure from the Port—A Storm at Sea—The Wreck"), or an "argument" of short verbless
// sentences ("Origin of the guild. Its privileges. Decline under the new charters."). It names the
// chapter's topics; read as prose it makes one long sentence of headings, or a string of
// fragments, that no card should be made from.
import type { Block } from "./blocks";

const DASHES = /\s*(?:—|–|-{2,3}|;)\s*/u;
const STOPS = /(?<=[.!?])\s+(?=[\p{Lu}"“‘'])/u;
// A pronoun or an auxiliary: a part of an ordinary paragraph, not a topic phrase.
const FINITE = /(?<!\p{L})(?:I|we|he|she|it|they|you|is|was|are|were|has|have|had|will|would|shall|should|can|could|may|might|must|did|does)(?!\p{L})/iu;
const SMALL = /^(?:a|an|and|as|at|but|by|for|in|of|on|or|the|to|with|from|into|nor|his|her|its|their)$/i;

// "MR. HALE'S TWO SONS": a title of address keeps its stop inside a topic, which no sentence ends at.
const TITLE_OF_ADDRESS = /(?<!\p{L})(Mrs?|MRS?|Dr|DR|St|ST)\.(?=\s)/gu;

const words = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** "Stormy Crossing", "THE PILOT A PRISONER": every word but the small ones capitalised. */
export function titleLike(part: string): boolean {
  const ws = words(part);
  return ws.length > 0 && ws.every((w, i) => /^[("“‘']?\p{Lu}/u.test(w) || (i > 0 && SMALL.test(w.replace(/[^\p{L}]/gu, ""))));
}

/**
 * The block's topics when it is a chapter summary, else null. `titled`: topic titles; `phrases`:
 * topic phrases between dashes, as a contents line prints them. Either is fit to be the title of a
 * chapter that has none; an argument's sentences are not.
 */
export function summaryTopics(b: Block | undefined): { topics: string[]; titled: boolean; phrases?: true; long?: true } | null {
  if (!b || (b.kind !== "body" && b.kind !== "quote")) return null;
  const text = b.text.replace(/\s+/g, " ").trim();
  // Topic phrases joined by colons, often set in under the heading ("Boyhood: the mill school:
  // first voyages: the wreck."), perhaps with a last phrase after a stop ("… home again. Later
  // years."): four or more, short, none a clause. Set in, the block was taken for a quotation; no
  // quotation is a string of phrases so joined.
  const colon = colonTopics(text, b.lines.length);
  if (colon) return { topics: colon, titled: false };
  // (Set in under the heading, topics between dashes were taken for a quotation too: no quotation is
  // a string of three or more capitalised phrases so joined. An argument of short sentences is read
  // from a body block only.)
  const setIn = b.kind === "quote";
  // A long chapter's contents line runs to more than twelve lines; it is still two or more topic
  // phrases a line, as no paragraph of prose is. Other summaries are short.
  if (b.lines.length > 12 || text.length > 1200) {
    const many = b.lines.length <= 30 && text.length <= 3000 ? text.split(/\s*(?:—|–|-{2,3})\s*/u).length : 0;
    if (many < 2 * b.lines.length) return null;
  }
  // (Too long to stand as the chapter's title: a title names its topics in a line or two.)
  const long = b.lines.length > 12 || text.length > 1200 ? { long: true as const } : {};
  // Topic titles between dashes or semicolons, each (but at most one) in title case or capitals.
  const titled = text.replace(/[.]$/, "").split(DASHES).map((p) => p.trim()).filter(Boolean);
  if (titled.length >= 3 && titled.every((p) => words(p).length <= 10) && titled.filter((p) => !titleLike(p)).length <= 1) return { topics: titled, titled: true, ...long };
  // Topic phrases in sentence case between dashes ("Causes of the delay--Its effects on trade--How
  // it was ended."): three or more, each opening with a capital as prose after a dash does not,
  // none holding a full stop, and at most half with a pronoun or an auxiliary of a clause.
  const dashed = text.replace(/[.]$/, "").split(/\s*(?:—|–|-{2,3})\s*/u).map((p) => p.trim()).filter(Boolean);
  if (dashed.length >= 3 && dashed.every((p) => /^["“‘(]?\p{Lu}/u.test(p) && words(p).length <= 25 && !/[.!?]\s/.test(p.replace(TITLE_OF_ADDRESS, "$1"))) && dashed.filter((p) => FINITE.test(p)).length * 2 <= dashed.length)
    return { topics: dashed, titled: false, phrases: true, ...long };
  if (setIn) return null;
  // An argument: four or more short sentences in a row, nearly all without a pronoun or an
  // auxiliary verb, which an ordinary paragraph of short sentences ("It was late. We left.") has.
  const parts = text.split(STOPS).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 4 || !/[.]$/.test(text)) return null;
  const lengths = parts.map((p) => words(p).length);
  if (median(lengths) > 8 || Math.max(...lengths) > 24) return null;
  if (parts.filter((p) => FINITE.test(p)).length * 4 > parts.length) return null;
  return { topics: parts.map((p) => p.replace(/[.]$/, "")), titled: false };
}

/**
 * Topics of a colon-joined summary of at most four lines, each at most eight words, or null. A last
 * phrase of at most four words may stand after a full stop ("… home again. Later years.").
 */
function colonTopics(text: string, lines: number): string[] | null {
  if (lines > 4 || !/^["“‘(]?\p{Lu}/u.test(text) || !/[.]$/.test(text)) return null;
  const tail = /\.\s+(\p{Lu}[^.!?;:]*)\.$/u.exec(text);
  const last = tail && words(tail[1]).length <= 4 && !FINITE.test(tail[1]) ? tail[1].trim() : null;
  const head = last ? text.slice(0, tail!.index + 1) : text;
  if (/[.!?;]\s/.test(head)) return null;
  const parts = head.replace(/[.]$/, "").split(/\s*:\s+/).map((p) => p.trim());
  if (parts.length + (last ? 1 : 0) < 4 || parts.some((p) => !p || words(p).length > 8 || FINITE.test(p))) return null;
  return last ? [...parts, last] : parts;
}
