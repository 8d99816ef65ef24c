// Numbered or named schemes: the lists whose items carry a chapter's main ideas.
//   (i)  named items, one paragraph each, after an introduction ending in a colon:
//        "The rules of the guild were:" / "1. PATIENCE. Wait for the tide." / "2. CARE. …"
//        → "In a list of three rules, what is the precept of Patience?"; when there are at most five,
//        also "What are the three rules?" → "Patience, Care and Thrift".
//   (ii) a counted list in one sentence: "There are two ways of X: the one, A; the other, B" /
//        "The two marks of X are: first, A; secondly, B" → "What are the two ways of X?" → "A; B".
//   (iii) ordinal precepts in prose: "The second rule is, Never …", "A third rule may be added: …",
//        "This leads to a fourth rule." + the next sentence → "What is the second rule about X?",
//        where "about X" is how the chapter itself qualifies the rules ("a final rule about knots");
//        without that qualifier the question would not say which rules it means, so none is asked.
// The scheme's name goes into every item card, so each card says which list it belongs to.
import { UPPER_INITIAL } from "@/lib/cards/letters";
import type { Analysis, AnalysedSentence } from "../analyse";
import type { Candidate } from "./types";
import { cap } from "./phrase";
import { generic } from "./voice";

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
const ORDINAL = "(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)";
// Nouns of a prescriptive scheme: each item is a precept to learn, not a class or an event.
const PRECEPT = "(maxim|rule|precept|principle|law|lesson|commandment|canon)";
// Words that name the list, not what is in it ("The names of virtues, with their precepts").
const LIST_WORDS = /^(?:names|titles|heads|headings|items|list|lists|following|ones|particulars|articles)$/;
const MAX_ITEM_WORDS = 40;
// A qualifier ends before the next preposition: "a rule about crossings in mind" → "about crossings".
const NOT_PREP = "(?!(?:in|at|on|to|of|for|with|by|from|as)\\b)";
const MAX_FRONT_WORDS = 20;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const strip = (s: string) => s.replace(/[.;:]\s*$/, "").trim();
const titleCase = (s: string) => (/\p{Ll}/u.test(s) ? s : s.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_m, b: string, c: string) => b + c.toUpperCase()));
const singular = (w: string) => w.replace(/ies$/, "y").replace(/(?<=[^s])s$/, "");
const countWord = (n: number) => NUMBER_WORDS[n] ?? String(n);

function qa(front: string, back: string, sentence: number, extra: number[], answerKind: Candidate["answerKind"], a: Analysis): Candidate | null {
  if (words(front) > MAX_FRONT_WORDS || !back) return null;
  const text = a.sentences[sentence].text;
  const at = text.indexOf(back);
  return { kind: "qa", type: "scheme", front, back, sentence, extra: extra.filter((e) => e !== sentence), answer: at >= 0 ? { start: at, end: at + back.length } : null, answerKind };
}

/** A paragraph's opening sentence that is only a name: "TEMPERANCE.", "Right Measure:". */
const isNameLine = (t: string) => /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}?[\p{L}'’-]+){0,2}[.:]$/u.test(t.trim()) && t.trim().split(/\s+/).every((w) => UPPER_INITIAL.test(w) || /^(?:of|and|the)$/.test(w));

/** The scheme's noun and the item's noun from the introduction: "The names of virtues, with their precepts, were:". */
function schemeNouns(a: Analysis, intro: number): { scheme: string; item: string } | null {
  const s = a.sentences[intro];
  const verb = s.tokens.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
  const nouns = s.tokens.slice(0, verb < 0 ? s.tokens.length : verb).filter((t) => t.pos === "NOUN" && /s$/.test(t.lower) && !LIST_WORDS.test(t.lower)).map((t) => t.lower);
  if (!nouns.length) return null;
  return { scheme: nouns[0], item: nouns[1] ? singular(nouns[1]) : "meaning" };
}

/** (i) Runs of at least three paragraphs that each open with a name line, after an introduction ending in a colon. */
function namedItems(a: Analysis): Candidate[] {
  const byParagraph = new Map<number, number[]>();
  a.sentences.forEach((s, i) => {
    const ids = byParagraph.get(s.sentence.paragraph);
    if (ids) ids.push(i);
    else byParagraph.set(s.sentence.paragraph, [i]);
  });
  const paragraphs = [...byParagraph.keys()].sort((x, y) => x - y);
  const out: Candidate[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const introSentences = byParagraph.get(paragraphs[p])!;
    const intro = introSentences[introSentences.length - 1];
    if (!/:\s*$/.test(a.sentences[intro].sentence.text)) continue;
    const items: { name: string; nameAt: number; body: number[] }[] = [];
    for (let q = p + 1; q < paragraphs.length; q++) {
      const ids = byParagraph.get(paragraphs[q])!;
      if (ids.length < 2 || !isNameLine(a.sentences[ids[0]].sentence.text)) break;
      items.push({ name: titleCase(strip(a.sentences[ids[0]].sentence.text)), nameAt: ids[0], body: ids.slice(1) });
    }
    if (items.length < 3) continue;
    const nouns = schemeNouns(a, intro);
    if (!nouns) continue;
    const n = countWord(items.length);
    for (const it of items) {
      const body = it.body.map((i) => a.sentences[i].text).join(" ");
      const back = words(body) <= MAX_ITEM_WORDS ? strip(body) : strip(a.sentences[it.body[0]].text);
      const c = qa(`What is the ${nouns.item} of ${it.name} in the list of ${n} ${nouns.scheme}?`, back, it.body[0], [it.nameAt], "clause", a);
      if (c) out.push(c);
    }
    if (items.length <= 5) {
      const names = items.map((it) => it.name);
      // (The introduction ends in a colon, which the boundary gate reads as a cut: the card cites the names.)
      const c = qa(`What are the ${n} ${nouns.scheme}?`, `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`, items[0].body[0], items.map((it) => it.nameAt), "list", a);
      if (c) out.push(c);
    }
    p += items.length;
  }
  return out;
}

const COUNTED = new RegExp(
  "^(?:There\\s+(?:are|were)(?:\\s+again)?\\s+(two|three|four|five)\\s+([^:;]{3,80}?)|The\\s+(two|three|four|five)\\s+([^:;]{3,80}?)\\s+(?:are|were)):\\s*(.+)$", "iu");
const ITEM_LEAD = /^(?:and,?\s+)?(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|lastly|finally|the\s+one|the\s+other|the\s+last),\s+/i;

/** (ii) "There are two ways of X: the one, A; the other, B." */
function countedList(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  a.sentences.forEach((s, i) => {
    const m = COUNTED.exec(s.text);
    if (!m) return;
    const n = COUNT[(m[1] ?? m[3]).toLowerCase()];
    const what = (m[2] ?? m[4]).trim();
    const parts = strip(m[5]).split(/;\s*/);
    if (parts.length !== n || !parts.every((x) => ITEM_LEAD.test(x))) return;
    const items = parts.map((x) => x.replace(ITEM_LEAD, "").trim());
    if (items.some((x) => words(x) < 2)) return;
    const c = qa(`What are the ${countWord(n)} ${what}?`, items.join("; "), i, [], "list", a);
    if (c) out.push(c);
  });
  return out;
}

// (iii)'s shapes. The "i" flag is safe here: no \\p{Lu} / \\p{Ll} class decides case.
const QUALIFIER = new RegExp(`\\b${PRECEPT}s?\\s+((?:about|on|of|for|concerning)\\s+(?:${NOT_PREP}[\\p{Ll}-]+\\s+){0,1}${NOT_PREP}[\\p{Ll}-]+)`, "u");
const COUNTED_PRECEPTS = new RegExp(`\\b(?:two|three|four|five)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${PRECEPT}s\\b`, "iu");
const OWN = new RegExp(`^The\\s+${ORDINAL}\\s+(?:[\\p{Ll}-]+\\s+)?${PRECEPT}\\s+(?:is|was),?\\s+(?:that,?\\s+)?(.+)$`, "iu");
const BARE = new RegExp(`^The\\s+${ORDINAL}\\s+(?:is|was)\\s+that,?\\s+(.+)$`, "iu");
const COLON = new RegExp(`\\b(?:a|the)\\s+${ORDINAL}(?:\\s+and\\s+(?:final|last))?\\s+(?:[\\p{Ll}-]+\\s+)?${PRECEPT}\\b[^:]*:\\s*(.+)$`, "iu");
const LEADS = new RegExp(`^This\\s+leads\\s+(?:us\\s+)?to\\s+a\\s+${ORDINAL}\\s+(?:[\\p{Ll}-]+\\s+)?${PRECEPT}\\.$`, "iu");

/** (iii) Ordinal precepts in prose, asked with the chapter's own qualifier of the scheme ("about X"). */
function ordinalPrecepts(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  const qualifiers = new Map<string, string>();
  for (const s of a.sentences) {
    const q = QUALIFIER.exec(s.text);
    if (q && !qualifiers.has(q[1])) qualifiers.set(q[1], q[2]);
  }
  const ss = a.sentences;
  let lastNoun: string | null = null;
  ss.forEach((s, i) => {
    const t = s.text;
    // "Two great rules emerge …": the noun that a later "The first is that …" counts.
    const counted = COUNTED_PRECEPTS.exec(t);
    if (counted) lastNoun = counted[1].toLowerCase();
    let ord: string | null = null, noun: string | null = null, said: string | null = null, extra: number[] = [];
    const own = OWN.exec(t), bare = BARE.exec(t), colon = COLON.exec(t), leads = LEADS.exec(t);
    if (own) [ord, noun, said] = [own[1], own[2], own[3]];
    else if (bare && lastNoun) [ord, noun, said] = [bare[1], lastNoun, bare[2]];
    else if (colon) [ord, noun, said] = [colon[1], colon[2], colon[3]];
    else if (leads && ss[i + 1]) { [ord, noun, said] = [leads[1], leads[2], ss[i + 1].text]; extra = [i]; }
    if (!ord || !noun || !said) return;
    const qualifier = qualifiers.get(noun.toLowerCase());
    // The author's "we" in a precept is anyone's: "we must begin" → "one must begin".
    const back = generic(cap(strip(said)));
    if (!back) return;
    if (!qualifier || words(back) > MAX_ITEM_WORDS || words(back) < 3) return;
    const at = leads ? i + 1 : i;
    const c = qa(`What is the ${ord.toLowerCase()} ${noun.toLowerCase()} ${qualifier}?`, back, at, extra, "clause", a);
    if (c) out.push(c);
  });
  return out;
}

/**
 * A scheme card whose answer is a precept in the imperative ("Never suffer …", "Don't preach to your
 * pupils"): its "you" is whoever follows the precept, not a speaker the card leaves out. The gates
 * that refuse first and second person ask this first.
 */
export function imperativePrecept(c: Candidate, s: AnalysedSentence): boolean {
  if (c.type !== "scheme" || c.answerKind !== "clause" || !c.answer) return false;
  const k = s.tokens.findIndex((t) => t.start === c.answer!.start);
  const first = s.tokens[k], next = s.tokens[k + 1];
  if (!first || /\b(?:I|me|my|we|us|our)\b/i.test(c.back)) return false;
  if (first.pos === "VERB" || (first.pos === "AUX" && /^(?:do|be|let)$/i.test(first.lower))) return first.lower === first.lemma || first.lower === "do";
  // "Never suffer …": the toolkit may tag a capitalised "Never" as a name and the verb after it as a noun.
  return /^(?:never|always|rarely|seldom|ever)$/.test(first.lower) && !!next && /^(?:VERB|NOUN|AUX)$/.test(next.pos) && next.lower === next.lemma;
}

export function schemeCandidates(a: Analysis): Candidate[] {
  return [...namedItems(a), ...countedList(a), ...ordinalPrecepts(a)];
}
