// The answer's type matches the question word: who → person or group, when → date, where →
// place, how many → number, what → not a person or a date. (The pipeline asks "who" only of typed
// persons and groups; cards from the LLM generator may answer with a name it could not type.)
import type { Gate } from "./types";
import { midSentenceSpelling } from "../candidates/case";

export const answerType: Gate = (c, a) => {
  if (c.kind !== "qa") return null;
  const word = c.front.match(/^(Who|When|Where|How many|How much|What)\b/)?.[1];
  const k = c.answerKind;
  // A name the analysis could not type is not a contradiction; a date, place or phrase is.
  if (word === "Who" && c.type !== "definition" && !["person", "group", "name"].includes(k)) return `who → ${k}`;
  // "Who are becoming systematised? → Responses": an answer the chapter writes in lower case wherever it
  // is mid-sentence is a common noun, no one's name, whatever the tagger typed it.
  if (word === "Who" && c.type !== "definition" && a && commonNoun(c.back, a)) return "who → a common noun";
  if (word === "When" && k !== "date") return `when → ${k}`;
  if (word === "Where" && k !== "place") return `where → ${k}`;
  if ((word === "How many" || word === "How much") && k !== "number") return `how many → ${k}`;
  if (word === "What" && c.type !== "definition" && c.type !== "gist" && (k === "person" || k === "date")) return `what → ${k}`;
  return null;
};

/** Every word of the answer (after an article) is one the chapter writes only in lower case mid-sentence. */
function commonNoun(back: string, a: Parameters<Gate>[1]): boolean {
  const words = back.replace(/^(?:the|a|an)\s+/i, "").split(/\s+/).filter(Boolean);
  const spelling = midSentenceSpelling(a);
  return words.length > 0 && words.every((w) => {
    const seen = spelling.get(w.toLowerCase());
    return !!seen && seen.upper === 0 && seen.lower > 0;
  });
}
