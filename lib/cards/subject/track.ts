// Where in the chapter a "he"/"she" can only be the subject: from the subject's naming (or, for a
// subject the title names, from the chapter's start) until another person is named or a sentence's
// subject is a person described by a noun ("The praetor complained"): after that a pronoun may be
// that person, so nothing is written in until the subject is named again.
import type { CleanChapter } from "@/lib/chapters/types";
import { personNoun } from "../gates/person-noun";
import { sentenceQuoting } from "../narrator";
import type { AnalysedSentence } from "../analyse/types";
import { keyOf, people, prefixOf, type ChapterSubject, type SubjectSentence } from "./detect";
import { sexOf } from "../analyse/coref";

/** What the naming reads at one sentence: the subject, whether it is the only candidate here, and the sentence's quoted stretches. */
/** `from`: the sentence that last named the subject (null before any: a title's subject), cited by the card. */
export type SubjectHere = { name: string; sex: ChapterSubject["sex"]; open: boolean; from: number | null; quoted: [number, number][] };

/** Each sentence's stretches inside quotation marks, in the sentence's own offsets, and whether it is narration (a body or list paragraph). */
export function sentenceQuotes(chapter: CleanChapter): { quoted: [number, number][]; narration: boolean }[] {
  return sentenceQuoting(chapter).map(({ quoted, narration }) => ({ quoted, narration }));
}

/** Whether a mention is the subject: its key, and no first name or title the subject's own forms lack ("Mrs. Tellisor" is not "Miss Tellisor"). */
export function isSubject(e: Parameters<typeof prefixOf>[0], tokens: SubjectSentence["tokens"], subject: ChapterSubject): boolean {
  // A first name alone ("Maria") is the subject's when the subject's own forms have it.
  if (!/\s/.test(e.text) && subject.own.has(keyOf(e).toLowerCase())) return true;
  return keyOf(e) === subject.key && prefixOf(e, tokens).every((w) => subject.own.has(w));
}

/** A sentence whose first clause's subject is a person described by a singular noun ("The praetor", "his father"). */
function nounPersonSubject(s: SubjectSentence & { clause?: AnalysedSentence["clause"] }): boolean {
  const c = s.clause;
  if (!c) return false;
  const head = s.tokens.slice(c.subject.a, c.subject.b).filter((t) => t.pos === "NOUN").at(-1);
  return !!head && head.lemma === head.lower && personNoun(head.lower);
}

/** Whether the sentence's first clause has a he or she of the subject's sex, alone, as its whole subject (named or not). */
function runsOn(s: SubjectSentence & { clause?: AnalysedSentence["clause"] }, sex: ChapterSubject["sex"]): boolean {
  const c = s.clause;
  if (!c || c.subject.b - c.subject.a !== 1) return false;
  const w = s.tokens[c.subject.a]?.lower;
  return (sex === "m" && w === "he") || (sex === "f" && w === "she");
}

/** For each sentence, the subject as it stands before the sentence is read (null where the chapter has none). */
export function trackSubject(subject: ChapterSubject | null, ss: (SubjectSentence & { clause?: AnalysedSentence["clause"] })[]): (SubjectHere | null)[] {
  if (!subject) return ss.map(() => null);
  let open = subject.evidence === "title";
  let from: number | null = null;
  return ss.map((s, i) => {
    const here: SubjectHere = { name: subject.name, sex: subject.sex, open, from, quoted: s.quoted };
    const heSubject = runsOn(s, subject.sex);
    const named = people(s);
    // The subject running on as the sentence's subject ("He served under Vance, who …"): another
    // person in an object or a phrase of that sentence does not take the next "he" from it (the
    // pronoun that carried the subject is the likeliest antecedent of the next one).
    const running = open && heSubject;
    // "He came to the city and was a friend to Harrow": a "he" whose own sentence names the subject
    // outside its subject is someone else (a name cannot be the pronoun that governs its clause), so
    // that naming opens nothing, and the next "he" may still be that other person.
    const other = heSubject && named.some((e) => isSubject(e, s.tokens, subject));
    for (const e of named) {
      if (other) { open = false; break; }
      if (isSubject(e, s.tokens, subject)) { open = true; from = i; continue; }
      if (running && !(s.clause && e.a >= s.clause.subject.a && e.b <= s.clause.subject.b)) continue;
      // A person of the other sex by title ("Sir X" for a "she") is no rival.
      const sex = sexOf(s as unknown as AnalysedSentence, e);
      if (sex && sex !== subject.sex) continue;
      open = false;
    }
    if (s.narration && nounPersonSubject(s)) open = false;
    return here;
  });
}
