// Terms glossed in passing, the way survey chapters define them mid-sentence: "the miasma theory, the
// belief that disease was caused by bad air", "called for quarantine, the isolation of ships ...",
// "Rembrandt's art depends on chiaroscuro: the strong contrast of light and dark ...", and the
// holders of a view, "A minority were contagionists, who held that disease passed from person to person".
import type { Draft, Rule } from "../types";
import { wordCount } from "../text";
import { PRONOUN } from "./common";

// "X, the belief that ...": a noun of thought or practice with its content.
const NOTION = /, (the (?:belief|doctrine|idea|view|notion|theory|principle|practice|assumption|conviction|teaching|hypothesis|custom|tradition|art|science|study|technique|method) (?:that|of|in which|by which|whereby) [^;]+?)(?=, (?:had|has|was|were|is|are|became|remained|did|could|would|which|and|but)\b|;|\.?$)/u;
// "quarantine, the isolation of ships ...": a lower-case term glossed by a nominalisation.
const NOMINAL = /, (the (?:[a-z]+ ){0,2}?[a-z]+(?:tion|sion|ment|ance|ence|ity|ure|ing|ship|hood) (?:of|by which|in which|whereby) [^;]+?)(?=, (?:usually|often|generally|typically|sometimes|especially|which|and|but|had|has|was|were|is|are)\b|;|\.?$)/u;
// "depends on chiaroscuro: the strong contrast of light and dark ...": a term, a colon, then its gloss
// as a noun phrase (article, at most three modifiers, a head noun and what restricts it).
const COLON = /\b(?:on|of|uses?|used|called|by|through|in|with|into|upon) ((?:the |an? )?(?:[a-z][\p{L}-]* ){0,2}[a-z][\p{L}-]{3,}): ((?:the|an?) (?:[a-z][\p{L}-]* ){0,3}?[a-z][\p{L}-]* (?:of|in|that|which|between|used|by|for|from|with)\b[^:;]{5,200}?)\.?$/u;
// "A minority were contagionists, who held that ...".
const HOLDERS = /\b((?:the )?\p{L}[\p{L}-]*(?:ists|ians|ites|ics|ers)), who (held|believed|argued|maintained|claimed|insisted|taught) that ([^;]+?)(?:;|\.?$)/u;
const BASE: Record<string, string> = { held: "hold", believed: "believe", argued: "argue", maintained: "maintain", claimed: "claim", insisted: "insist", taught: "teach" };

const STOP = /^(?:was|were|is|are|be|been|the|a|an|of|in|on|at|by|for|from|with|and|or|to|as|that|which|who|its|his|her|their|called|named|known|held|into|instead|rather|than|then|also|only|not)$/i;
const VERBISH = /^(?:[a-z]+ed|[a-z]+ing)$/;

/** The noun phrase that ends just before `at`: "Most held to the miasma theory" -> "the miasma theory". */
function termBefore(s: string, at: number): string | null {
  const words = s.slice(0, at).split(/\s+/);
  const term: string[] = [];
  while (words.length && term.length < 5 && !(VERBISH.test(words.at(-1)!) && term.length)) {
    const w = words.at(-1)!;
    // "the germ theory of disease": one "of" joins two nouns of the term.
    const of = w === "of" && term.length === 1 && !term.includes("of") && words.length >= 2 && !STOP.test(words.at(-2)!);
    if (STOP.test(w) && !of) break;
    term.unshift(words.pop()!);
  }
  if (!term.length || term.some((w) => /[,;:()"“”]|\d/.test(w)) || PRONOUN.test(term[0]) || VERBISH.test(term.at(-1)!)) return null;
  // The first word of the sentence is no part of a term unless it is all there is before the comma.
  const article = /^(?:the|an?)$/i.test(words.at(-1) ?? "") ? words.at(-1)!.toLowerCase() : "";
  const t = term.join(" ");
  if (/^\p{Lu}/u.test(t) && !words.length) return null;
  // A lone lower-case word is a term only when it is long and follows a preposition or an article.
  if (!t.includes(" ") && /^\p{Ll}/u.test(t) && (t.length < 6 || !/^(?:the|an?|for|of|to|on|in|by|with|from|into|called|practise[ds]?|practice[ds]?)$/i.test(words.at(-1) ?? ""))) return null;
  return article ? `${article} ${t}` : t;
}

function clip(s: string, words = 30): string {
  const w = s.trim().split(/\s+/);
  return w.length <= words ? s.trim() : w.slice(0, words).join(" ").replace(/[,;:]$/, "") + "…";
}

export const glossRule: Rule = (ctx) => {
  const s = ctx.sentence.text;
  const out: Draft[] = [];
  const n = s.match(NOTION) ?? s.match(NOMINAL);
  const term = n ? termBefore(s, n.index!) : null;
  if (n && term && wordCount(n[1]) >= 5 && !/\p{Lu}\p{Ll}+ \p{Lu}/u.test(term)) {
    const plural = /[^su]s$/.test(term) && !/(?:ics|sis|ism)$/.test(term);
    out.push({ kind: "qa", front: `What ${plural ? "are" : "is"} ${term}?`, back: clip(n[1]), answer: n[1], rule: "definition", base: 0.88 });
  }
  const c = out.length ? null : s.match(COLON);
  // The gloss is a noun phrase, not a clause ("the authors noted that ...", "the chains in it link up")
  // nor a list of two ("the heat of the Earth ..., and the energy of the Sun").
  const head = c?.[2].split(/\b(?:which|that|who|whom|whose|where|when)\b/)[0] ?? "";
  const clause = /\b(?:is|are|was|were|has|have|had|can|could|will|would|may|might|must|should|did|does|do|it|they|he|she|we)\b/.test(head) || /\b[a-z]+ed (?:that|the|an?|his|her|their|its)\b/.test(c?.[2].split(/\b(?:which|who|whom|whose|where|when)\b/)[0] ?? "") || /, and (?:the|an?) /.test(c?.[2] ?? "");
  if (c && !clause && !c[1].replace(/^(?:the|an?) /, "").split(" ").some((w) => STOP.test(w)) && wordCount(c[2]) >= 5) {
    out.push({ kind: "qa", front: `What is ${c[1]}?`, back: clip(c[2]), answer: c[2], rule: "definition", base: 0.88 });
  }
  const h = s.match(HOLDERS);
  if (h && !PRONOUN.test(h[1]) && wordCount(h[3]) >= 3 && wordCount(h[3]) <= 30) {
    const who = h[1].replace(/^The /, "the ");
    out.push({ kind: "qa", front: `What did ${who} ${BASE[h[2]]}?`, back: `That ${clip(h[3])}`, answer: h[3], rule: "doctrine", base: 0.86 });
  }
  return out;
};
