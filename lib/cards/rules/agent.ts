// Who did what: passive "X was invented/tested/... by Y", participial "X, introduced by Y in 1889,",
// and dated active sentences "In 1958 Jack Kilby built the first integrated circuit" or
// "In 1962 Watson, Crick and Wilkins were awarded the Nobel Prize". Lists of names are kept whole:
// "Franklin and Gosling", not just "Gosling".
import type { Draft, Rule, RuleContext } from "../types";
import { wordCount } from "../text";
import { chapterIndex } from "../chapter-index";
import { asMidSentence, atDate, cleanEntity, IRREGULAR_PAST, NAMES, PARTICIPLE, PRONOUN, resolveDefinite, sentenceDate } from "./common";

const DATE_WORD = /\d{4}|January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter/;
const SUBJECT = "(?:The |An? )?[\\p{L}][\\p{L}\\d'’ -]{1,60}?";
// An opening phrase ("In that year the abbey of X was founded by Y") is not part of the subject.
const PASSIVE = new RegExp(`^(?:(?:In|On|At|By|During|After|Before|Later) [^,]{2,30}?,? (?=(?:[Tt]he|An?) |\\p{Lu}))?(${SUBJECT})(?: \\([^)]*\\))?(?:,[^,;]{0,80},)? (?:was|were|had been) (?:first |later |also )?(${PARTICIPLE})((?: (?:in|at|on|during)(?! by)[^,;]*?)?) by (${NAMES})`, "u");
const APPOSED = new RegExp(`(?:^|, )((?:[Tt]he |An? )?[\\p{L}][\\p{L}\\d'’ -]{1,50}?), (?:later |also |originally )?((?:first )?${PARTICIPLE}) ((?:(?:at|in|on) [^,;]*? )?)by (${NAMES})`, "u");
const ACTIVE = new RegExp(`^(?:When (?:in|on) |In |On |By |During )([^,]{3,40}?(?:, \\d{4})?),? (?:the [a-z-]+ (?:[a-z-]+ )?)?(${NAMES})(?:,[^,;]{0,80},)? (?:also |later |then |first |independently )?((?:[a-z]+ed|${IRREGULAR_PAST}|shared|were [a-z]+ed|was [a-z]+ed) (?:[^,;]|,(?=\\d{3}))(?:[^,;]|,(?=\\d{3})){3,119}?)(?=[,;.](?!\\d)|$)`, "u");

// A bare "The Beagle anchored" is a thing, not a person: only full names (two words or more) count.
// Undated "[The German biochemist] Albrecht Kossel identified the four bases." -> "Who identified ...?"
// A relative clause or an apposition may stand between the name and its verb: "Lord Palmerston,
// who was then Prime Minister, regarded the scheme as ...".
const PLAIN = new RegExp(`^(?:The (?:(?!of )[\\p{L}-]+ ){1,3}?)?(${NAMES})(?:, (?:who|whose|an?|the|then|now|later|still)\\b[^,;]{3,100},)? (?:also |later |first |then )?((?:[a-z]+ed|${IRREGULAR_PAST}) (?!(?:when|where|if|because|as|while|after|before|since|until|though|although|whether)\\b)(?:the |an? |[a-z]+ |(?=\\p{Lu}))(?:[^,;:]|,(?=\\d{3})){4,90}?)(?=[,;.](?!\\d)|$)`, "u");
// A dated "when" clause: "Reading genes was slow until 1977, when Frederick Sanger at the Laboratory of
// Molecular Biology published the chain-termination method" -> "Who published ... in 1977?".
const WHEN_CLAUSE = new RegExp(`\\b(?:in|until|by|of|on) ([^,;]{3,30}?), when (${NAMES})(?: (?:at|of|from) [^,;]{3,60}?)? (?:also |first |then )?((?:[a-z]+ed|${IRREGULAR_PAST}) (?:the |an? |[a-z]+ |(?=\\p{Lu}))(?:[^,;:]|,(?=\\d{3})){4,90}?)(?=[,;.:](?!\\d)|$)`, "u");
// A demonstrative right after the verb points back ("measured this radiation"); a later "that" is a
// relative pronoun ("found a faint hiss that came ...").
const OBJECT_PRONOUN = /\b(?:it|its|his|her|their|them|him|there|here)\b|^\S+(?: (?:the|a|an))? (?:this|these|those|that)\b|\b(?:of|in|on|to|with|by|for|from|at) (?:this|these|those|that)\b/;

// Shell nouns: general English nouns whose content is given elsewhere in the text, in any field.
export const SHELL = /^(?:question|matter|problem|issue|idea|fact|case|point|task|plan|decision|result|change|move|step|situation|affair|dispute|debate|purchase|sale|deal|proposal|scheme|project|attempt|effort|event|incident|episode|encounter|meeting|arrangement|agreement|argument|view|claim|thing|business|process|difficulty)$/;

const agentOf = (s: string) => s.trim().replace(/[.,;:]+$/, "");

/**
 * "The question was settled by X", "Who used the ball?": a bare "the <noun>" points back to something
 * described before. "drop" when the noun was used earlier in the chapter, "flag" when it is new here.
 */
export function pointsBack(ctx: RuleContext, thing: string): "drop" | "flag" | null {
  const m = thing.trim().match(/^[Tt]he (?:([a-z]+) )?([a-z]+)$/);
  if (!m) return null;
  // A shell noun ("the question", "the matter", "the purchase") only ever stands for something told before.
  if (SHELL.test(m[2])) return "drop";
  // A describing word makes a thing specific ("the endosymbiotic theory"), unless it only orders or
  // compares ("the new yardstick", "the same method").
  if (m[1] && !/^(?:new|same|old|first|second|third|last|whole|other|latter|former|above|following|previous|great|little|small|large|main|final|original|next|earlier|later|present)$/.test(m[1])) return null;
  return chapterIndex(ctx.chapter).firstUse(m[2]) < ctx.sentence.id ? "drop" : "flag";
}

export const agentRule: Rule = (ctx) => {
  const s = ctx.sentence.text;
  const out: Draft[] = [];
  const p = s.match(PASSIVE);
  // "damaged by Whitehouse's high voltages": the agent is the voltages, not Whitehouse.
  const possessive = (m: RegExpMatchArray | null) => !!m && (/['’]s$/.test(m[4].trim()) || /^['’]s\b/.test(s.slice(m.index! + m[0].length)));
  const pThing = p ? resolveDefinite(ctx, p[1].trim()) : "";
  const pBack = p ? pointsBack(ctx, pThing) : null;
  if (p && !possessive(p) && !PRONOUN.test(p[1]) && wordCount(p[1]) <= 10 && pBack !== "drop") {
    const when = sentenceDate(ctx);
    const agent = agentOf(p[4]);
    out.push({
      kind: "qa", front: `Who ${p[2]} ${asMidSentence(pThing, ctx.chapter)}${when ? ", and when" : ""}?`, back: `${agent}${when ? `, ${when.text}` : ""}`,
      answer: agent, rule: "agent", base: 0.9, flags: [...(when?.inferred ? ["inferred-date"] : []), ...(pBack ? ["needs-context"] : [])],
    });
  }
  const q = p ? null : s.match(APPOSED);
  // "a party of French, English and Austrian surveyors, led by ...": a coordinated phrase after a
  // comma is the tail of a list, not the whole subject.
  const listTail = q && q[0].startsWith(", ") && / and /.test(q[1]);
  const qBack = q ? pointsBack(ctx, q[1]) : null;
  if (q && !listTail && !possessive(q) && !PRONOUN.test(q[1]) && qBack !== "drop") {
    const agent = agentOf(q[4]);
    // The date goes with the participle: up to the comma that closes it ("launched by NASA in November 1989,").
    const close = s.indexOf(",", q.index! + q[0].length);
    const dated = sentenceDate(ctx, s.slice(q.index!, close < 0 ? s.length : close));
    // "A further reissue in 1225, made by Henry III": the date is already in the question.
    const when = dated && !q[1].includes(dated.text) ? dated : null;
    out.push({
      kind: "qa", front: `Who ${q[2]} ${asMidSentence(q[1], ctx.chapter)}${when ? ", and when" : ""}?`, back: `${agent}${when ? `, ${when.text}` : ""}`,
      answer: agent, rule: "agent", base: 0.88, flags: [...(when?.inferred ? ["inferred-date"] : []), ...(qBack ? ["needs-context"] : [])],
    });
  }
  const a = p ? null : s.match(ACTIVE);
  const plain = p || q || a ? null : s.match(PLAIN);
  // "The merchants of the Low Countries", "The amended Articles of Agreement": not a person's name.
  // A single word is a name only if the chapter also capitalises it mid-sentence ("Caravaggio painted
  // ..."); the answer is then the fuller name used earlier ("Michelangelo Merisi da Caravaggio").
  const index = chapterIndex(ctx.chapter);
  const single = plain && !/\s/.test(plain[1].trim()) && s.startsWith(plain[1]) && index.isNameWord(plain[1].trim()) && !/^(?:The|A|An)$/.test(plain[1].trim());
  if (plain && !/ of /.test(plain[1]) && !PRONOUN.test(plain[1]) && !OBJECT_PRONOUN.test(plain[2]) && wordCount(plain[2]) <= 14 && (single || /\s/.test(plain[1].trim())) && !/^The\b/.test(plain[1])) {
    // "Cholera reached Britain ...": a word the chapter mostly writes in lower case is a thing, asked with
    // "What", and answered as it is (not with a title that ends in it, "On the Spread of Cholera").
    const word = plain[1].trim();
    const common = single && index.frequency(word) - index.mentions(word) >= Math.max(2, index.mentions(word));
    const earlier = single && !common ? index.nameBeforeAt(ctx.sentence.id, plain[1].trim()) : null;
    const fuller = earlier && earlier.name.endsWith(` ${plain[1].trim()}`) ? earlier : null;
    const who = fuller ? fuller.name : cleanEntity(plain[1]);
    out.push({ kind: "qa", front: `${common ? "What" : "Who"} ${plain[2].trim()}?`, back: who, answer: plain[1].trim(), rule: "who-did-what", base: 0.8, extraSentences: fuller ? [fuller.sentence] : undefined });
  }
  const w = p || q || a || plain ? null : s.match(WHEN_CLAUSE);
  const wDate = w && DATE_WORD.test(w[1]) ? sentenceDate(ctx, w[1]) : null;
  if (w && wDate && !PRONOUN.test(w[2]) && !OBJECT_PRONOUN.test(w[3]) && wordCount(w[3]) <= 16 && /\s/.test(w[2].trim())) {
    const who = cleanEntity(w[2]);
    out.push({ kind: "qa", front: `Who ${w[3].trim()} ${atDate(wDate.text)}?`, back: who, answer: who, rule: "who-did-what", base: 0.84, flags: wDate.inferred ? ["inferred-date"] : [] });
  }
  // The opening phrase holds the date and perhaps a description ("In 1953 the American chemist"), never
  // a subject of its own: in "In 1898 she and her husband Pierre discovered ..." Pierre is not the agent.
  if (!a || !DATE_WORD.test(a[1]) || /\b(?:she|he|they|we|I|and|her|his|their|its)\b/.test(a[1])) return out;
  const when = sentenceDate(ctx, s.slice(0, a[1].length + 4)) ?? sentenceDate(ctx);
  // "Hubble put ..." after "Edwin Hubble" earlier: answered with the fuller name, citing its sentence.
  const short = cleanEntity(a[2]);
  const earlierA = !/\s/.test(short) ? index.nameBeforeAt(ctx.sentence.id, short) : null;
  const fullerA = earlierA && earlierA.name.endsWith(` ${short}`) && !/\b(?:of|the)\b/.test(earlierA.name) ? earlierA : null;
  const who = fullerA ? fullerA.name : short;
  // "in the first minutes of a hot, dense universe": a deed never ends inside a noun phrase.
  const afterDeed = s.slice(s.indexOf(a[3]) + a[3].length);
  if (/\b(?:a|an|the|of)(?: [a-z-]+)?$/.test(a[3]) && /^, (?!(?:and|but|or|which|who|whom|where|when|while|as|so|although|though|because|if)\b)\p{Ll}/u.test(afterDeed)) return out;
  // "were awarded the prize" -> "Who was awarded the prize": the question does not know the number.
  const deed = a[3].replace(/\s+(?:in|on|at)\s*$/, "").replace(/^were /, "was ").trim();
  // "completed his Symphony No. 3": a deed cut at the dot of an abbreviation is half a title.
  if (/\b(?:No|Op|Nos|Vol|St|Dr|Mr|Mrs|Mt)$/.test(deed) && /^\.\s*\d/.test(s.slice(s.indexOf(a[3]) + a[3].length))) return out;
  if (who && !PRONOUN.test(who) && when && wordCount(deed) <= 18) {
    // "In 1466 the Act of Retention allowed ...", "the Great Eastern sailed ...": a name after "the" is an
    // institution, a law or a ship ("What ...?", "the Fund"); a people stays "Who" ("the Danes").
    const definite = new RegExp(`\\bthe ${short.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(s.slice(0, a[1].length + 8 + a[2].length + 8));
    const people = definite && /^\p{Lu}\p{Ll}+s$/u.test(who);
    const answer = definite ? `the ${short}` : who;
    out.push({ kind: "qa", front: `${definite && !people ? "What" : "Who"} ${deed} ${atDate(when.text)}?`, back: answer, answer: who, rule: "who-did-what", base: 0.84, flags: when.inferred ? ["inferred-date"] : [], extraSentences: fullerA ? [fullerA.sentence] : undefined });
  }
  return out;
};
