// Definitions that are not copular: the apposition "X-ray crystallography, a method in which ...",
// composition "The double helix consists of two strands ...", and "the central dogma ..., which
// holds that information passes from DNA to RNA". General across domains: textbooks define terms
// in passing far more often than with "X is a Y".
import type { Draft, Rule } from "../types";
import { wordCount } from "../text";
import { asMidSentence, cleanEntity, IRREGULAR_PAST, PRONOUN } from "./common";

// The term: up to four words before the comma, stopping at a function word or a verb.
const STOP = /^(?:was|were|is|are|be|been|the|a|an|of|in|on|at|by|for|from|with|and|or|to|as|that|which|its|his|her|their|called|named|known|using|on)$/i;
const APPOSITION = /, (an?) ([a-z][\p{L}-]*(?: [a-z][\p{L}-]*){0,3}) (that|which|who|whose|in which|by which|used|made|designed|for|of) ([^;]+?)(?:[.;]|$)/u;
const CONSISTS = /^((?:The |An? )?[\p{L}][\p{L}\d'’ -]{1,50}?) (consists of|is made up of|is composed of|comprises|is made of) ([^;]+?)(?:[.;]|$)/u;
const HOLDS = /(?:^|, |\b(?:stated|proposed|formulated|put forward) )(?:the |an? )?((?:[\p{L}-]+ ){0,4}(?:theory|hypothesis|law|dogma|principle|rule|doctrine|model|paradox|effect|thesis)(?: of [a-z][\p{L} -]{2,40}?)?), which (holds|states|says|predicts|asserts|claims|held|stated|said|predicted|asserted|claimed) that ([^;]+?)(?:[.;]|$)/u;

// A plural term glossed by a plural noun without an article: "25 Cepheids, stars that brighten and dim
// ...", "the globular clusters, dense balls of old stars that swarm ...".
const PLURAL_APPOSITION = /, ((?:(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|many|several|some|all|both|most|few|these|those|their|its|his|her)\b)[a-z][\p{L}-]* ){0,3}(?:[a-z][\p{L}-]*[^siu\W]s|men|women|people|children)) (that|which|who|whose|of|in which|with) ([^;]+?)(?:[.;]|$)/u;

// A term with its alias, then the gloss: "lay brothers, or conversi, men who took simple vows ...".
const ALIAS_APPOSITION = /\b((?:[a-z][\p{L}-]* )?[a-z][\p{L}-]*), or ([\p{L}-]+), ((?:(?:an?|the) |(?:[a-z]+ )?(?=(?:men|women|people|children|[a-z]+s) (?:who|that|which|of)\b))[^,;]{8,160}?)(?=[,;.]|$)/u;

// "Harry Dexter White, a senior official of the Treasury": a role noun asks "Who", not "What".
// Suffixes cover most roles in any field (economist, chemist, physician, director, banker).
const PERSON = /^(?:[a-z]+(?:ist|ian|er|or)|abbot|abbess|prior|prioress|dean|canon|sacrist|archbishop|cardinal|vicar|rector|sheriff|baron|earl|knight|squire|chief|tsar|shah|sultan|khan|caliph|pharaoh|[a-z]*(?:man|woman)|official|chemist|leader|member|head|king|queen|prince|princess|emperor|empress|duke|duchess|lord|lady|count|countess|bishop|pope|saint|general|colonel|captain|officer|soldier|judge|poet|pupil|student|friend|son|daughter|wife|husband|brother|sister|mother|father|uncle|aunt|nephew|niece|cousin|secretary|deputy|commissar|minister|professor|diplomat|diplomatist|merchant|scholar|philosopher|scientist|artist|architect|engineer|lawyer|physician|surgeon|priest|monk|friar|nun|heir|widow|patron|pioneer|founder|inventor|explorer|ambassador|envoy|consul|governor|president|chancellor|mayor|clerk|agent|partner|rival|ally|disciple|apprentice|assistant|colleague|successor|predecessor|favourite|favorite)s?$/;

// A short apposition after a full name, closed by a comma and followed by the verb: "Ferdinand de
// Lesseps, a French diplomatist, had served ...", "Robert Stephenson, the most eminent English
// engineer of the day, pronounced ...". The name must be two capitalised words or more.
const NAMED = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:de|van|von|der|du|la|le|of)\\s+)?\\p{Lu}[\\p{L}'’.-]*)+";
const SHORT_APPOSITION = new RegExp(`(?:^|[,;:] |\\b(?:and|but|by|of|to|with|for) )(${NAMED}), ((?:an?|the) (?:[\\p{L}'’-]+ ){0,10}?[\\p{L}'’-]+), (?:who |which )?(had|has|was|were|is|are|did|does|would|could|[a-z]+ed|[a-z]+s|${IRREGULAR_PAST})\\b`, "u");

const ROLE_APPOSITION = new RegExp(`(?:^|[,;:] |\\b(?:and|but|by|of|to|with|for|was|is|were|are) )(${NAMED}), ((?:[a-z]+ ){0,2}?[a-z]+) ((?:of|from|at|in|to) [^,;.]{2,60}?)(?=[,;]|\\.?$)`, "u");
const LEAD_APPOSITION = /^(\p{Lu}\p{Ll}[\p{Ll}-]+), ((?:the|an?) [^,;]{10,160}?), (?:[a-z]+ly )?(?:[a-z]+s|[a-z]+ed|is|are|was|were|has|had|can|could|may|might|will|would)\b/u;

function clip(s: string, words: number): string | null {
  const w = s.trim().split(/\s+/);
  return w.length <= words ? s.trim() : null;
}

function termBefore(s: string, at: number): string | null {
  const words = s.slice(0, at).split(/\s+/);
  const term: string[] = [];
  // Walk back over the noun phrase; a past-tense verb ("carried") or a function word ends it.
  while (words.length && term.length < 4 && !STOP.test(words[words.length - 1]) && !/^[a-z]+ed$/.test(words[words.length - 1])) term.unshift(words.pop()!);
  // "In April Frunze, a staunch supporter": a leading month or preposition is not part of the name.
  // "a phonological loop that holds speech sounds, a ...": after a relative pronoun the words are a verb phrase.
  if (/^(?:that|which|who)$/i.test(words.at(-1) ?? "")) return null;
  const t = cleanEntity(term.join(" ").replace(/^[("“]|[)"”]$/g, ""));
  // "a Report on the EDVAC, a document ...": the apposition describes the whole title, not its tail.
  const before = words.slice(-3).join(" ");
  if (/^\p{Lu}/u.test(t) && /\b\p{Lu}[\p{L}-]* (?:of|on|for)(?: the| an?)?$/u.test(before)) return null;
  // Not a quantity ("twenty-two chronometers, an unusual number") nor a pronoun.
  if (t.length <= 2 || PRONOUN.test(t) || /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|several|many|few)\b/i.test(t)) return null;
  // Keep the article that introduced a common noun: "a Williams tube", "the first integrated circuit".
  const article = words.at(-1)?.match(/^(?:the|an?)$/i)?.[0].toLowerCase();
  // A lone lower-case word with no article is more likely a verb ("to create, an impression") than a term.
  // Nor is "as a whole, an estimate ...": a single lower-case word is a term only when capitalised or long.
  if (!t.includes(" ") && !/^\p{Lu}/u.test(t) && (!article || t.length < 6)) return null;
  // "his nephew Ismail, a prince ...": without an article, the name is the term, not the kinship noun.
  const tail = !article && /^\p{Ll}/u.test(t) ? t.match(/(?:^|\s)(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)$/u)?.[1] : undefined;
  if (tail) return tail;
  return article ? `${article} ${t}` : t;
}

export const appositionRule: Rule = (ctx) => {
  const s = ctx.sentence.text;
  const out: Draft[] = [];
  const a = s.match(APPOSITION);
  const term = a ? termBefore(s, a.index!) : null;
  // The apposition ends at the next comma: "Beagle, a ten-gun brig of the Royal Navy, sailed ...".
  const gloss = a ? clip(`${a[1]} ${a[2]} ${a[3]} ${a[4].split(/[,;]/)[0]}`, 30) : null;
  // "made of a sugar, a phosphate group and a base" is a list, not an apposition.
  const list = a && (/ (?:and|or) /.test(a[2]) || /\b(?:of|with|and|or|including)\s+(?:the |an? )?\S+$/i.test(s.slice(0, a.index!)));
  if (a && term && gloss && !list && wordCount(gloss) >= 5) {
    const who = PERSON.test(a[2].split(" ").slice(-1)[0]) && /^\p{Lu}/u.test(term);
    // A person in a narrative in the past "was" what the apposition says; a method or a thing "is".
    const tense = who && /\b(?:was|were|had)\b/.test(s) ? "was" : "is";
    // "The captain, a grave man who ...": a bare "the <noun>" points back into the narrative.
    // "The Bauhaus, a school ..." is a name, not a bare common noun.
    const anaphoric = /^[Tt]he [a-z]+$/.test(term);
    out.push({ kind: "qa", front: `${who ? "Who" : "What"} ${tense} ${asMidSentence(term, ctx.chapter)}?`, back: gloss, answer: gloss, rule: "apposition", base: 0.86, flags: anaphoric ? ["needs-context"] : [] });
  }
  const alias = out.length ? null : s.match(ALIAS_APPOSITION);
  if (alias && !/^(?:the|a|an|and|or|of|in|to)$/.test(alias[1].split(" ")[0]) && wordCount(alias[3]) >= 4) {
    const plural = /(?:[^s]s|men|people|children)$/.test(alias[1]);
    const past = /\b(?:was|were|had|did)\b|\b[a-z]+ed\b/.test(s);
    out.push({ kind: "qa", front: `What ${plural ? (past ? "were" : "are") : past ? "was" : "is"} ${alias[1]} (${alias[2]})?`, back: alias[3], answer: alias[3], rule: "apposition", base: 0.86 });
  }
  const pl = out.length ? null : s.match(PLURAL_APPOSITION);
  // The term: the plural noun phrase before the comma, without a count ("25 Cepheids") or its article.
  const plTerm = pl ? termBefore(s.replace(/\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+(?=\S+,)/g, (m) => " ".repeat(m.length)), pl.index!)?.replace(/^(?:the|an?) /i, "") : null;
  const plGloss = pl ? clip(`${pl[1]} ${pl[2]} ${pl[3].split(/[,;]/)[0]}`, 30) : null;
  const plList = pl && /\b(?:of|with|and|or|including)\s+(?:the |an? )?\S+$/i.test(s.slice(0, pl.index!));
  // Neither side may be a verb phrase ("..., gave pairs of ...", "Thermus aquaticus, replaced enzymes that ...").
  // Nor a participle or a preposition ("..., according to the engineers, ...").
  const opener = pl && /^(?:[a-z]+ing|to|in|of|for|from|with|by|at|on|as|than|like|unlike|who|whom|whose|which|that|was|were|is|are|had|has|have|and|or|but)\b/.test(pl[1]);
  const verbal = pl && new RegExp(`(?:^|\\s)(?:[a-z]+ed|${IRREGULAR_PAST})\\s`).test(`${pl[1]} `);
  // "tax rolls, manorial accounts, registers of ..." is a list, and a dash opens an aside.
  if (pl && plTerm && plGloss && !plList && !verbal && !opener && !/[,;]/.test(plTerm) && !/[—–]/.test(plGloss) && /[^su]s$/.test(plTerm) && !/\s(?:and|or)\s/.test(plTerm) && wordCount(plGloss) >= 5) {
    out.push({ kind: "qa", front: `What are ${asMidSentence(plTerm, ctx.chapter)}?`, back: plGloss, answer: plGloss, rule: "apposition", base: 0.84 });
  }
  // "Walter Espec, lord of Helmsley,", "Marmaduke Huby, abbot from 1495 to 1526.": a role without an article.
  const role = out.length ? null : s.match(ROLE_APPOSITION);
  if (role && PERSON.test(role[2]) && wordCount(role[0]) <= 16 && !/^(?:The|A|An|In|On|At|By|For|From|With|After|Before|When|While|Then)\s/.test(role[1])) {
    const gloss = `${role[2]} ${role[3]}`.trim();
    const past = /\b(?:was|were|had)\b|\b[a-z]+ed\b/.test(s) || /\b1[0-8]\d\d\b/.test(s);
    out.push({ kind: "qa", front: `Who ${past ? "was" : "is"} ${role[1]}?`, back: gloss, answer: gloss, rule: "apposition", base: 0.84 });
  }
  // "Parallax, the small annual shift in a star's apparent position ..., works only ...": a term at the
  // start of the sentence glossed by a description, then the verb.
  const lead = out.length ? null : s.match(LEAD_APPOSITION);
  // Not a sentence adverb ("Thirdly, the length of the gorge, ...").
  if (lead && !PRONOUN.test(lead[1]) && !/ly$/.test(lead[1]) && !/^(?:First|Second|Third|Finally|However|Moreover|Indeed|Instead|Meanwhile|Again|Besides|Nevertheless|Thus|Hence|Therefore|Otherwise|Likewise|Similarly)$/.test(lead[1]) && !/^(?:The|A|An|In|On|At|By|For|From|With|After|Before|When|While|Then|Here|There|Yet|But|And|So|Still|Now|Later|Today)$/.test(lead[1]) && wordCount(lead[2]) >= 5 && !/\b(?:is|are|was|were|has|had)\b/.test(lead[2].replace(/\b(?:who|whom|whose|which|that|as|when|where)\b.*$/, ""))) {
    out.push({ kind: "qa", front: `What is ${asMidSentence(lead[1], ctx.chapter)}?`, back: lead[2], answer: lead[2], rule: "apposition", base: 0.84 });
  }
  const short = out.length ? null : s.match(SHORT_APPOSITION);
  // Not a place or a date in a list ("Paris, the capital, and Lyon"), nor a gloss with a verb of its own.
  // "The French Revolution, the great upheaval of the age, began ...": a leading "The" belongs to the name.
  const shortName = short?.[1].replace(/^The (?=\p{Lu}[\p{L}'’.-]*\s+\p{Lu})/u, "the ");
  // "Henry Murdac, a Yorkshireman who had been a pupil of St Bernard, succeeded ...": a verb inside a
  // relative clause of the apposition is its own; any other verb means the gloss is a clause.
  if (short && shortName && !/\b(?:and|or|is|are|was|were|has|had)\b/.test(short[2].replace(/\b(?:who|whom|whose|which|that)\b.*$/, "")) && wordCount(short[2]) >= 2 && !/^(?:The|A|An|In|On|At|By|For|From|With|After|Before|When|While|Then)\s/.test(shortName)) {
    // The head noun comes before any modifier: "an American painter who lived in Paris" -> "painter".
    const head = short[2].split(/ (?:of|at|in|to|for|from|on|with|who|whom|whose|which|that)\b/)[0].split(" ").at(-1)!;
    const person = PERSON.test(head.toLowerCase()) && !shortName.startsWith("the ");
    const past = !/^(?:has|is|are|does|[a-z]+s)$/.test(short[3]) || /^(?:was|sent|spent|lent|cut|put|set|hit|read)$/.test(short[3]);
    out.push({
      kind: "qa", front: `${person ? "Who" : "What"} ${past ? "was" : "is"} ${shortName}?`, back: short[2], answer: short[2], rule: "apposition", base: person ? 0.86 : 0.8,
    });
  }
  const c = s.match(CONSISTS);
  // "several subunits, and binding at one subunit changes the shape of the others": the parts end
  // where a new clause (with its own verb) begins.
  const parts = c ? clip(c[3].split(/,\s+(?:and|but|while|whereas|so)\s+(?=(?:[\p{L}'’-]+\s+){0,5}?(?:(?:is|are|was|were|has|have|had|can|may|will|would|could)\b|[a-z]+s\s+(?:the|a|an|its|their|them|it|to|on|off|into)\b))/u)[0], 25) : null;
  if (c && parts && !PRONOUN.test(c[1]) && wordCount(c[1]) <= 6) {
    const subject = asMidSentence(c[1], ctx.chapter);
    out.push({ kind: "qa", front: `What does ${subject} consist of?`, back: parts, answer: parts, rule: "composition", base: 0.88 });
  }
  const h = s.match(HOLDS);
  const claim = h ? clip(h[3], 25) : null;
  if (h && claim) {
    const tense = /s$/.test(h[2]) ? "does" : "did";
    out.push({ kind: "qa", front: `What ${tense} the ${h[1]} hold?`, back: `That ${claim}`, answer: claim, rule: "doctrine", base: 0.86 });
  }
  return out;
};
