// Naming the topic on a card: "The Spider adjusts her thread …" → "The Garden Spider adjusts her
// thread …" when the chapter's title names its topic "The Garden Spiders" (./topic.ts). Only the
// card's first bare "the N" outside the blank is named; nothing is guessed: the card keeps its words
// when the text around the sentence makes "the N" a particular one or names another kind of N.
import { UPPER_INITIAL } from "@/lib/cards/letters";
import type { Analysis, AnalysedSentence } from "../analyse";
import { narrative } from "../gates/scene-anchor";
import type { Candidate } from "../candidates";
import { chapterTopic, otherKinds, type Topic } from "./topic";
import { escapeRegExp as escape } from "../text";

// How many sentences before the card's own are read for a particular N or another kind of N.
const WINDOW = 8;
// Words after "the N" that say which N the text means ("the spider of my jar", "the spider which I
// kept", "the spider in the box", "the spider I found"): the description is the text's own, not the kind.
const POST_MODIFIER = /^\s*(?:of|which|that|who|whom|whose|in|on|at|from|with|under|near|beside|i|we|you|he|she|they|mentioned|described|above|below|here|there|just|now|already|itself|themselves)\b/i;
// Determiners that pick out particular Ns ("this spider", "these spiders", "my spider", "another spider") or set
// several apart ("the same spider", "the other spider", "the first spider"). "a spider" picks out one
// only in a story ("I shut a spider in a jar"): a first person or a past-tense sentence; in a present
// general statement ("A spider spins …") it is any spider.
const PARTICULAR = "(?:this|that|these|those|my|our|his|her|their|your|another|the\\s+(?:same|other|first|second|third|last|next|former|latter|new|old))";
const INDEFINITE = "(?:a|an|one)";
const FIRST_PERSON = /\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us)\b/;
const ADJECTIVES = "(?:[\\p{L}-]+\\s+){0,2}?";

export type Naming = { front: string; phrase: string };

// The patterns of one topic's N, compiled once per topic (chapterTopic keeps one Topic a chapter),
// not once per candidate: the first bare "the N", "this N" / "the same N", and "a N".
type Patterns = { bare: RegExp; particular: RegExp; indefinite: RegExp };
const compiled = new WeakMap<Topic, Patterns>();
function patternsOf(t: Topic): Patterns {
  let p = compiled.get(t);
  if (!p) {
    const head = escape(t.head), plural = escape(t.plural);
    p = {
      bare: new RegExp(`\\b(the|The)\\s+(${plural}|${head})\\b(?!-)`, "iu"),
      particular: new RegExp(`\\b${PARTICULAR}\\s+${ADJECTIVES}(?:${plural}|${head})\\b(?!-)`, "iu"),
      indefinite: new RegExp(`\\b${INDEFINITE}\\s+${ADJECTIVES}${head}\\b(?!-)`, "iu"),
    };
    compiled.set(t, p);
  }
  return p;
}

/** The card's front with the topic named, or why not (a string). */
export function explainNaming(c: Candidate, a: Analysis, t: Topic | null = chapterTopic(a)): Naming | string {
  if (!t) return "no topic";
  const { bare, particular, indefinite } = patternsOf(t);
  // The first "the N" outside the blank ("{{c1::…}}" is masked so the answer is never rewritten).
  const masked = c.front.replace(/\{\{c\d+::.*?\}\}/g, (m) => "\u0000".repeat(m.length));
  const m = bare.exec(masked);
  if (!m) return "no bare \"the N\" of the topic outside the blank";
  const after = masked.slice(m.index + m[0].length);
  if (!/^['’]s\b/.test(after) && POST_MODIFIER.test(after)) return "the description says which N";
  const s = a.sentences[c.sentence];
  const earlier: AnalysedSentence[] = [];
  for (let i = s.sentence.id - 1; i >= 0 && earlier.length < WINDOW; i--) earlier.push(a.sentences[i]);
  // The sentences as the book writes them: the analysis may have rewritten "These spiders" to "The spiders".
  const written = (x: AnalysedSentence) => x.sentence.text;
  const own = written(s), at = own.toLowerCase().indexOf(` ${m[2].toLowerCase()}`);
  const before = at < 0 ? own : own.slice(0, at);
  const story = (x: AnalysedSentence) => FIRST_PERSON.test(written(x)) || narrative(x.tokens);
  if ([...earlier.map(written), before].some((x) => particular.test(x))) return "a particular N introduced just before";
  if ([...earlier, s].some((x) => story(x) && indefinite.test(x === s ? before : written(x)))) return "a particular N introduced just before (a story's \"a N\")";
  const near = otherKinds(a, t).find((k) => k.sentence <= s.sentence.id && k.sentence >= s.sentence.id - WINDOW);
  if (near) return `another kind of N named nearby: ${near.name}`;
  const end = m.index + m[0].length;
  const noun = c.front.slice(end - m[2].length, end);
  const capital = UPPER_INITIAL.test(noun) || t.properModifier;
  const modifier = capital ? t.modifier.replace(/\b\p{Ll}/gu, (x) => x.toUpperCase()) : t.modifier;
  const phrase = `${c.front.slice(m.index, m.index + m[1].length)} ${modifier} ${noun}`;
  const front = c.front.slice(0, m.index) + phrase + c.front.slice(end);
  return { front, phrase };
}

/** The candidate with the topic named on its front, or null. */
export function nameTopic(c: Candidate, a: Analysis): Candidate | null {
  const n = explainNaming(c, a);
  return typeof n === "string" ? null : { ...c, front: n.front };
}
