// Times named relative to the story: "A month later", "in the same year", "that night", "now" in a
// past-tense narrative, "a situation like the present". A card cannot say when without the
// chapter. When the nearest earlier sentence that names a year makes the time certain (one
// month-dated year for "a month later", one year for "a year later" / "that year"), the phrase is
// rewritten as the absolute date ("A month later" after "In June 1891 …" → "In July 1891"); any
// other relative time is left as a dependence the standalone gate drops the card for.
import type { AnalysedSentence, Token } from "../analyse/types";
import { firstFiniteVerb, isFiniteVerb, tenseOf } from "../analyse/tense";
import { MONTHS } from "../text";
import { nearestDated } from "./dates";
import { none, type Context, type Dependence, type Op, type OpResult } from "./types";

type Anchor = { year: number; month: number | null };

/**
 * The date the story stands at: the nearest earlier sentence that names a year gives it, when it
 * names exactly one year (and, for the month, exactly one month-dated year). Null when it names
 * several, or none is named in the sentences read.
 */
export function anchorDate(recent: Pick<AnalysedSentence, "text">[]): Anchor | null {
  const near = nearestDated(recent);
  if (!near || near.years.size !== 1) return null;
  const year = Number([...near.years][0]);
  const dated = new Set(near.dated.map((d) => d.month));
  return { year, month: dated.size === 1 ? MONTHS.indexOf([...dated][0]) : null };
}

// Phrases with a certain resolution from the anchor: [pattern, unit, offset].
const RESOLVABLE: [RegExp, "month" | "year", number][] = [
  [/\b(?:a|one) month later\b/gi, "month", 1],
  [/\b(?:a|one) year later\b/gi, "year", 1],
  [/\b(?:in )?the same month\b/gi, "month", 0],
  [/\b(?:in )?(?:the same|that) year\b/gi, "year", 0],
  [/\b(?:in )?the (?:following|next) year\b/gi, "year", 1],
];
// Relative times no anchor settles: days and hours of a story, spans counted from an unnamed event.
const UNRESOLVABLE = /\b(?:(?:that|the same|the next|the following|the previous|the preceding) (?:night|day|morning|evening|afternoon)|(?:a|one|two|three|four|five|a few|several|some) (?:days?|weeks?|months?|years?|hours?) (?:later|afterwards|earlier|before)|(?:at|by|until|till|from) (?:this|that) (?:time|moment|hour|juncture|point|stage)\b|at the time\b(?! (?:of|when|that|which|in))|(?:a|one) (?:month|year) later)\b/i;
// Only in a past-tense sentence: there "now", "the present", "the night", "the hour" are the story's.
const NARRATIVE_ONLY = /\b(?:now|(?:like|as|than) the present|the present(?! (?:day|age|century|generation|writer|author|volume|work|chapter|inquiry|essay|lecture|book))(?: \p{Ll}+)?|(?:their|his|her|its) present \p{Ll}+|(?:for|during|in|through) the night|the (?:hour|moment)(?! (?:of|when|that|which)))\b/iu;

// A time counted from an event the sentence does not name: "Some time after, …" (the phrase itself), "a little later" with
// no object ("some time after the siege" names it). And a pair of cases set up before: "in the one
// case … in the other". Both point back in any tense.
const BACK_TIME = /\b(?:[Ss]ome|[Aa] short|[Aa] long|[Aa] little) (?:time )?(?:later|afterwards|(?:after|before)(?!\s+(?:(?:the|a|an|his|her|their|its|this|that|these|those)\b|\p{Lu}|\d)))\b|\b[Ii]n the (?:one|other) case\b/u;

/**
 * "still": after a comparative ("Deeper still", "worse still") it compares with what the text before
 * named (dropped in a story; in an exposition, "expository", only the ranker reads it); on its own in a past-tense sentence ("was still at the ford") it continues a state
 * the story set up. Before a comparative ("still more …") or with "than" after it, it is only an
 * intensifier whose standard is on the card.
 */
const PAST_MODALS = /^(?:would|could|might)$/;

function still(s: Pick<AnalysedSentence, "text" | "tokens">, isPast: boolean): Dependence | null {
  const ts = s.tokens;
  const comparative = (t: Token | undefined) => !!t && /^(?:ADJ|ADV)$/.test(t.pos) && (/^(?:more|less|better|worse|further|farther)$/.test(t.lower) || (/er$/.test(t.lower) && t.lemma !== t.lower));
  for (let k = 0; k < ts.length; k++) {
    if (ts[k].lower !== "still" || ts[k].pos !== "ADV") continue;
    if (ts.slice(k + 1).some((u) => u.lower === "than")) continue;
    const before = ts[k - 1];
    // The tagger reads a comparative that opens the sentence as a name ("Deeper still lay …").
    const fronted = k === 1 && /^\p{Lu}\p{Ll}+er$|^(?:More|Less|Worse)$/u.test(before.text) && !/^(?:Never|Ever|Over|Under|Either|Neither|Whether|Rather|Together|Other)$/.test(before.text);
    if (comparative(before) || fronted) return { op: "time", kind: isPast ? "comparative" : "expository", start: before.start, end: ts[k].end, text: s.text.slice(before.start, ts[k].end) };
    if (comparative(ts[k + 1])) continue;
    // The tense is its own verb's ("was still at the ford", "is still rising"): the nearest finite verb before it, else after.
    const verb = [...ts.slice(0, k)].reverse().find(isFiniteVerb) ?? firstFiniteVerb(ts, ts[k].end);
    if (tenseOf(verb) !== "past" && !(tenseOf(verb) === "modal" && PAST_MODALS.test(verb!.lower))) continue;
    // The word before goes with it, so that a card showing "stillness" or another "still" is not read as showing this one.
    const from = before && before.pos !== "PUNCT" ? before.start : ts[k].start;
    return { op: "time", kind: "narrative", start: from, end: ts[k].end, text: s.text.slice(from, ts[k].end) };
  }
  return null;
}

function past(ts: Token[]): boolean {
  const v = firstFiniteVerb(ts);
  return tenseOf(v) === "past" || /^(?:would|could|might|should)$/.test(v?.lower ?? "") && ts.some((t) => t.lower === "have");
}

function resolved(unit: "month" | "year", offset: number, a: Anchor): string | null {
  if (unit === "year") return String(a.year + offset);
  if (a.month === null) return null;
  const m = a.month + offset;
  return `${MONTHS[m % 12]} ${a.year + Math.floor(m / 12)}`;
}

export const relativeTime: Op = (s, ctx: Context) => {
  const out: OpResult = none();
  // A sentence that names its own year dates itself ("in the same year, 1891").
  if (/\b(?:1[0-9]{3}|20[0-9]{2})\b/.test(s.text)) return out;
  // The anchor is looked for only once a phrase it could settle is found: most sentences have none,
  // and the search reads the recent sentences' years for every sentence of the chapter.
  let anchor: Anchor | null | undefined;
  const taken: [number, number][] = [];
  for (const [re, unit, offset] of RESOLVABLE) {
    for (const m of s.text.matchAll(re)) {
      const start = m.index!, end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && a < end)) continue;
      taken.push([start, end]);
      if (anchor === undefined) anchor = anchorDate(ctx.recent);
      const date = anchor && resolved(unit, offset, anchor);
      const at = { start, end, text: m[0] };
      if (!date) { out.unresolved.push({ op: "time", kind: "relative", ...at }); continue; }
      const opens = start === 0;
      const text = `${opens ? "In" : "in"} ${date}`;
      out.edits.push({ op: "time", start, end, text });
    }
  }
  const free = (i: number, n: number) => !taken.some(([a, b]) => i < b && a < i + n);
  // The sentence's tense, read once for the three tests below that ask it.
  let isPast: boolean | undefined;
  const pastHere = () => (isPast ??= past(s.tokens));
  const u = UNRESOLVABLE.exec(s.text);
  if (u && free(u.index, u[0].length)) out.unresolved.push({ op: "time", kind: "relative", start: u.index, end: u.index + u[0].length, text: u[0] });
  const b = BACK_TIME.exec(s.text);
  // (A pair of cases in an exposition is a contrast the card can carry: reported to the ranker, not dropped.)
  const kind = b && /case$/i.test(b[0]) && !pastHere() ? "expository" : "relative";
  if (b && free(b.index, b[0].length)) out.unresolved.push({ op: "time", kind, start: b.index, end: b.index + b[0].length, text: b[0] });
  const st = still(s, pastHere());
  if (st && free(st.start, st.end - st.start)) out.unresolved.push(st);
  const n = NARRATIVE_ONLY.exec(s.text);
  if (n && free(n.index, n[0].length) && pastHere()) out.unresolved.push({ op: "time", kind: "narrative", start: n.index, end: n.index + n[0].length, text: n[0] });
  return out;
};
