// Renamings: "X, ..., was renamed Y", "X and Y were renamed A and B respectively", "known as X,
// became Y", "the conversion of X into Y", "changed its name to Y".
import type { Draft, Rule, RuleContext } from "../types";
import { cleanEntity, ENT, sentenceDate } from "./common";
import { entities } from "../text";
import { chapterIndex } from "../chapter-index";

const RENAMED = new RegExp(`(${ENT})(,[^;]{0,200}?,)?\\s+(?:was|were|had been|has been|is)\\s+(?:re)?named\\s+(?:as\\s+|to\\s+)?(${ENT})`, "gu");
const PAIRS = new RegExp(`(${ENT})\\s+and\\s+(${ENT}),?\\s+were\\s+renamed,?(?:[^,;]{0,80},)?\\s+(${ENT})\\s+and\\s+(${ENT}),?\\s+respectively`, "u");
const KNOWN_BECAME = new RegExp(`known as (${ENT}),\\s+became\\s+(${ENT})`, "u");
const CONVERSION = new RegExp(`conversion of (${ENT})(?:,[^;]{0,160}?,)?\\s+into (${ENT})`, "u");
// "the center was renamed the X Institute": the old name is a definite noun phrase to resolve.
const DEFINITE_RENAMED = new RegExp(`\\b[Tt]he ([a-z]{3,})\\s+(?:was|were|had been|has been)\\s+renamed\\s+(?:as\\s+|to\\s+)?(?:the\\s+)?(${ENT})`, "u");
const NAME_CHANGE = /\b(?:chang(?:e|ed|ing)\s+its\s+name\s+to|renamed itself|took the name)\s+["“]?([^"”.;]+)["”]?/u;

function card(ctx: RuleContext, oldName: string, newName: string, when: { text: string; inferred: boolean } | null): Draft {
  const flags = when?.inferred ? ["inferred-date"] : [];
  return {
    kind: "qa",
    front: `What was ${oldName} renamed${when ? ", and when" : ""}?`,
    back: `${newName}${when ? `, ${when.text}` : ""}`,
    answer: newName,
    rule: "renaming",
    base: 0.95,
    flags,
  };
}

export const renamingRule: Rule = (ctx) => {
  const s = ctx.sentence.text;
  const out: Draft[] = [];
  const pairs = s.match(PAIRS);
  if (pairs) {
    const when = sentenceDate(ctx);
    out.push(card(ctx, cleanEntity(pairs[1]), cleanEntity(pairs[3]), when), card(ctx, cleanEntity(pairs[2]), cleanEntity(pairs[4]), when));
  }
  for (const m of s.matchAll(RENAMED)) {
    const oldName = cleanEntity(m[1]);
    const newName = cleanEntity(m[3]);
    if (!oldName || !newName || oldName === newName || /^(It|They|He|She|This)$/.test(oldName)) continue;
    // The date of this clause: from the sentence start up to the end of the clause it sits in.
    const clauseEnd = s.indexOf(";", m.index! + m[0].length);
    const clause = s.slice(0, clauseEnd < 0 ? s.length : clauseEnd);
    const after = s.slice(m.index! + m[0].length).match(/^\s+((?:immediately\s+)?(?:after|before|following)\s+[^,;.]+)/);
    const when = sentenceDate(ctx, clause) ?? (after ? { text: after[1], inferred: false } : null);
    out.push(card(ctx, oldName, newName, when));
  }
  const definite = out.length ? null : s.match(DEFINITE_RENAMED);
  // "the center" -> the latest earlier name containing "Center"; without one the question is vague.
  const earlier = definite ? chapterIndex(ctx.chapter).nameBefore(ctx.sentence.id, definite[1]) : null;
  if (definite && earlier) out.push(card(ctx, `the ${earlier}`, cleanEntity(definite[2]), sentenceDate(ctx)));
  const known = s.match(KNOWN_BECAME);
  if (known) out.push(card(ctx, cleanEntity(known[1]), cleanEntity(known[2]), sentenceDate(ctx)));
  const conv = s.match(CONVERSION);
  if (conv) out.push(card(ctx, cleanEntity(conv[1]), cleanEntity(conv[2]), sentenceDate(ctx)));
  const change = s.match(NAME_CHANGE);
  // The body that changed its name: the last named entity before the phrase, with its short form.
  const subject = change ? entities(s.slice(0, change.index)).at(-1) : undefined;
  if (change && subject && !out.length) {
    const short = s.slice(subject.index + subject.text.length).match(/^\s*\(([^)]{2,30})\)/)?.[1];
    const who = subject.text + (short ? ` (${short})` : "");
    const when = sentenceDate(ctx);
    out.push({
      kind: "qa", front: `What did the ${who} change its name to${when ? ", and when" : ""}?`,
      back: `${change[1].trim()}${when ? `, ${when.text}` : ""}`, answer: change[1].trim(), rule: "renaming", base: 0.9,
      flags: when?.inferred ? ["inferred-date"] : [],
    });
  }
  return out;
};
