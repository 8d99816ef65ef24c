// Definitions of terms: "X is/are a Y that ...", "the Z is called X", "a N consisting of ...",
// "The first N was X", "Long form (ABBR)", and what a defined term did ("This N replaced the P").
import type { Draft, Rule } from "../types";
import { wordCount } from "../text";
import { ENT, lowerFirst } from "./common";
import { chapterIndex } from "../chapter-index";

const VAGUE = /^(if|when|while|although|though|because|since|as|unless|whether|once|where|whereas|it|this|that|these|those|he|she|they|there|here|which|what|one|the idea|the other|such|its|his|her|their|among|in|on|at|by|for|from|with|of|during|after|before|then|now|also|so|thus|but|and|yet|still|however|indeed|moreover|meanwhile|nevertheless|not|no|every|each|all|some|many|most|few|only)\b/i;
// Inside a subject, a complementiser or relative word means a clause ("The court held that the
// advertisement was ..."), and a possessive means anaphora ("its first years were ...").
const CLAUSE_IN_SUBJECT = /\b(?:that|which|who|whom|whose|when|where|if|because|its|his|her|their|our|my)\b/i;
// "The main exception is ...", "... was the great difficulty of ...": an evaluative description, not a term.
const EVALUATIVE = "(?:great|greatest|chief|main|principal|major|real|true|key|central|primary|sole|biggest|most important|decisive|immediate)";
// The term may be quoted, as law and economics texts introduce it: An "offer" is ...
const COPULAR = /^((?:The |An? )?["“]?[\p{L}][\p{L}'’-]*(?: (?:\([A-Z]{2,8}\)|[\p{L}\d'’-]+)){0,4}["”]?) (is|are|was|were) ((?:a|an|the|one of the|one(?= (?:that|which|whose|in which)\b)) [^;]+?|(?!(?:more|less|[\p{L}]+(?:est|ly))\b|[\p{L}]+er than\b)(?:[\p{L}-]+ ){0,2}[\p{L}-]+s (?:that|which|of|in|with|whose)\b[^;]+?)(?:;|\.$|$)/u;
const CALLED = /(?:^|[,;:] (?:and |but |while )?)((?:[Tt]he|[Aa]n?) [a-z][\p{L} '’-]{3,80}?) (is|are|was|were) (?:now |also |often )?(called|known as|termed|named) (?:the )?([^,;.()]+)/u;
const CONSISTING = /\b(?:a|an) ([a-z]{5,}) (consisting of|composed of|made up of|comprising) ([^;]+?)(?:[.;]|$)/u;
const FIRST = new RegExp(`^(The (?:first|last|only|earliest|largest|oldest|most [a-z]+) [^,;]+?) (was|were|is|are) ((?:the |an? )?${ENT})`, "u");
const ACRONYM = /\b((?:[A-Z][a-z]+|[a-z]+)(?: [a-z]+){1,5}) \(([A-Z]{2,8})\)/u;
const DID = /^(?:This|The) ([a-z]{5,}) (?:\w+ly )?(replaced|superseded|abolished|absorbed|became|formed|controlled|succeeded) ((?:the |an? )?[^,;.]+)/u;
const BASE: Record<string, string> = { replaced: "replace", superseded: "supersede", abolished: "abolish", absorbed: "absorb", became: "become", formed: "form", controlled: "control", succeeded: "succeed" };

// A glossary entry in a list: "Offer: a definite statement of ...", "Km, the Michaelis constant,
// which is ...". The term is short and verbless; the gloss is a noun phrase.
// A dash separates only with spaces around it: "Michaelis–Menten" is one name.
const GLOSSARY = /^([\p{L}][\p{L}\d'’+-]*(?: [\p{L}\d'’+-]+){0,3})(?::| [—–-]) (\S.+?)\.?$/u;
const GLOSSARY_APPOSED = /^([\p{L}][\p{L}\d'’+-]*(?: [\p{L}\d'’+-]+){0,3}), ((?:an?|the) .+?)\.?$/u;
const NOT_A_TERM = /^(?:note|notes|example|examples|source|sources|see|figure|fig|table|summary|warning|tip|answer|question|step|exercise|hint|remember|key terms?)$/i;
const VERBISH = /\b(?:is|are|was|were|be|been|has|have|had|does|do|did|can|could|may|might|must|should|will|would|[a-z]+ed)\b/;

// Definitions by a verb of meaning: "Opportunity cost refers to ...", "Elasticity is defined as ...",
// "The term chiaroscuro describes ...". "describes/means/denotes" define only after "the term/word" or a
// quoted term ("The report describes the flood" defines nothing).
const TERM = `["“]?[\\p{L}][\\p{L}'’-]*(?: [\\p{L}'’-]+){0,3}?["”]?`;
const MEANING = new RegExp(`^((?:The |An? )?${TERM}(?: \\([A-Z]{2,8}\\))?) (refers to|(?:is|are|can be|may be) defined as|(?:is|are) used to (?:describe|refer to)) ([^;]+?)(?:;|\\.$|$)`, "u");
const TERM_MEANS = new RegExp(`^(?:The (?:term|word|concept|phrase|expression|name) (${TERM})|["“]([^"”]{2,40})["”]) (describes|means|denotes|designates|signifies|refers to) ([^;]+?)(?:;|\\.$|$)`, "u");
// "By comparative advantage economists mean ...": what a field means by a term.
const BY_MEAN = /^By ([\p{L}][\p{L}'’ -]{2,50}?),? (?:we|[a-z]+s|[A-Z][a-z]+|most [a-z]+) (?:mean|means|understand|understands|meant) ([^;]+?)(?:;|\.$|$)/u;
// "The turnover number, or kcat, is the number of ...": a term with its alias.
const ALIAS = /^((?:The |An? )?[\p{L}][\p{L}'’-]*(?: [\p{L}'’-]+){0,3}), or ([^,]{1,40}), (is|are|was|were) ((?:a|an|the) [^;]+?)(?:;|\.$|$)/u;
// "Empiricism holds that ...": a doctrine named by an -ism.
const ISM_HOLDS = /^(\p{Lu}\p{Ll}+ism) (holds|maintains|asserts|claims|teaches|argues|states) that ([^;]+?)(?:;|\.$|$)/u;
// "Each unit of the code, called a codon, is a group of three bases": the term is named in passing and
// the sentence's predicate defines it.
const NAMED_IN_PASSING = /^[^,]{3,60}, (?:called|known as|termed|named) (?:(an?|the) )?["“]?([\p{L}][\p{L}'’-]*(?: [\p{L}'’-]+){0,2}?)["”]?, (is|are|was|were) ((?:an?|the|one of the) [^;]+?)(?:;|\.$|$)/u;
const BASE_VERB: Record<string, string> = { holds: "hold", maintains: "maintain", asserts: "assert", claims: "claim", teaches: "teach", argues: "argue", states: "state" };

function termShown(term: string, isName: (w: string) => boolean): string {
  const t = term.replace(/["“”]/g, "").replace(/ \([A-Z]{2,8}\)$/, "").replace(/^(The|An?) /, (a) => a.toLowerCase());
  const first = t.split(" ")[0];
  return /^[A-Z][a-z]/.test(first) && !/^[A-Z][a-z]*[A-Z]/.test(first) && !isName(first) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
}

function glossary(term: string, gloss: string, isName: (w: string) => boolean, counted: (w: string) => boolean): Draft | null {
  // A list fragment ("use the equation to interpret data;") is an objective, not an entry.
  if (/;$/.test(gloss) || NOT_A_TERM.test(term) || VERBISH.test(term) || /^(?:The|A|An|This|These|In|On|For|If|When)\b/.test(term) || wordCount(gloss) < 3 || wordCount(gloss) > 36) return null;
  // The gloss shows whether the term is a count noun ("an offer": "a definite statement ...") or not.
  // Lower-case a common noun ("Offer" -> "offer"), not a symbol or a name used capitalised mid-sentence ("Km", "Vmax").
  const first = term.split(" ")[0];
  const shown = /^[A-Z][a-z]/.test(term) && !/^[A-Z][a-z]*[A-Z]/.test(first) && !isName(first) ? term.charAt(0).toLowerCase() + term.slice(1) : term;
  // ... unless the chapter never says "a/an <term>" ("a doctrine" defines promissory estoppel, a mass noun).
  const count = /^an? /i.test(gloss) && /^[a-z]/.test(shown) && counted(first);
  const plural = /[^su]s$/.test(shown) && !/^(?:an?|the) /i.test(gloss) && /^[a-z]/.test(shown);
  const front = `What ${plural ? "are" : "is"} ${count ? `${/^[aeiou]/i.test(shown) ? "an" : "a"} ` : ""}${shown}?`;
  return { kind: "qa", front, back: gloss, answer: gloss, rule: "glossary", base: 0.9 };
}

function clip(s: string, words = 36): string {
  const w = s.trim().split(/\s+/);
  return w.length <= words ? s.trim() : w.slice(0, words).join(" ").replace(/[,;:]$/, "") + "…";
}

/** "Deoxyribonucleic acid" / "DNA": same first letter, and the abbreviation's letters in order within the long form. */
function matchesAcronym(long: string, abbr: string): boolean {
  const letters = long.toUpperCase().replace(/[^A-Z]/g, "");
  if (letters[0] !== abbr[0]) return false;
  let i = 0;
  for (const ch of letters) if (ch === abbr[i]) i++;
  return i === abbr.length;
}

export const definitionRule: Rule = (ctx) => {
  const s = ctx.sentence.text;
  const out: Draft[] = [];
  if (ctx.chapter.paragraphs[ctx.sentence.paragraph]?.kind === "list") {
    const g = s.match(GLOSSARY) ?? s.match(GLOSSARY_APPOSED);
    const index = chapterIndex(ctx.chapter);
    const entry = g ? glossary(g[1], g[2], (w) => index.isNameWord(w), (w) => index.afterIndefinite(w)) : null;
    if (entry) return [entry];
  }
  // "Messiah (1742) is an oratorio ...": a year in brackets after the term is no part of its shape.
  const cop = s.replace(/^([^()]{2,80}?) \((?:c\. ?)?\d{4}(?:[–-]\d{2,4})?\)(?= (?:is|are|was|were) )/u, "$1").match(COPULAR);
  // "The process is ..." after the process was described is anaphora, not a definition; nor is a
  // superlative ("one of the largest in the world") a genus.
  const anaphor = cop && /^The [a-z]+$/.test(cop[1]) && chapterIndex(ctx.chapter).firstUse(cop[1].slice(4)) < ctx.sentence.id;
  const notGenus = cop && (/^one of the (?:most |least )?[a-z]+ (?:in|of)\b/.test(cop[3]) || /\b(?:best|finest|worst|largest|greatest) example\b/.test(cop[1]));
  // "The most important was ...", "The first were ...": an adjective with its noun left out is not a term.
  const elliptical = cop && /^(?:the )?(?:(?:most|least|more|less) [a-z]+|[a-z]+est|first|second|third|last|former|latter|other|rest)$/i.test(cop[1]);
  const usable = cop && !elliptical && !VAGUE.test(cop[1]) && !CLAUSE_IN_SUBJECT.test(cop[1]) && !/["“”]/.test(cop[1].replace(/^(?:(?:An?|The) )?["“]([^"“”]+)["”]$/, "$1"));
  // "The want of fresh water was the great difficulty of the early years": ask for the subject.
  const evaluated = usable && cop[3].match(new RegExp(`^the ${EVALUATIVE} [^,:;]+?(?=[,:;]|$)`, "u"));
  if (cop && usable && evaluated && wordCount(cop[1]) >= 2 && wordCount(evaluated[0]) >= 3 && wordCount(evaluated[0]) <= 12) {
    const subject = cop[1].replace(/^(?:the|an?) /i, (a) => a.toLowerCase());
    const who = /^\p{Lu}/u.test(subject);
    out.push({ kind: "qa", front: `${who ? "Who" : "What"} ${cop[2]} ${evaluated[0].replace(/\.$/, "")}?`, back: subject, answer: cop[1], rule: "definition", base: 0.86 });
  }
  // A name is also defined by its evaluative description: "The Federal Reserve is the central bank of the
  // United States" asks both ways.
  const named = cop && /^(?:The )?\p{Lu}\p{Ll}+(?: (?:of )?\p{Lu}\p{Ll}+)+$/u.test(cop[1]);
  if (cop && usable && (!evaluated || named) && !anaphor && !notGenus && wordCount(cop[3]) >= 4 && !/^the (same|first|last)\b/.test(cop[3])) {
    const term = lowerFirst(cop[1].replace(/ \([A-Z]{2,8}\)$/, "").replace(/["“”]/g, ""));
    // Lower-case a common noun ("Mitochondria" -> "mitochondria"), not a name ("Moore's law", "ATP").
    const proper = /^[A-Z]{2,}|^[A-Z][a-z]+(?: [A-Z][a-z]|['’]s\b)/.test(term) || chapterIndex(ctx.chapter).isNameWord(term.split(" ")[0]);
    const shown = proper ? term : term.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
    // One definition per card: "the organism's genotype, and the observable character is its phenotype".
    // Split only before a new clause (a verb follows), not inside "the need for X, and the confidence Y".
    // A colon opens an example or an elaboration, not more of the definition.
    // A subordinate clause after ", and" ("a heavy charge, and whenever the customs fell short ...") ends it too.
    // So does a clause with a pronoun, an adverb of place or a name for its subject (", and there the monks
    // might go ...", ", and Fountains had more than twenty ...", ", and he at once became ...").
    const gloss = cop[3].split(/,\s+(?:and|but|while|whereas)\s+(?=(?:the|a|an|its|their|this|it)\b(?:,?\s+[\p{L}'’-]+){0,4},?\s+(?:is|are|was|were|has|have|had|can|could|may|might|must|will|would|should)\b|(?:whenever|when|if|because|although|though|since|unless|wherever|he|she|they|we|I|there|here|so|thus|then)\b|(?:in|on|by|after|during|from) [^,]{1,30}? (?:he|she|they|it) [a-z]+|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+(?:is|are|was|were|has|have|had|[a-z]+ed)\b)/u)[0].split(/:\s/)[0].split(/,\s+(?=(?:first |later )?[a-z]+ed (?:in|on|by|at|during)\b)/)[0];
    // "Gregor Mendel was an Augustinian friar": a person is asked with "Who".
    const who = /^\p{Lu}/u.test(shown) && /^(?:an?|the) (?:[\p{L}-]+ ){0,2}?(?:[a-z]+(?:ist|ian|er|or)|friar|monk|priest|king|queen|official|man|woman|leader|member|general|poet)\b/u.test(gloss);
    // "What is the main exception?" cannot be answered without knowing to what.
    const scopeless = new RegExp(`^the ${EVALUATIVE} [a-z]+$`, "iu").test(shown);
    // What is left after the cuts must still say something: not "a heavy charge" (a short definite
    // description such as "the organism's genotype" does).
    if (wordCount(gloss) >= 4 || /^the\b|['’]s\b/.test(gloss)) out.push({ kind: "qa", front: `${who ? "Who" : "What"} ${cop[2]} ${shown}?`, back: clip(gloss), answer: gloss, rule: "definition", base: 0.9, flags: scopeless ? ["needs-context"] : [] });
  }
  const index = chapterIndex(ctx.chapter);
  const isName = (w: string) => index.isNameWord(w);
  const meaning = s.match(MEANING);
  if (meaning && !VAGUE.test(meaning[1]) && !CLAUSE_IN_SUBJECT.test(meaning[1]) && wordCount(meaning[3]) >= 3) {
    const plural = /^(?:are)\b/.test(meaning[2]);
    out.push({ kind: "qa", front: `What ${plural ? "are" : "is"} ${termShown(meaning[1], isName)}?`, back: clip(meaning[3]), answer: meaning[3], rule: "definition", base: 0.9 });
  }
  const means = meaning ? null : s.match(TERM_MEANS);
  if (means && wordCount(means[4]) >= 3) {
    const term = (means[1] ?? means[2]).replace(/["“”]/g, "");
    const verb = means[3] === "refers to" ? "refer to" : means[3] === "signifies" ? "signify" : means[3].replace(/s$/, "");
    out.push({ kind: "qa", front: `What does the term "${term}" ${verb}?`, back: clip(means[4]), answer: means[4], rule: "definition", base: 0.88 });
  }
  const by = s.match(BY_MEAN);
  if (by && !VAGUE.test(by[1]) && wordCount(by[2]) >= 3 && wordCount(by[1]) <= 5) {
    out.push({ kind: "qa", front: `What is meant by ${termShown(by[1], isName)}?`, back: clip(by[2]), answer: by[2], rule: "definition", base: 0.88 });
  }
  const alias = cop ? null : s.match(ALIAS);
  if (alias && !VAGUE.test(alias[1]) && !CLAUSE_IN_SUBJECT.test(alias[1]) && wordCount(alias[4]) >= 4) {
    out.push({ kind: "qa", front: `What ${alias[3]} ${termShown(alias[1], isName)} (${alias[2]})?`, back: clip(alias[4]), answer: alias[4], rule: "definition", base: 0.9 });
  }
  const passing = cop ? null : s.match(NAMED_IN_PASSING);
  if (passing && !VAGUE.test(passing[2]) && wordCount(passing[4]) >= 3) {
    const gloss = passing[4].split(/,\s+(?:and|but|while|whereas)\s+/)[0];
    const article = passing[1] && /^an?$/.test(passing[1]) ? `${passing[1]} ` : passing[1] === "the" ? "the " : "";
    out.push({ kind: "qa", front: `What ${passing[3]} ${article}${termShown(passing[2], isName)}?`, back: clip(gloss), answer: gloss, rule: "definition", base: 0.9 });
  }
  const ism = s.match(ISM_HOLDS);
  if (ism && wordCount(ism[3]) >= 3) {
    out.push({ kind: "qa", front: `What does ${termShown(ism[1], isName)} ${BASE_VERB[ism[2]]}?`, back: `That ${clip(ism[3])}`, answer: ism[3], rule: "doctrine", base: 0.86 });
  }
  const called = s.match(CALLED);
  if (called && !VAGUE.test(called[1].replace(/^(the|a|an) /, ""))) {
    const subject = called[1].replace(/^(The|A|An) /, (m) => m.toLowerCase());
    // "The encounter is now known as the Great Debate": a bare "the <noun>" points back to what was told.
    const bare = /^the (?:[a-z]+ )?[a-z]+$/.test(subject);
    out.push({ kind: "qa", front: `What ${called[2]} ${subject} ${called[3]}?`, back: called[4].trim(), answer: called[4].trim(), rule: "term", base: 0.88, flags: bare ? ["needs-context"] : [] });
  }
  const cons = s.match(CONSISTING);
  if (cons) {
    const members = cons[3].split(/,\s*(?:together with|as well as|along with)\b|;/)[0];
    out.push({ kind: "qa", front: `What was the ${cons[1]}?`, back: clip(`A group ${cons[2]} ${members}`, 26), answer: members, rule: "definition", base: 0.93 });
  }
  const first = s.match(FIRST);
  if (first) {
    // "The last great builder was Marmaduke Huby": a person's name (two capitalised words, no article) is a "Who".
    const person = /^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’.-]*)+$/u.test(first[3].trim()) && !/\b(?:of|for)\b/.test(first[3]);
    // Without an of/in-phrase the superlative needs its scope from the text around it: "the last great builder" of what?
    const scoped = /\b(?:of|in|at|on|to|for|among|by|since|after|before)\b/.test(first[1].replace(/^The (?:first|last|only|earliest|largest|oldest|most [a-z]+) /, ""));
    out.push({ kind: "qa", front: `${person ? "Who" : "What"} ${first[2]} ${lowerFirst(first[1])}?`, back: first[3].replace(/^the /, "The "), answer: first[3], rule: "superlative", base: 0.88, flags: scoped ? [] : ["needs-context"] });
  }
  const acr = s.match(ACRONYM);
  if (acr && matchesAcronym(acr[1], acr[2])) out.push({ kind: "qa", front: `What does ${acr[2]} stand for?`, back: acr[1].replace(/^[a-z]/, (c) => c.toUpperCase()), answer: acr[1], rule: "acronym", base: 0.8 });
  const did = s.match(DID);
  // Only a term introduced earlier: "This group replaced X" needs the group to be known.
  const seen = did ? chapterIndex(ctx.chapter).firstUse(did[1]) : -1;
  if (did && seen >= 0 && seen < ctx.sentence.id) {
    out.push({ kind: "qa", front: `What did the ${did[1]} ${BASE[did[2]]}?`, back: did[3].trim(), answer: did[3].trim(), rule: "term-role", base: 0.86 });
  }
  return out;
};
