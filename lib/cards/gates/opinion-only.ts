// An opinion and nothing else: "The new fountain is charming, but a little tedious",
// "The garden porches are attractive", "The old chapel is full of grace". Every clause of the card
// says only that something is [very] <a word of taste> — the author's liking, not a fact. Whatever
// the blank (the thing judged or the judgement), a strict rater has nothing to learn: the blind
// raters of session 18 rejected every such card. Judged per clause (split at ";", ":" and ", but /
// yet / and / while"): a clause passes as opinion when, after its linking verb (be, seem, appear,
// remain, look, sound, prove, or present / offer / have / show), every content word is a word of taste or one of the few words such
// predicates are built from ("full of grace", "of great interest", "far from tedious").
// A clause with any other verb or content word ("… are attractive because they shade the path",
// "is charming in colour") makes the sentence more than an opinion. So does a subject that carries a
// fact of its own (fixg19): "The bridge that Orlen Vance built across the Tarn in 1820 is beautiful"
// tells who built what and when, and a cloze on "1820" is a fair card. A verb, a number, a relative
// pronoun or a name standing alone in the subject makes the clause more than a judgement; a short
// subject of determiners, adjectives, nouns and names after an article ("The old stone bridge",
// "the Masque") leaves it a bare judgement.
import { HAS_LETTER } from "@/lib/cards/letters";
import type { AnalysedSentence, Token } from "../analyse";

// Words of taste: adjectives (and their nouns) that grade a thing's appeal, not what it is.
// Deliberately not "important", "great", "large", "new": those often carry the fact.
// (fixg19: general English evaluatives only. Dropped as one book's vocabulary, or as a word that
// often states a fact: "melodious", "tuneful", "plaintive" (of music only) and "striking" (also the
// verb: "the masons are striking").)
const TASTE = new Set(("lively attractive charming delightful beautiful graceful quaint expressive pleasing interesting commonplace " +
  "wonderful admirable excellent splendid pretty elegant masterly tedious insipid agreeable lovely exquisite superb " +
  "dainty piquant felicitous tasteless uninteresting unattractive monotonous " +
  "charm beauty grace interest elegance freshness effect merit").split(" "));
// "effect" and "interest" grade a thing only in "of [great] effect / interest": "still in effect", "lent
// at interest", "the effect of the frost" state facts (fixg19).
const TASTE_AFTER_OF = new Set(["effect", "interest"]);
// (Not "fine", "fresh", "bright", "dull", "tender", "effective", "pleasant": of sand, water, light, a
// metal, meat, a remedy or a climate they state a fact. "fine" is kept as a grading word: "of fine effect".)
// Words the predicate of an opinion is built from: grading, comparison and the stock frames
// ("a fine piece of work", "some points of merit", "far removed from the commonplace").
// (fixg19: "production" dropped, one book's word for a performance.)
const FRAME = new Set(("full fine far removed remote highest high great greatest much little no special particular " +
  "considerable rare singular most more very quite rather many some certain point thing one piece work").split(" "));
// What a bare subject is made of: "The old stone bridge", "Its second porch, with its low arch", "It".
// A name counts only after an article ("the Masque", "the east Gallery"): the thing judged, written
// with a capital; a name standing alone ("Vance's bridge", "Orlen Vance built") says who did or owns
// something. (On the training books the opinions the raters rejected name their subject so.)
const BARE_SUBJECT = /^(?:DET|ADJ|NOUN|PRON|ADV|CCONJ|ADP|PUNCT)$/;
const RELATIVE = /^(?:who|whom|whose|which|that|where|when)$/;
const ARTICLE = /^(?:the|a|an)$/;
const POSSESSIVE_OR_ARTICLE = /^(?:the|a|an|its|his|her|their|our|my|your)$/;
const SUBJECT_MAX = 10; // words, not counting punctuation

// Whether the subject (the clause's tokens before its linking verb) states nothing of its own.
function bareSubject(subject: Token[]): boolean {
  if (subject.filter((t) => t.pos !== "PUNCT").length > SUBJECT_MAX) return false;
  for (const [i, t] of subject.entries()) {
    if (RELATIVE.test(t.lower) && t.pos !== "DET") return false;
    if (t.pos === "PROPN") {
      let j = i - 1;
      // (Back over adjectives, names, nouns and a "-like" compound: "the Gothic-like Gallery".)
      while (j >= 0 && (/^(?:ADJ|PROPN|NOUN)$/.test(subject[j].pos) || /^[-‐]$/.test(subject[j].text) || (subject[j].lower === "like" && /^[-‐]$/.test(subject[j - 1]?.text ?? "")))) j--;
      if (j < 0 || !ARTICLE.test(subject[j].lower)) return false;
      continue;
    }
    // A "verb" between a determiner and a noun is an adjective the tagger misread ("its elaborate middle scene").
    if (t.pos === "VERB" && /^(?:DET|PRON)$/.test(subject[i - 1]?.pos ?? "") && POSSESSIVE_OR_ARTICLE.test(subject[i - 1].lower) && /^(?:NOUN|ADJ)$/.test(subject[i + 1]?.pos ?? "")) continue;
    if (!BARE_SUBJECT.test(t.pos)) return false;
  }
  return true;
}
// Linking verbs, and the verbs that give a thing a quality ("offers some points of merit", "has great charm").
const LINKING = /^(?:be|seem|appear|remain|look|sound|prove|present|offer|possess|have|show)$/;
const CONTENT = /^(?:NOUN|PROPN|VERB|ADJ|NUM|X)$/;
const JOINER = /^(?:but|yet|and|while|whilst|whereas)$/;

function clauses(ts: Token[]): Token[][] {
  const out: Token[][] = [[]];
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    if (/^[;:]$/.test(t.text)) { out.push([]); continue; }
    if (t.text === "," && JOINER.test(ts[i + 1]?.lower ?? "")) { out.push([]); i++; continue; }
    out.at(-1)!.push(t);
  }
  return out.filter((c) => c.some((t) => HAS_LETTER.test(t.text)));
}

// Whether predicate[k] follows "of" with only determiners, adjectives or grading words between
// ("of great interest", "of the highest interest").
function afterOf(predicate: Token[], k: number): boolean {
  let i = k - 1;
  while (i >= 0 && (/^(?:ADJ|ADV|DET)$/.test(predicate[i].pos) || FRAME.has(predicate[i].lower))) i--;
  return predicate[i]?.lower === "of";
}

/** Whether the tokens (a sentence or the part of it a card shows) say only that something is to the author's taste. */
export function opinionOnly(ts: Token[]): boolean {
  const parts = clauses(ts.filter((t) => !/^[.!?"“”'‘’()]$/.test(t.text)));
  if (!parts.length) return false;
  let taste = 0;
  for (const [n, part] of parts.entries()) {
    const link = part.findIndex((t) => LINKING.test(t.lemma) && /^(?:AUX|VERB)$/.test(t.pos));
    // A clause with no linking verb is an opinion only as the continuation of the one before
    // ("…, but not far from the commonplace"); the first clause must have its own.
    if (link < 0 && n === 0) return false;
    if (link === 0) return false;
    // A subject with a verb, a number, a name or a relative clause states a fact of its own (fixg19).
    if (link > 0 && !bareSubject(part.slice(0, link))) return false;
    const predicate = part.slice(link + 1);
    if (!predicate.length) return false;
    for (const [k, t] of predicate.entries()) {
      if (!CONTENT.test(t.pos)) continue;
      if (TASTE_AFTER_OF.has(t.lower) ? afterOf(predicate, k) : TASTE.has(t.lower) || TASTE.has(t.lemma)) taste++;
      else if (!FRAME.has(t.lower) && !FRAME.has(t.lemma)) return false;
    }
  }
  return taste > 0;
}

/** The tokens of `s` that the card shows: the shown text's place in the sentence, or the whole sentence. */
export function shownTokens(s: Pick<AnalysedSentence, "text" | "tokens">, shownText: string): Token[] {
  const core = shownText.trim().replace(/[.!?]["”’')]*$/, "");
  const at = core.length > 8 ? s.text.toLowerCase().indexOf(core.toLowerCase()) : -1;
  return at < 0 ? s.tokens : s.tokens.filter((t) => t.start >= at && t.end <= at + core.length);
}
