// The chapter's topic as its title names it: a chapter about one kind of thing ("The Garden Spiders:
// Building the Web", "Honey Bees and Their Hives") says "the spider", "the bee" in every step, and a
// card cut from such a step does not say which spider. The title names the kind with a noun before a
// plural head ("Garden Spiders"); that name can go on the card ("the garden spider") when nothing in
// the chapter makes it doubtful. Precision over coverage: every doubt is a refusal (a string saying why).
import { UPPER_INITIAL, CAPITALISED_INITIAL } from "@/lib/cards/letters";
import type { Analysis } from "../analyse";
import { escapeRegExp as escape } from "../text";

export type Topic = {
  /** Singular head noun, lower case ("spider"). */
  head: string;
  /** Plural of the head as the title writes it, lower case ("spiders"). */
  plural: string;
  /** The words before the head in the title, lower case ("garden"). */
  modifier: string;
  /** Whether the body writes the modifier with a capital mid-sentence (a proper adjective such as "Alpine"). */
  properModifier: boolean;
};

// Words that split a title into noun phrases; the determiners and possessives are dropped with them.
const SPLIT = /\b(?:of|and|or|in|on|for|with|into|as|to|by|from|at|about|among|upon|under|over|through|versus|vs|the|a|an|its|their|his|her|our|my|your|this|these|those|some|how|what|why|when|where|which)\b|[:;,.!?()"'‘’“”—–\[\]]|\s-\s/i;
// A number before the head means particular things ("two Elastic Fluids": the one and the other), not a kind.
const NUMBER = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many|few|both|all|certain|various|different|other|some)$/i;
// Nominal endings of abstract nouns ("radiations", "fictions", "movements", "activities").
const ABSTRACT = /(?:tion|sion|ment|ity|ness|ism|ance|ence|ship|hood|dom|acy|ics)$/;
// Nouns too general to name a topic, whatever the modifier ("Political Ideas", "Legal Forms").
const GENERAL = new Set("thing way kind sort type part case fact form idea element matter point question aspect feature factor principle law rule note remark lesson word".split(" "));
// "Dominant and Recessive Alleles", "Wasps, Hornets and Honey Bees": the phrase is one of several
// coordinated in the title (its modifier shares the head with another, or the title names other things beside it).
/** A string matched literally inside a pattern. */
const COORDINATED = (phrase: string) => new RegExp(`(?:\\b(?:and|or|nor)|,|&)\\s+${escape(phrase)}\\b`, "i");
// The head must be among the chapter's most frequent nouns: the chapter is about it, not a title word it rarely uses.
const TOP_NOUNS = 5;
const MIN_OCCURRENCES = 8;
const MAX_MODIFIER_WORDS = 2;
// Words for sex, age or size before N say the state of an N, not a kind of N ("adult spiders", "the
// female bee", "young birds"); wink tags several of them as nouns.
const STATE = new Set("male female adult young old baby infant juvenile mature immature grown full-grown half-grown newborn little small large big giant dwarf".split(" "));
// More than this many other kinds of N named anywhere in the chapter: the chapter is about several kinds.
const MAX_OTHER_KINDS = 1;

/** Title and section headings, each split into the noun phrases that end in a plural head with a modifier. */
function titlePhrases(a: Analysis): { words: string[]; coordinated: boolean }[] {
  const titles = [a.chapter.title, ...a.sections.map((s) => s.title)].map((t) => t.replace(/^\s*(?:chapter|book|part|section|lecture)\s+[\divxlc]+\b[.:]?\s*/i, ""));
  const out: { words: string[]; coordinated: boolean }[] = [];
  const seen = new Set<string>();
  for (const t of titles) {
    for (const chunk of t.split(SPLIT)) {
      const words = (chunk ?? "").trim().split(/\s+/).filter(Boolean);
      const key = words.join(" ").toLowerCase();
      if (words.length < 2 || seen.has(key)) continue;
      seen.add(key);
      out.push({ words, coordinated: COORDINATED(words.join(" ")).test(t) });
    }
  }
  return out;
}

/** How often each noun lemma occurs in the chapter, a capitalised common noun ("the Spider") counted with its lower-case form. */
function nounCounts(a: Analysis): Map<string, number> {
  const n = new Map<string, number>();
  for (const s of a.sentences) {
    for (const t of s.tokens) {
      if (t.pos !== "NOUN" && t.pos !== "PROPN") continue;
      const lemma = singular(t.lower);
      n.set(lemma, (n.get(lemma) ?? 0) + 1);
    }
  }
  return n;
}

/** English singular of a regular plural ("spiders" → "spider", "flies" → "fly", "boxes" → "box"); a word not ending in s is returned as is. */
export function singular(w: string): string {
  if (/ies$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss|zz)es$/.test(w)) return w.slice(0, -2);
  if (/[^s]s$/.test(w) && !/(?:us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Whether the body uses `word` as a noun more often than as anything else (a noun modifier, "garden", not an adjective, "social"). */
function usedAsNoun(a: Analysis, word: string): { noun: boolean; proper: boolean } {
  let noun = 0, other = 0, capitalMid = 0, lowerMid = 0;
  for (const s of a.sentences) {
    s.tokens.forEach((t, k) => {
      if (t.lower !== word) return;
      if (t.pos === "NOUN" || t.pos === "PROPN") noun++; else other++;
      if (k > 0) { if (UPPER_INITIAL.test(t.text)) capitalMid++; else lowerMid++; }
    });
  }
  return { noun: noun > 0 && noun >= other, proper: capitalMid > lowerMid };
}

/** The chapter's topic, or why there is none. */
export function explainTopic(a: Analysis): Topic | string {
  const counts = nounCounts(a);
  const top = [...counts].sort((x, y) => y[1] - x[1]).slice(0, TOP_NOUNS).map(([w]) => w);
  const found: Topic[] = [];
  const reasons: string[] = [];
  for (const { words, coordinated } of titlePhrases(a)) {
    const last = words.at(-1)!.toLowerCase();
    if (coordinated) { reasons.push(`"${words.join(" ")}": coordinated with another in the title (several kinds)`); continue; }
    const head = singular(last);
    if (head === last) { reasons.push(`"${words.join(" ")}": head not plural`); continue; }
    if (words.slice(0, -1).some((w) => NUMBER.test(w))) { reasons.push(`"${words.join(" ")}": a number or quantifier (particular things, not a kind)`); continue; }
    const mods = words.slice(0, -1).map((w) => w.toLowerCase());
    if (mods.length > MAX_MODIFIER_WORDS) { reasons.push(`"${words.join(" ")}": too many words before the head`); continue; }
    if (ABSTRACT.test(head) || GENERAL.has(head)) { reasons.push(`"${words.join(" ")}": abstract or general head`); continue; }
    if (!top.includes(head) || (counts.get(head) ?? 0) < MIN_OCCURRENCES) { reasons.push(`"${words.join(" ")}": head not among the chapter's most frequent nouns`); continue; }
    const use = mods.map((m) => usedAsNoun(a, m));
    if (!use.every((u) => u.noun)) { reasons.push(`"${words.join(" ")}": modifier not used as a noun in the chapter (an adjective: a subtype, not a kind's name)`); continue; }
    found.push({ head, plural: last, modifier: mods.join(" "), properModifier: use.every((u) => u.proper) });
  }
  const kinds = new Set(found.map((t) => `${t.modifier} ${t.head}`));
  if (kinds.size > 1) return `several kinds named in the headings: ${[...kinds].join(", ")}`;
  const t = found[0];
  if (!t) return reasons.join("; ") || "no title phrase with a plural head";
  if (properName(a, t)) return `"${t.modifier} ${t.plural}" is written as a proper name in the chapter (one thing, not a kind)`;
  const others = new Set(otherKinds(a, t).map((k) => k.name));
  if (others.size > MAX_OTHER_KINDS) return `several other kinds of ${t.head} in the chapter: ${[...others].join(", ")}`;
  return t;
}

/** Whether the body writes the title's phrase with capitals mid-sentence ("the United States"): the name of one thing. */
function properName(a: Analysis, t: Topic): boolean {
  const mods = t.modifier.split(" ");
  const titleCase = (w: string) => CAPITALISED_INITIAL.test(w);
  return a.sentences.some((s) => s.tokens.some((tok, k) => k > mods.length && singular(tok.lower) === t.head && titleCase(tok.text) &&
    mods.every((m, j) => { const p = s.tokens[k - mods.length + j]; return p.lower === m && titleCase(p.text); })));
}

/**
 * Other kinds of N the chapter names, each with its sentence: "the wolf spider", "a Cross Spider" —
 * a noun, or a capitalised word inside the sentence, right before N that is not the title's own
 * modifier; an adjective ("social", "long") or a word of sex, age or size ("adult spiders") is a
 * state of an N, not a kind.
 */
export function otherKinds(a: Analysis, t: Topic): { name: string; sentence: number }[] {
  const key = `${t.modifier} ${t.head}`;
  const cached = kindsCache.get(a)?.get(key);
  if (cached) return cached;
  const out: { name: string; sentence: number }[] = [];
  const adjectives: { name: string; sentence: number }[] = [];
  const own = t.modifier.split(" ").at(-1);
  for (const s of a.sentences) {
    s.tokens.forEach((tok, k) => {
      if (k === 0 || singular(tok.lower) !== t.head || tok.pos === "VERB") return;
      const prev = s.tokens[k - 1];
      if (prev.lower === own || STATE.has(prev.lower) || /^\P{L}/u.test(prev.text)) return;
      const capitalInside = k - 1 > 0 && CAPITALISED_INITIAL.test(prev.text);
      if (prev.pos === "NOUN" || prev.pos === "PROPN" || capitalInside) out.push({ name: `${prev.lower} ${t.head}`, sentence: s.sentence.id });
      else if (prev.pos === "ADJ") adjectives.push({ name: `${prev.lower} ${t.head}`, sentence: s.sentence.id });
    });
  }
  // An adjective the chapter puts before N more than once names a kind ("the dominant allele … a
  // dominant allele"); once, it describes one ("the larger spider").
  const times = new Map<string, number>();
  for (const k of adjectives) times.set(k.name, (times.get(k.name) ?? 0) + 1);
  out.push(...adjectives.filter((k) => (times.get(k.name) ?? 0) > 1));
  if (!kindsCache.has(a)) kindsCache.set(a, new Map());
  kindsCache.get(a)!.set(key, out);
  return out;
}
const kindsCache = new WeakMap<Analysis, Map<string, { name: string; sentence: number }[]>>();

const cache = new WeakMap<Analysis, Topic | string>();
/** The chapter's topic (cached per analysis), or null. */
export function chapterTopic(a: Analysis): Topic | null {
  let t = cache.get(a);
  if (t === undefined) { t = explainTopic(a); cache.set(a, t); }
  return typeof t === "string" ? null : t;
}
