// Who a chapter of a life or a narrative is about: the one person it keeps calling "he" or "she".
// Evidence, strongest first: the chapter's title names one person of the text ("Maria Tellisor",
// "The Life of Brand Osk Harrow"); or, with no person in the title, one person takes at least
// half of the chapter's mentions of people and three times the next one's. Refused, with the reason:
// a first-person narrative (its "he" is someone else), a title naming two people, no sex the narration
// agrees on (he-words against she-words, three to one), a subject whose name the text never prints.
import { UPPER_INITIAL } from "@/lib/cards/letters";
import type { Entity, Token } from "../analyse/types";
import { TITLES } from "../analyse/lexicon";
import { inside as inQuote } from "../narrator/quotes";

export type Sex = "m" | "f";
export type ChapterSubject = {
  /** The surname-like last word every mention of the subject ends in ("Tellisor"). */
  key: string;
  /** The words written for the pronoun: the subject's commonest printed form ("Miss Tellisor", "Harrow"). */
  name: string;
  /** The words the text prints before the key for this person (a first name, a title), lower case: another one is someone else. */
  own: Set<string>;
  sex: Sex;
  evidence: "title" | "dominant";
};
export type SubjectDecision = { subject: ChapterSubject | null; reason: string };

/** One sentence as the detection reads it: tokens, typed entities, and its stretches inside quotation marks (sentence offsets). */
export type SubjectSentence = { tokens: Token[]; entities: Entity[]; quoted: [number, number][]; narration: boolean };

const MALE = /^(?:he|him|his|himself)$/, FEMALE = /^(?:she|her|hers|herself)$/;

/** The last word of a name, possessive dropped: the key a surname and a full name share. */
export const keyOf = (e: Pick<Entity, "text">): string => e.text.split(/\s+/).at(-1)!.replace(/['’]s$/, "");

/** A person named in narration (not in a quotation), as the detection counts people. */
export function people(s: SubjectSentence): Entity[] {
  if (!s.narration) return [];
  return s.entities.filter((e) => e.kind === "person" && !inQuote(s.quoted, s.tokens[e.a]?.start ?? 0) && UPPER_INITIAL.test(keyOf(e)) && !TITLES.has(keyOf(e).toLowerCase()) && keyOf(e) !== "God");
}

/** The words printed before the key in one mention: its first names and any title before it ("Miss", "Brand Osk"). */
export function prefixOf(e: Entity, tokens: Token[]): string[] {
  const words = e.text.split(/\s+/).slice(0, -1).map((w) => w.toLowerCase().replace(/\.$/, ""));
  const before = tokens[e.a - 1];
  if (before && TITLES.has(before.lower.replace(/\.$/, ""))) words.unshift(before.lower.replace(/\.$/, ""));
  return words;
}

/** Third-person singular words of narration outside quotations, by sex. */
function pronounCounts(ss: SubjectSentence[]): { m: number; f: number } {
  let m = 0, f = 0;
  for (const s of ss) {
    if (!s.narration) continue;
    for (const t of s.tokens) {
      if (inQuote(s.quoted, t.start)) continue;
      if (MALE.test(t.lower)) m++;
      else if (FEMALE.test(t.lower)) f++;
    }
  }
  return { m, f };
}

// A title word that is a person of the text counts when the text names that person at least this often.
const TITLE_MIN = 3;
// With no person in the title: the one person must be named this often, take this share of the
// mentions of people and this multiple of the next person's.
const DOMINANT_MIN = 10, DOMINANT_SHARE = 0.5, DOMINANT_OVER_NEXT = 3;
// The narration's pronouns must agree on a sex this clearly.
const SEX_RATIO = 3, SEX_MIN = 5;

export function chapterSubject(title: string, ss: SubjectSentence[], firstPerson: boolean): SubjectDecision {
  if (firstPerson) return { subject: null, reason: "a first-person narrative: its he and she are other people" };
  const counts = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  let total = 0;
  for (const s of ss) for (const e of people(s)) {
    const k = keyOf(e);
    counts.set(k, (counts.get(k) ?? 0) + 1);
    total++;
    const before = s.tokens[e.a - 1];
    const honorific = before && TITLES.has(before.lower.replace(/\.$/, "")) ? `${before.text} ` : "";
    const form = honorific + e.text.replace(/['’]s$/, "");
    if (!forms.has(k)) forms.set(k, new Map());
    forms.get(k)!.set(form, (forms.get(k)!.get(form) ?? 0) + 1);
  }
  if (!counts.size) return { subject: null, reason: "no person named in the narration" };
  const ranked = [...counts].sort((x, y) => y[1] - x[1]);
  const titleWords = new Set(title.split(/[^\p{L}]+/u).filter((w) => UPPER_INITIAL.test(w)));
  // Title words that are people of the text; adjacent ones are one person's names ("Maria Tellisor": its last word is the key).
  const titleSeq = title.split(/[^\p{L}]+/u);
  const isPerson = (w: string) => (counts.get(w) ?? 0) >= TITLE_MIN;
  const inTitle = ranked.filter(([k, n]) => titleWords.has(k) && n >= TITLE_MIN && !titleSeq.some((w, i) => w === k && isPerson(titleSeq[i + 1] ?? "")));
  let key: string, evidence: ChapterSubject["evidence"];
  if (inTitle.length > 1) return { subject: null, reason: `the title names several people (${inTitle.map(([k]) => k).join(", ")})` };
  if (inTitle.length === 1) {
    if (inTitle[0][0] !== ranked[0][0]) return { subject: null, reason: `the title's person (${inTitle[0][0]}) is not the one the text names most (${ranked[0][0]})` };
    [key, evidence] = [inTitle[0][0], "title"];
  } else {
    const [top, next] = [ranked[0], ranked[1]];
    if (top[1] < DOMINANT_MIN || top[1] < DOMINANT_SHARE * total || (next && top[1] < DOMINANT_OVER_NEXT * next[1])) return { subject: null, reason: `no person in the title and none dominant (${ranked.slice(0, 3).map(([k, n]) => `${k} ${n}`).join(", ")} of ${total})` };
    [key, evidence] = [top[0], "dominant"];
  }
  const { m, f } = pronounCounts(ss);
  const sex: Sex | null = m >= SEX_MIN && m >= SEX_RATIO * f ? "m" : f >= SEX_MIN && f >= SEX_RATIO * m ? "f" : null;
  if (!sex) return { subject: null, reason: `the narration's he and she do not agree on one sex (${m} / ${f})` };
  // The subject's own prefixes: those of its commonest printed form (another first name or title is another person).
  const byForm = [...forms.get(key)!].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length);
  const name = byForm[0][0];
  const own = new Set(name.split(/\s+/).slice(0, -1).map((w) => w.toLowerCase().replace(/\.$/, "")));
  // The title's own first names are the subject's too ("Maria Tellisor" over a text's "Miss Tellisor").
  if (evidence === "title") { const words = title.split(/\s+/); const at = words.findIndex((w) => w.replace(/[^\p{L}]/gu, "") === key); for (const w of words.slice(Math.max(0, at - 3), at)) if (UPPER_INITIAL.test(w)) own.add(w.toLowerCase().replace(/[^\p{L}]/gu, "")); }
  return { subject: { key, name, own, sex, evidence }, reason: `${evidence === "title" ? "the title names" : "the text names most"} ${key} (${counts.get(key)} of ${total} mentions of people); the narration says ${sex === "m" ? "he" : "she"} (${m} / ${f})` };
}
