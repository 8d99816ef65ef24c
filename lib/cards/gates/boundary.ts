// No fragment across a page or note boundary: the sentence must start like a sentence and end
// like one; a sentence that starts in lower case or stops without final punctuation was cut.
import type { Gate } from "./types";

export const boundary: Gate = (c, a) => {
  for (const id of [c.sentence, ...c.extra]) {
    const text = a.chapter.sentences[id]?.text.trim() ?? "";
    if (/^[\p{Ll}]/u.test(text)) return "starts mid-sentence";
    if (!/[.!?]["”’)\]]*$/.test(text)) return "stops mid-sentence";
  }
  return null;
};
