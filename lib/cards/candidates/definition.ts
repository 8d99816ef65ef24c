// Definitions of terms and identifications of names: "A tidal bore is a wave that …" →
// "What is a tidal bore?"; an apposition "Orlen Vance, a surveyor who mapped the estuary," →
// "Who was Orlen Vance?"; "… is called a mascaret" → "What is … called?"; a name given in a relative
// clause, "the creatures which build the reefs, and are called corallines" → "What are the
// creatures which build the reefs called?"
import { UPPER_INITIAL, LOWER_INITIAL } from "@/lib/cards/letters";
import type { Analysis, AnalysedSentence } from "../analyse";
import type { Candidate } from "./types";
import { cap, clean, sentenceEnd, textOf } from "./phrase";
import { isEnglishWord, rarity } from "../rank/frequency";
import { RARE } from "../gates/informative-blank";
import { head as headNoun, ROLE } from "./identity";
import { gappedClause, notADefinition, notATerm, PAST_DESCRIPTION, vagueGenus } from "./definition-guards";
import { blank } from "./cloze";
import { CARD_BUILD21 } from "./build-switch";
import { KIN_NOUNS } from "../analyse/lexicon";
import { tenseOf } from "../analyse/tense";

const NAMING = /^(?:called|termed|named)$/;
const BE = /^(?:is|are|was|were)$/;
const RELATIVE = /^(?:which|who|that)$/;
const SENSE_ASIDE = /^(?:in (?:its|their|the) (?:\p{L}+est |most \p{L}+ |strict |proper |ordinary |usual |common |popular |technical |narrow |wide |broad |general |original |literal |legal |scientific |economic )?(?:sense|meaning|acceptation|use)(?: of the (?:word|term))?|(?:properly|strictly|correctly|technically) (?:so called|speaking)|so called)$/iu;

/** The name given right after token `i` ("… called X, or Y"): its token range, or null. */
function givenName(s: AnalysedSentence, i: number): [number, number] | null {
  const t = s.tokens;
  let b = i + 1;
  while (b < t.length && /^(?:PROPN|NOUN|ADJ)$/.test(t[b].pos)) b++;
  if (b === i + 1) return null;
  // "philosophers, or men of speculation": a second name for the same thing.
  if (t[b]?.text === "," && t[b + 1]?.lower === "or") {
    let e = b + 2;
    while (e < t.length && /^(?:PROPN|NOUN|ADJ)$/.test(t[e].pos)) {
      e++;
      // "keepers of the light": an of-phrase belongs to the name.
      const det = t[e + 1]?.pos === "DET" ? 1 : 0;
      if (t[e]?.lower === "of" && /^(?:PROPN|NOUN|ADJ)$/.test(t[e + 1 + det]?.pos ?? "")) e += 1 + det;
    }
    if (e > b + 2) b = e;
  }
  return [i + 1, b];
}

/**
 * A name given in a relative clause: "the organisms which are called X" or "those creatures which
 * build Y, and are called X" → "What are the creatures which build Y called?" → X; "those who are
 * called X, whose trade is Y" → "What are those whose trade is Y called?" → X. The description is
 * the question, so a bare "the organisms which are called X" (no description but the noun) is left
 * to the cloze.
 */
function namedInRelative(s: AnalysedSentence): Candidate[] {
  const t = s.tokens;
  const out: Candidate[] = [];
  for (let i = 3; i < t.length - 1; i++) {
    if (!NAMING.test(t[i].lower) || !BE.test(t[i - 1].lower)) continue;
    const name = givenName(s, i);
    if (!name) continue;
    let rel: number, descEnd: number;
    if (RELATIVE.test(t[i - 2].lower)) { rel = i - 2; descEnd = rel; }
    else if (t[i - 2].lower === "and" && t[i - 3].text === ",") {
      // "those creatures which fabricate the lamp-shells, and are called X": the first relative clause describes.
      rel = -1;
      for (let k = i - 4; k > 0 && !/^[;:]$/.test(t[k].text); k--) if (RELATIVE.test(t[k].lower)) { rel = k; break; }
      if (rel < 0) continue;
      descEnd = i - 3;
    } else continue;
    // The noun phrase the relative clause belongs to: back over adjectives and nouns to its determiner.
    let j = rel - 1;
    while (j > 0 && /^(?:ADJ|NOUN)$/.test(t[j].pos)) j--;
    if (!/^(?:the|those|these)$/.test(t[j]?.lower ?? "")) continue;
    let desc = textOf(s, j, descEnd);
    if (descEnd === rel) {
      // "those who are called X, whose trade is Y": the relative clause after the name describes.
      const k = name[1];
      if (j !== rel - 1 || t[k]?.text !== "," || !/^(?:whose|who|which)$/.test(t[k + 1]?.lower ?? "")) {
        // "the lowly organisms which are called X": only adjectives and a noun describe it.
        continue;
      }
      let e = t.findIndex((x, m) => m > k + 2 && (x.text === ";" || (x.text === "," && t[m + 1]?.lower === "and")));
      if (e < 0) e = t.length;
      while (e > k && /^[.,!?]$/.test(t[e - 1].text)) e--;
      desc = `${desc} ${textOf(s, k + 1, e)},`; // "What are those whose trade is Y, called?"
    }
    desc = desc.replace(/\s+/g, " ").trim().replace(/^(?:those|these) (?=\p{Ll}+ (?:which|who|that)\b)/iu, "the ");
    desc = desc.charAt(0).toLowerCase() + desc.slice(1);
    const front = `What ${t[i - 1].lower} ${desc} ${t[i].lower}?`;
    if (front.split(" ").length > 20 || /\b(?:it|its|they|them|their|this|such|he|she|his|her)\b/i.test(desc.replace(/\bwhose \p{L}+ it is\b/u, ""))) continue;
    const back = clean(textOf(s, name[0], name[1]));
    out.push({ kind: "qa", type: "definition", front, back: cap(back), sentence: s.sentence.id, extra: [], answer: { start: t[name[0]].start, end: t[name[1] - 1].end }, answerKind: "term" });
  }
  return out;
}

// Quotation marks at a word's edge ("A 'keel,' … 'is the spine of a ship'"), never an apostrophe inside one ("one's").
const unquote = (x: string) => clean(x.replace(/(?<!\p{L})['‘"“]|['’"”](?!\p{L})/gu, ""));

/**
 * The predicate stops before a second one joined by "and" ("is one of the aims of X, and appears to
 * have been …"): the genus of a definition is a noun phrase, not two claims.
 */
function predicateEnd(s: AnalysedSentence, from: number, end: number): number {
  for (let k = from + 1; k < end - 1; k++) {
    if (s.tokens[k].lower !== "and") continue;
    let v = k + 1;
    while (v < end && s.tokens[v].pos === "ADV") v++;
    if (s.tokens[v] && /^(?:VERB|AUX)$/.test(s.tokens[v].pos) && !/(?:ed|en|ing)$/.test(s.tokens[v].lower)) return s.tokens[k - 1].text === "," ? k - 1 : k;
    // (gen21) "is the mother and the real teacher is the father": a noun phrase with a copula of its
    // own after the "and" is a second statement (its own subject), not the genus's partner.
    if (CARD_BUILD21.on && s.tokens[v]?.pos === "DET") {
      let w = v + 1;
      while (w < end && /^(?:ADJ|NOUN)$/.test(s.tokens[w].pos)) w++;
      if (w > v + 1 && s.tokens[w - 1].pos === "NOUN" && /^(?:is|are|was|were)$/.test(s.tokens[w]?.lower ?? "")) return s.tokens[k - 1].text === "," ? k - 1 : k;
    }
  }
  // "…, the hen being a little larger": after a comma, a noun phrase with a verb of its own (an
  // absolute phrase or a new clause) is a second statement, not part of the genus.
  for (let k = from + 1; k < end - 2; k++) {
    if (s.tokens[k].text !== ",") continue;
    let v = k + 1;
    while (v < end && v < k + 6 && /^(?:DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(s.tokens[v].pos) && !/^(?:which|who|whom|whose|that|what)$/.test(s.tokens[v].lower)) v++;
    if (v > k + 1 && v < end && /^(?:VERB|AUX)$/.test(s.tokens[v].pos)) return k;
  }
  return end;
}

/**
 * What stands between the subject and its copula: nothing (""), a source of the definition kept in
 * the question (", as Vance says," → "What, as Vance says, is …?"), or anything else (null: the
 * subject and verb the parse found are not next to each other, so no "What is X?" is safe).
 */
function reportAside(s: AnalysedSentence, subjectEnd: number, verb: number): string | null {
  if (subjectEnd === verb) return "";
  const between = unquote(textOf(s, subjectEnd, verb)).replace(/^,\s*/, "").replace(/,$/, "").trim();
  if (/^as (?:[\p{Lu}][\p{L}.]*\s*){1,4}(?:says|said|puts it|writes|wrote|observes|observed|remarks|remarked)$/u.test(between)) return `, ${between},`;
  // "Erosion, in its widest sense, is …", "Rent, properly so called, is …": the sense in which the
  // term is defined belongs to the definition, so the question keeps it.
  if (SENSE_ASIDE.test(between)) return `, ${between},`;
  return null;
}

// The chapter's words read in one walk over its tokens, once per chapter.
type ChapterWords = {
  /** Words the chapter writes in small letters somewhere, as written (so a capital on them only opens a sentence). */ small: Set<string>;
  /** Words the chapter uses in small letters as adjectives somewhere, lower-cased. */ adjectives: Set<string>;
};
const chapterWordSets = new WeakMap<Analysis, ChapterWords>();
function chapterWords(a: Analysis): ChapterWords {
  let sets = chapterWordSets.get(a);
  if (!sets) {
    sets = { small: new Set(), adjectives: new Set() };
    for (const x of a.sentences) for (const t of x.tokens) {
      if (!LOWER_INITIAL.test(t.text)) continue;
      sets.small.add(t.text);
      if (t.pos === "ADJ") sets.adjectives.add(t.lower);
    }
    chapterWordSets.set(a, sets);
  }
  return sets;
}

/** Whether the words before token `a` back to a comma (or the sentence start) are a prepositional phrase that ends at `a`'s name. */
function prepositionalAside(s: AnalysedSentence, a: number): boolean {
  let k = a - 1;
  while (k >= 0 && s.tokens[k].text !== "," && !/^[;:(]$/.test(s.tokens[k].text)) {
    if (/^(?:VERB|AUX)$/.test(s.tokens[k].pos)) return false;
    k--;
  }
  const first = s.tokens[k + 1];
  const opener = first?.lower === "and" || first?.lower === "or" ? s.tokens[k + 2] : first;
  return k + 1 < a && opener?.pos === "ADP";
}

/**
 * (gen21) Whether the genus [from, to) names a person by a role or a relation ("the mother", "the
 * bishop of the see"): its first noun after the article and adjectives. Such a definition answers
 * "Who …?"; "What is the real nurse?" → "the mother" reads as a slip, and strict raters edit it to
 * "Who". (fixgen21) Only a word that names a person in ordinary use counts: "the head of the shaft",
 * "the master key" are things, so the role list's head, master, keeper, chief, prime, general and
 * leader are left out here; and a relation or a crown followed by "of" and no name is often a
 * figure ("Necessity is the mother of invention", "the king of beasts"), so it counts only when a
 * name follows ("the mother of Orlen Vance").
 */
function personGenus(s: AnalysedSentence, from: number, to: number): boolean {
  let k = from;
  if (!/^(?:a|an|the)$/.test(s.tokens[k]?.lower ?? "")) return false;
  k++;
  while (k < to && s.tokens[k].pos === "ADJ") k++;
  const head = s.tokens[k];
  // The noun must end its phrase: not the first half of a compound ("a priest-ridden race", "the
  // mother country").
  if (!head || head.pos !== "NOUN" || (k + 1 < to && (s.tokens[k + 1].pos === "NOUN" || /^[-‐]/.test(s.tokens[k + 1].text)))) return false;
  if (!(ROLE.has(head.lower) && !NOT_ALWAYS_PERSON.has(head.lower)) && !KIN_NOUNS.has(head.lower) && !PERSON_ROLE_EXTRA.has(head.lower)) return false;
  if (FIGURATIVE.has(head.lower) && s.tokens[k + 1]?.lower === "of" && k + 1 < to) {
    return s.tokens.slice(k + 2, to).some((t) => t.pos === "PROPN" && UPPER_INITIAL.test(t.text));
  }
  return true;
}
// Role words that name a thing or a rank as often as a person ("the head of the shaft", "the
// master key", "the chief cause", "a general rule", "the leader of a fishing line").
const NOT_ALWAYS_PERSON = new Set("head master keeper chief prime general leader".split(" "));
// A role outside the office list that names a person ("the real nurse is the mother").
const PERSON_ROLE_EXTRA = new Set(["nurse"]);
// Person words used as figures with "of": "the mother of invention", "the king of beasts".
const FIGURATIVE = new Set([...KIN_NOUNS, "king", "queen", "prince", "princess", "nurse"]);

/**
 * The tense of the nearest verb before token `a` (its auxiliary's, if it has one): "is", "was", or
 * null. (fixgen21) Read by analyse/tense's tenseOf, which knows "need" and "proceed" from "sailed".
 */
function governingTense(s: AnalysedSentence, a: number): "is" | "was" | null {
  for (let k = a - 1; k >= 0; k--) {
    const t = s.tokens[k];
    if (t.pos !== "VERB" && t.pos !== "AUX") continue;
    let v = k;
    while (v > 0 && (s.tokens[v - 1].pos === "AUX" || s.tokens[v - 1].pos === "ADV")) v--;
    const first = s.tokens.slice(v, k + 1).find((x) => x.pos === "AUX" || x.pos === "VERB")!;
    const tense = tenseOf(first);
    return tense === "present" ? "is" : tense === "past" ? "was" : null;
  }
  return null;
}

export function definitionCandidates(s: AnalysedSentence, a: Analysis): Candidate[] {
  const out: Candidate[] = namedInRelative(s);
  const id = s.sentence.id;
  const end = sentenceEnd(s);
  const c = s.clause;
  if (c && !c.opening && s.tokens[c.verb].lemma === "be" && /^(?:a|an|the|one)$/.test(s.tokens[c.verb + 1]?.lower ?? "") && c.subject.b - c.subject.a <= 8) {
    const term = c.subject.text;
    if (s.tokens.slice(c.subject.a, c.subject.b).every((t) => t.pos === "PRON" || t.pos === "DET" || t.lower === "there")) return out;
    // "What is which of these?": a question word in the subject is no term.
    if (s.tokens.slice(c.subject.a, c.subject.b).some((t) => /^(?:what|which|who|whom|whose)$/.test(t.lower))) return out;
    const named = s.entities.find((e) => e.a === c.subject.a && e.b === c.subject.b);
    if (notATerm(s, c.subject.a, c.subject.b)) return out;
    // "Loud was the cry …": a one-word subject the chapter writes elsewhere as an adjective is an
    // inverted predicate (the tagger reads a capital as a name), not a term.
    if (c.subject.a === 0 && c.subject.b === 1 && chapterWords(a).adjectives.has(s.tokens[0].lower)) return out;
    const gap = gappedClause(s, c.verb + 1, end);
    // (gen22b) "Summer and winter are the seasons of nature, war and peace the seasons of kings": the
    // gapped second statement makes the first half of a contrast, not a definition of its subject.
    if (gap > 0) return out;
    const genusEnd = predicateEnd(s, c.verb + 1, end);
    // "X is the name given to Y": Y is what X is (term.ts asks the reverse, "What is the name given to Y?").
    const named0 = c.verb + 5 < genusEnd && /^the (?:name|term) (?:given|applied) to$/i.test(textOf(s, c.verb + 1, c.verb + 5)) ? 4 : 0;
    const genus = unquote(clean(textOf(s, c.verb + 1 + named0, genusEnd)));
    // "X is one of the Y …" places X in a set; it does not say what X is.
    const aside = reportAside(s, c.subject.b, c.verb);
    // (gen21) "the mother", a role or relation, says who in two words.
    const person = CARD_BUILD21.on && personGenus(s, c.verb + 1 + named0, genusEnd);
    const word = named?.kind === "person" || person ? "Who" : "What";
    const sourced = !!aside && !SENSE_ASIDE.test(aside.replace(/^, |,$/g, ""));
    const notDefinition = notADefinition(s, [c.subject.a, c.subject.b], c.verb, [c.verb + 1 + named0, genusEnd], { sourced, who: word === "Who" });
    const shaped = genus.split(" ").length >= (person ? 2 : 3) && !/^one of\b/i.test(genus) && !vagueGenus(genus) && aside !== null;
    // Only a noun phrase for a subject ("Side by side with X were Y" is inverted; "None the less it
    // was" points back), and no pronoun in the blank ("… of his library").
    const nounSubject = s.tokens.slice(c.subject.a, c.subject.b).every((x) => (x.pos !== "ADP" || x.lower === "of") && x.pos !== "PRON");
    const pronounInGenus = s.tokens.slice(c.verb + 1, genusEnd).some((x) => x.pos === "PRON");
    if (shaped && notDefinition === PAST_DESCRIPTION && aside === "" && nounSubject && !pronounInGenus) {
      // (gen22b) "Hatred of the guild was a slow poison, spread by …": not what the term means but what
      // the author says it was; strict raters rewrote "What was X?" to ask the predicate, so the
      // predicate is blanked and the subject stays in view.
      const start = s.tokens[c.verb + 1].start, stop = s.tokens[genusEnd - 1].end;
      out.push({ kind: "cloze", type: "predicate", front: blank(s, start, stop), back: s.text.slice(start, stop), sentence: id, extra: [], answer: { start, end: stop }, answerKind: "clause" });
    }
    if (shaped && !notDefinition) {
      const verb = s.tokens[c.verb].lower;
      const bare = unquote(term);
      // A common word capitalised only because it opens the sentence ("Male and female are …") is
      // written small, when the chapter writes it small elsewhere ("Roman law" never is).
      const opensSentence = c.subject.a === 0 && chapterWords(a).small.has(s.tokens[0].lower);
      const proper = s.tokens[c.subject.a].pos === "PROPN" && !opensSentence;
      const subj = (named && !(c.subject.a === 0 && !proper)) || proper ? bare : bare.charAt(0).toLowerCase() + bare.slice(1);
      // A sense aside goes after the term, its pronoun made "the" ("in its widest sense" → "What is
      // erosion, in the widest sense?"): the pronoun is the term itself.
      const sense = aside && SENSE_ASIDE.test(aside.replace(/^, |,$/g, ""));
      const front = sense ? `${word} ${verb} ${subj}${aside.replace(/,$/, "").replace(/\b(?:its|their)\b/, "the")}?` : `${word}${aside} ${verb} ${subj}?`;
      out.push({ kind: "qa", type: "definition", front, back: genus, sentence: id, extra: [], answer: { start: s.tokens[c.verb + 1 + named0].start, end: s.tokens[genusEnd - 1].end }, answerKind: "phrase" });
    }
  }
  for (const e of s.entities) {
    // A person's apposition is asked by identity.ts, only when it names a role or office.
    if (e.kind === "date" || e.kind === "number" || e.kind === "person") continue;
    // An adjective or ordinal taken for a name ("Roman, the Teuton…", "First, a Second…"), or the
    // tail of a longer name ("Klux Klan" of "Ku Klux Klan"), is not what the apposition describes.
    if (s.tokens.slice(e.a, e.b).every((t) => t.pos !== "PROPN" && t.pos !== "NOUN")) continue;
    if (UPPER_INITIAL.test(s.tokens[e.a - 1]?.text ?? "") && s.tokens[e.a - 1].pos === "PROPN") continue;
    // A common word capitalised only because it opens the sentence ("Wax, a thing which…").
    if (e.a === 0 && e.b === 1 && rarity(e.text.toLowerCase()) < RARE) continue;
    const comma = s.tokens[e.b], det = s.tokens[e.b + 1];
    if (comma?.text !== "," || !det || !/^(?:a|an|the)$/.test(det.lower)) continue;
    // "to employ a Latinism, a sort of …": a name after "a" is one of a kind, not a thing the sentence identifies.
    if (/^(?:a|an)$/.test(s.tokens[e.a - 1]?.lower ?? "")) continue;
    // "the wire C, a small morsel of tinder": a one-letter label of a figure is no term.
    if (e.b - e.a === 1 && /^\p{L}$/u.test(e.text)) continue;
    const close = s.tokens.findIndex((t, k) => k > e.b + 1 && (t.text === "," || t.text === ";" || t.text === "."));
    const stop = close < 0 ? end : close;
    const np = s.phrases.find((p) => p.a === e.b + 1);
    if (!np || /^(?:VERB|AUX)$/.test(s.tokens[np.b]?.pos ?? "")) continue;
    // "… seen in Lorraine, the wading birds, and so on": a plural noun does not describe one place;
    // the comma runs on a list or a broken parse, not an apposition.
    const head = s.tokens[np.b - 1];
    if (e.kind === "place" && e.b - e.a === 1 && head.pos === "NOUN" && head.lemma !== head.lower && /s$/.test(head.lower)) continue;
    const rel = s.tokens.findIndex((t, k) => k > e.b + 1 && k < stop && /^(?:who|which|that|whose|where)$/.test(t.lower));
    if (s.tokens.slice(e.b + 1, rel > 0 ? rel : stop).some((t) => t.pos === "VERB" && !/(?:ed|en)$/.test(t.lower) || t.pos === "AUX")) continue;
    // "After the victory of X, the fate of Y depended …", "was, by the vote of X, the sole …": the name
    // ends a prepositional phrase set off by a comma (or opening the sentence), so the comma after it
    // closes that phrase and the noun phrase after belongs to the clause. Only an apposition closed by
    // its own comma, with no verb in it, describes the name there.
    if (prepositionalAside(s, e.a) && (s.tokens[stop]?.text !== "," || s.tokens.slice(e.b + 1, stop).some((t) => /^(?:VERB|AUX)$/.test(t.pos)))) continue;
    // "Legislation, the enactments of a legislature which, whether …": the comma cut the apposition
    // inside its relative clause (or after a preposition or article); the answer would end mid-phrase.
    if (/^(?:ADP|DET|CCONJ|SCONJ|PRON)$/.test(s.tokens[stop - 1]?.pos ?? "") || /^(?:which|who|whom|whose|that|where)$/.test(s.tokens[stop - 1]?.lower ?? "")) continue;
    // An apposition to a name that is not a person's ("Marrowby, a small port on the northern coast",
    // "Vellan, the oldest mill on the estuary") gives an attribute the sentence mentions in passing, not
    // what the name is for in the book: "What was Marrowby?" → "a small port …". Only a role or office
    // (the name is a person the tagger did not know: "Tarvash, the king of the hill tribes") says who
    // the name is, as identity.ts asks it. (Session 12: on all strict training labels the
    // apposition "What was X?" card was 17 rejects, 2 edits, 1 accept; the accept has a role.)
    if (!ROLE.has(headNoun(s, e.b + 1) ?? "")) continue;
    const appo = clean(textOf(s, e.b + 1, stop));
    // "Roman, the Teuton and Mongolian": the next items of a list of names, not an apposition.
    if (/^(?:a|an|the)\s+\p{Lu}\p{Ll}+(?:\s+(?:and|or)\s+\p{Lu}|$)/u.test(appo)) continue;
    if (appo.split(" ").length < 3 || appo.split(" ").length > 30) continue;
    const present = s.tokens.some((t) => t.pos === "AUX" && /^(?:is|are|has)$/.test(t.lower));
    // "the Houses of Parliament, the two chambers …": the article belongs to the question (not "What
    // was Houses of Parliament?"), and a plural head takes a plural verb.
    const article = s.tokens[e.a - 1]?.lower === "the" ? "the " : "";
    // One word after "the" is a title ("the Regent, the head of …", "the Prince, the favourite
    // epithet of …"): the apposition describes an office or the word itself, not a thing to define.
    if (article && e.b - e.a === 1) continue;
    // The head is the last word before an "of" ("Houses" of "Houses of Parliament").
    const ofAt = s.tokens.findIndex((t, k) => k > e.a && k < e.b && t.lower === "of");
    const nameHead = s.tokens[(ofAt > 0 ? ofAt : e.b) - 1];
    // (The tagger does not lemmatise names, so a head before "of" ending in a plural "-s" counts too;
    // "Athens", "Thomas" alone stay singular.)
    const plural = article && /^(?:PROPN|NOUN)$/.test(nameHead.pos) && /[^siu]s$/.test(nameHead.lower) && (nameHead.lemma !== nameHead.lower || ofAt > 0);
    const tense = plural ? (present ? "are" : "were") : present ? "is" : "was";
    // (gen21) The apposition names a role (checked above): it says who the name is, so the question
    // asks "Who …?" ("What was Tarvash?" → "the king of the hill tribes" reads as a slip, and strict
    // raters edit it to "Who"). A plural name with an article ("the Vances") stays "What".
    // (Not a one-word name opening the sentence that is also an English word, "Reed, the historian of
    // …": the front is written small later, as a common word, and the card fares as it did before.)
    const wordOpening = e.a === 0 && e.b === 1 && isEnglishWord(e.text.toLowerCase());
    const wh = CARD_BUILD21.on && !plural && !article && !wordOpening ? "Who" : "What";
    // Asked "Who", the tense is that of the verb the name depends on ("had defeated Tarvash, the
    // chief …" → "Who was"), not of any "is" elsewhere in the sentence.
    const whoTense = wh === "Who" ? governingTense(s, e.a) ?? tense : tense;
    out.push({ kind: "qa", type: "definition", front: `${wh} ${whoTense} ${article}${e.text}?`, back: appo, sentence: id, extra: [], answer: { start: det.start, end: s.tokens[stop - 1].end }, answerKind: "phrase" });
  }
  s.tokens.forEach((t, i) => {
    if (!/^(?:called|termed)$/.test(t.lower) && !(t.lower === "as" && s.tokens[i - 1]?.lower === "known")) return;
    const np = s.phrases.find((p) => p.a === i + 1);
    if (!np || !c || c.verb >= i - 1 || i - c.verb > 4) return;
    const subject = c.subject.text;
    let before = clean(textOf(s, c.verb, t.lower === "as" ? i - 1 : i));
    // "X is what is called a Y" → "What is X called?"
    const whatIs = before.match(/^(is|are|was|were) what (?:is|are|was|were)(?: now| often| usually| commonly)?$/i);
    if (whatIs) before = whatIs[1];
    if (/\b(?:what|which|who)\b/i.test(before) || /^(?:what|which|who)\b/i.test(c.subject.text)) return;
    // (gen22b) "may well be called", "might be termed": the author's figure of speech, not the name
    // the thing is given.
    if (/^(?:may|might|could)\b/i.test(before)) return;
    const verb = t.lower === "as" ? "known as" : t.lower;
    // (gen21) A name that opens the sentence keeps its capital ("What may Orlenford be called?", not
    // "orlenford"): only a word the chapter writes small somewhere else is a common word there.
    const first = s.tokens[c.subject.a];
    const keepCapital = CARD_BUILD21.on && c.subject.a === 0 && first.pos === "PROPN" && UPPER_INITIAL.test(first.text) && !chapterWords(a).small.has(first.lower) && !isEnglishWord(first.lower);
    const subj = keepCapital ? subject : subject.charAt(0).toLowerCase() + subject.slice(1);
    const front = `What ${before.split(" ")[0]} ${subj} ${before.split(" ").slice(1).join(" ")} ${verb}?`.replace(/\s+/g, " ");
    out.push({ kind: "qa", type: "definition", front: cap(front), back: np.text, sentence: id, extra: [], answer: { start: np.start, end: np.end }, answerKind: a.defined.has(np.text.toLowerCase()) ? "term" : "phrase" });
  });
  return out;
}
