// The answer's type matches the question word: who → person or group, when → date, where →
// place, how many → number, what → not a person or a date. (The pipeline asks "who" only of typed
// persons and groups; cards from the LLM generator may answer with a name it could not type.)
import type { Gate } from "./types";

export const answerType: Gate = (c) => {
  if (c.kind !== "qa") return null;
  const word = c.front.match(/^(Who|When|Where|How many|How much|What)\b/)?.[1];
  const k = c.answerKind;
  // A name the analysis could not type is not a contradiction; a date, place or phrase is.
  if (word === "Who" && c.type !== "definition" && !["person", "group", "name"].includes(k)) return `who → ${k}`;
  if (word === "When" && k !== "date") return `when → ${k}`;
  if (word === "Where" && k !== "place") return `where → ${k}`;
  if ((word === "How many" || word === "How much") && k !== "number") return `how many → ${k}`;
  if (word === "What" && c.type !== "definition" && c.type !== "gist" && (k === "person" || k === "date")) return `what → ${k}`;
  return null;
};
