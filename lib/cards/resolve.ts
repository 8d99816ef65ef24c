// Sentences made readable on their own before the rules see them: a cleft ("It was not until 1847
// that X proved ...") is read as the plain statement it stresses ("In 1847, X proved ..."), and a
// subject pronoun ("In 1912 she showed that ...") is replaced by the name it stands for when the
// sentences before leave no doubt (one named subject or agent, reached through sentences that keep
// the same pronoun as their subject). Cards from a rewritten sentence cite the sentences used.
import type { CleanChapter, Sentence } from "@/lib/chapters/types";
import { chapterIndex } from "./chapter-index";
import { entities, findDates, MONTHS } from "./text";
import { atDate, IRREGULAR_PAST, NAMES } from "./rules/common";

export type Readable = { text: string; extra: number[]; flags: string[] };

// "It was (not until|in|at|...) <focus>, that <clause>": the focus is the fact stressed.
const CLEFT = /^It (?:was|is) (not until|only (?:in|on|at|after|when)|in|on|at|during|under|through|with|from|after|by) ([^;]{1,80}?),?(?: however,)? that ([^;]+)$/u;
const OPENING = "(?:(?:In|On|By|During|After|Before|From|Within|Later|Then|Soon|Meanwhile|Next|Afterwards)\\b[^,;]{0,50}?,? |\\p{Lu}[^,;]{2,60}, )?";
const PRONOUN_SUBJECT = new RegExp(`^(${OPENING})(He|She|They|he|she|they) (?=[a-z])`, "u");
// The named subject of a sentence: after an optional opening phrase and an optional description ("the
// Swiss astronomer"), a name followed (perhaps after an aside) by a verb.
const SUBJECT = new RegExp(
  `^${OPENING}(?:(?:[Tt]he|[Aa]n?) (?:[\\p{L}-]+ ){1,3}?)?(${NAMES})(?:,[^;]{0,120}?,)? (?:[a-z]+ly |also |later |then |first |had |has |was |were )?(?:[a-z]+ed|${IRREGULAR_PAST}|was|were|had|has|is)\\b`,
  "u",
);
const AGENT = new RegExp(`\\bby (${NAMES})(?=[.,;]|$)`, "u");

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "It was not until 1847 that a party ... proved" -> "In 1847, a party ... proved". Null when not a cleft. */
export function uncleft(text: string): string | null {
  const m = text.match(CLEFT);
  if (!m) return null;
  const [, prep, focus, clause] = m;
  if (/^(?:it|he|she|they|this|these)\b/i.test(clause) && !/^(?:he|she|they)\b/.test(clause)) return null;
  if (prep === "not until" || prep.startsWith("only ")) {
    const date = findDates(focus)[0];
    if (prep === "not until" || /^only (?:in|on)$/.test(prep)) {
      // Only a date can be restated without the negation: "not until 1829" is "in 1829".
      if (!date || date.text.replace(/^the /, "").length < focus.replace(/^the /, "").length - 2) return null;
      return `${capitalize(atDate(date.text.replace(/^the (?=\d{1,2}(?:st|nd|rd|th)?\b)/, "")))}, ${clause}`;
    }
    return `${capitalize(prep.replace(/^only /, ""))} ${focus}, ${clause}`;
  }
  return `${capitalize(prep)} ${focus}, ${clause}`;
}

type Named = { name: string; plural: boolean };

function isPersonName(name: string, chapter: CleanChapter): boolean {
  if (/^(?:The|A|An|This|That|These|Those|It|Its|His|Her|Their)\b/.test(name) || /\b(?:of|for|the|&)\b/.test(name)) return false;
  const words = name.split(/\s+/);
  return words.length >= 2 || chapterIndex(chapter).isNameWord(name);
}

export function namedSubject(text: string, chapter: CleanChapter): Named | null {
  const m = text.match(SUBJECT);
  const subject = m?.[1].trim();
  if (subject && !/^(?:He|She|They|It|This|That|These|Those|There|We|I|You)\b/.test(subject)) {
    const parts = subject.split(/,\s+(?:and\s+)?|\s+and\s+/);
    return parts.every((p) => isPersonName(p, chapter)) ? { name: subject.replace(/[.,]$/, ""), plural: parts.length > 1 } : null;
  }
  // "The question was settled by Edwin Hubble.": the agent is the only person named.
  const a = text.match(AGENT);
  if (!a || /^(?:He|She|They)\b/.test(text)) return null;
  const parts = a[1].split(/,\s+(?:and\s+)?|\s+and\s+/);
  return parts.every((p) => isPersonName(p, chapter)) ? { name: a[1].replace(/[.,]$/, ""), plural: parts.length > 1 } : null;
}

/**
 * Someone else the pronoun could mean: a name in the sentence that is not the antecedent, not a place
 * or an institution after a preposition or "the", and not a phrase with "of" ("Kamenev had represented
 * Lenin ...; and this slip Stalin attributed ..." names three people, so a following "he" stays).
 */
function otherPerson(text: string, name: string, chapter: CleanChapter): boolean {
  const own = new Set(name.split(/,\s+(?:and\s+)?|\s+and\s+|\s+/));
  return entities(text).some((e) => {
    if (e.text.split(/\s+/).every((w) => own.has(w)) || MONTHS.includes(e.text) || /\b(?:of|for|&)\b/.test(e.text) || /^[A-Z]{2,}$/.test(e.text)) return false;
    if (/\b(?:the|at|in|from|to|of|into|near|across|on|for)\s+$/i.test(text.slice(0, e.index))) return false;
    // A proper adjective before its noun ("the Swiss astronomer") names nobody.
    if (/^\p{Lu}\p{Ll}+(?:ish|ese|an|ian|ic|i|ss|ch)$/u.test(e.text) && /^\s\p{Ll}/u.test(text.slice(e.index + e.text.length))) return false;
    return e.text.includes(" ") || chapterIndex(chapter).isNameWord(e.text);
  });
}

/** The name a sentence-initial "he/she/they" stands for, with the sentence that names it, or null. */
export function antecedent(chapter: CleanChapter, sentence: Sentence, pronoun: string): { name: string; sentence: number } | null {
  const plural = /^they$/i.test(pronoun);
  for (let id = sentence.id - 1, steps = 0; id >= 0 && steps < 4; id--, steps++) {
    const prev = chapter.sentences[id];
    if (!prev || prev.paragraph !== sentence.paragraph) return null;
    // A cleft before ("It was not until 1929 that Hubble put ...") is read as its plain statement.
    const prevText = uncleft(prev.text) ?? prev.text;
    const same = prevText.match(PRONOUN_SUBJECT);
    if (same && same[2].toLowerCase() === pronoun.toLowerCase() && !namedSubject(same[1], chapter)) continue;
    const named = namedSubject(prevText, chapter);
    if (!named || named.plural !== plural || otherPerson(prevText, named.name, chapter)) return null;
    return { name: named.name, sentence: prev.id };
  }
  return null;
}

// "The satellite COBE, launched by NASA in November 1989, measured ...": a named thing as the subject.
const THING_SUBJECT = new RegExp(`^${OPENING}(The (?:[a-z-]+ ){0,2}\\p{Lu}[\\p{L}\\d'’-]*(?: (?:of |the )*\\p{Lu}[\\p{L}\\d'’-]*)*)(?:,[^;]{0,120}?,)? (?:[a-z]+ly )?(?:[a-z]+ed|${IRREGULAR_PAST}|was|is|had|has)\\b`, "u");

/**
 * "It found a temperature of 2.725 kelvin" after "The satellite COBE ... measured ...": "it" is the
 * previous sentence's named subject when that sentence names nothing else (acronyms, dates and
 * agents after "by" aside) and the subject is not a person.
 */
function thingBefore(chapter: CleanChapter, sentence: Sentence): { name: string; sentence: number } | null {
  const prev = chapter.sentences[sentence.id - 1];
  if (!prev || prev.paragraph !== sentence.paragraph) return null;
  const m = prev.text.match(THING_SUBJECT);
  if (!m) return null;
  const own = new Set(m[1].split(/\s+/));
  const others = entities(prev.text).filter((e) => !e.text.split(/\s+/).every((w) => own.has(w)) && !MONTHS.includes(e.text) && !/^[A-Z]{2,}\d*$/.test(e.text)
    && !/\bby\s+$/.test(prev.text.slice(0, e.index)));
  return others.length ? null : { name: m[1], sentence: prev.id };
}

/** The sentence as the rules should read it, or null when it reads well as it is. */
export function readable(chapter: CleanChapter, sentence: Sentence): Readable | null {
  let text = sentence.text;
  const flags: string[] = [];
  const extra: number[] = [];
  const plain = uncleft(text);
  if (plain) { text = plain; flags.push("rephrased"); }
  const p = text.match(PRONOUN_SUBJECT);
  // The opening must not name someone else: "After meeting Bernard, he ..." is left alone.
  if (p && !otherPerson(p[1], "", chapter)) {
    const ante = antecedent(chapter, sentence, p[2]);
    if (ante) {
      text = p[1] + ante.name + text.slice(p[0].length - 1);
      flags.push("resolved-pronoun");
      extra.push(ante.sentence);
    }
  }
  // "It found ..." / "In 1990 it found ...": only a subject "it" before a verb in the past or present.
  const it = flags.includes("resolved-pronoun") ? null : text.match(new RegExp(`^(${OPENING})(It|it) (?=(?:also |then |later |soon |first )?(?:[a-z]+ed|${IRREGULAR_PAST}|[a-z]+s)\\b)(?!(?:is|was|has|does|seems|appears)\\b)`, "u"));
  // "it became known that ...", "it seemed likely to ...": an "it" that anticipates a clause stands for nothing.
  if (it && !plain && !/^(?:\S+\s+){1,3}(?:that|whether|to|how|why|if|as)\b/.test(text.slice(it[0].length))) {
    const thing = thingBefore(chapter, sentence);
    if (thing) {
      const name = it[1] ? thing.name.replace(/^The /, "the ") : thing.name;
      text = it[1] + name + text.slice(it[0].length - 1);
      flags.push("resolved-pronoun");
      extra.push(thing.sentence);
    }
  }
  return flags.length ? { text, extra, flags } : null;
}
