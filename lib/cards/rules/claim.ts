// Findings and claims: "In 1929 Levene showed that the sugar in DNA is deoxyribose" ->
// "What did Phoebus Levene show in 1929?". Reporting verbs are how science, economics and
// biography state results, so the that-clause is the fact to learn.
import type { Draft, Rule } from "../types";
import { wordCount } from "../text";
import { atDate, earlierInParagraph, ENT, IRREGULAR_PAST, NAMES, PRONOUN, sentenceDate } from "./common";
import { chapterIndex } from "../chapter-index";

const VERB: Record<string, string> = {
  showed: "show", reported: "report", found: "find", proposed: "propose", argued: "argue", demonstrated: "demonstrate",
  concluded: "conclude", discovered: "discover", predicted: "predict", observed: "observe", established: "establish",
  announced: "announce", suggested: "suggest", estimated: "estimate", calculated: "calculate", proved: "prove", realised: "realise",
  realized: "realize", noticed: "notice", claimed: "claim", insisted: "insist", declared: "declare", warned: "warn",
  held: "hold", ruled: "rule", decided: "decide", maintained: "maintain", contended: "contend", recognised: "recognise", recognized: "recognize",
};
// The present of the same verbs, as essays and textbooks report a standing view: "Friedman argues that ...".
const PRESENT: Record<string, string> = Object.fromEntries(
  ["argues", "shows", "suggests", "claims", "holds", "maintains", "contends", "proposes", "insists", "concludes", "observes", "notes", "estimates", "finds", "reports", "predicts", "asserts", "states", "warns", "demonstrates"]
    .map((v) => [v, v.replace(/ies$/, "y").replace(/(ss|sh|ch|x)es$/, "$1").replace(/s$/, "")]),
);
const DATE = "(?:in|on|by) (?:(?:the )?(?:early |late )?(?:\\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter)(?: of)? ?)?(?:\\d{4})?";
// Subject: a name (optionally after a description, "The German chemist Albrecht Kossel") or a short
// definite noun phrase ("The Meselson-Stahl experiment"); an optional parenthetical, or a first
// verb phrase ("Watson cut out cardboard shapes and found that ..."), before the verb.
const CLAIM = new RegExp(
  `^(?:(?:In|By|On) ([^,]{3,30}?|${ENT}(?: v\\.? ${ENT})?(?: \\(\\d{4}\\))?),? )?((?:The |An? )?(?:[\\p{L}'’-]+ ){0,4}?(?:${NAMES}|[\\p{L}'’-]+))(,[^;]{0,200}?,)?(?: (?:[a-z]+ed|${IRREGULAR_PAST})\\b[^,;]{0,80}? and)? (?:also |later |first |then )?(?:had |has )?(${[...Object.keys(VERB), ...Object.keys(PRESENT)].join("|")})(?: (${DATE}|in (?:his|her|their|its|the|an?|[A-Z])[^,;]{2,60}?))? that ([^;]+?)(?:;|\\.$|$)`,
  "u",
);

const CASE_NAME = new RegExp(`${ENT} v\\.? ${ENT}(?: \\(\\d{4}\\))?`, "u");
const SCOPE_OPENING = new RegExp(`^In (${ENT}(?: v\\.? ${ENT})?(?: \\(\\d{4}\\))?)[ ,]`, "u");
const APPOSED_NAME = new RegExp(`^, ((?!The |An? )${ENT}),$`, "u");
const NAME_AT_END = new RegExp(`(?:^|\\s)((?!The |An? )${NAMES})$`, "u");

// "According to Kant, space and time are forms of intuition": the view is asked with its holder.
const ACCORDING = new RegExp(`^According to (${NAMES}|the [a-z]+ (?:of|by) ${ENT}), ((?:the |an? )?[\\p{L}][\\p{L}'’ -]{2,50}?) (is|are|was|were) ([^;]+?)(?:;|\\.$|$)`, "u");

export const claimRule: Rule = (ctx) => {
  const s = ctx.sentence.text;
  const acc = s.match(ACCORDING);
  if (acc && !PRONOUN.test(acc[2]) && !/\b(?:that|which|who|it|they)\b/i.test(acc[2]) && wordCount(acc[4]) >= 3 && wordCount(acc[4]) <= 30) {
    const subject = acc[2].replace(/^(The|An?) /, (a) => a.toLowerCase());
    return [{ kind: "qa", front: `According to ${acc[1]}, what ${acc[3]} ${subject}?`, back: acc[4], answer: acc[4], rule: "claim", base: 0.86 }];
  }
  const hit = s.match(CLAIM);
  if (!hit) return [];
  const [, scope, said, aside, verb, , clause] = hit;
  // "Their chief, Jacques-Marie Le Père, reported that ...": the apposed name is the subject to ask about.
  const apposed = aside?.match(APPOSED_NAME)?.[1];
  const who = apposed && (PRONOUN.test(said) || /^(?:the |an? )?[a-z]/i.test(said) && !/\p{Lu}/u.test(said.slice(1))) ? apposed : said;
  const m = [hit[0], who, verb, hit[5], clause];
  if (PRONOUN.test(m[1]) || /^(?:Many|Few|Some|Several|Other|Most|Critics|Others)\b/.test(m[1])) return [];
  // Prefer the name inside a described subject: "The Russian-born chemist Phoebus Levene"; an
  // institution keeps its article: "the Court of Appeal".
  const name = m[1].match(NAME_AT_END)?.[1];
  // A capital that only marks the start of the sentence is dropped: "Later research" -> "later research".
  const described = m[1].replace(/^(The|An?) /, (a) => a.toLowerCase()).replace(/^(\p{Lu}\p{Ll}+)(?= \p{Ll})/u, (w) => (hit.index === 0 && !scope && !chapterIndex(ctx.chapter).isNameWord(w) ? w.toLowerCase() : w));
  const subject = name && !/^(?:The|An?)$/.test(name) ? (m[1].toLowerCase() === `the ${name}`.toLowerCase() ? `the ${name}` : name) : described;
  // The finding ends where a new clause with its own subject begins: "..., and he drove the cable ...".
  const finding = m[4].split(/,\s+(?:and|but|so)\s+(?=(?:he|she|it|they|we|I|this|these|there)\b)/)[0].trim();
  const words = wordCount(finding);
  if (words < 3 || words > 30 || /^(?:it|this|he|she|they)\b/i.test(subject)) return [];
  // "In Hyde v Wrench (1840) the court held that ...": a generic subject is asked within its named
  // scope (a case, a report, a study); without one, "What did the court hold?" needs context.
  const generic = /^(?:the|an?) [a-z]/.test(subject) && !/\p{Lu}/u.test(subject);
  const isScope = (x: string | undefined) => !!x && /^\p{Lu}/u.test(x) && !/^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(x);
  // "In Hyde v Wrench (1840) the defendant offered ... The court held that ...": the scope may open
  // the previous sentence of the paragraph.
  // Up to three sentences back: an "In <name>" opening, or a case named anywhere ("The leading case is X v Y").
  let prev: { id: number } | undefined, carried: string | undefined;
  if (!isScope(scope) && generic) {
    for (const p of earlierInParagraph(ctx, 3)) {
      carried = p.text.match(SCOPE_OPENING)?.[1] ?? p.text.match(CASE_NAME)?.[0];
      if (carried) { prev = p; break; }
    }
  }
  const named = isScope(scope) ? scope : isScope(carried) ? carried! : null;
  const when = named ? null : sentenceDate(ctx);
  const where = named ? ` in ${named}` : when ? ` ${atDate(when.text)}` : "";
  const flags = when?.inferred ? ["inferred-date"] : [];
  if (generic && !named && /^the [a-z]+$/.test(subject)) flags.push("needs-context");
  // "They were moving far too fast ...", "... were part of it": a finding that points back needs its context.
  else if (/^(?:they|it|he|she|this|these|those)\b/i.test(finding) || /\b(?:of|in|to|on|with) (?:it|them)$/.test(finding)) flags.push("needs-context");
  const draft: Draft = {
    kind: "qa",
    front: PRESENT[m[2]]
      // A standing view is not dated: "The principle of superposition, stated by Steno in 1669, holds that ...".
      ? `What does ${subject} ${PRESENT[m[2]]}${m[3] && !/\d/.test(m[3]) && !/^in (?:his|her|their|its)\b/.test(m[3]) ? ` ${m[3]}` : named ? ` in ${named}` : ""}?`
      : `What did ${subject} ${VERB[m[2]]}${where}?`,
    back: finding.charAt(0).toUpperCase() + finding.slice(1),
    answer: finding,
    rule: "claim",
    base: 0.86,
    flags,
    extraSentences: carried && named ? [prev!.id] : undefined,
  };
  return [draft];
};
