// The "we" of people in general: "If we are asked why we believe that the sun will rise, we shall
// answer …", "As we descend the social scale, …", "so far as our experience extends". It stands for
// anyone, so a card that shows it stands alone, unlike the author's or the lecturer's "we" ("we
// shall now consider", "we have seen"), a nation's "our" ("our island", "our law") or a story's "we"
// ("we had been at war"). Hand judgements of what the referring gate dropped for "we" on the
// training books (scripts/standalone-judged.json): 8 of 17 stood as they were, 5 more once a word
// was cut, 4 depended on the chapter.
import type { AnalysedSentence, Token } from "../analyse";
import { firstFiniteVerb, tenseOf } from "../analyse/tense";
import { BLANK_PIECE } from "./blank-piece";

const WE = /\b(?:we|us|our|ourselves)\b/gi;
// The author steering the reader through the text: a plan, a look back, or what "we" are about.
const DISCOURSE = /\b(?:we\s+(?:shall|will|must|may|can|now|next|then|first|also|have\s+to|are\s+(?:going|about)\s+to)\s+(?:now\s+|next\s+|then\s+|first\s+|also\s+|presently\s+|briefly\s+|hereafter\s+|afterwards\s+|later\s+)?(?:see|consider|discuss|turn|return|proceed|examine|pass|come|call|treat|describe|notice|note|show|prove|begin|deal|speak|inquire|enquire|look|trace|follow|review|explain)|we\s+are\s+(?:not\s+|now\s+)?(?:speaking|considering|discussing|dealing|concerned|treating|examining)|(?:we|I)\s+(?:saw|noticed|mentioned|said|remarked|observed|showed|explained)|we\s+are\s+(?:met|assembled|gathered|here)|let\s+us)\b/i;
// What every person has: "our experience", "our senses", "our own minds" are anyone's. (Session 18's
// wider reading, which also passed "our" before adjectives and a faculty, was retired in session 19.)
const FACULTY_WORDS = ["experience", "experiences", "knowledge", "senses", "sensations", "perceptions", "mind", "minds", "thoughts", "ideas", "beliefs", "reason", "nature", "natures", "body", "bodies", "eyes", "feelings", "habits", "actions", "activity", "conduct", "lives", "life", "judgment", "judgments", "judgement", "judgements", "intellect", "faculties", "instincts", "desires", "passions", "wants", "will", "wills", "consciousness"];
const FACULTY = new RegExp(`^(?:own\\s+)?(?:${FACULTY_WORDS.join("|")})\\b`, "i");

// Session 18 (genfixF, made general by fixgf): a speaker's promise or decree binds the one who speaks —
// a ruler, a party to a deed — not people in general, so the card needs its speaker named. Only two
// grammatical frames count, so a generic "we will not deny that …" or "we command nature by …" is not
// read as one: a giving verb after "we will / shall" with a PERSON as recipient ("we will give to no
// man …", "to no one will we grant …"), or a decree verb followed by "that" ("we decree that …").
// (The review found the earlier verb lists fitted to one training text; they are gone.)
// (Switch: LECTERN_BLANK_PIECE, with ./blank-piece.)
const GIVING = "grant|give|restore|sell|refuse|deny|concede|pay|deliver|render|promise";
const PERSON = "(?:him|her|them|you|no\\s+one|no\\s+man|none|anyone|any\\s+one|everyone|every\\s+one|(?:any|every|no|each|all|our)\\s+(?:man|men|person|persons|subject|subjects|citizen|citizens))\\b";
const ADVERBS = "(?:(?:not|never|\\p{L}+ly)\\s+){0,2}";
const PROMISE = new RegExp(`\\b(?:we\\s+(?:will|shall)\\s+${ADVERBS}(?:${GIVING})\\s+(?:[\\p{L}-]+\\s+){0,6}?to\\s+${PERSON}|to\\s+${PERSON}\\s+(?:will|shall)\\s+we\\s+${ADVERBS}(?:${GIVING})\\b)`, "iu");
const DECREE = /\bwe\s+(?:\p{L}+ly\s+)?(?:decree|ordain|enjoin|command|order)\s*,?\s+that\b/iu;
export const promiseOrDecree = (text: string): boolean => PROMISE.test(text) || DECREE.test(text);


/** "we have seen", "we had been": a perfect with "we" as its subject reports the author's or the story's past. */
function perfectWithWe(ts: Token[]): boolean {
  return ts.some((t, k) => {
    if (t.lower !== "we" || !/^(?:have|had|'ve)$/.test(ts[k + 1]?.lower ?? "")) return false;
    const v = ts.slice(k + 2, k + 4).find((u) => u.pos !== "ADV" && u.lower !== "not");
    return !!v && (v.pos === "VERB" || v.pos === "AUX") && v.lower !== v.lemma && !/s$/.test(v.lower);
  });
}

/**
 * True when every speaker word `text` shows is a "we / us / our / ourselves" of people in general:
 * the sentence is not past tense, has no perfect with "we", is not the author's plan of the text,
 * and each "our" is followed by something every person has ("our experience", not "our island").
 * `speakerless`: the text with its "we" words removed has no other speaker or reader word.
 */
export function genericWe(text: string, s: Pick<AnalysedSentence, "tokens">, speakerless: (t: string) => boolean): boolean {
  if (!speakerless(text.replace(WE, ""))) return false;
  if (BLANK_PIECE.on && promiseOrDecree(text)) return false;
  const tense = tenseOf(firstFiniteVerb(s.tokens));
  if (tense !== "present" && tense !== "modal") return false;
  if (perfectWithWe(s.tokens) || DISCOURSE.test(text)) return false;
  for (const m of text.matchAll(/\bour\s+/gi)) if (!FACULTY.test(text.slice(m.index + m[0].length))) return false;
  return true;
}
