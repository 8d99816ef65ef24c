// Turning a clause into question word order: "Vance built X in 1890" → "did Vance build X in
// 1890", "The treaty was signed at Y" → "was the treaty signed at Y". Spans can be cut out first
// (the answer of a when/where/what question, with the preposition that introduced it).
import type { AnalysedSentence, Span, Token } from "../analyse";

export const clean = (s: string) => s.replace(/\s+/g, " ").replace(/\s+([,.;:?!])/g, "$1").replace(/[,;:\s]+$/, "").trim();
export const decap = (s: string, t: Token | undefined) => (t && t.pos !== "PROPN" && !/^[A-Z]{2}/.test(s) && !/^I\b/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Text of tokens [a, b) with the characters between them, skipping any token inside `cut`. */
export function textOf(s: AnalysedSentence, a: number, b: number, cut: [number, number] | null = null): string {
  let out = "";
  for (let i = a; i < b; i++) {
    if (cut && i >= cut[0] && i < cut[1]) continue;
    const t = s.tokens[i];
    const gap = i > a && !(cut && i === cut[1] && cut[0] === a) ? s.text.slice(s.tokens[i - 1].end, t.start) : "";
    out += (gap ? " " : "") + t.text;
  }
  return out.replace(/\s+([,.;:?!%)])/g, "$1").replace(/([(“"])\s+/g, "$1").replace(/\s+(['’]s)\b/g, "$1");
}

// A time with no year ("In March", "Early in June", "During the winter"): on a card
// it is a date with no event's year, so questions leave it out rather than carry it.
const SEASON_OR_MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter)\b/i;
export function vagueOpening(s: AnalysedSentence): boolean {
  const o = s.clause?.opening;
  return !!o && SEASON_OR_MONTH.test(o.text) && !/\d{3,4}/.test(o.text) && o.b - o.a <= 6;
}

/** The cut for a span plus the preposition (and article) that introduces it: "in April 1925". */
export function withPreposition(s: AnalysedSentence, sp: Span): [number, number] {
  let a = sp.a;
  if (s.tokens[a - 1]?.lower === "the") a--;
  if (s.tokens[a - 1]?.pos === "ADP") a--;
  return [a, sp.b];
}

const END = (s: AnalysedSentence) => {
  const v = s.clause?.verb ?? 0;
  // The main clause ends at ";", at ", while/but/…", and at ", and" before a new subject ("…, and X succeeded …").
  const semi = s.tokens.findIndex((t, i) => i > v && (t.text === ";" || (t.text === "," && /^(?:while|whereas|but|although|though)$/.test(s.tokens[i + 1]?.lower ?? ""))
    || (t.text === "," && s.tokens[i + 1]?.lower === "and" && /^(?:PROPN|DET|PRON)$/.test(s.tokens[i + 2]?.pos ?? ""))
    // ", and that …": a second content clause ("shown that A, and that B"); the first one is whole.
    || (t.text === "," && /^(?:and|but)$/.test(s.tokens[i + 1]?.lower ?? "") && s.tokens[i + 2]?.lower === "that")));
  let b = semi > 0 ? semi : s.tokens.length;
  while (b > 0 && /^[.!?"”’)]$/.test(s.tokens[b - 1].text)) b--;
  return b;
};

/**
 * The sentence's first clause as a question body after a wh-word, with `cut` removed, or null when
 * the shape is not clear enough. The opening adverbial moves to the end ("…, in 1723").
 */
export function inverted(s: AnalysedSentence, cut: [number, number] | null, until = END(s)): string | null {
  const c = s.clause;
  if (!c) return null;
  const v = s.tokens[c.verb];
  if (cut && cut[0] < c.verb && cut[1] > c.subject.a) return null; // the cut is in the subject
  const subject = decap(textOf(s, c.subject.a, c.subject.b, c.aside ?? null), s.tokens[c.subject.a]);
  // "came only in April 1925" asked without its date: "only" goes with it.
  if (cut && s.tokens[cut[0] - 1]?.pos === "ADV" && cut[0] - 1 > c.verb) cut = [cut[0] - 1, cut[1]];
  // A second finite verb before any relative word means the parse went wrong ("the mausoleum
  // containing his embalmed body was opened" read with "embalmed" as the verb).
  for (let i = c.verb + 1; i < until; i++) {
    const t = s.tokens[i];
    if (/^(?:which|who|that|whom|whose|when|where|while|because|if|as|,|and|but)$/.test(t.lower)) break;
    if (t.pos === "AUX" && !(cut && i >= cut[0] && i < cut[1]) && i > c.verb + 1 && !/^(?:VERB|AUX|ADV|PART)$/.test(s.tokens[i - 1].pos)) return null;
  }
  if (s.tokens.slice(c.subject.a, c.verb + 1).some((t) => /-$/.test(t.text))) return null;
  const rest = clean(textOf(s, c.verb + 1, until, cut));
  const opening = c.opening && !vagueOpening(s) && !(cut && cut[0] >= c.opening.a && cut[1] <= c.opening.b + 1) ? decap(textOf(s, c.opening.a, c.opening.b), s.tokens[c.opening.a]) : "";
  let head: string;
  if (c.aux) head = `${v.lower} ${subject}`;
  else {
    const next = s.tokens[c.verb + 1];
    if (v.lemma === v.lower || /ing$/.test(v.lower)) head = `do ${subject} ${v.lemma}`;
    else if (/s$/.test(v.lower) && !/ed$/.test(v.lower)) head = `does ${subject} ${v.lemma}`;
    else head = `did ${subject} ${v.lemma}`;
    void next;
  }
  const body = clean(`${head} ${rest}${opening ? " " + opening : ""}`);
  return body.split(" ").length >= 3 ? body : null;
}

/** The predicate after the subject, as written ("was appointed keeper … in 1890"), for who/what questions. */
export function predicate(s: AnalysedSentence, until = END(s)): string | null {
  const c = s.clause;
  if (!c) return null;
  const rest = clean(textOf(s, c.verb, until));
  const opening = c.opening && !vagueOpening(s) ? decap(textOf(s, c.opening.a, c.opening.b), s.tokens[c.opening.a]) : "";
  return rest.split(" ").length >= 2 ? clean(`${rest}${opening ? " " + opening : ""}`) : null;
}

export const sentenceEnd = END;
