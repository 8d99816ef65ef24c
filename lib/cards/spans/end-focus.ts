// End focus: English puts what a sentence is about first (the subject, given) and what it says
// of it last (the predicate's closing phrase, new). A cloze on a detail inside the subject — a
// noun after "of", "as" or "by" within it, or the object of a participle that modifies it ("the
// truths demonstrated by {{X}}", "one portion of the {{servant class}}", "the utility of
// consumption as an {{evidence of wealth}}") — leaves the claim showing and asks for an incidental
// word; the strict raters' notes move such blanks to the clause's last phrase ("blank 'manly
// attributes'", "blank 'dependence'", "blank 'most obscure'"). General English only.
import type { AnalysedSentence, Token } from "../analyse";
import { givenAway } from "./weak-blank";

const MAX_WORDS = 6;
const LINK = /^(?:of|as|by|in|among|for|to|from|with|on)$/;
const STOPS = /^[.;:!?—–]$/;
const POSSESSIVE = /^['’]s?$/;
// Words that only measure or sort the noun after their "of" ("a kind of X"): dropped from the blank.
const PARTITIVE = /^(?:kind|kinds|sort|sorts|type|types|form|forms|variety|number|degree|deal|part|portion|piece|range)$/;

/** The first verb of the main clause after token `from`: a finite verb or auxiliary, not a participle after a noun. */
function mainVerbAfter(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k];
    if (STOPS.test(t.text) || t.text === ",") return -1;
    if (t.pos === "AUX") return k;
    if (t.pos !== "VERB") continue;
    // "the truths demonstrated by …", "infirmities induced by …": a participle after its noun modifies it.
    const prev = tokens[k - 1];
    if (/(?:ed|en|wn|ing)$/.test(t.lower) && prev && /^(?:NOUN|PROPN)$/.test(prev.pos)) continue;
    return k;
  }
  return -1;
}

/**
 * The blank is a detail inside the subject of its sentence: the subject opens the sentence (no
 * lead-in), holds a noun before the blank and a linking preposition or participle between them, and
 * the main verb comes after the blank. Returns the main verb's token index, or -1.
 */
export function subjectDetail(s: AnalysedSentence, start: number, end: number): number {
  const { tokens } = s;
  const i = tokens.findIndex((t) => t.start >= start);
  if (i <= 0 || tokens[0].pos === "ADP" || tokens[0].pos === "SCONJ" || tokens[0].pos === "ADV") return -1;
  let j = i;
  while (tokens[j + 1] && tokens[j + 1].end <= end) j++;
  const before = tokens.slice(0, i);
  // Only a participle that follows its noun and takes a preposition ("the truths demonstrated by")
  // may stand in the subject; any other verb, a relative pronoun or a comma means the blank is past it.
  const reduced = (k: number) => /(?:ed|en|wn|ing)$/.test(tokens[k].lower) && /^(?:NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? "") && tokens[k + 1]?.pos === "ADP";
  if (before.some((t, k) => t.pos === "AUX" || t.text === "," || STOPS.test(t.text) || /^(?:which|who|whom|whose|that|what)$/.test(t.lower) || (t.pos === "VERB" && !reduced(k)))) return -1;
  const head = before.findIndex((t) => t.pos === "NOUN" || t.pos === "PROPN");
  if (head < 0 || !before.slice(head + 1).some((t) => LINK.test(t.lower) || t.pos === "VERB")) return -1;
  return mainVerbAfter(tokens, j + 1);
}

/** The closing phrase of the clause that starts at main verb `v`: a noun or adjective phrase of at most MAX_WORDS words, as offsets. */
export function closingPhrase(s: AnalysedSentence, v: number): { start: number; end: number } | null {
  const { tokens } = s;
  // The clause ends at a stop, a comma or the sentence's end.
  let e = v + 1;
  while (e < tokens.length && !STOPS.test(tokens[e].text) && tokens[e].text !== ",") e++;
  if (e <= v + 1) return null;
  // Back over the phrase's words: adjectives, nouns, numbers, possessives, "of" between nouns, degree adverbs before an adjective.
  let a = e;
  while (a > v + 1) {
    const t = tokens[a - 1];
    if (/^(?:ADJ|NOUN|PROPN|NUM)$/.test(t.pos) || POSSESSIVE.test(t.text)) { a--; continue; }
    // "the sphere of (the) compensation": "of" between two nouns, and the article after it.
    if (t.lower === "of" && a < e && /^(?:NOUN|PROPN|ADJ|DET)$/.test(tokens[a].pos) && /^(?:NOUN|PROPN)$/.test(tokens[a - 2]?.pos ?? "")) { a--; continue; }
    if (t.pos === "DET" && a < e && tokens[a - 2]?.lower === "of") { a--; continue; }
    if (t.pos === "ADV" && tokens[a]?.pos === "ADJ" && /^(?:most|more|less|least|very|far|quite|wholly|entirely)$/.test(t.lower)) { a--; continue; }
    break;
  }
  while (a < e && (tokens[a].lower === "of" || POSSESSIVE.test(tokens[a].text))) a++;
  // Half a coordination ("sedate and {{dignified}}", "the free and {{the servile}}") is no closing phrase.
  if (/^(?:and|or|nor)$/.test(tokens[a - 1]?.lower ?? "")) return null;
  while (a < e && tokens[a].pos === "DET") a++;
  // "a kind of wire gauze", "a considerable degree of dependence": the noun after a partitive's "of".
  for (let k = a; k < e; k++) if (PARTITIVE.test(tokens[k].lower) && tokens[k + 1]?.lower === "of") a = k + 2;
  while (a < e && tokens[a].pos === "DET") a++;
  if (a >= e) return null;
  // (nor a quotation)
  if (/['"‘’“”]/.test(s.text.slice(tokens[a].start, tokens[e - 1].end + 1))) return null;
  const inside = tokens.slice(a, e);
  const words = inside.filter((t) => /\p{L}|\p{N}/u.test(t.text));
  if (!words.length || words.length > MAX_WORDS || !words.some((t) => /^(?:NOUN|PROPN|ADJ|NUM)$/.test(t.pos))) return null;
  // The phrase must follow the verb group directly or after a preposition ("recognised as X",
  // "by means of X"): a phrase cut from a longer one is not a claim.
  const span = { start: tokens[a].start, end: tokens[e - 1].end };
  return givenAway(s.text, span.start, span.end) ? null : span;
}

/** The end-focus blank for a cloze on a detail of the subject, or null. */
export function endFocusFor(s: AnalysedSentence, start: number, end: number): { start: number; end: number } | null {
  const v = subjectDetail(s, start, end);
  if (v < 0) return null;
  const p = closingPhrase(s, v);
  return p && (p.end <= start || p.start >= end) ? p : null;
}
