// Findings and claims: "In 1929 Levene showed that the sugar in DNA is deoxyribose" ->
// "What did Phoebus Levene show in 1929?". Reporting verbs are how science, economics and
// biography state results, so the that-clause is the fact to learn.
import type { Draft, Rule } from "../types";
import { wordCount } from "../text";
import { ENT, NAMES, PRONOUN, sentenceDate } from "./common";

const VERB: Record<string, string> = {
  showed: "show", reported: "report", found: "find", proposed: "propose", argued: "argue", demonstrated: "demonstrate",
  concluded: "conclude", discovered: "discover", predicted: "predict", observed: "observe", established: "establish",
  announced: "announce", suggested: "suggest", estimated: "estimate", calculated: "calculate", proved: "prove", realised: "realise",
  realized: "realize", noticed: "notice", claimed: "claim", insisted: "insist", declared: "declare", warned: "warn",
};
const DATE = "(?:in|on|by) (?:(?:the )?(?:early |late )?(?:\\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter)(?: of)? ?)?(?:\\d{4})?";
// Subject: a name (optionally after a description, "The German chemist Albrecht Kossel") or a short
// definite noun phrase ("The Meselson-Stahl experiment"); an optional parenthetical before the verb.
const CLAIM = new RegExp(
  `^(?:(?:In|By|On) [^,]{3,30}?,? )?((?:The |An? )?(?:[\\p{L}'’-]+ ){0,4}?(?:${NAMES}|[\\p{L}'’-]+))(?:,[^;]{0,120}?,)? (?:also |later |first |then )?(${Object.keys(VERB).join("|")})(?: (${DATE}))? that ([^;]+?)(?:;|\\.$|$)`,
  "u",
);

const NAME_AT_END = new RegExp(`(?:^|\\s)((?!The |An? )${NAMES})$`, "u");

export const claimRule: Rule = (ctx) => {
  const s = ctx.sentence.text;
  const m = s.match(CLAIM);
  if (!m || PRONOUN.test(m[1]) || /^(?:Many|Few|Some|Several|Other|Most|Critics|Others)\b/.test(m[1])) return [];
  // Prefer the name inside a described subject: "The Russian-born chemist Phoebus Levene".
  const name = m[1].match(NAME_AT_END)?.[1];
  const subject = name && !/^(?:The|An?)$/.test(name) ? name : m[1].replace(/^(The|An?) /, (a) => a.toLowerCase());
  const finding = m[4].trim();
  const words = wordCount(finding);
  if (words < 3 || words > 30 || /^(?:it|this|he|she|they)\b/i.test(subject)) return [];
  const when = sentenceDate(ctx);
  const draft: Draft = {
    kind: "qa",
    front: `What did ${subject} ${VERB[m[2]]}${when ? ` in ${when.text}` : ""}?`,
    back: finding.charAt(0).toUpperCase() + finding.slice(1),
    answer: finding,
    rule: "claim",
    base: 0.86,
    flags: when?.inferred ? ["inferred-date"] : [],
  };
  return [draft];
};
