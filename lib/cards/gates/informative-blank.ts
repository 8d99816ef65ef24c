// The blank (or short answer) is an informative span: a named entity, a number, a date, or a term
// the chapter defines or repeats; never a stop word, a bare common noun or part of a name.
import type { Gate } from "./types";

export const informativeBlank: Gate = (c, a) => {
  if (!c.answer || c.answerKind === "clause" || c.type === "definition") return null;
  const s = a.sentences[c.sentence];
  const inside = s.tokens.filter((t) => t.start >= c.answer!.start && t.end <= c.answer!.end);
  if (!inside.length) return "empty answer";
  const content = inside.filter((t) => !t.stop && /[\p{L}\p{N}]/u.test(t.text));
  if (!content.length) return "function words only";
  const before = s.tokens.find((t) => t.end === c.answer!.start || t.end + 1 === c.answer!.start);
  const after = s.tokens.find((t) => t.start === c.answer!.end || t.start === c.answer!.end + 1);
  const proper = (t: typeof before) => !!t && t.pos === "PROPN" && /^\p{Lu}/u.test(t.text);
  if (inside.some((t) => t.pos === "PROPN") && (proper(before) || proper(after))) return "part of a name";
  if (c.answerKind === "term") {
    const head = content[content.length - 1];
    const term = content.map((t) => t.lower).join(" ");
    const bare = content.length === 1 && !a.defined.has(term);
    if (bare && (a.lemmaCounts.get(head.lemma) ?? 0) < 4) return "bare common noun";
  }
  if (c.answerKind === "phrase" && content.length === 1 && content[0].pos === "NOUN" && !a.defined.has(content[0].lower)) return "bare common noun";
  if (c.answerKind === "number" && /^\d{1,2}$/.test(c.back) && !/\b(?:per cent|percent|%)/.test(s.text)) return "small bare number";
  return null;
};
