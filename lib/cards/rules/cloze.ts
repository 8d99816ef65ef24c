// Cloze deletions, the general fallback that works on any sentence structure: a date, a quantity
// or the most specific named entity is blanked. Also "When was X done?" for dated passives.
import type { Draft, Rule, RuleContext } from "../types";
import { entities, findDates, wordCount } from "../text";
import { lowerFirst } from "./common";
import { chapterIndex } from "../chapter-index";

const PRONOUN_START = /^(It|Its|His|Her|Their|They|He|She|This|That|These|Those|Here|There|Such|Both)\b/;
const QUANTITY = /\b(?:about |some |nearly |over |almost )?(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand))*)\s+(?:per cent|percent|[a-z]+s)\b/g;
const PASSIVE_DATED = /^((?:The |An? )?[A-Z][^,;]{2,80}?) (was|were) ((?:[a-z]+ly )?[a-z]+ed\b[^;]*?) (?:(?:only )?(?:on|in) )((?:the )?(?:\d{1,2}(?:st|nd|rd|th)? (?:of )?)?(?:January|February|March|April|May|June|July|August|September|October|November|December)?,? ?\d{1,2}?,? ?(?:1[0-9]|20)\d\d)\.?$/u;

function cloze(text: string, answer: string, at: number): string {
  return `${text.slice(0, at)}{{c1::${answer}}}${text.slice(at + answer.length)}`;
}

function mentionCount(ctx: RuleContext, term: string): number {
  return chapterIndex(ctx.chapter).mentions(term);
}

export const clozeRule: Rule = (ctx) => {
  const s = ctx.sentence.text;
  const words = wordCount(s);
  if (words < 7 || words > 55) return [];
  const out: Draft[] = [];
  const context = PRONOUN_START.test(s) ? ["needs-context"] : [];
  const pd = s.match(PASSIVE_DATED);
  if (pd && !PRONOUN_START.test(pd[1])) {
    out.push({ kind: "qa", front: `When ${pd[2]} ${lowerFirst(pd[1])} ${pd[3].trim()}?`, back: pd[4].replace(/^the /, ""), answer: pd[4], rule: "event-date", base: 0.86 });
  }
  const date = findDates(s).sort((a, b) => b.text.length - a.text.length)[0];
  if (date) out.push({ kind: "cloze", front: cloze(s, date.text, date.index), back: date.text, answer: date.text, rule: "date-cloze", base: date.text.length > 4 ? 0.78 : 0.58, flags: context });
  const qty = [...s.matchAll(QUANTITY)].find((m) => !/^\d{4}\b/.test(m[0]));
  if (qty) out.push({ kind: "cloze", front: cloze(s, qty[0], qty.index!), back: qty[0], answer: qty[0], rule: "quantity-cloze", base: 0.68, flags: context });
  // The most specific entity: rare in the chapter, not the first word, longest first.
  // A term the sentence names ("now called the stored-program concept", "known as the X").
  const term = s.match(/\b(?:called|known as|termed)\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u);
  if (term && !/^(?:a|an|the|it|this)$/i.test(term[1])) {
    out.push({ kind: "cloze", front: cloze(s, term[1], term.index! + term[0].length - term[1].length), back: term[1], answer: term[1], rule: "term-cloze", base: 0.74, flags: context });
  }
  const ents = entities(s)
    // At the start of a sentence a capital proves nothing: only names of 2+ words or acronyms count there.
    .filter((e) => (e.index > 0 || ((e.text.includes(" ") || /^[A-Z]{3,}\d*$/.test(e.text)) && !/^(THE|AND|BUT|FOR|WITH|FROM|THIS|THAT)$/.test(e.text) && wordCount(s) - wordCount(e.text) >= 5)) && e.text.length > 2 && !date?.text.includes(e.text) && mentionCount(ctx, e.text) <= 3 && !/\b(?:von|van|de|der|la|le|du)\s$/.test(s.slice(0, e.index)))
    .sort((a, b) => mentionCount(ctx, a.text) - mentionCount(ctx, b.text) || b.text.length - a.text.length);
  const ent = ents.find((e) => e.index > 0) ?? ents[0];
  // A lone capitalised word after "the" ("the King", "the Admiralty") is a title, not much of a fact.
  const generic = ent && !ent.text.includes(" ") && /\bthe\s$/i.test(s.slice(0, ent.index));
  if (ent) out.push({ kind: "cloze", front: cloze(s, ent.text, ent.index), back: ent.text, answer: ent.text, rule: "entity-cloze", base: generic ? 0.45 : ent.index === 0 ? 0.56 : 0.62, flags: context });
  return out;
};
