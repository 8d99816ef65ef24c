// Cloze deletions, the general fallback that works on any sentence structure: a date, a quantity
// or the most specific named entity is blanked. Also "When was X done?" for dated passives.
import type { Draft, Rule, RuleContext } from "../types";
import { entities, findDates, wordCount } from "../text";
import { asMidSentence, ENT, resolveDefinite } from "./common";
import { pointsBack, SHELL } from "./agent";
import { readable } from "../resolve";
import { chapterIndex } from "../chapter-index";

const PRONOUN_START = /^(It|Its|His|Her|Their|They|He|She|This|That|These|Those|Here|There|Such|Both)\b/;
// "Comparing it with older plates, he saw ...", "In 1912 she showed ...": the subject is still a pronoun.
const PRONOUN_AFTER_OPENING = /^(?:(?:In|On|By|During|After|Before|From|Within|Later|Then|Soon|Meanwhile)\b[^,;]{0,50}?,? |[^,;]{2,60}, )(?:he|she|they|it)\s+[a-z]/;
const QUANTITY = /\b(?:about |some |nearly |over |almost )?(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand))*)\s+(?:per cent|percent|[a-z]+s)\b(?:\s+per\s+[a-z]+\b)*/g;
const PASSIVE_DATED = /^((?:The |An? )?[A-Z](?:(?! (?:was|were|is|are|had|has|have) )[^,;]){2,80}?) (was|were) ((?:(?:[a-z]+ly|later|first|then|also|finally|soon) )?[a-z]+ed\b[^;,]*?) (?:(?:only )?(?:on|in) )((?:the )?(?:\d{1,2}(?:st|nd|rd|th)? (?:of )?)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December),? (?:\d{1,2},? )?)?(?:1[0-9]|20)\d\d)(?:\.?$|, (?!and\b|but\b)[a-z][^;]*$)/u;

// The same inside a later clause, for a named subject only: "..., where the town of Ismailia was
// founded in 1862." A bare common noun there would be anaphoric ("where the work was begun").
const CLAUSE_DATED = new RegExp(`(?:, (?:where|when|and|after which) |; (?:and )?)((?:the [a-z]+ of )?${ENT}) (was|were) ((?:first |later |formally )?[a-z]+ed) (?:in|on) ((?:the )?(?:\\d{1,2}(?:st|nd|rd|th)? (?:of )?)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December),? (?:\\d{1,2},? )?)?(?:1[0-9]|20)\\d\\d)(?=[.,;]|$)`, "u");

// A participle with its date between commas: "The Treaty of Westphalia, signed in 1648, ended ..."
// -> "When was the Treaty of Westphalia signed?". Only a named subject (not "The treaty, signed ...").
const PARTICIPIAL_DATED = new RegExp(`^((?:The )?${ENT}), ((?:first )?[a-z]+ed) (?:in|on) ((?:the )?(?:\\d{1,2}(?:st|nd|rd|th)? (?:of )?)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December),? (?:\\d{1,2},? )?)?(?:1[0-9]|20)\\d\\d)(?: [^,;]{0,40})?, `, "u");

// The species part of a two-word Latin name: a lower-case word with a Latin ending that the chapter
// only ever writes after a capitalised genus or its initial ("Thermus aquaticus", "T. aquaticus").
const EPITHET = /^ (\p{Ll}{4,}(?:us|um|a|ae|is|ii|i|ensis|oides|ica|ata|ans|ens|ix|ax|ium|ea|osa|ina|ella|atum|alis|ile))\b/u;

function withEpithet(s: string, e: { text: string; index: number }, index: ReturnType<typeof chapterIndex>): { text: string; index: number } {
  if (e.text.includes(" ")) return e;
  const m = s.slice(e.index + e.text.length).match(EPITHET);
  // The genus is a name the chapter writes mid-sentence too ("Taken together" opens a sentence and is no genus).
  // Nor is a proper adjective before an English noun ("the Franciscan chronicler").
  if (!m || !index.isNameWord(e.text) || /(?:an|ese|ish|ic)$/.test(e.text) || index.afterCapital(m[1]) < index.frequency(m[1])) return e;
  return { text: `${e.text} ${m[1]}`, index: e.index };
}

function cloze(text: string, answer: string, at: number): string {
  return `${text.slice(0, at)}{{c1::${answer}}}${text.slice(at + answer.length)}`;
}

function mentionCount(ctx: RuleContext, term: string): number {
  return chapterIndex(ctx.chapter).mentions(term);
}

/**
 * A term the sentence names: "now called the stored-program concept", "known as Photo 51", "a virus
 * called bacteriophage T2". In an active "Miescher called the new substance nuclein" an object comes
 * first, so there only the last word is the name.
 */
function namedTerm(s: string): { text: string; index: number } | null {
  // A quoted name is taken whole: this he bluntly called "nonsense".
  const quoted = s.match(/\b(?:called|named|known as|termed|described as|referred to as)\s+["“‘]([^"”’]{2,60})["”’]/u)
    // "mockingly called the rival theory the "Big Bang"": the object comes first, the quoted name last.
    ?? s.match(/\b(?:called|named|termed|dubbed)\s+(?:the\s+|an?\s+)?[a-z][a-z -]{1,40}?\s+(?:the\s+|an?\s+)?["“]([^"”]{2,40})["”]/u);
  if (quoted) return { text: quoted[1], index: quoted.index! + quoted[0].length - quoted[1].length - 1 };
  const m = s.match(/\b(called|named|known as|termed|described as|referred to as|defined as)\s+(?:(?:the|an?)\s+)?((?:[\p{L}\d'’–-]+\s+){0,3}[\p{L}\d'’–-]+)/u);
  if (!m) return null;
  // A term ends at the first function word: "the Hershey-Chase experiment or the blender experiment".
  const words = m[2].split(/\s+/);
  // "A miasmatist called instead for cleaning the streets": an adverb or particle after "called" is the verb's.
  let stop = words.findIndex((w) => /^(?:or|and|the|an?|in|on|at|by|for|with|to|from|that|which|is|was|were|are|instead|upon|out|off|back|up|away|again|also|too)$/i.test(w));
  // "called a kinase switches many enzymes on": a word followed by a determiner is the verb, not the term.
  const verb = words.findIndex((w, i) => i > 0 && /^(?:many|some|all|each|every|its|their|his|her|this|these|those|them|it|most|several)$/i.test(words[i + 1] ?? "") && /[a-z](?:s|ed)$/.test(w));
  if (verb > 0 && (stop < 0 || verb < stop)) stop = verb;
  if (stop === 0) return null;
  if (stop > 0) m[2] = words.slice(0, stop).join(" ");
  const at = m.index! + m[0].indexOf(m[2], m[1].length);
  // Initials stay whole: "the patient known as H.M.".
  const initials = s.slice(at).match(/^(?:\p{Lu}\.){2,}/u)?.[0];
  if (initials) return { text: initials, index: at };
  // "a monk named Geoffrey of Ainai": a name is taken whole, connectors included.
  const name = s.slice(at).match(/^\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|de|von|van|the)\s+)?\p{Lu}[\p{L}'’-]*)*/u)?.[0];
  if (name && name.includes(" ") && !/^(?:The|A|An)\b/.test(name)) return { text: name, index: at };
  const before = s.slice(0, m.index!);
  // "Einstein later called ...": an adverb may stand between the subject and the verb.
  const active = /(?:\b\p{Lu}[\p{L}'’-]+|\b(?:he|she|they|we|I))\s+(?:[a-z]+ly\s+|later\s+|then\s+|also\s+|first\s+|once\s+)?$/u.test(before) && m[1] !== "known as";
  if (!active) return { text: m[2], index: at };
  // "called the cosmological constant his biggest blunder": a possessive or an article starts the
  // name given, and a possessive description is no term.
  const rest = s.slice(at).split(/[,;.]/)[0].split(/\s+/);
  if (rest.some((w, i) => i > 0 && /^(?:his|her|their|its|my|our|your)$/.test(w))) return null;
  const last = m[2].split(/\s+/).at(-1)!;
  return m[2].includes(" ") ? { text: last, index: at + m[2].length - last.length } : null;
}

/**
 * "It ran its first program on {{c1::21 June 1948}}." cannot be answered alone: a cloze on a sentence
 * that opens with a pronoun carries the previous sentence of its paragraph, or is dropped.
 */
function withContext(ctx: RuleContext, drafts: Draft[]): Draft[] {
  const prev = ctx.previous;
  // The previous sentence may itself start with a pronoun that names someone unambiguously.
  const prevText = prev ? readable(ctx.chapter, prev)?.text ?? prev.text : "";
  const usable = prev && prev.paragraph === ctx.sentence.paragraph && !PRONOUN_START.test(prevText) && wordCount(prevText) + wordCount(ctx.sentence.text) <= 55;
  return drafts.flatMap((d) => {
    if (d.kind !== "cloze") return [d];
    if (!usable) return [];
    return [{ ...d, front: `${prevText} ${d.front}`, extraSentences: [prev.id], flags: [...(d.flags ?? []), "with-context"] }];
  });
}

export const clozeRule: Rule = (ctx) => {
  const s = ctx.sentence.text;
  const words = wordCount(s);
  // A list fragment ("use the equation to interpret data;") is not a statement a card can quote.
  if (words < (PRONOUN_START.test(s) ? 5 : 7) || words > 55 || /^\p{Ll}/u.test(s)) return [];
  const out: Draft[] = [];
  const context: string[] = [];
  const pd = s.match(PASSIVE_DATED);
  if (pd && !PRONOUN_START.test(pd[1])) {
    // "was later implicated in X and was executed at Tyburn in 1537": the date goes with the last verb.
    const deed = pd[3].split(/ and (?:was|were) (?=[a-z]+ed\b)/).at(-1)!.trim();
    const thing = resolveDefinite(ctx, pd[1]);
    if (pointsBack(ctx, thing) !== "drop") {
      out.push({ kind: "qa", front: `When ${pd[2]} ${asMidSentence(thing, ctx.chapter)} ${deed}?`, back: pd[4].replace(/^the /, ""), answer: pd[4], rule: "event-date", base: 0.86, flags: pointsBack(ctx, thing) ? ["needs-context"] : [] });
    }
  }
  // A year in brackets after a name is a citation ("Hyde v Wrench (1840)", "Smith (1998)"), not an event.
  const pp = pd ? null : s.match(PARTICIPIAL_DATED);
  if (pp && /\s/.test(pp[1].replace(/^The /, "")) && !PRONOUN_START.test(pp[1])) {
    out.push({ kind: "qa", front: `When was ${asMidSentence(pp[1], ctx.chapter)} ${pp[2]}?`, back: pp[3].replace(/^the /, ""), answer: pp[3], rule: "event-date", base: 0.84 });
  }
  const cd = pd || pp ? null : s.match(CLAUSE_DATED);
  if (cd && !/^(?:The|A|An|It|This|That)$/.test(cd[1])) {
    out.push({ kind: "qa", front: `When ${cd[2]} ${cd[1]} ${cd[3]}?`, back: cd[4].replace(/^the /, ""), answer: cd[4], rule: "event-date", base: 0.84 });
  }
  const date = findDates(s).filter((d) => !(/^\d{4}$/.test(d.text) && /\p{L}\.? \($/u.test(s.slice(0, d.index)) && s[d.index + 4] === ")"))
    .sort((a, b) => b.text.length - a.text.length)[0];
  // A bare year the chapter keeps repeating ("the summer of 1924" in a chapter about 1924) says little.
  const common = date && date.text.length <= 4 && chapterIndex(ctx.chapter).frequency(date.text) >= 4;
  if (date) out.push({ kind: "cloze", front: cloze(s, date.text, date.index), back: date.text, answer: date.text, rule: "date-cloze", base: date.text.length > 4 ? 0.78 : common ? 0.48 : 0.58, flags: context });
  // "the two seas", "its three parts": a definite quantity points back to something already counted.
  // "two years later" only counts from a date given elsewhere.
  const qty = [...s.matchAll(QUANTITY)].find((m) => !/^\d{4}\b/.test(m[0]) && !/\b(?:the|its|his|her|their|these|those|our)\s$/i.test(s.slice(0, m.index!))
    && !/^\s+(?:later|earlier|before|after|afterwards|ago)\b/.test(s.slice(m.index! + m[0].length)));
  if (qty) out.push({ kind: "cloze", front: cloze(s, qty[0], qty.index!), back: qty[0], answer: qty[0], rule: "quantity-cloze", base: 0.68, flags: context });
  // The most specific entity: rare in the chapter, not the first word, longest first.
  const term = namedTerm(s);
  if (term) out.push({ kind: "cloze", front: cloze(s, term.text, term.index), back: term.text, answer: term.text, rule: "term-cloze", base: 0.74, flags: context });
  const index = chapterIndex(ctx.chapter);
  const ents = entities(s).map((e) => withEpithet(s, e, index))
    // At the start of a sentence a capital proves nothing: only names of 2+ words or acronyms count there.
    .filter((e) => (e.index > 0 || ((e.text.includes(" ") || /^[A-Z]{3,}\d*$/.test(e.text)) && !/^(THE|AND|BUT|FOR|WITH|FROM|THIS|THAT)$/.test(e.text) && wordCount(s) - wordCount(e.text) >= 5)) && e.text.length > 2 && !date?.text.includes(e.text) && mentionCount(ctx, e.text) <= 3 && !/\b(?:von|van|de|der|la|le|du)\s$/.test(s.slice(0, e.index))
      // A nationality or other proper adjective before its noun ("the English physicist") is no name.
      && !(/^\p{Lu}\p{Ll}+(?:ish|ese|an|ian|ic|i)$/u.test(e.text) && /^ \p{Ll}/u.test(s.slice(e.index + e.text.length)))
      // Part of a longer title: "the Law of Property (Miscellaneous Provisions) Act".
      && !(s[e.index - 1] === "(" && /^\) \p{Lu}/u.test(s.slice(e.index + e.text.length))))
    .sort((a, b) => mentionCount(ctx, a.text) - mentionCount(ctx, b.text) || b.text.length - a.text.length);
  let ent = ents.find((e) => e.index > 0) ?? ents[0];
  // "Edwin Krebs and {{Edmond Fischer}}" asks for half an answer: a pair of names is blanked whole.
  if (ent) {
    const all = entities(s);
    const pair = all.find((o) => o.index + o.text.length < ent!.index && s.slice(o.index + o.text.length, ent!.index) === " and ")
      ?? all.find((o) => o.index > ent!.index && s.slice(ent!.index + ent!.text.length, o.index) === " and ");
    // In a longer list ("Bardeen, Brattain and Shockley") one missing member is the question.
    const first = pair && Math.min(pair.index, ent.index);
    const longer = pair && /\p{Lu}[\p{L}'’.-]*,\s*$/u.test(s.slice(0, first!));
    if (pair && !longer && /^\p{Lu}/u.test(pair.text) && !/^(?:The|A|An)$/.test(pair.text)) {
      const start = Math.min(pair.index, ent.index), end = Math.max(pair.index + pair.text.length, ent.index + ent.text.length);
      ent = { text: s.slice(start, end), index: start };
    }
  }
  // A lone capitalised word after "the" ("the King", "the Admiralty") is a title, not much of a fact;
  // so is an office after a copula ("who was then Prime Minister"), and a single-word place that only
  // closes a clause as its setting ("the richest house in England.", "every country of Europe;").
  const lead = ent ? s.slice(0, ent.index) : "";
  // "no Benedictine order", "the Andromeda nebula": a single capitalised word between a determiner and a
  // common noun is used as an adjective.
  const attributive = ent && !ent.text.includes(" ") && /\b(?:no|the|a|an|every|each|this|that|any|its|his|her|their)\s(?:[a-z]+\s){0,2}$/.test(lead) && /^\s\p{Ll}/u.test(s.slice(ent.index + ent.text.length))
    && !/[^s]s$/.test(ent.text) && !/^\s(?:in|of|on|at|by|for|with|to|from|and|or|but|who|which|that|whose|was|were|is|are|had|has)\b/.test(s.slice(ent.index + ent.text.length));
  const generic = ent && (attributive || !ent.text.includes(" ") && /\bthe\s$/i.test(lead)
    // "The leading case is Carlill v ..." identifies; "was then Prime Minister", "had become Viceroy" hold an office.
    || /\b(?:(?:is|was|were|are|be|been)\s+(?:then|now|still|already|later)|became|become|becomes|as)\s+(?:the\s+)?$/.test(lead));
  const setting = ent && !ent.text.includes(" ") && /\b(?:in|of|across|throughout|around|over|from)\s$/.test(lead) && /^[.;,:]?\s*$|^[;:]/.test(s.slice(ent.index + ent.text.length));
  if (ent) out.push({ kind: "cloze", front: cloze(s, ent.text, ent.index), back: ent.text, answer: ent.text, rule: "entity-cloze", base: generic ? 0.45 : setting ? 0.5 : ent.index === 0 ? 0.56 : 0.62, flags: context });
  // "For forty years few took it seriously.": a short sentence about "it" cannot be answered alone.
  // "Within thirty years that picture had been overturned": a demonstrative subject points back too.
  const demonstrative = /^(?:[A-Z][^,;]{0,40}?,? )?(?:that|this|these|those|This|That|These|Those) [a-z]+ (?:had|has|have|was|were|is|are|could|would|[a-z]+ed)\b/.test(s);
  // "The purchase was completed on ...": a shell noun as the subject stands for what was told before.
  const shellSubject = (s.match(/^(?:[A-Z][^,;]{0,40}?,? )?[Tt]he ([a-z]+) (?:had|has|have|was|were|is|are|could|would|[a-z]+ed)\b/)?.[1] ?? "").match(SHELL);
  // Only a short sentence is all about its shell subject ("The dispute was referred to the arbitration of
  // Napoleon III, who in July 1864 awarded ..." holds a fact of its own).
  const backRef = demonstrative || (shellSubject && words <= 15) || words < 12 && /\b(?:it|them|him|her|this|these)\b/.test(s.replace(/\b(?:this|these) [a-z]+\b/g, ""));
  return PRONOUN_START.test(s) || PRONOUN_AFTER_OPENING.test(s) || backRef ? withContext(ctx, out) : out;
};
