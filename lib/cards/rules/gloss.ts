// Terms glossed in passing, the way survey chapters define them mid-sentence: "the miasma theory, the
// belief that disease was caused by bad air", "called for quarantine, the isolation of ships ...",
// "Rembrandt's art depends on chiaroscuro: the strong contrast of light and dark ...", and the
// holders of a view, "A minority were contagionists, who held that disease passed from person to person".
import type { Draft, Rule } from "../types";
import { wordCount } from "../text";
import { asMidSentence, IRREGULAR_PAST, PRONOUN } from "./common";
import { chapterIndex } from "../chapter-index";

// "X, the belief that ...": a noun of thought or practice with its content.
const NOTION = /, (the (?:belief|doctrine|idea|view|notion|theory|principle|practice|assumption|conviction|teaching|hypothesis|custom|tradition|art|science|study|technique|method) (?:that|of|in which|by which|whereby) [^;]+?)(?=, (?:had|has|was|were|is|are|became|remained|did|could|would|which|and|but)\b|;|\.?$)/u;
// "quarantine, the isolation of ships ...": a lower-case term glossed by a nominalisation.
const NOMINAL = /, (the (?:[a-z]+ ){0,2}?[a-z]+(?:tion|sion|ment|ance|ence|ity|ure|ing|ship|hood) (?:of|by which|in which|whereby) [^;]+?)(?=, (?:usually|often|generally|typically|sometimes|especially|which|and|but|had|has|was|were|is|are)\b|;|\.?$)/u;
// "depends on chiaroscuro: the strong contrast of light and dark ...": a term, a colon, then its gloss
// as a noun phrase (article, at most three modifiers, a head noun and what restricts it).
const COLON = /\b(?:on|of|uses?|used|called|by|through|in|with|into|upon) ((?:the |an? )?(?:[a-z][\p{L}-]* ){0,2}[a-z][\p{L}-]{3,}): ((?:the|an?) (?:[a-z][\p{L}-]* ){0,3}?[a-z][\p{L}-]* (?:of|in|that|which|between|used|by|for|from|with)\b[^:;]{5,200}?)\.?$/u;
// "A minority were contagionists, who held that ...".
const HOLDERS = /\b((?:the )?\p{L}[\p{L}-]*(?:ists|ians|ites|ics|ers)), who (held|believed|argued|maintained|claimed|insisted|taught) that ([^;]+?)(?:;|\.?$)/u;
// A foreign term with its translation: "the empfindsamer Stil (German for 'sensitive style')", "opera buffa
// (Italian, 'comic opera')", "sfumato, meaning 'smoky',".
const TRANSLATED = /(?: \((?:(?:German|French|Italian|Latin|Greek|Spanish|Dutch|Portuguese|Russian|Arabic|Japanese|Chinese|Sanskrit|Hebrew)(?: for| word for)?,? |literally,? )?|, (?:meaning|literally) )["“‘']([^"”’'()]{3,60}?)["”’'](?:\)|,)/u;
// "Louis Sullivan coined the phrase "form follows function"", "The International Style, a term coined by
// Henry-Russell Hitchcock and Philip Johnson": who coined a term.
const NAME = "\\p{Lu}[\\p{L}'’.-]*(?: (?:(?:de|van|von|der|da|di|du|la|le) )*\\p{Lu}[\\p{L}'’.-]*)+";
const COINED = new RegExp(`(${NAME}) (?:[a-z]+ly )?(coined|invented|introduced) the (phrase|term|word|slogan|expression|name) ["“]([^"”]{2,60})["”]`, "u");
const COINED_BY = new RegExp(`(?:^|, |\\b(?:the|called) )["“]?((?:The )?\\p{L}[\\p{L}'’-]*(?: [\\p{L}'’-]+){0,3}?)["”]?, an? (term|phrase|name|word|expression) (?:first )?(?:coined|invented|introduced) by (${NAME}(?: and ${NAME})?)`, "u");
// "Around 1890 a decorative style known as Art Nouveau spread across Europe".
const KNOWN_AS = new RegExp(`^(?:((?:Around|About|By|In|From|After|During) [^,]{2,30}?),? )?(?:a|an) ((?:[a-z-]+ ){0,3}[a-z-]+) (?:known as|called) (?:the )?((?:\\p{Lu}[\\p{L}'’-]*)(?: \\p{Lu}[\\p{L}'’-]*){0,3}) ((?:[a-z]+ed|spread|grew|arose|${IRREGULAR_PAST}) [^,;]{3,60}?)(?=[,;]|\\.?$)`, "u");
// "..., a practice known as serialisation", "..., a process now called sea-floor spreading": the clause
// before names what the term stands for.
const PROCESS_CALLED = /, an? (practice|process|technique|method|system|procedure|custom|device|phenomenon|strategy|policy) (?:now |later |today )?(?:known as|called|termed) ["“]?((?:[\p{L}-]+ ){0,3}[\p{L}-]+)["”]?(?=[.,;]|$)/u;
// "The bildungsroman, or novel of education, traces the growth of ...": a term with its alias and what it does.
const ALIAS_DOES = /^(?:The|A|An) ([a-z][\p{L}-]*(?: [a-z][\p{L}-]*){0,2}), or ([a-z][^,]{2,40}), ((?:[a-z]+ly )?(traces|describes|depicts|measures|denotes|covers|studies|examines|explains|concerns|tells|follows|shows|combines|uses|lacks|rejects)) ([^;]+?)(?:;|\.?$)/u;
// "Hume's problem of induction asks how ...", "Occam's razor holds that ...": a named concept and what it says.
const EPONYM = /^(\p{Lu}[\p{L}-]+['’]s (?:[a-z-]+ ){0,2}[a-z-]+(?: of [a-z][a-z -]{2,30}?)?) (states|holds|says|asks|asserts|claims|predicts|describes|explains|divides|distinguishes) ((?:that|how|whether|why|what|between|all|every|each|the) [^;]+?)(?:;|\.?$)/u;
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

// "History painting — scenes from the Bible, classical myth or ancient history — was thought ...": a term
// opening the sentence, its gloss between dashes, then the verb; or a gloss closing the sentence after a
// dash, "... was the Mannheim crescendo — a gradual swelling of the whole orchestra".
const DASH_LEAD = new RegExp(`^((?:The |An? )?\\p{L}[\\p{L}'’-]*(?: [\\p{L}'’-]+){0,3}) [—–] ([^—–;]{8,200}?) [—–] (?:[a-z]+ly )?(is|are|was|were|had|has|[a-z]+ed|[a-z]+s|${IRREGULAR_PAST})\\b`, "u");
// "Keats used the term negative capability to describe a poet's capacity ...".
const USED_TERM = /\b(?:used|coined|introduced|adopted|borrowed|invented) the (?:term|word|phrase|name|expression) ["“]?([^"”,]{2,40}?)["”]? (?:to (describe|denote|mean|refer to|designate|name)|for) ([^;]+?)(?:;|\.?$)/u;
const DASH_TAIL = / [—–] ((?:an?|the) [^—–;]{8,200}?)\.?$/u;
const NOT_GLOSS = /^(?:which|who|whom|whose|that|and|but|or|as|like|unlike|though|although|in|on|at|by|for|from|with|to|according|perhaps|probably|indeed|it|its|he|she|they|his|her|their|I|we|you|this|these|those|not|no|even|only|then|now|so|if|when|where|while)\b/i;

/** A gloss is a noun phrase: no finite verb or subject pronoun before its first relative word, not a list of two. */
function nounPhrase(gloss: string): boolean {
  const head = gloss.split(/\b(?:which|that|who|whom|whose|where|when)\b/)[0];
  if (/\b(?:is|are|was|were|has|have|had|can|could|will|would|may|might|must|should|did|does|do|it|they|he|she|we)\b/.test(head)) return false;
  if (/\b[a-z]+ed (?:that|the|an?|his|her|their|its)\b/.test(gloss.split(/\b(?:which|who|whom|whose|where|when)\b/)[0])) return false;
  // "a clause stating that an agreement is ... will show that ...": a modal outside a relative clause is the main verb.
  if (/(?<!\b(?:that|which|who) )\b(?:will|would|can|could|may|might|must|shall|should)\b/.test(gloss)) return false;
  return !/, and (?:the|an?) /.test(gloss);
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
  if (c && nounPhrase(c[2]) && !c[1].replace(/^(?:the|an?) /, "").split(" ").some((w) => STOP.test(w)) && wordCount(c[2]) >= 5) {
    out.push({ kind: "qa", front: `What is ${c[1]}?`, back: clip(c[2]), answer: c[2], rule: "definition", base: 0.88 });
  }
  const d = out.length ? null : s.match(DASH_LEAD);
  if (d && !PRONOUN.test(d[1]) && !/^(?:The|A|An)$/.test(d[1]) && !NOT_GLOSS.test(d[2]) && nounPhrase(d[2]) && wordCount(d[2]) >= 3 && !/\p{Lu}\p{Ll}+ \p{Lu}/u.test(d[1].replace(/^(?:The|An?) /, ""))) {
    const term = asMidSentence(d[1], ctx.chapter);
    const plural = /^(?:are|were)$/.test(d[3]) || (/[^su]s$/.test(term) && !/^(?:is|was|has)$/.test(d[3]));
    // A term is defined in the present whatever the tense of the story ("Palaeomagnetism — ... — supplied the
    // proof"); a name glossed in a narrative keeps its past ("The Byronic hero — ... — became a type").
    const past = /^\p{Lu}/u.test(term.replace(/^the /, "")) && !/^(?:is|are|has|[a-z]+s)$/.test(d[3]);
    out.push({ kind: "qa", front: `What ${plural ? (past ? "were" : "are") : past ? "was" : "is"} ${term}?`, back: clip(d[2]), answer: d[2], rule: "definition", base: 0.88 });
  }
  const t = out.length ? null : s.match(DASH_TAIL);
  const tTerm = t ? termBefore(s, t.index!) : null;
  if (t && tTerm && nounPhrase(t[1]) && wordCount(t[1]) >= 4 && !/\p{Lu}\p{Ll}+ \p{Lu}/u.test(tTerm)) {
    out.push({ kind: "qa", front: `What ${/[^su]s$/.test(tTerm) ? "are" : "is"} ${tTerm}?`, back: clip(t[1]), answer: t[1], rule: "definition", base: 0.88 });
  }
  const u = s.match(USED_TERM);
  if (u && wordCount(u[3]) >= 3 && wordCount(u[1]) <= 4) {
    out.push({ kind: "qa", front: `What does the term "${u[1]}" ${u[2] ?? "denote"}?`, back: clip(u[3]), answer: u[3], rule: "definition", base: 0.88 });
  }
  const tr = s.match(TRANSLATED);
  // A lone foreign word needs no article before it: "Leonardo perfected sfumato, meaning 'smoky'".
  const lone = tr ? s.slice(0, tr.index!).match(/(?:^|\s)(\p{Ll}{4,})$/u)?.[1] : undefined;
  const trTerm = tr ? (termBefore(s, tr.index!) ?? (lone && !STOP.test(lone) ? lone : null))?.replace(/^(?:the|an?) /i, "") : null;
  if (tr && trTerm && !/^\p{Lu}\p{Ll}+ \p{Lu}/u.test(trTerm) && !PRONOUN.test(trTerm)) {
    out.push({ kind: "qa", front: `What does "${trTerm}" mean?`, back: `"${tr[1]}"`, answer: tr[1], rule: "definition", base: 0.86 });
  }
  const co = s.match(COINED);
  // With its year when the sentence gives one right after the phrase, so it is the same card as who-did-what's.
  const coYear = co ? (s.slice(co.index! + co[0].length).match(/^ in ((?:1[0-9]|20)\d\d)\b/) ?? s.match(/^In ((?:1[0-9]|20)\d\d)\b/))?.[1] : undefined;
  if (co) out.push({ kind: "qa", front: `Who ${co[2]} the ${co[3]} "${co[4]}"${coYear ? ` in ${coYear}` : ""}?`, back: co[1], answer: co[1], rule: "who-did-what", base: 0.84 });
  const cb = co ? null : s.match(COINED_BY);
  if (cb && !PRONOUN.test(cb[1]) && !/^(?:it|this|that)$/i.test(cb[1])) {
    out.push({ kind: "qa", front: `Who coined the ${cb[2]} "${cb[1].replace(/^The /, "the ").replace(/^the (?=\p{Lu})/u, "")}"?`.replace(/"the /, '"'), back: cb[3], answer: cb[3], rule: "agent", base: 0.86 });
  }
  const ka = s.match(KNOWN_AS);
  if (ka) {
    const when = ka[1] ? ` ${ka[1].charAt(0).toLowerCase()}${ka[1].slice(1)}` : "";
    out.push({ kind: "qa", front: `What was the ${ka[2]} that ${ka[4]}${when} called?`, back: ka[3], answer: ka[3], rule: "term", base: 0.86 });
  }
  const pc = s.match(PROCESS_CALLED);
  if (pc) {
    const pre = s.slice(0, pc.index!);
    // The clause: what follows a verb of saying's "that" ("argued that new ocean floor forms ..."), or the whole
    // sentence without a dated opening or a sentence adverb ("First, the weight ..."); a relative "that"
    // inside the subject ("Genes that lie close together ...") is no boundary.
    const said = [...pre.matchAll(/\b(?:argued|showed|shown|found|proposed|suggested|held|believed|realised|realized|noted|observed|discovered|concluded|claimed|said|stated|thought|knew|recognised|recognized|demonstrated|established) that /g)].at(-1);
    const clause = (said ? pre.slice(said.index! + said[0].length) : pre.replace(/^(?:In|By|From|During|After|Around) [^,]{2,30}?,? (?=\p{Lu})/u, "").replace(/^(?:First|Second|Third|Then|Next|Finally|Thus|Later|Eventually|Afterwards|Meanwhile|Here|Now),? /, "")).trim();
    const first = clause.split(" ")[0];
    if (wordCount(clause) >= 4 && wordCount(clause) <= 25 && !/[;:]/.test(clause) && !PRONOUN.test(first) && !/^(?:it|they|he|she|this|these|which|who)$/i.test(first)) {
      // A capital that only opens the sentence goes: "Cells divide ..." -> "cells divide ...", not "Dickens".
      const shown = /^\p{Lu}\p{Ll}+$/u.test(first) && !/^\p{Lu}\p{Ll}+ \p{Lu}/u.test(clause) && !chapterIndex(ctx.chapter).isNameWord(first) ? clause.charAt(0).toLowerCase() + clause.slice(1) : clause;
      out.push({ kind: "qa", front: `What is the ${pc[1]} by which ${shown} called?`, back: pc[2], answer: pc[2], rule: "term", base: 0.86 });
    }
  }
  const ad = s.match(ALIAS_DOES);
  if (ad && wordCount(ad[5]) >= 3 && !/\b(?:it|they|he|she)\b/.test(ad[2])) {
    const base = ad[4].replace(/ies$/, "y").replace(/(?:ss|sh|ch|x)es$/, (m) => m.slice(0, -2)).replace(/s$/, "");
    out.push({ kind: "qa", front: `What does the ${ad[1]} (${ad[2]}) ${ad[3].replace(ad[4], base)}?`, back: clip(ad[5]), answer: ad[5], rule: "definition", base: 0.86 });
  }
  const ep = s.match(EPONYM);
  // What it says is a clause ("that ...", "how ..."); only a division may take a plain object ("divides all knowledge into ...").
  if (ep && wordCount(ep[3]) >= 4 && (/^(?:that|how|whether|why|what|between)\b/.test(ep[3]) || /^(?:divides|distinguishes)$/.test(ep[2]))) {
    const verb = ep[2].replace(/ies$/, "y").replace(/(?:ss|sh|ch|x)es$/, (m) => m.slice(0, -2)).replace(/s$/, "");
    const back = /^that /.test(ep[3]) ? `That ${clip(ep[3].slice(5))}` : clip(ep[3]);
    out.push({ kind: "qa", front: `What does ${ep[1]} ${verb}?`, back, answer: ep[3], rule: "doctrine", base: 0.86 });
  }
  const h = s.match(HOLDERS);
  if (h && !PRONOUN.test(h[1]) && wordCount(h[3]) >= 3 && wordCount(h[3]) <= 30) {
    const who = h[1].replace(/^The /, "the ");
    out.push({ kind: "qa", front: `What did ${who} ${BASE[h[2]]}?`, back: `That ${clip(h[3])}`, answer: h[3], rule: "doctrine", base: 0.86 });
  }
  return out;
};
