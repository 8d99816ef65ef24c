// Named works and where people worked: "His group portrait The Banquet of the Officers ... (1616)",
// "Meindert Hobbema painted The Avenue at Middelharnis (1689)", "His Report on the Sanitary Condition
// ..., published in 1842", "Vermeer worked all his life in Delft", "In 1631 Rembrandt moved to
// Amsterdam". Survey chapters in the arts and in the history of science introduce works by a title in
// capitals with its year in brackets or a dated participle, whatever the field.
import type { CleanChapter } from "@/lib/chapters/types";
import type { Draft, Rule, RuleContext } from "../types";
import { wordCount } from "../text";
import { IRREGULAR_PAST } from "./common";
import { namedSubject } from "../resolve";
import { chapterIndex } from "../chapter-index";

const YEAR = "(?:1[0-9]|20)\\d\\d";
// A title: capitalised words, with the small words of titles between them, ending in a capital or a number.
const SMALL = "(?:of|the|a|an|with|at|in|on|and|for|to|from|de|la|le|der|des|du|di|del|op\\.)";
const CAP = "(?:\\p{Lu}[\\p{L}'’.-]*|\\d+)";
// A catalogue number stays with its title: "Concerti grossi, Op. 6", "Mass in B minor, BWV 232".
const OPUS = "(?:Op\\.|op\\.|K\\.|BWV|Hob\\.) ?[\\dIVXL]+";
const TITLE = `((?:\\p{Lu}[\\p{L}'’-]*(?: [\\p{L}'’-]+){0,4},? ${OPUS})|(?:The |A |An |On |La |Le |Il |Die |Der |Das )?\\p{Lu}[\\p{L}'’-]*(?: (?:${SMALL} )*${CAP})*(?:,? ${OPUS})?)`;
// "(1642)", "(c. 1665)", "(1803–4)", "(published 1714)", "(The Marriage of Figaro, 1786)".
const BRACKET_YEAR = `\\((?:[^()]{2,60}, |(?:first )?[a-z]+ (?:in )?)?(c\\.\\s?)?(${YEAR})(?:[–-]\\d{1,4})?\\)`;
// "His/Her/Their <descriptor> TITLE (YEAR)", "Rembrandt's <descriptor> TITLE (YEAR)".
const OWNED = new RegExp(`(?:^(?:In )?|[,;:] (?:[Ii]n )?|\\b\\p{Ll}+ )(His|Her|Their|his|her|their|\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)?['’]s) ((?:[a-z][\\p{L}-]*,? ){0,6}?(?:(?:\\p{Lu}\\p{Ll}+ )?\\p{Lu}\\p{Ll}+(?: No\\. \\d+| in [A-G](?: flat| sharp)?(?: major| minor)?| \\d+)?, )?(?:known as |called |the )?)${TITLE} ${BRACKET_YEAR}`, "u");
// "His Report on ..., published in 1842": the year given by a participle.
const OWNED_DATED = new RegExp(`^(His|Her|Their|\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)?['’]s) ((?:[a-z][\\p{L}-]* ){0,3}?(?:[a-z][\\p{L}-]*, the )?)${TITLE}, (published|completed|painted|written|composed|finished|printed|performed|staged|issued|exhibited|begun|written) in (${YEAR}),`, "u");
// "Meindert Hobbema painted The Avenue at Middelharnis (1689)".
const MADE = new RegExp(`(?<![\\p{L}'’.-])(\\p{Lu}[\\p{L}'’-]*(?: (?:(?:de|van|von|der|da|di|du|la|le) )*\\p{Lu}[\\p{L}'’-]*){0,3}) (?:later |also |then |first )?(painted|wrote|composed|published|completed|designed|carved|sculpted|built|directed|produced|printed|engraved|etched) (?:(?:his|her|their|the) (?:[a-z]+ ){0,2})?${TITLE} ${BRACKET_YEAR}`, "u");
const BASE: Record<string, string> = {
  published: "publish", completed: "complete", painted: "paint", written: "write", composed: "compose", finished: "finish", printed: "print",
  performed: "perform", staged: "stage", issued: "issue", exhibited: "exhibit", begun: "begin",
};

// "Vermeer worked all his life in Delft", "He settled in Amsterdam around 1657", "Handel moved to London in 1712".
const PLACE = "(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2})";
const WORKED = new RegExp(`^(?:(?:In|By|Around|About) (?:c\\. )?(${YEAR}),? )?(\\p{Lu}[\\p{L}'’-]*(?: (?:(?:de|van|von|der|da|di|du|la|le) )*\\p{Lu}[\\p{L}'’-]*){0,3})(?:, [^,;]{3,80},)? (?:later |then |finally |eventually |also )?(worked|settled|moved|lived|spent (?:[a-z\\d-]+ ){0,5}?(?:life|career|years|decades|lives|careers)(?: of (?:his|her|their) (?:life|lives|career|careers))?|taught|studied|emigrated|returned)(?: (?:permanently|finally|eventually|briefly|later|again|mainly|chiefly))? (?:(?:for |during )?(?:all|most|much|the rest|part) (?:of )?(?:his|her|their) (?:life|career|working life|days) )?(in|to|at) (?:the )?${PLACE}(?: in (?:the )?\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)*)?(?: (?:in|around|about|by) (?:c\\. )?(${YEAR}))?(?=[,;.]|$| (?:and|where|as|until|from|for|under|with|during|throughout|since)\\b)`, "u");
// "The Public Health Act of 1848 created a General Board of Health": a named act, treaty or event
// with its year, as the subject of a deed, asked by its kind and year.
const NAMED_OF_YEAR = new RegExp(`(?:^|, and |; (?:and )?)(?:the |The )(\\p{Lu}[\\p{L}'’-]*(?: (?:(?:of|the|and|for|on) )*\\p{Lu}[\\p{L}'’-]*)*) of (${YEAR}) ((?:[a-z]+ly )?(?:[a-z]+ed|${IRREGULAR_PAST}) [^,;:]{6,120}?)(?=[,;:]|\\.?$)`, "u");
// The name's last word says what it is ("the Factory Act", "the Treaty of ..."): otherwise "event" ("the Black Death").
const KINDS = /^(?:Act|Acts|Treaty|Truce|Peace|Council|Edict|Charter|Statute|Law|Bill|Declaration|Convention|Agreement|Accord|Settlement|Constitution|Compromise|Revolution|War|Rebellion|Revolt|Rising|Uprising|Exhibition|Congress|Conference|Report|Ordinance|Decree|Union|Reform|Concordat|Pact|Alliance|League|Code|Census|Survey|Expedition|Crisis|Strike|Riots?|Fire|Flood|Famine|Epidemic|Plague|Earthquake|Election|Campaign|Siege|Battle|Mission|Commission|Inquiry|Plan|Programme|Program|Company)$/;
// "In 1723 Bach became cantor of St Thomas's School in Leipzig", "Haydn took up the post of Kapellmeister
// at Eszterháza in 1761": an office held at a place.
const POST = new RegExp(`^(?:(?:In|By) (${YEAR}),? )?(\\p{Lu}[\\p{L}'’-]*(?: (?:(?:de|van|von|der|da|di|du|la|le) )*\\p{Lu}[\\p{L}'’-]*){0,3})(?:, [^,;]{3,80},)? (?:later |then |finally |eventually )?(became|took up (?:a|the) (?:post|position|office|appointment|chair)(?: of| as)?|accepted (?:a|the) (?:post|position|appointment|chair)(?: of| as)?|was appointed) ((?:an? |the )?[\\p{L}'’ -]{2,50}?) (?:at|in) ${PLACE}(?: in (${YEAR}))?(?=[,;.]|$| (?:and|where|until|from|under|a post)\\b)`, "u");
// "..., and in 1852 he published a report showing that cholera mortality fell ...": what a dated work showed.
const REPORT_SHOWING = new RegExp(`\\b(?:[Ii]n (${YEAR}),? )?(he|she|\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?: \\p{Lu}\\p{Ll}[\\p{L}'’-]*){0,2}) (?:later |also |then )?published (?:a|an|the|his|her) (report|paper|study|book|pamphlet|survey|article|treatise|essay)(?: in (${YEAR}))? (showing|arguing|demonstrating|proving|suggesting) that ([^;]+?)(?:;|\\.?$)`, "u");
const SHOW_BASE: Record<string, string> = { showing: "show", arguing: "argue", demonstrating: "demonstrate", proving: "prove", suggesting: "suggest" };
// "Completed in 1889 for the Paris Exposition, the Eiffel Tower showed ...": a dated participle before a named subject.
const LEADING_DATED = new RegExp(`^(Completed|Built|Founded|Begun|Published|Painted|Written|Composed|Designed|Opened|Established|Finished|Erected|Commissioned|Discovered|Invented|Signed|Launched|Consecrated|Printed|Performed|First performed) (?:in|on) ((?:c\\. )?(?:\\d{1,2} )?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?${YEAR})(?: [^,]{1,50})?, ((?:the )?\\p{Lu}[\\p{L}'’-]*(?: (?:(?:of|the|de|du|la|le) )*\\p{Lu}[\\p{L}'’-]*)*) [a-z]`, "u");
// "Le Corbusier, who settled in Paris in 1917, set out ...".
const WHO_WORKED = new RegExp(`(\\p{Lu}[\\p{L}'’-]*(?: (?:(?:de|van|von|der|da|di|du|la|le) )*\\p{Lu}[\\p{L}'’-]*){0,3}), who (?:had )?(?:later |then |finally )?(worked|settled|moved|lived|taught|studied|emigrated) (?:permanently |briefly )?(in|to|at) (?:the )?${PLACE}(?: (?:in|around|about) (${YEAR}))?(?: (?:for|during|until|from) [^,]{2,30})?,`, "u");
// "In the Critique of Pure Reason (1781) Kant argued that ...": a work that opens the sentence, its author the subject.
const IN_WORK = new RegExp(`^In (?:the )?${TITLE} ${BRACKET_YEAR},? (\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?: (?:(?:de|van|von|der|da|di|du|la|le) )*\\p{Lu}[\\p{L}'’-]*){0,3}) (?:[a-z]+ly )?(?:[a-z]+ed|${IRREGULAR_PAST})\\b`, "u");
const VERB_BASE: Record<string, string> = { worked: "work", settled: "settle", moved: "move", lived: "live", taught: "teach", studied: "study", emigrated: "emigrate", returned: "return" };

const SAME_SUBJECT = new RegExp(`(?:^|, |^(?:In|By) (?:c\\. )?${YEAR},? )(\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?: (?:(?:de|van|von|der|da|di|du|la|le) )*\\p{Lu}[\\p{L}'’-]*){0,3})(?:, [^,;]{3,60},)? (?:[a-z]+ly |later |then |also |first )?(?:[a-z]+ed|${IRREGULAR_PAST}) (?:[a-z]+ ){0,2}$`, "u");
const QUANTIFIER = /^(?:Another|Other|Every|Each|Some|Many|Most|Several|Such|No|Both|All|Any|Few|One)\b/;

/** Who "His/Her" stands for: the named person who is the subject of one of the few sentences before. */
export function owner(chapter: CleanChapter, sentenceId: number): { name: string; sentence: number } | null {
  for (let id = sentenceId - 1; id >= 0 && id >= sentenceId - 4; id--) {
    const sentence = chapter.sentences[id];
    // A heading between ends the search: "His" never reaches into another section.
    if (!sentence || chapter.paragraphs[sentence.paragraph]?.kind === "heading") return null;
    // Life dates after a name are no part of the sentence's shape: "Rembrandt van Rijn (1606–1669) was born ...".
    const text = sentence.text.replace(/ \([^()]*\)/g, "");
    const poss = text.match(/^(\p{Lu}[\p{L}'’-]*(?: (?:(?:de|van|von|der) )*\p{Lu}[\p{L}'’-]*){0,3})['’]s \p{Ll}/u);
    if (poss && chapterIndex(chapter).isNameWord(poss[1].split(" ").at(-1)!)) return { name: poss[1], sentence: id };
    // "Another Delft painter, Pieter de Hooch, specialised ...": the name apposed to a described subject.
    const apposed = text.match(/^(?:Another|The|A|An|One|Their|His|Her) [^,;]{2,60}, (\p{Lu}\p{Ll}[\p{L}'’-]*(?: (?:(?:de|van|von|der|da|di|du|la|le) )*\p{Lu}[\p{L}'’-]*){1,3}), \p{Ll}/u);
    if (apposed) return { name: apposed[1], sentence: id };
    const named = namedSubject(text, chapter);
    if (named && !named.plural && !QUANTIFIER.test(named.name)) return { name: named.name, sentence: id };
    // "Charlotte Brontë grew up ...": a full name opening the sentence before a verb.
    const lead = text.match(/^(\p{Lu}\p{Ll}[\p{L}'’-]*(?: (?:(?:de|van|von|der|da|di|du|la|le) )*\p{Lu}\p{Ll}[\p{L}'’-]*){1,3})(?:, | (?!of\b|and\b))\p{Ll}+/u);
    if (lead && !QUANTIFIER.test(lead[1]) && !/^(?:The|A|An|In|On|At|By|For|From|With|After|Before|When|While|Then|His|Her|Their|This|That)\b/.test(lead[1])) return { name: lead[1], sentence: id };
    // A sentence about someone else ("Manet among them") ends the search; a pronoun continues it.
    if (!/^(?:(?:[A-Z][^,;]{0,40}, )?(?:he|she|his|her)\b|(?:He|She|His|Her)\b)/.test(text)) {
      if (/^\p{Lu}[\p{L}'’-]+ \p{Lu}/u.test(text)) return null;
    }
  }
  return null;
}

function descriptor(raw: string): string {
  // "most famous painting, the militia piece known as" -> "militia piece"; "first great public commission," -> "commission".
  // "Symphony No. 3, the" -> "symphony": a genre with its number names the kind.
  const genre = raw.match(/(?:^|\s)(\p{Lu}\p{Ll}+)(?: No\. \d+| in [A-G][^,]*| \d+)?, (?:the )?$/u);
  if (genre) return genre[1].toLowerCase();
  let d = raw.split(",").filter((p) => p.trim()).at(-1)?.trim() ?? "";
  d = d.replace(/\b(?:known as|called)$/, "").replace(/^(?:the|a|an)\b/, "").replace(/\bthe$/, "").trim();
  const words = d.split(/\s+/).filter(Boolean);
  if (!words.length || words.some((w) => /^(?:above|all|among|including|especially|notably|such|as|and|or)$/.test(w))) return "work";
  if (words.length <= 2 && !words.some((w) => /^(?:first|last|most|great|greatest|famous|late|early|best|own|only|new)$/.test(w))) return d;
  return words.at(-1)!;
}

function possessor(ctx: RuleContext, who: string): { name: string; extra?: number[] } | null {
  // "with Childe Harold's Pilgrimage (1812)": a possessive met only once may be part of the title.
  if (!/^(?:his|her|their)$/i.test(who)) {
    const name = who.replace(/['’]s$/, "");
    // The surname is enough: "Emily Brontë's only novel" after "The Brontë sisters".
    const surname = name.split(" ").at(-1)!, text = ctx.chapter.text, first = text.indexOf(surname);
    return first >= 0 && text.indexOf(surname, first + surname.length) >= 0 ? { name } : null;
  }
  if (/^their$/i.test(who)) return null;
  const o = owner(ctx.chapter, ctx.sentence.id);
  return o ? { name: o.name, extra: [o.sentence] } : null;
}

export const workRule: Rule = (ctx) => {
  const s = ctx.sentence.text;
  const out: Draft[] = [];
  const made = s.match(MADE);
  if (made && !/^(?:The|A|An|In|On|At|By|When|After|Before|His|Her|Their|It|This)$/.test(made[1]) && wordCount(made[3]) <= 14) {
    const year = `${made[4] ?? ""}${made[5]}`;
    out.push({ kind: "qa", front: `Who ${made[2]} ${made[3]} (${year})?`, back: made[1], answer: made[1], rule: "work", base: 0.88 });
  }
  const owned = out.length ? null : s.match(OWNED);
  // "The Rake's Progress (1951)": a possessive inside a title after "the" is no owner.
  const titled = owned && /\b(?:[Tt]he|[Aa]n?) $/.test(s.slice(0, owned.index! + owned[0].indexOf(owned[1])));
  if (owned && !titled && !/^(?:The|An?) /.test(owned[1]) && wordCount(owned[3]) <= 14 && !/^(?:The|A|An|On)$/.test(owned[3])) {
    // "In her Pride and Prejudice (1813), Austen ...": the subject after the opening owns the work.
    const before = s.slice(0, owned.index! + owned[0].indexOf(owned[1]));
    const after = /(?:^|, )In $/.test(before)
      ? s.slice(owned.index! + owned[0].length).match(/^,? (\p{Lu}\p{Ll}[\p{L}'’-]*(?: (?:(?:de|van|von|der|da|di|du|la|le) )*\p{Lu}[\p{L}'’-]*){0,3})(?:, [^,;]{3,60},)? (?:[a-z]+ly )?[a-z]+(?:ed|s)\b/u) : null;
    // "Beethoven completed his Symphony No. 3, the Eroica (1804)": the subject of the same sentence.
    const subject = before.replace(/ \((?:c\. ?)?\d{4}[–-]\d{1,4}\)/g, "").match(SAME_SUBJECT);
    const who = after && /^(?:his|her)$/i.test(owned[1]) ? { name: after[1], extra: undefined }
      : subject && /^(?:his|her)$/.test(owned[1]) && !QUANTIFIER.test(subject[1]) ? { name: subject[1], extra: undefined } : possessor(ctx, owned[1]);
    if (who && !owned[3].includes(who.name)) {
      const year = `${owned[4] ?? ""}${owned[5]}`;
      const kind = descriptor(owned[2]);
      out.push({ kind: "qa", front: `Which ${kind} by ${who.name} dates from ${year}?`, back: owned[3], answer: owned[3], rule: "work", base: 0.88, extraSentences: who.extra });
      // "His Prometheus Unbound (1820) is a lyrical drama in four acts": the work is defined too.
      const genus = s.slice(owned.index! + owned[0].length).match(/^,?(?: (?:in|at) (?:the )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?)? (is|was) ((?:an?|the) [^;,.]{8,120}?)(?=[;,.]|$)/u);
      if (genus && wordCount(genus[2]) >= 3 && !/^the (?:first|last|same|most|best|only)\b/.test(genus[2])) {
        out.push({ kind: "qa", front: `What ${genus[1]} ${who.name}'s ${owned[3]}?`, back: genus[2], answer: genus[2], rule: "definition", base: 0.86, extraSentences: who.extra });
      }
    }
  }
  const inw = out.length ? null : s.match(IN_WORK);
  if (inw && wordCount(inw[1]) <= 14 && !/^(?:The|A|An|He|She|They|It|This)$/.test(inw[4])) {
    out.push({ kind: "qa", front: `Which work by ${inw[4]} dates from ${inw[2] ?? ""}${inw[3]}?`, back: inw[1], answer: inw[1], rule: "work", base: 0.88 });
  }
  const dated = out.length ? null : s.match(OWNED_DATED);
  if (dated && wordCount(dated[3]) <= 16) {
    const who = possessor(ctx, dated[1]);
    if (who && !dated[3].includes(who.name)) {
      out.push({ kind: "qa", front: `What did ${who.name} ${BASE[dated[4]]} in ${dated[5]}?`, back: dated[3], answer: dated[3], rule: "work", base: 0.88, extraSentences: who.extra });
    }
  }
  const act = s.match(NAMED_OF_YEAR);
  const head = act?.[1].split(" ").at(-1)!;
  // The kind is the name's last word ("Act", "Truce", "Treaty"); a deed that points back ("gave them") needs context.
  // "... gave them a breathing space in which trade, and ...": a deed cut inside a relative clause is no question.
  const cut = act && /\b(?:which|who|whom|that|where|when)\b/.test(act[3]) && /^[,;:]/.test(s.slice(act.index! + act[0].length));
  if (act && head && !cut && act[1].includes(" ") && /^\p{Lu}\p{Ll}+$/u.test(head) && wordCount(act[3]) <= 22) {
    const pointsBack = /\b(?:them|it|him|her|they|he|she|this|these|those)\b/.test(act[3]);
    const kind = KINDS.test(head) ? head.toLowerCase() : "event";
    out.push({ kind: "qa", front: `Which ${kind} of ${act[2]} ${act[3]}?`, back: `the ${act[1]}`, answer: act[1], rule: "event", base: 0.86, flags: pointsBack ? ["needs-context"] : [] });
  }
  const post = s.replace(/ \((?:c\. ?)?\d{4}[–-]\d{1,4}\)/g, "").match(POST);
  // An office, not a quality ("became famous in Paris") nor a place inside the office ("cantor of St Thomas's" is kept).
  if (post && !/^(?:The|A|An|In|On|At|By|When|After|Before|His|Her|Their|It|This|There|Most|Many|Some)$/.test(post[2].split(" ")[0]) && (post[2].includes(" ") || chapterIndex(ctx.chapter).isNameWord(post[2])) && !/^(?:famous|known|rich|ill|popular|interested|involved|friends|acquainted|aware)\b/.test(post[4])) {
    const year = post[1] ?? post[6];
    const office = post[4].replace(/^(?:an?|the) /, "");
    out.push({ kind: "qa", front: `Where did ${post[2]} ${post[3] === "was appointed" ? "serve as" : "become"} ${office}${year ? ` in ${year}` : ""}?`, back: post[5], answer: post[5], rule: "where", base: 0.86 });
  }
  const rep = s.match(REPORT_SHOWING);
  const repYear = rep?.[1] ?? rep?.[4];
  const repWho = rep && /^(?:he|she)$/.test(rep[2]) ? owner(ctx.chapter, ctx.sentence.id + 1) : rep ? { name: rep[2], sentence: ctx.sentence.id } : null;
  if (rep && repYear && repWho && !QUANTIFIER.test(repWho.name) && wordCount(rep[6]) >= 3 && wordCount(rep[6]) <= 30) {
    out.push({ kind: "qa", front: `What did ${repWho.name}'s ${rep[3]} of ${repYear} ${SHOW_BASE[rep[5]]}?`, back: rep[6].charAt(0).toUpperCase() + rep[6].slice(1), answer: rep[6], rule: "claim", base: 0.86,
      extraSentences: repWho.sentence !== ctx.sentence.id ? [repWho.sentence] : undefined });
  }
  const led = s.match(LEADING_DATED);
  if (led && !/^The$/.test(led[3]) && (led[3].includes(" ") || chapterIndex(ctx.chapter).isNameWord(led[3]))) {
    const thing = led[3].replace(/^The /, "the ");
    out.push({ kind: "qa", front: `When was ${thing} ${led[1].toLowerCase()}?`, back: led[2], answer: led[2], rule: "event-date", base: 0.86 });
  }
  const ww = s.match(WHO_WORKED);
  if (ww && !/^(?:The|A|An|In|On|At|By)$/.test(ww[1].split(" ")[0]) && (ww[1].includes(" ") || chapterIndex(ctx.chapter).isNameWord(ww[1]))) {
    out.push({ kind: "qa", front: `Where did ${ww[1]} ${VERB_BASE[ww[2]]}${ww[5] ? ` in ${ww[5]}` : ""}?`, back: ww[4], answer: ww[4], rule: "where", base: 0.86 });
  }
  let text = s.replace(/ \((?:c\. ?)?\d{4}[–-]\d{2,4}\)/g, "");
  // "In 1631 he moved to Amsterdam": "he" is the named subject of the sentences just before.
  const pron = text.match(/^((?:(?:In|By|Around|About) (?:c\. )?\d{4},? )?)(He|She|he|she) (?=(?:later |then |finally |eventually |also )?(?:worked|settled|moved|lived|spent|taught|studied|emigrated|returned)\b)/);
  const ante = pron ? owner(ctx.chapter, ctx.sentence.id) : null;
  if (pron && ante) text = pron[1] + ante.name + text.slice(pron[0].length - 1);
  const w = text.match(WORKED);
  if (w && (!pron || ante) && !/^(?:The|A|An|In|On|At|By|When|After|Before|His|Her|Their|It|This|There|Most|Many|Some)$/.test(w[2].split(" ")[0]) && (w[2].includes(" ") || chapterIndex(ctx.chapter).isNameWord(w[2]))) {
    const year = w[1] ?? w[6];
    const base = VERB_BASE[w[3]] ?? (w[3].startsWith("spent") ? "spend" : null);
    if (base === "spend") out.push({ kind: "qa", front: `Where did ${w[2]} spend ${w[3].replace(/^spent /, "")}?`, back: w[5], answer: w[5], rule: "where", base: 0.86, extraSentences: ante ? [ante.sentence] : undefined });
    else if (base) out.push({ kind: "qa", front: `Where did ${w[2]} ${base}${year ? ` in ${year}` : ""}?`, back: w[5], answer: w[5], rule: "where", base: 0.86, extraSentences: ante ? [ante.sentence] : undefined });
  }
  return out;
};
