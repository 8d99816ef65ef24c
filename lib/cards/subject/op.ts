// The subject named as a decontextualisation op: the sentence's first "he / his / him" (or "she /
// her") becomes the subject's name when the analysis says the subject is the only person it can be
// here (./track.ts) and nothing in the sentence before it could be its antecedent. One pronoun a
// sentence: later ones then have the name before them, as the author would have written it.
import type { Token } from "../analyse/types";
import { none, type Op } from "../decontext/types";
import { personNounBefore } from "../gates/person-noun";
import type { SubjectHere } from "./track";
import { keyOf } from "./detect";
import { inside } from "../narrator/quotes";

const SINGULAR = /^(?:he|him|his|himself|she|her|hers|herself)$/;
const REFLEXIVE = /^(?:himself|herself|hers)$/;
const SEX_OF = (w: string) => (/^(?:he|him|his|himself)$/.test(w) ? "m" : "f");

/** "her" is a possessive before a noun, adjective or name ("her own resources"), else an object. */
const possessive = (ts: Token[], k: number) => ts[k].lower === "his" || (ts[k].lower === "her" && /^(?:NOUN|ADJ|PROPN|NUM)$/.test(ts[k + 1]?.pos ?? ""));

/** Why the op leaves the sentence as written (null: it names the subject at `at`). */
export function subjectEdit(s: Parameters<Op>[0], here: Pick<SubjectHere, "name" | "sex" | "open" | "quoted">): { at: number; text: string } | { refused: string } {
  if (!here.open) return { refused: "another person may be meant since the subject was last named" };
  const ts = s.tokens;
  const k = ts.findIndex((t) => SINGULAR.test(t.lower));
  if (k < 0) return { refused: "no he or she" };
  const w = ts[k].lower;
  if (REFLEXIVE.test(w)) return { refused: "the first pronoun is reflexive: its antecedent is in the sentence" };
  // "only with him whom she may choose", "he who …": a person the relative clause defines, nobody named.
  if (/^(?:who|whom|whose|that)$/.test(ts[k + 1]?.lower ?? "")) return { refused: "a generic person a relative clause defines" };
  if (SEX_OF(w) !== here.sex) return { refused: "the first pronoun is of the other sex" };
  if (inside(here.quoted, ts[k].start)) return { refused: "inside a quotation" };
  // Someone else in the sentence: before the pronoun, its antecedent; after it, a name it may anticipate
  // ("When he came, Vance …") — except after a "he"/"she" that opens the sentence as its subject, which
  // no later name in its own sentence can be ("He served under Vance, who …" is not Vance).
  const key = keyOf({ text: here.name });
  const opensAsSubject = k === 0 && /^(?:he|she)$/.test(w);
  if (s.entities.some((e) => (e.kind === "person" || e.kind === "name") && keyOf(e) !== key && !(opensAsSubject && e.start > ts[k].start))) return { refused: "another person is named in the sentence" };
  if (s.entities.some((e) => e.kind === "person" && e.text.includes(key))) return { refused: "the sentence names the subject itself" };
  if (personNounBefore(s.text, ts[k].start, ts)) return { refused: "a person described before the pronoun may be its antecedent" };
  // "Whenever the senate empowered the first magistrate …, he was raised …": a "he" that opens a later
  // clause may be the singular noun of the clause before it (a subject or an object, not a preposition's).
  if (/^(?:he|she)$/.test(w) && k > 0 && ts.slice(0, k).some((t, j) => t.pos === "NOUN" && t.lemma === t.lower && ts[j - 1]?.pos !== "ADP" && !(/^(?:DET|ADJ|NUM)$/.test(ts[j - 1]?.pos ?? "") && ts[j - 2]?.pos === "ADP"))) return { refused: "a singular noun of an earlier clause may be what the he or she stands for" };
  // (A name is printed with its capital wherever it stands.)
  return { at: k, text: possessive(ts, k) ? `${here.name}'s` : here.name };
}

export const subjectOp: Op = (s, ctx) => {
  if (!ctx.subject) return none();
  const r = subjectEdit(s, ctx.subject);
  if ("refused" in r) return none();
  const t = s.tokens[r.at];
  return { edits: [{ op: "subject", start: t.start, end: t.end, text: r.text, ...(ctx.subject.from !== null ? { from: ctx.subject.from } : {}) }], unresolved: [] };
};
