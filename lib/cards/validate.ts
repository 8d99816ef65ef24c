// Checks every card, whichever generator made it: answers leaked into the question, answers not
// supported by the source, vague questions, citation or markup residue, malformed cloze.
import type { CleanChapter } from "@/lib/chapters/types";
import type { GeneratedCard } from "./types";
import { contentTokens, tokens, wordCount } from "./text";

export const CITATION_RESIDUE = /\bpp?\.\s*\d|\bibid\b|\bop\.\s*cit\b|\bart\.\s*\d|\bNo\.\s*\d|\bvol\.\s*[\dxivl]|\(n\.d\.\)/i;
// ... and a note number left glued to the end of a word or sentence ("by the end of the century.3").
export const MARKUP_RESIDUE = /<\/?[a-z][^>]*>|\*\*|\[\^|\u0001|\u0003|(^|\s)_[^_\s]+_|\\\*|\p{Ll}{2}[.,;:]\d{1,3}(?=\s|$)/iu;
/** A cloze deletion, its text captured: "{{c1::Stalingrad}}". */
export const CLOZE_DELETION = /\{\{c\d+::([^}]*)\}\}/g;
const VAGUE_QUESTION = /^(?:What|Who) (?:was|is|were|are) (?:the )?[A-Z][\p{L}'’-]*(?: [A-Z][\p{L}'’-]*)?\?$/u;
const DANGLING = /^(?:What|Who|When|Where|Why|How)\b.*\b(?:he|she|it|they|this|these|those|him|her|them)\b/i;

export function isMalformed(card: GeneratedCard): string | null {
  if (!card.front.trim() || !card.back.trim()) return "empty side";
  if (wordCount(card.back) > 40) return "answer too long";
  if (card.kind === "qa" && !card.front.trim().endsWith("?")) return "question without a question mark";
  if (card.kind === "cloze" && !/\{\{c\d+::[^}]+\}\}/.test(card.front)) return "cloze without a deletion";
  const opens = (card.front.match(/[(\[]/g) ?? []).length, closes = (card.front.match(/[)\]]/g) ?? []).length;
  if (opens !== closes) return "unbalanced brackets";
  if ((card.front.match(/["“”]/g) ?? []).length % 2 === 1 && !/[“”]/.test(card.front)) return "unbalanced quotes";
  return null;
}

export function validateCard(card: GeneratedCard, chapter: CleanChapter): GeneratedCard {
  const flags = new Set(card.flags);
  const question = card.kind === "cloze" ? card.front.replace(CLOZE_DELETION, " ") : card.front;
  const answerTokens = contentTokens(card.back.replace(/,\s*[^,]*\d{4}.*$/, "")); // "Stalingrad, April 1925": the name must not be given away
  const q = new Set(tokens(question));
  if (answerTokens.length && answerTokens.every((t) => q.has(t))) flags.add("answer-in-question");
  const source = card.source.sentenceIds.map((id) => chapter.sentences[id]?.text ?? "").join(" ");
  const sourceTokens = new Set(tokens(source));
  const unsupported = contentTokens(card.back).filter((t) => !sourceTokens.has(t) && !/^\d+$/.test(t));
  if (unsupported.length && unsupported.length >= Math.max(1, Math.ceil(contentTokens(card.back).length * 0.3))) flags.add("unsupported");
  // "What was Lisk?" -> "the scene of a clash" is vague; "What was the Marlow League?" -> "an
  // association of merchant guilds ..." is a definition by genus, which is what the question asks.
  // A superlative picks out one thing as well: "Who was Orlen Vance?" -> "the most eminent English engineer of the day".
  // A glossary entry is a definition by construction, whatever its article.
  // "What is the Federal Reserve?" -> "the central bank of the United States": a name that takes "the" is
  // an institution, a law or a work, and a definite description of four words or more identifies it.
  const identified = /^(?:definition|apposition)$/.test(card.rule) && /^(?:What|Who) (?:was|is|were|are) the \p{Lu}/u.test(card.front) && /^the /i.test(card.back) && wordCount(card.back) >= 4;
  // "What are Cepheids?" -> "stars that brighten and dim ...": a plural genus with its difference.
  const pluralGenus = /^(?:definition|apposition)$/.test(card.rule) && /^(?:[a-z-]+ ){0,3}[a-z-]+s (?:that|which|who|of|in|with)\b/.test(card.back);
  // "Who was Mira Brell?" -> "lord of Lisk": an office of a named place identifies a person.
  const office = card.rule === "apposition" && /^Who /.test(card.front) && /^[a-z]+(?: [a-z]+)? (?:of|from|at|in|to) (?:the )?(?:\p{Lu}|\d)/u.test(card.back);
  // "What was George Eliot?" -> "the pen name of Mary Ann Evans": a relation to a named thing identifies too.
  const relational = /^(?:definition|apposition)$/.test(card.rule) && /^the [a-z]+(?: [a-z]+)? of (?:the )?\p{Lu}/u.test(card.back) && wordCount(card.back) >= 4;
  const genus = identified || relational || pluralGenus || office || card.rule === "glossary" || /^(?:definition|apposition)$/.test(card.rule) && (/^(?:an?|one of the) /i.test(card.back) || (card.rule === "apposition" && /^the (?:most|first|only|last|[a-z]+est) /i.test(card.back)));
  if (card.kind === "qa" && ((VAGUE_QUESTION.test(card.front) && !genus) || DANGLING.test(card.front.replace(/\?$/, "")))) flags.add("ambiguous");
  if (card.kind === "qa" && wordCount(card.front) < 3) flags.add("ambiguous");
  if (CITATION_RESIDUE.test(card.front) || CITATION_RESIDUE.test(card.back)) flags.add("citation-residue");
  if (MARKUP_RESIDUE.test(card.front) || MARKUP_RESIDUE.test(card.back)) flags.add("markup-residue");
  const malformed = isMalformed(card);
  if (malformed) flags.add(`malformed:${malformed}`);
  return { ...card, flags: [...flags] };
}

/** Flags that make a card unfit to show at all (others lower its score). */
export function isRejected(card: GeneratedCard): boolean {
  return card.flags.some((f) => f === "answer-in-question" || f === "citation-residue" || f === "markup-residue" || f === "unsupported" || f.startsWith("malformed"));
}
