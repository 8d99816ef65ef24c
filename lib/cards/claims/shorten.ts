// A long thesis said in fewer words, by REMOVING words only, below the clause level. Older argument
// prose states its claim in periodic sentences of 40–80 words; the claim is the main clause and what
// it cannot lose, the rest is side material:
// - a non-restrictive relative clause (compress/relative: ", which …", ", who …, is");
// - a closing participial phrase (compress/trailing: "…, leaving the farms under water");
// - a participial or absolute phrase between the subject and its verb ("Man, being confined in
//   room, cannot …" → "Man cannot …");
// - an example ("…, such as X", "…, as in X", "…, for example, X").
// A bracketed or dashed aside is already cut by the strip step (compress/parenthesis).
// Never cut: a stretch that holds a part that reverses or limits the point (a negation, "only",
// "unless", "but", "except", a condition), the subject or the main verb; and what is left must be a
// complete clause. Cuts are made largest first, and only until the claim fits on a card.
import type { AnalysedSentence, Token } from "../analyse";
import type { Cut } from "../compress";
import { cutsOf } from "../compress";
import { balanced, completeClause, lastClauseWhole } from "../compress/clause-check";
import { hasFiniteVerb } from "../gates/cut-clause";
import { part } from "../candidates/voice";
import { letterWordCount } from "../text";
import { EXAMPLE_AFTER_COMMA } from "../candidates/english";

/** Switch: long theses are shortened before the length check (docs/card-generator.md, "Session 11: saying a long claim on a card"). */
export const SHORTEN_ON = false;

// Words that reverse, limit or condition a claim: a stretch holding one is never cut.
const LIMITING = /\b(?:not|no|never|nor|neither|none|nothing|cannot|only|unless|but|except|excepting|save|although|though|if|provided|without|hardly|scarcely|seldom|rarely|until|till|lest|otherwise|whether|few|little|when|whenever|so far as|as far as|in so far|insofar|according|in order)\b|n't\b/i;
// A cleft ("it is not X but Y which decides"): its relative clause is the predicate, not an aside.
const CLEFT = /\bit (?:is|was)\b/i;
// Examples: what is shown of the claim, not the claim.
const EXAMPLE = EXAMPLE_AFTER_COMMA;
const BREAK = /^(?:;|:|—|–|--)$/;
const END = /^[.!?"”’)]+$/;


/** "…, such as X" / "…, for example, X": to the end of its clause (the next ";", ":" or the sentence end). */
function examples(s: Pick<AnalysedSentence, "text" | "tokens">): Cut[] {
  const ts = s.tokens;
  const out: Cut[] = [];
  for (let i = 2; i < ts.length - 2; i++) {
    if (ts[i].text !== "," || !EXAMPLE.test(s.text.slice(ts[i].start))) continue;
    let j = ts.findIndex((t, k) => k > i && BREAK.test(t.text));
    if (j < 0) { j = ts.length; while (j > i && END.test(ts[j - 1].text)) j--; }
    // An example with a verb of its own is a clause ("…, as when a river floods, …"): not a list.
    if (j - i < 3 || hasFiniteVerb(ts.slice(i + 1, j))) continue;
    out.push({ op: "trailing", start: ts[i].start, end: ts[j - 1].end });
    i = j;
  }
  return out;
}

/** "X, being Y, is Z" / "X, the Y being Z, is W": a participial or absolute phrase between commas before the main verb. */
function midPhrases(s: Pick<AnalysedSentence, "text" | "tokens">): Cut[] {
  const ts = s.tokens;
  const out: Cut[] = [];
  for (let i = 1; i < ts.length - 3; i++) {
    if (ts[i].text !== ",") continue;
    const close = ts.findIndex((t, k) => k > i + 1 && (t.text === "," || BREAK.test(t.text)));
    if (close < 0 || ts[close].text !== ",") continue;
    const inner = ts.slice(i + 1, close);
    const participle = (t: Token) => t.pos === "VERB" && (/ing$/.test(t.lower) || /(?:ed|en|wn)$/.test(t.lower)) || /^(?:being|having)$/.test(t.lower);
    // A participle first, or an absolute phrase ("the harvest being poor"): a noun phrase and a participle, no finite verb.
    const absolute = /^(?:DET|NOUN|PROPN|ADJ)$/.test(inner[0].pos) && inner.slice(1, 5).some((t) => /^(?:being|having)$/.test(t.lower));
    // An apposition after a noun ("experience, the true source of knowledge, confirms"): a noun phrase with no verb at all.
    const apposition = /^(?:NOUN|PROPN)$/.test(ts[i - 1].pos) && /^(?:the|a|an)$/i.test(inner[0].text) && !inner.some((t) => t.pos === "VERB" || t.pos === "AUX");
    if (!(participle(inner[0]) || absolute || apposition) || hasFiniteVerb(inner)) continue;
    const next = ts[close + 1];
    const verbNext = next && (next.pos === "AUX" || (next.pos === "VERB" && !/ing$/.test(next.lower)));
    if (!verbNext) continue;
    out.push({ op: "relative", start: ts[i].start, end: ts[close].end });
    i = close;
  }
  return out;
}

/**
 * What stands between the main clause's subject and its verb, set off by commas ("The law, as the
 * courts have read it since, binds …"; "Man, whose wants grow with his means, must …"): the subject
 * and verb are whole without it. Not a list ("A, B, and C concur"): no ", and" inside.
 */
function interruption(s: AnalysedSentence): Cut[] {
  const c = s.clause, ts = s.tokens;
  if (!c) return [];
  let v = c.verb;
  while (v > 0 && ts[v - 1].pos === "ADV") v--;
  // Only an interruption right before the verb (a subject that goes on after its aside is left whole).
  if (c.aside) return [];
  const open = ts.findIndex((t, k) => k > c.subject.a && k < v - 1 && t.text === ",");
  const close = v - 1;
  if (open <= c.subject.a || ts[close]?.text !== "," || close - open < 2) return [];
  // A relative, a participle or an apposition; not a prepositional phrase, which often sets the
  // claim's time, place or scope ("the remainder, after such enclosure, would …").
  const first = ts[open + 1];
  if (!/^(?:which|who|whom|whose)$/.test(first.lower) && !(first.pos === "VERB" && /(?:ing|ed|en)$/.test(first.lower)) && !/^(?:the|a|an)$/.test(first.lower)) return [];
  if (ts.slice(open, close).some((t, k) => t.text === "," && /^(?:and|or|nor)$/.test(ts[open + k + 1]?.lower ?? ""))) return [];
  return [{ op: "relative", start: ts[open].start, end: ts[close].end }];
}

/** Every cut that may be made in the claim's kept range [from, to): it limits nothing, spares the subject and main verb, and is balanced. */
export function sideCuts(s: AnalysedSentence, from = 0, to = s.text.length): Cut[] {
  const cl = s.clause;
  const inter = interruption(s);
  // The subject's own words (less an interruption inside its span) and the main verb are never cut.
  const subjectEnd = inter[0] && inter[0].start < s.tokens[cl!.subject.b - 1].end ? inter[0].start : cl ? s.tokens[cl.subject.b - 1].end : 0;
  const core: [number, number][] = cl ? [[s.tokens[cl.subject.a].start, subjectEnd], [s.tokens[cl.verb].start, s.tokens[cl.verb].end]] : [];
  const found = [...inter, ...cutsOf(s, ["relative", "trailing"]), ...examples(s), ...midPhrases(s)];
  const out: Cut[] = [];
  for (const c of found.sort((x, y) => x.start - y.start)) {
    if (c.start < from || c.end > to) continue;
    const text = s.text.slice(c.start, c.end);
    if (LIMITING.test(text) || !balanced(text) || letterWordCount(text) < 2) continue;
    // What follows the cut must carry on the clause: not "and"/"or" (the cut was an item of a list, or
    // the first of two coordinated relatives), and after an aside between commas, the verb.
    const after = s.tokens.find((t) => t.start >= c.end);
    if (after && /^(?:and|or|nor)$/i.test(after.text)) continue;
    if (after && /,\s*$/.test(text) && !/^(?:VERB|AUX|ADV)$/.test(after.pos)) continue;
    if (c.end >= s.text.trimEnd().replace(/[.!?"”’)]+$/, "").length && CLEFT.test(s.text.slice(0, c.start))) continue;
    if (core.some(([a, b]) => c.start < b && a < c.end)) continue;
    if (out.some((o) => c.start < o.end && o.start < c.end)) continue;
    out.push(c);
  }
  return out;
}

/**
 * The claim `cuts` leave, shortened to at most `max` words by side cuts (largest first), or null
 * when no such cuts bring it under `max` or what they leave is no sentence.
 */
export function shortenClaim(s: AnalysedSentence, cuts: Cut[], max: number, apply: (text: string, cuts: Cut[]) => string): { text: string; cuts: Cut[] } | null {
  // The kept range: from the end of a leading cut to the start of a trailing one (a clause chunk).
  const from = cuts.find((c) => c.start === 0)?.end ?? 0;
  const tail = cuts.find((c) => c.end >= s.text.length - 1 && c.start > 0);
  const to = tail ? tail.start : s.text.length;
  // A clause chunk is read as a sentence of its own, so its own subject and main verb are found.
  const ka = s.tokens.findIndex((t) => t.start >= from), kb = s.tokens.findLastIndex((t) => t.end <= to) + 1;
  if (ka < 0 || kb <= ka) return null;
  const sub = ka === 0 && kb === s.tokens.length ? s : part(s, ka, kb);
  if (!sub) return null;
  const base = s.tokens[ka].start;
  const free = sideCuts(sub).map((c) => ({ ...c, start: c.start + base, end: c.end + base })).filter((c) => !cuts.some((o) => c.start < o.end && o.start < c.end));
  if (!free.length) return null;
  const chosen: Cut[] = [];
  let text = apply(s.text, cuts);
  for (const c of [...free].sort((x, y) => (y.end - y.start) - (x.end - x.start))) {
    if (letterWordCount(text) <= max) break; // max = -Infinity: every side cut (for the audit)
    chosen.push(c);
    text = apply(s.text, [...cuts, ...chosen].sort((x, y) => x.start - y.start));
  }
  if (Number.isFinite(max) && letterWordCount(text) > max) return null;
  const all = [...cuts, ...chosen].sort((x, y) => x.start - y.start);
  const kept = s.tokens.filter((t) => !all.some((x) => t.start >= x.start && t.end <= x.end));
  if (!completeClause(kept) || !lastClauseWhole(kept)) return null;
  if (!/[.!?]["”’')]*$/.test(text)) text += ".";
  return { text, cuts: all };
}
