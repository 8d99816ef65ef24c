// The classes of blank the strict raters' notes criticise as "wrong or trivial", book after book:
// the blank on the sentence's lead-in ("In {{the spring of 1840}}, the guild voted …"), on its
// subject or the chapter's topic while the sentence's point is left showing, on a side detail (a
// bracketed alias, a year inside a name, an apposition), on one bare common noun, or on part of a
// name. The span choice model (./choice) may move only such blanks: a blank outside these classes
// is one no note asked to move, and moving it lost accepted cards (docs, "Session 8: span chooser
// refit"). General English only, told apart by the sentence's own shape; no list from any text.
import { UPPER_INITIAL, LOWER_INITIAL } from "@/lib/cards/letters";
import type { Analysis, AnalysedSentence, Token } from "../analyse";
import { isDetailBlank } from "./detail";
import { pointSpan } from "./point";
import { topicWords } from "./topic";

export type CriticisedClass = "lead-in" | "subject" | "topic" | "side detail" | "common noun" | "part of a name";

const capitalisedName = (t: Token | undefined) => !!t && t.pos === "PROPN" && UPPER_INITIAL.test(t.text);
// A word that continues a name after the blank ("{{Vell}} d'Ostrin", "{{Tarn}} Rhyll").
const nameGlue = (t: Token | undefined) => !!t && (capitalisedName(t) || /^d'/i.test(t.text));

// "When the governor left the town, …", "Though X were …": a sentence opening on a subordinate
// clause, up to that clause's verb (its subject is the lead-in's, not the sentence's).
const SUBORDINATE = /^(?:when|whenever|while|whilst|though|although|if|unless|since|because|after|before|until|once|as)$/;
function inSubordinateOpening(tokens: Token[], first: number, last: number): boolean {
  if (first < 1 || !SUBORDINATE.test(tokens[0]?.lower ?? "")) return false;
  const verb = tokens.findIndex((t, i) => i > 0 && (t.pos === "VERB" || t.pos === "AUX"));
  return verb > last;
}

// Words the chapter writes in lower case somewhere: a capitalised first word that is one of them
// ("Frost plays a part …" beside "the frost") is a common noun the tagger read as a name.
const lowered = new WeakMap<Analysis, Set<string>>();
function lowerWords(a: Analysis): Set<string> {
  let set = lowered.get(a);
  if (!set) {
    set = new Set();
    for (const s of a.sentences) for (const t of s.tokens) if (LOWER_INITIAL.test(t.text)) set.add(t.lower);
    lowered.set(a, set);
  }
  return set;
}

/** The class of blank a strict reader would ask to move, or null when the blank is none of them. */
export function criticisedClass(s: AnalysedSentence, a: Analysis, start: number, end: number): CriticisedClass | null {
  const { tokens, clause } = s;
  const first = tokens.findIndex((t) => t.start >= start);
  const last = tokens.findLastIndex((t) => t.end <= end);
  if (first < 0 || last < first) return null;
  const inside = tokens.slice(first, last + 1);
  const words = inside.filter((t) => /\p{L}|\p{N}/u.test(t.text));
  const within = (x: { start: number; end: number } | null | undefined) => !!x && start >= x.start && end <= x.end;

  if (isDetailBlank(s, start, end)) return "side detail";
  const open = s.text.lastIndexOf("(", start), close = s.text.lastIndexOf(")", start);
  if (open > close && s.text.indexOf(")", end) >= end) return "side detail";
  if (clause?.aside && first >= clause.aside[0] && last < clause.aside[1]) return "side detail";
  if (within(clause?.opening) || inSubordinateOpening(tokens, first, last)) return "lead-in";
  if (clause && end <= clause.subject.start && /,/.test(s.text.slice(end, clause.subject.start))) return "lead-in";

  const before = tokens[first - 1], after = tokens[last + 1];
  const touches = (x: Token | undefined, y: Token | undefined) => !!x && !!y && /^\s?$/.test(s.text.slice(Math.min(x.end, y.end), Math.max(x.start, y.start)));
  if ((capitalisedName(inside[0]) && capitalisedName(before) && touches(before, inside[0])) || (capitalisedName(inside.at(-1)) && nameGlue(after) && touches(inside.at(-1), after))) return "part of a name";

  const topic = topicWords(a);
  if (words.length && words.every((t) => t.stop || topic.has(t.lower) || topic.has(t.lemma))) return "topic";
  const point = pointSpan(s);
  if (point && within(clause?.subject) && !(start >= point.start && end <= point.end)) return "subject";

  const content = words.filter((t) => !t.stop);
  if (content.length === 1 && (content[0].pos === "NOUN" || (content[0] === tokens[0] && lowerWords(a).has(content[0].lower)))) return "common noun";
  return null;
}
