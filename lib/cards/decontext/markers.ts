// Discourse markers that tie a sentence to the one before it and carry no content of their own:
// a sentence-initial "But", "Thus", "Whereupon", "Now," and a parenthetical ", however," are
// deleted ("Thus the tallow melts." → "The tallow melts."). A marker is deleted only when a clause
// with a verb follows, so "So great was the loss …" keeps its "So".
import { UPPER_INITIAL, LETTER_INITIAL, HAS_LETTER } from "@/lib/cards/letters";
import type { Token } from "../analyse/types";
import { none, type Op, type OpResult } from "./types";
import { authorFrames } from "./author-frames";

// Initial conjunctions and connective adverbs (tagged CCONJ/ADV, or a capitalised PROPN by the lite model).
export const INITIAL_MARKERS = new Set(("but and yet so or nor thus hence therefore accordingly consequently moreover furthermore besides however " +
  "indeed nevertheless nonetheless wherefore whereupon thereupon now then still again also likewise similarly instead meanwhile anyhow anyway further").split(" "));
// Only with a comma after them: "Now, the …" (not "Now is the time"), "Still, …" (not "Still water …").
const NEEDS_COMMA = new Set(["now", "then", "still", "again", "also", "instead", "meanwhile", "further"]);
// Parenthetical ", however," in the middle of a clause.
const PARENTHETICAL = new Set(["however", "therefore", "thus", "then", "moreover", "furthermore", "indeed", "nevertheless", "nonetheless", "accordingly", "consequently", "too"]);

const hasVerb = (ts: Token[]) => ts.some((t) => t.pos === "VERB" || t.pos === "AUX");
// The author pointing back at the book ("It has been shown in the last chapter that X", ", as we
// have seen,"): the claim X stands without the pointer. Not "It has been argued that" (someone's view).
const META_LEAD = /^It has (?:already )?been (?:seen|shown|proved|observed|noticed|remarked|explained)(?:,? (?:in|at) the (?:last|previous|preceding|foregoing|first|second) (?:chapter|section|lecture|part|book))?,? that (?=\p{L})/u;
// Multi-word connectives: at the start ("For one thing, she …", "In like manner the X …") and
// between commas (", in fact,"); the claim stands without them.
const PHRASE_LEAD = /^(?:(?:For one thing|In the first place|In the second place|In the third place|In fact|In short|Above all|After all|Of course|At any rate|In any case),|(?:In like manner|In the same way|In the same manner),?)\s+(?=\p{L})/u;
// A place in a list with its end announced ("Thirdly, and lastly, everybody must …"): the claim is
// the item, and stands without its number. (A lone "Secondly, …" is the connective repair's,
// ../compress/lead.ts, which cannot take the stacked form.) Not before a clause that only completes
// the list's head ("First, That food is necessary …").
const ORDINAL_LEAD = /^(?:First|Firstly|Secondly|Thirdly|Fourthly|Fifthly|Sixthly)(?:,\s+(?:and|or)\s+(?:lastly|finally)),\s+(?=\p{L})(?!(?:That|Which|Whether|To|How|What)\b)/u;
const PHRASE_ASIDE = /,\s*(?:in fact|of course|at any rate|in any case|above all|after all|for one thing|in short),(?=\s)/g;
const SUMMING_UP_ASIDE = /\bin short\b/i;
const META_ASIDE = /,\s*as (?:we|I) have (?:already )?(?:seen|shown|said|observed|explained|remarked),/g;

export const markers: Op = (s) => {
  const out: OpResult = none();
  const ts = s.tokens;
  // A sentence that starts in lower case was cut at a page break: the boundary gate must still see it.
  if (!UPPER_INITIAL.test(ts[0]?.text ?? "")) return out;
  // Up to two stacked markers: "But now, …", "And thus …".
  let i = 0;
  while (i < 2 && ts[i] && INITIAL_MARKERS.has(ts[i].lower) && /^(?:CCONJ|ADV|PROPN|SCONJ)$/.test(ts[i].pos)) {
    const comma = ts[i + 1]?.text === ",";
    if (NEEDS_COMMA.has(ts[i].lower) && !comma) break;
    // "So that the wells ran dry": a result clause, whose "So that" goes whole (../compress/lead).
    if (ts[i].lower === "so" && ts[i + 1]?.lower === "that") break;
    // "So great …", "Yet more …": an adjective or adverb after it makes it part of the clause.
    if (!comma && /^(?:ADJ|ADV)$/.test(ts[i + 1]?.pos ?? "") && ts[i].lower !== "and" && ts[i].lower !== "but") break;
    i += comma ? 2 : 1;
  }
  // "Further, as we have already seen, whole guilds …": the aside right after the markers goes with
  // them (two overlapping deletions would leave "Further whole guilds …").
  let leadAside = -1;
  if (i > 0 && ts[i - 1].text === ",") {
    const m = new RegExp(META_ASIDE.source, "y");
    m.lastIndex = ts[i - 1].start;
    if (m.exec(s.text)) {
      leadAside = ts[i - 1].start;
      while (ts[i] && ts[i].start < m.lastIndex) i++;
    }
  }
  const phrase = i === 0 ? PHRASE_LEAD.exec(s.text) ?? ORDINAL_LEAD.exec(s.text) : null;
  if (phrase && s.text.slice(phrase[0].length).split(/\s+/).length >= 4 && hasVerb(ts.filter((t) => t.start >= phrase[0].length))) out.edits.push({ start: 0, end: phrase[0].length, text: "", op: "marker" });
  for (const m of s.text.matchAll(PHRASE_ASIDE)) {
    // "A, B, C, in short, the whole D, served …": the aside sums up a list before it, and without it
    // the list runs on into its summary (session 27, gen27). It stays.
    if (SUMMING_UP_ASIDE.test(m[0]) && (s.text.slice(0, m.index).split(/[;:]/).at(-1)!.match(/,/g) ?? []).length >= 2) continue;
    out.edits.push({ start: m.index, end: m.index + m[0].length, text: "", op: "marker" });
  }
  const meta = i === 0 ? META_LEAD.exec(s.text) : null;
  if (meta) {
    const after = s.text.slice(meta[0].length);
    // What follows "that" must read as a clause of its own.
    if (after.split(/\s+/).length >= 4 && hasVerb(ts.filter((t) => t.start >= meta[0].length))) out.edits.push({ start: 0, end: meta[0].length, text: "", op: "marker" });
  }
  for (const m of s.text.matchAll(META_ASIDE)) if (m.index !== leadAside) out.edits.push({ start: m.index, end: m.index + m[0].length, text: "", op: "marker" });
  const rest = ts.slice(i);
  // What is left must be a clause that can open a sentence ("So dawned the time …" cannot lose its "So").
  const words = rest.filter((t) => HAS_LETTER.test(t.text)).length;
  if (i > 0 && words >= 4 && hasVerb(rest) && LETTER_INITIAL.test(rest[0].text) && !/^(?:VERB|AUX)$/.test(rest[0].pos)) {
    out.edits.push({ start: 0, end: rest[0].start, text: "", op: "marker" });
  }
  // The author's frame around the claim ("I believe that …", ", as you see,"): ./author-frames.
  out.edits.push(...authorFrames(s.text, ts, i > 0 && rest[0] ? rest[0].start : 0));
  ts.forEach((t, k) => {
    if (k < i || !PARENTHETICAL.has(t.lower) || t.pos !== "ADV") return;
    if (ts[k - 1]?.text === "," && (ts[k + 1]?.text === "," || (t.lower === "too" && /^[.;]$/.test(ts[k + 1]?.text ?? "")))) {
      // "X, however, is" → "X is" (the space before "is" stays); "X did it, too." → "X did it."
      const end = ts[k + 1].text === "," ? ts[k + 1].end : t.end;
      out.edits.push({ start: ts[k - 1].start, end, text: "", op: "marker" });
    }
  });
  return out;
};
