// No fragment across a page or note boundary: the sentence must start like a sentence and end
// like one; a sentence that starts in lower case or stops without final punctuation was cut.
import type { Gate } from "./types";

const NOTE_INSIDE = /(?<!\b(?:\p{L}|e\.g|i\.e|viz|cf|etc|vs|Mr|Mrs|Ms|Dr|St|No|vol|pp?|ch|ed|ibid|op|cit|al|Co|Ltd|Inc|Jr|Sr))\.\s+\p{Ll}{2,}/u;

export const boundary: Gate = (c, a) => {
  for (const id of [c.sentence, ...c.extra]) {
    const text = a.chapter.sentences[id]?.text.trim() ?? "";
    if (/^[\p{Ll}]/u.test(text)) return "starts mid-sentence";
    if (!/[.!?]["”’)\]]*$/.test(text)) return "stops mid-sentence";
    // A full stop followed by a lower-case word inside the sentence: a side-note or a heading was
    // left in it ("… the ultimate appeal on Utility the ultimate appeal. all ethical questions").
    if (NOTE_INSIDE.test(text)) return "note inside the sentence";
  }
  return null;
};
