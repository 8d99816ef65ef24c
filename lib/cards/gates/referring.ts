// Strict, whole-card standalone check: any referring expression the card still shows that points
// out of the card drops it, wherever it stands (not only at the start). Pronouns are kept only
// where the card itself gives them one clear antecedent; demonstratives, "such", "the former /
// latter / above / same", locative "here / there" and the speaker or reader ("I", "we", "you")
// are never resolvable from the card alone.
import { UPPER_INITIAL, LOWER_INITIAL } from "@/lib/cards/letters";
import type { AnalysedSentence } from "../analyse";
import type { Candidate } from "../candidates";
import type { Gate } from "./types";
import { allReasons, firstReason, type NamedRule } from "./sub-rule";
import { shown } from "./types";
import { imperativePrecept } from "../candidates/scheme";
import { genericWe } from "./generic-we";
import { BLANK_PIECE } from "./blank-piece";
import { personNounBefore } from "./person-noun";
import { SPEAKER, speakerPerson } from "./speaker";
import { dummyItOnCard } from "./dummy-it";

const POINTER = /\b(?:this|these|those|the (?:former|latter|above|aforesaid|said|below|foregoing|same)|above-mentioned|such (?:an? )?(?!as\b|that\b)\w+\b(?! as\b)|here)\b/i;
// "that" as a determiner after a preposition or at the start ("at that time", "That law …").
const THAT_NOUN = /(?:^|\b(?:in|at|on|of|by|from|for|with|to|since|until|till|after|before|during|upon|under)\s+)that\s+(?!is\b|was\b|of\b|which\b|the\b|a\b|an\b)\p{Ll}+/iu;
// "there" that is not existential ("there was", "there arose") points at a place named elsewhere.
const THERE = /\bthere\b(?!\s+(?:is|are|was|were|be|been|being|has|have|had|seems?|seemed|appears?|appeared|arose|arises|arise|came|comes|come|exists?|existed|remains?|remained|must|may|might|can|could|will|would|should|shall|grew|grows|followed|lies|lay|stood|stands|is|also|still|never|always|often|then|now|does|do|did)\b)/i;
const THEN = /^then\b|\b(?:by|until|till|since|from|before) then\b/i;
const MALE = /\b(?:he|him|his|himself)\b/i, FEMALE = /\b(?:she|her|hers|herself)\b/i;
const PLURAL = /\b(?:they|them|their|theirs|themselves)\b/i;
const NEUTER = /\b(?:it|its|itself)\b/i;
// Singular nouns that name many people and take "they" ("mankind … their own kind").
export const COLLECTIVE = new Set(["mankind", "humankind", "humanity", "people", "folk", "public", "clergy", "nobility", "gentry", "peasantry", "populace", "multitude", "majority", "minority"]);
// "It is clear that …", "It sometimes happens that …", "It was not till 1924 that …": "it" anticipates a clause.
// ("It was to be given …" is a pronoun: "to" straight after the verb; "that is to say" is no clause.)
const IT_VERBS = "is|was|has been|had been|seems?|seemed|appears?|appeared|happens?|happened|follows?|followed|remains?|remained|becomes?|became|matters?|must be|may be|would be|will be|cannot be|can be|fell out|falls out|turned out|turns out|came about|comes about";
const EXPLETIVE = new RegExp(`\\bit\\s+(?:\\w+\\s+){0,3}?(?:${IT_VERBS})\\b(?!\\s+to\\b)(?:(?:\\s+\\S+){0,10}?\\s+(?:that(?! is\\b)|whether|how|why|when|what)\\b|(?:\\s+\\S+){1,10}?\\s+to\\b)`, "i");
/** "It will be remembered that …", "It so fell out that …": the text opens on an "it" that anticipates a clause. */
// Stricter than EXPLETIVE, which also takes "It is the doctrine … applied to …" (a pronoun): only
// "that / whether" ahead, or an adjective straight before the infinitive ("It is not inapposite to compare").
const ANTICIPATORY = new RegExp(`^it\\s+(?:\\w+\\s+){0,3}?(?:${IT_VERBS})\\b(?:(?:\\s+\\S+){0,10}?\\s+(?:that(?! is\\b)|whether)\\b|\\s+(?:not\\s+)?(?:\\p{Ll}+ly\\s+)?\\p{Ll}+\\s+to\\s+\\p{Ll})`, "iu");
export const anticipatoryIt = (text: string) => ANTICIPATORY.test(text);
// "told her that …", "gave him …": an object pronoun, which cannot stand for the subject of its own clause.
const OBJECT = /^(?:him|her(?=\s*(?:[.,;:!?'"’”)—–]|$|\s(?:that|to|a|an|the|in|on|at|with|by|for|from|of|and|as|when|if|because|into|out|up|down|back|off|away|again)\b)))/i;
const CLAUSE_BREAK = /[,;:—–]|\b(?:and|but|or|when|while|that|who|whom|which|because|if|after|before|until|since|though|although|as)\b/i;

// "that large school of thinkers who …", "that great economist, Adam Smith,": the description is
// completed by what follows it (a relative clause, or a name or date in apposition), not by the text before.
const CATAPHORA = /^(?:\s+[\p{L}-]+){0,12}?(?:\s+(?:who|whom|whose|which)\b|,\s+(?:the\s+)?(?:\p{Lu}|\p{Ll}+\s+century\b|\d))/u;
const cataphoric = (after: string) => CATAPHORA.test(after);
// The same, for an opening phrase: a relative clause, or an apposition that a comma closes.
// (fixgf) The apposition starts with a capital ("that book, the Canal Almanac, …") and has no finite
// verb: "In that year, the council raised the toll, and …" is a main clause, not an apposition.
const OPENING_CATAPHORA = /^(?:\s+[\p{L}-]+){0,12}?(?:\s+(?:who|whom|whose|which)\b|,\s+(?:the\s+)?(\p{Lu}[^,.;:]{0,40}),)/u;
function openingCataphoric(after: string, s: AnalysedSentence): boolean {
  const m = OPENING_CATAPHORA.exec(after);
  if (!m) return false;
  if (!m[1]) return true;
  const verbs = new Set(s.tokens.filter((t) => t.pos === "VERB" || t.pos === "AUX").map((t) => t.lower));
  return !m[1].split(/[^\p{L}'-]+/u).some((w) => verbs.has(w.toLowerCase()));
}
// "(2')", "statement (3)", "equation (iv)": a statement or formula called by the number the chapter gave it.
const NUMBERED_STATEMENT = /\((?:\d{1,2}|[a-h]|[ivx]{1,4})['′]\)|\b(?:statement|equation|formula|relation|proposition|theorem|example)s?\s+\((?:\d{1,2}|[a-h]|[ivx]{1,4})['′]?\)/i;

/**
 * "the same" after an "every"/"each" earlier in its clause (no "." or ";" between). Written as a
 * function, not as the lookbehind /(?<=\b(?:every|each)\b[^.;]*?)\bthe\s+same\b/, which the regex
 * engine retries at every position of the text (quadratic: it cost a third of the generator's time).
 */
function sameForEach(text: string): string {
  return text.replace(/\bthe\s+same\b/giu, (m: string, at: number) => {
    const clause = text.slice(0, at).split(/[.;]/).pop() ?? "";
    return /\b(?:every|each)\b/iu.test(clause) ? mask(m) : m;
  });
}
const mask = (m: string) => m.replace(/^(?:he|she|they|those|these|him|her|them|his|one|that|such|this|the\s+same)\b/iu, (w) => (UPPER_INITIAL.test(w) ? "One" : "one"));

// A pronoun or demonstrative that the rest of its own sentence completes, so it points at nobody in
// the chapter: "he that / he who / him who / they who / one who …" (anyone who), "his who pursues it",
// "those who / those which / those of / those relating to …", "that which", "this kind of X which …"
// (a restrictive relative, no comma), "such … as" within a
// few words, "this:" (a colon announcing what follows).
const GENERIC: (RegExp | ((text: string) => string))[] = [
  /\b(?:he|she|they|those|these)\s+(?:who|whom|whose|which|that)\b/giu,
  // (Not "her"/"them": "asked her who came" is a pronoun and an indirect question.)
  /\b(?:him|his|one)\s+(?:who|whom|whose|which)\b/giu,
  /\bthose\s+(?:of\b|\p{Ll}+ing\b)/gu,
  /\bthat\s+(?:which|of)\b/giu,
  // "that kind of wealth which arises …", "those landlords who …": a restrictive relative (no comma)
  // completes it. Not in a cleft ("it is this habit which …"), whose demonstrative points back.
  /(?<!\b(?:is|was|are|were)\s+)\b(?:this|these|those|that)\s+(?:[\p{L}-]+\s+){1,4}?(?:who|whom|whose|which)\b/giu,
  /\bsuch\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,4}?as\b/giu,
  // "the same advantage which a republic has …", "the same rate as …", "the same facility and
  // distinctness, as if …": compared with what follows.
  /\bthe\s+same\s+(?:[\p{L}-]+,?\s+){0,6}?(?:which|that|as)\b/giu,
  // "give every citizen the same opinions": the same for each one of a set the card names (not
  // "all … the same nature" or "both from the same cause", which two new training cards showed are
  // as often a comparison with the chapter); "shall be the same throughout the States": the same everywhere.
  sameForEach,
  /\bthe\s+same\s+(?=(?:throughout|everywhere|in\s+all|in\s+every|in\s+each|for\s+all|for\s+every|for\s+each)\b)/giu,
  /\b(?:this|these)\s*:/giu,
];
/**
 * The text with each forward-pointing (cataphoric or generic) expression's pointing word replaced by
 * "one"/"the", which no pronoun or demonstrative check reads; offsets shift, so callers use the
 * masked text throughout.
 */
// (Compiled once: a \p{…} literal inside maskForward would be rebuilt on every call once transpiled.)
const EVERY_NOUN = /\b(?:every|each|any)\s+(?!(?:case|rate|way|time|times|other|more|longer|one's|thing|things|day|year|moment|event|degree|kind|sort)\b)\p{Ll}{3,}\b/iu;
export function maskForward(text: string): string {
  let out = text;
  // "He that tills the land may say his labour made it": a later "he / his" is that generic person
  // (and a later "they / their" the generic "those who").
  const chain = (lead: RegExp, later: RegExp) => {
    const m = lead.exec(out);
    if (m) out = out.slice(0, m.index + m[0].length) + out.slice(m.index + m[0].length).replace(later, "one");
  };
  chain(/\b(?:he|him|his)\s+(?:who|whom|whose|which|that)\b/i, /\b(?:he|him|his|himself)\b/g);
  chain(/\b(?:they|those)\s+(?:who|whom|whose|which|that)\b/i, /\b(?:they|them|their|themselves)\b/g);
  // "any one … for which he is amenable", "every workman … his own work": a quantified person is the
  // antecedent of a later "he / his" (not of "him", which may be someone else: "every guard saluted him").
  chain(/\b(?:every|each|any|no)\s*(?:one|body|man|person|workman|individual)\b/i, /\b(?:he|his|himself)\b/g);
  // "any member of the guild … against his wish": "any / every / each" with a noun of its own is
  // the generic person a later "he / his" stands for (not "any case", "each other", "every time").
  chain(EVERY_NOUN, /\b(?:he|his|himself)\b/g);
  for (const re of GENERIC) out = typeof re === "function" ? re(out) : out.replace(re, mask);
  return out;
}

/**
 * "If a tiger killed a man, … killing this tiger": a demonstrative whose noun the card itself named
 * before it points inside the card. `at`/`end`: where the demonstrative stands in `text`; the noun is
 * the first of the next three words that the text before it also has (as a whole word, or singular).
 */
export function demonstrativeOnCard(text: string, at: number, end: number): boolean {
  const next = text.slice(end).match(/^\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?(?:\s+([\p{L}-]+))?/u);
  if (!next) return false;
  const before = text.slice(0, at).toLowerCase();
  return next.slice(1).some((w) => !!w && w.length > 3 && LOWER_INITIAL.test(w) && (wordIn(before, w) || (w.endsWith("s") && wordIn(before, w.slice(0, -1)))));
}

/** `word` occurs in `text` as a whole word (not inside a longer one: "age" is not in "ages"). */
function wordIn(text: string, word: string): boolean {
  const letter = /[\p{L}\p{N}]/u;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!letter.test(text[at - 1] ?? "") && !letter.test(text[at + word.length] ?? "")) return true;
  }
  return false;
}

function personsBefore(s: AnalysedSentence, text: string, at: number): Set<string> {
  const names = new Set<string>();
  for (const e of s.entities) if ((e.kind === "person" || e.kind === "name") && text.slice(0, at).includes(e.text)) names.add(e.text.split(/\s+/).at(-1)!);
  return names;
}

/** The card's visible text: the sentence as answered (cloze), or question and answer (Q&A). */
// The consequence template's "What followed from this?" points at the sentence the card shows.
export const visible = (c: Candidate) => (c.kind === "cloze" ? shown(c) : `${c.front.replace(/ What followed from this\?$/, "")} ${c.back}`);

type View = { c: Candidate; s: AnalysedSentence; text: string };

// he / she: exactly one person named on the card before it (or a "Who …?" answered by one person).
function personPronoun({ c, s, text }: View): string | null {
  for (const re of [MALE, FEMALE]) {
    const m = re.exec(text);
    if (!m) continue;
    const persons = personsBefore(s, text, m.index);
    const n = persons.size;
    const asksPerson = c.kind === "qa" && /^Who\b/.test(c.front) && c.answerKind === "person";
    // The one person named before an object pronoun, in the same clause, is its subject: not the one meant.
    if (n === 1 && OBJECT.test(text.slice(m.index))) {
      const name = [...persons][0];
      const after = text.lastIndexOf(name, m.index) + name.length;
      if (after >= name.length && !CLAUSE_BREAK.test(text.slice(after, m.index))) return "object pronoun with only its own subject before it";
    }
    // "Who had told her …?": an object pronoun is not the person the question asks for (its subject).
    if (n === 1 || (n === 0 && asksPerson && !OBJECT.test(text.slice(m.index)))) continue;
    // "A country weaver … his loom": a person described before a "he / his" (./person-noun); a
    // reflexive stands for its own clause's subject, which the card shows ("Vance, praising Lisk, praised himself").
    if (n === 0 && /^(?:he|his|himself)$/i.test(m[0]) && personNounBefore(text, m.index, s.tokens)) continue;
    if (n > 1 && /^(?:himself|herself)$/i.test(m[0])) continue;
    return n ? "pronoun with more than one possible person" : "pronoun with no person on the card";
  }
  return null;
}

/**
 * The gate's sub-rules in the order they are tried, each named (scripts/standalone-audit.ts tabulates
 * the drops by name): a rule returns the reason it drops the card, or null.
 */
export const REFERRING_RULES: NamedRule<View>[] = [
  // A precept in the imperative speaks to whoever follows it (candidates/scheme.ts).
  ["speaker", ({ c, s, text }) => {
    const precept = imperativePrecept(c, s);
    const who = speakerPerson(precept ? maskForward(c.front) : text);
    // The "we" of people in general stands alone (./generic-we); not in a precept ("Let us …").
    if (who === "we" && !precept && genericWe(text, s, (t) => !SPEAKER.test(t))) return null;
    return who ? `first or second person ("${who}")` : null;
  }],
  ["pointer", ({ c, s, text }) => {
    const p = POINTER.exec(text);
    if (!p) return null;
    // "in the same month" after a date on the card points inside the card.
    // The toolkit does not always tag "September 1924" as a date, so a year before it counts too.
    const sameAfterDate = /^the same$/i.test(p[0].split(/\s+/).slice(0, 2).join(" ")) && (s.entities.some((e) => e.kind === "date" && text.slice(0, p.index).includes(e.text)) || /\b(?:1[0-9]{3}|20[0-9]{2})\b/.test(text.slice(0, p.index)));
    // (Not in a question's answer: there it carries a second clause the answer should not have.)
    const inside = /^(?:this|these|those)$/i.test(p[0]) && (c.kind === "cloze" || p.index < c.front.length) && demonstrativeOnCard(text, p.index, p.index + p[0].length) && !POINTER.test(text.slice(p.index + p[0].length));
    return !sameAfterDate && !inside ? `points back ("${p[0]}")` : null;
  }],
  ["that-noun", ({ s, text }) => {
    const that = THAT_NOUN.exec(text);
    if (!that) return null;
    const after = text.slice(that.index + that[0].length);
    // (Session 18, genfixF) "In that famous book, Orlen argues …": in an opening phrase, the name after
    // the comma is the main clause's subject, not an apposition, unless a second comma closes it.
    const opening = BLANK_PIECE.on && that.index === 0 && !/^that\b/i.test(text);
    return !(opening ? openingCataphoric(after, s) : cataphoric(after)) ? "demonstrative 'that'" : null;
  }],
  // (Session 18, genfixF) "Others, like Vance, …": "others" opening the sentence stands for people or
  // things the chapter named before ("some …, others …" on the card itself is fine).
  ["others", ({ text }) => (BLANK_PIECE.on && /^\s*(?:the\s+)?others\b/i.test(text) ? "'others' points back" : null)],
  // (Session 18, genfixF) "(2') shows more than (2)": a statement the chapter numbered, named by its number.
  ["numbered-statement", ({ text }) => (BLANK_PIECE.on && NUMBERED_STATEMENT.test(text) ? "names a numbered statement of the chapter" : null)],
  ["there", ({ text }) => (THERE.test(text) ? "locative 'there'" : null)],
  ["then", ({ text }) => (THEN.test(text) ? "'then' points to a time named elsewhere" : null)],
  ["he/she", personPronoun],
  ["they", ({ s, text }) => {
    const pl = PLURAL.exec(text);
    if (!pl) return null;
    const shownBefore = text.slice(0, pl.index).toLowerCase();
    const before = s.tokens.filter((t) => shownBefore.includes(t.lower));
    const plural = before.some((t) => (t.pos === "NOUN" && t.lemma !== t.lower) || t.pos === "PROPN" || t.lower === "and" || COLLECTIVE.has(t.lower));
    return plural ? null : "'they' with nothing plural before it";
  }],
  ["it", ({ s, text }) => {
    const it = NEUTER.exec(text);
    // (A dummy subject, "On the other hand, it is a duty to …", read from the tags: ./dummy-it.)
    if (!it || EXPLETIVE.test(text.slice(it.index)) || (it[0].toLowerCase() === "it" && dummyItOnCard(s.tokens, s.text, text, it.index))) return null;
    const shownBefore = text.slice(0, it.index).toLowerCase();
    // Something "it" can stand for: a singular noun, or a name that is not a person's.
    const people = s.entities.filter((e) => e.kind === "person" || e.kind === "group");
    const before = s.tokens.filter((t) => ((t.pos === "NOUN" && t.lemma === t.lower) || t.pos === "PROPN") && !people.some((e) => t.start >= e.start && t.end <= e.end) && wordIn(shownBefore, t.lower));
    return before.length ? null : "'it' with nothing before it";
  }],
];

// The card's visible text masked (maskForward), per candidate: the standalone gate reads the same
// text as a cloze's front, and both gates run on every candidate. Keyed by the candidate object (whose
// front, back and kind are never changed in place), so nothing outlives the chapter's candidates.
const maskedVisible = new WeakMap<Candidate, string>();
export function maskedVisibleText(c: Candidate): string {
  let m = maskedVisible.get(c);
  if (m === undefined) maskedVisible.set(c, (m = maskForward(visible(c))));
  return m;
}

/** Every sub-rule that would drop the card, by name, with its reason (the gate reports the first). */
export const referringRules = (c: Candidate, s: AnalysedSentence) => allReasons(REFERRING_RULES, { c, s, text: maskedVisibleText(c) });

export const unresolvedReference = (c: Candidate, s: AnalysedSentence): string | null => firstReason(REFERRING_RULES, { c, s, text: maskedVisibleText(c) });

export const referring: Gate = (c, a) => (c.type === "gist" ? null : unresolvedReference(c, a.sentences[c.sentence]));
