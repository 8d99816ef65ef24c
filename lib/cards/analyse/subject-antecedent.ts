// A leading "It" / "They" (or "Its" / "Their") that carries the previous sentence's topic on:
// "The glacier carves its bed slowly. It moves a few feet a year." → "The glacier moves …".
// Resolved only when the choice is certain, because a wrong antecedent makes a false card and a
// missing one only drops it:
// - the sentence before is in the same paragraph and is a statement;
// - its grammatical subject is a plain noun phrase ("the", adjectives, nouns) whose head has the
//   pronoun's number, and no other noun or pronoun of that number is anywhere in that sentence or
//   before the pronoun in this one;
// - the "it" is no expletive or weather/time "it" ("It is clear that …", "It was in May …",
//   "It seems …", "It was a bad year"): after "it", a form of "be" may only be followed by an
//   adjective or a participle.
import type { AnalysedSentence, Token } from "./types";
import type { Leading } from "./coref";

const NUMBERED = /^(?:it|its|they|their)$/;
// Verbs whose "it" anticipates a clause or names the weather or the time, never a thing named before.
const IMPERSONAL = /^(?:seem|appear|happen|follow|remain|matter|rain|snow|occur|chance|strike|take)$/;
const PLAIN = /^(?:DET|ADJ|NOUN)$/;

const plural = (t: Token) => t.pos === "NOUN" && t.lemma !== t.lower;
const singular = (t: Token) => t.pos === "NOUN" && t.lemma === t.lower;
/** A noun that heads its phrase (the last noun of a run: "sea floor" has one head). */
const isHead = (ts: Token[], j: number) => ts[j].pos === "NOUN" && ts[j + 1]?.pos !== "NOUN";

/** Pronouns that would be rival candidates, or show the sentence already tracks another referent. */
const RIVAL_PRONOUN = { it: /^(?:it|its|itself|this)$/, they: /^(?:they|them|their|themselves|these|those)$/ };
const rivalIn = (t: Token, re: RegExp) => re.test(t.lower) && (t.pos === "PRON" || /^(?:it|its|itself|they|them|their|themselves)$/.test(t.lower));

/** Whether the "it" that opens the clause at `i` stands for nothing before it. */
function impersonal(ts: Token[], i: number): boolean {
  const next = ts[i + 1], after = ts[i + 2];
  if (!next) return true;
  if (IMPERSONAL.test(next.lemma) || (next.pos === "ADV" && IMPERSONAL.test(after?.lemma ?? ""))) return true;
  const k = next.pos === "AUX" && next.lemma !== "be" && ts[i + 2]?.lemma === "be" ? i + 2 : i + 1;
  if (ts[k].lemma !== "be") return false;
  // "It was not …", "It is a …", "It was in …", "It is to …": an extraposed or cleft "it", or one the
  // complement defines; only "It is made / It is white" read the same with the thing named.
  const comp = ts[k + 1];
  return !comp || !(comp.pos === "ADJ" || (comp.pos === "VERB" && !/ing$/.test(comp.lower)));
}

/**
 * The previous sentence's subject as the antecedent of a leading "it"/"they", or null when anything
 * makes the choice less than certain. `cur` is the sentence that opens with the pronoun.
 */
export function subjectAntecedent(prev: AnalysedSentence[], cur: Pick<AnalysedSentence, "tokens" | "sentence">, lead: Leading): { text: string; from: number } | null {
  const r = subjectAntecedentOrRefusal(prev, cur, lead);
  return typeof r === "string" ? null : r;
}

/**
 * The antecedent, or why there is none (the audit counts the refusals). `loose` (audit only, never
 * the pipeline): the previous subject even when another noun of its number follows it, to measure
 * what "the subject carries on" alone would get right.
 */
export function subjectAntecedentOrRefusal(prev: AnalysedSentence[], cur: Pick<AnalysedSentence, "tokens" | "sentence">, lead: Leading, loose = false): { text: string; from: number } | string {
  if (!NUMBERED.test(lead.word)) return "not it/they";
  const p = prev.at(-1);
  if (!p || p.sentence.id !== cur.sentence.id - 1 || p.sentence.paragraph !== cur.sentence.paragraph) return "other paragraph";
  if (!p.clause || /[?!]\s*["'”’]?$/.test(p.text.trim()) || /["“”]/.test(p.text)) return "no clause, question or quotation";
  const many = /^(?:they|their)$/.test(lead.word);
  const fits = many ? plural : singular;
  const rival = many ? RIVAL_PRONOUN.they : RIVAL_PRONOUN.it;
  if (!many && lead.word === "it" && impersonal(cur.tokens, lead.index)) return "impersonal it";
  // "It shows that …", "It turned out that …": a verb of saying or happening whose "it" is the
  // whole statement before, or the clause after, not a thing named.
  if (cur.tokens.slice(lead.index + 1, lead.index + 7).some((t) => t.lower === "that" || t.pos === "SCONJ")) return "it/they = the statement";
  // Nothing before the pronoun in its own sentence it could stand for ("In the valleys, they …").
  if (cur.tokens.slice(0, lead.index).some((t) => fits(t) || t.pos === "PROPN" || rivalIn(t, rival))) return "candidate before the pronoun";

  const { a, b } = p.clause.subject;
  const subj = p.tokens.slice(a, b);
  if (!subj.length || subj.length > 5 || !subj.every((t) => PLAIN.test(t.pos))) return "subject not a plain noun phrase";
  if (subj[0].pos === "DET" && subj[0].lower !== "the") return "subject not definite";
  if (subj.slice(1).some((t) => t.pos === "DET")) return "subject not a plain noun phrase";
  const head = b - 1;
  if (!fits(p.tokens[head])) return "subject of the other number";
  const raw = p.text.slice(p.tokens[a].start, p.tokens[head].end);
  const found = { text: raw.charAt(0).toLowerCase() + raw.slice(1), from: p.sentence.id };
  if (loose) return found;
  // A name inside the subject or anywhere in the sentence is another thing "it"/"they" could mean.
  if (p.entities.some((e) => e.kind !== "date" && e.kind !== "number")) return "a name in the sentence before";
  // The only candidate of its number: no other head noun, and no pronoun already tracking something.
  if (p.tokens.some((t, j) => j !== head && ((isHead(p.tokens, j) && fits(t)) || rivalIn(t, rival)))) return "another candidate of that number";
  return found;
}
