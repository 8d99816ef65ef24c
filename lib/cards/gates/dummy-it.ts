// A dummy ("expletive") "it": the subject English needs where the real subject is a clause that
// comes later, or where a cleft puts one phrase in focus. Such an "it" stands for nothing in the
// chapter, so a card that opens on it needs no antecedent. Read from the toolkit's tags, not the
// characters, so a leading adverbial ("On the other hand, it is …") or a long focused phrase
// ("It is only after many seasons of careful trials, that …") does not hide it:
// - it + be + ADJ + to-infinitive / that / whether / how ("It is easy to see", "It is clear that");
// - it + be + an evaluative noun phrase + to-infinitive / that ("It is a duty to keep one's word",
//   "It was a pity that …", "It is no wonder that …"): only nouns that judge a course of action or a
//   fact, since "It was a plan to seize the fort" has a referring "it";
// - it + seem / appear / happen / follow (+ ",") + that ("It plainly appears, that …");
// - it + be + participle + that / whether ("It is said that", "It must be remembered that");
// - a cleft: it + be + a focused adverbial (preposition or conjunction first: "only after …",
//   "in 1924", "not till …", "because …") + "that" later in the same clause;
// - "It is a far cry / a long way from X to Y", the idiom of distance between two things.
// "It is the old rule applied …", "It is not fear", "It is the placing of …" keep a referring "it"
// (a noun phrase with no clause after it).
import type { Token } from "../analyse/types";

const MODAL = /^(?:must|may|might|will|would|can|could|should|shall|cannot)$/;
const RAISING = /^(?:seem|appear|happen|follow|chance|turn|come)$/;
const CLAUSE = /^(?:that|whether|how|why|what|if)$/;
// Nouns that judge an action or a fact: "a duty to …", "a pity that …", "no wonder that …".
const EVALUATIVE = new Set(("duty mistake error pity shame pleasure privilege honour honor disgrace crime sin folly wonder " +
  "misfortune necessity rule maxim custom habit practice task business comfort relief advantage question matter fact truth " +
  "part object aim function office right wrong principle law condition secret temptation risk danger").split(" "));
// A cleft's focus opens on a preposition or a subordinator ("It is only after …, that …"), adverbs before it skipped.
const FOCUS_START = /^(?:ADP|SCONJ)$/;

/** Index just past any adverbs and "not" from `j`. */
function skipAdverbs(ts: Token[], j: number): number {
  while (ts[j] && (ts[j].pos === "ADV" || ts[j].lower === "not")) j++;
  return j;
}

/** A clause ahead before the end of the current one (";" or the end): "that", "whether", "how" … */
function clauseAhead(ts: Token[], j: number, words = CLAUSE): boolean {
  for (let k = j; k < ts.length && k < j + 40; k++) {
    if (/^[;.!?]$/.test(ts[k].text)) return false;
    // "that" before a noun may be a determiner ("that day"); after a comma or before anything else it opens a clause.
    if (words.test(ts[k].lower) && ts[k + 1]?.lower !== "is" && !(ts[k].lower === "that" && ts[k + 1]?.pos === "NOUN" && ts[k - 1]?.text !== ",")) return true;
  }
  return false;
}

/** "to" followed by a verb: an infinitive. */
const infinitive = (ts: Token[], j: number) => ts[j]?.lower === "to" && /^(?:VERB|AUX)$/.test(ts[j + 1]?.pos ?? "");

/** Whether the "it" at token `i` is a dummy subject (see the header). */
export function dummyIt(ts: Token[], i: number): boolean {
  if (ts[i]?.lower !== "it") return false;
  let j = skipAdverbs(ts, i + 1);
  if (MODAL.test(ts[j]?.lower ?? "")) j = skipAdverbs(ts, j + 1);
  if (/^(?:has|have|had)$/.test(ts[j]?.lower ?? "")) j = skipAdverbs(ts, j + 1);
  const verb = ts[j];
  if (!verb) return false;
  if (RAISING.test(verb.lemma)) {
    let k = skipAdverbs(ts, j + 1);
    if (/^(?:turn|come)$/.test(verb.lemma)) { if (!/^(?:out|about)$/.test(ts[k]?.lower ?? "")) return false; k++; }
    if (ts[k]?.text === ",") k++;
    // "It seems to me that …", "It appears from the record that …": a short phrase before the clause.
    return CLAUSE.test(ts[k]?.lower ?? "") && ts[k].lower !== "what" || (ts[k]?.pos === "ADP" && clauseAhead(ts, k + 1, /^that$/));
  }
  if (verb.lemma !== "be") return false;
  const k = skipAdverbs(ts, j + 1);
  const w = ts[k];
  if (!w) return false;
  // Cleft: "It is only after …, that we attain …", "It was in 1924 that …", "It was not till … that".
  if (FOCUS_START.test(w.pos) && w.lower !== "that" && clauseAhead(ts, k + 1, /^that$/)) return true;
  // "It is clear that", "It is easy to see", "It is hard for a man to …", "It is said that …".
  if (w.pos === "ADJ" || (w.pos === "VERB" && /(?:ed|n)$/.test(w.lower))) {
    let m = k + 1;
    while (ts[m] && (ts[m].pos === "ADJ" || ts[m].lower === "and" || ts[m].lower === "or" || ts[m].pos === "ADV")) m++;
    if (ts[m]?.text === ",") m++;
    if (infinitive(ts, m) || CLAUSE.test(ts[m]?.lower ?? "")) return true;
    if (ts[m]?.lower === "for" && clauseAhead(ts, m + 1, /^to$/)) return true;
    return false;
  }
  // The idiom of distance: "It is a far cry from X to Y", "It is a long way from X to Y" (the toolkit may tag "cry" a verb).
  if (w.lower === "a" && /^(?:far|long)$/.test(ts[k + 1]?.lower ?? "") && /^(?:cry|way)$/.test(ts[k + 2]?.lower ?? "") && ts[k + 3]?.lower === "from") return true;
  // "It is a duty to …", "It was a great pity that …", "It is no wonder that …".
  if (/^(?:a|an|no)$/.test(w.lower)) {
    let m = k + 1;
    while (ts[m] && (ts[m].pos === "ADJ" || ts[m].pos === "ADV")) m++;
    const head = ts[m];
    if (!head || head.pos !== "NOUN") return false;
    if (!EVALUATIVE.has(head.lemma) && !EVALUATIVE.has(head.lower)) return false;
    const n = ts[m + 1]?.text === "," ? m + 2 : m + 1;
    return infinitive(ts, n) || ts[n]?.lower === "that" || (ts[n]?.lower === "for" && clauseAhead(ts, n + 1, /^to$/));
  }
  return false;
}

/** The sentence's first "it" (any case), when it is a dummy subject. */
export function firstItIsDummy(ts: Token[]): boolean {
  const i = ts.findIndex((t) => t.lower === "it");
  return i >= 0 && dummyIt(ts, i);
}

/** Switch for the dummy-"it" reading in the standalone and referring gates (session 15): ON (docs/card-generator.md). */
export const DUMMY_IT = { on: true };

/**
 * Whether the "it" at `at` of a card's text is a dummy: the sentence's "it" token that the card's
 * words from there on come from (a card shows the sentence's own words, maybe cut).
 */
export function dummyItOnCard(ts: Token[], sentence: string, card: string, at: number): boolean {
  if (!DUMMY_IT.on) return false;
  const shown = card.slice(at, at + 24).toLowerCase();
  const i = ts.findIndex((t) => t.lower === "it" && sentence.slice(t.start, t.start + shown.length).toLowerCase() === shown);
  return i >= 0 && dummyIt(ts, i);
}
