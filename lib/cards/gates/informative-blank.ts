// The blank (or short answer) is an informative span: a named entity, a number, a date, or a term
// the chapter defines or repeats; never a stop word, a bare common noun or part of a name.
import type { Gate } from "./types";
import { TITLES } from "../analyse/lexicon";
import { rarity } from "../rank/frequency";

// Rarity in general English (0 = "the", 1 = unknown to the word list) a term's rarest word must reach.
export const RARE = 0.55;

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
  // "Lessons of {{October}}", "the Duke of {{Wellington}}": after "of" that follows a name.
  const i0 = before ? s.tokens.indexOf(before) : -1;
  if (before && /^(?:of|the)$/.test(before.lower) && proper(s.tokens[i0 - 1])) return "part of a name";
  // Half a hyphenated word ("sense-{{data}}") or a name after its title ("Miss {{Grey}}").
  const text = s.text;
  if (/\d[,.]$/.test(text.slice(0, c.answer.start)) || /^[,.]\d/.test(text.slice(c.answer.end))) return "part of a number";
  if (/^["'‘“]|[.,;:'"’”]$/.test(c.back)) return "punctuation in the blank";
  if (/[-‐]$/.test(text.slice(0, c.answer.start)) || /^[-‐]\p{L}/u.test(text.slice(c.answer.end))) return "part of a word";
  if (before && TITLES.has(before.lower.replace(/\.$/, ""))) return "part of a name";
  // A name used as an adjective ("the {{Vance}} estate", "a {{Flemish}} painter") is not the point.
  if (inside.length === 1 && inside[0].pos === "PROPN" && after && after.pos === "NOUN" && /^\p{Ll}/u.test(after.text)) return "proper adjective";
  // One lowercase word ("the {{flame}}", "no {{sequel}}") is a common noun or worse: raters reject
  // nineteen of twenty. It stays only when the chapter defines it as a term.
  if (inside.length === 1 && /^\p{Ll}[\p{Ll}'’-]*$/u.test(c.back) && !a.defined.has(inside[0].lower) && c.kind === "cloze") return "one common word";
  if (c.answerKind === "list" && !content.some((t) => t.pos === "PROPN" || rarity(t.lower) >= RARE)) return "list of common words";
  if (c.answerKind === "term" || c.answerKind === "phrase") {
    // A term is informative when the chapter defines it or when it is rare in general English (a
    // technical word), not merely repeated: "law", "case", "condition" recur in any chapter.
    const term = content.map((t) => t.lower).join(" ");
    const rare = Math.max(...content.filter((t) => t.pos !== "ADJ" || content.length === 1).map((t) => rarity(t.lower)), 0);
    if (!a.defined.has(term) && rare < RARE && !content.some((t) => t.pos === "PROPN")) return "common words only";
  }
  if (c.answerKind === "number" && /^\d{1,2}$/.test(c.back) && !/\b(?:per cent|percent|%)/.test(s.text)) return "small bare number";
  return null;
};
