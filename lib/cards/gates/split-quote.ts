// A question or answer that opens a quotation it does not close, or closes one it never opened
// ("What is a 'motto? → a borrowed courage'"): the card was cut through a quotation, and reads
// garbled whatever it asks. Certain by form; apostrophes inside words ("keeper's", "don't") and
// after a plural ("the keepers' lamps") are no quotation marks.
import type { Gate } from "./types";

/** True when the text's single or double quotation marks do not pair up. */
export function unpairedQuote(text: string): boolean {
  const t = text.replace(/(?<=\p{L})['’](?=\p{L})/gu, "").replace(/(?<=s)['’](?=[\s,.;:?!)]|$)/g, "");
  const singles = (t.match(/['‘’]/g) ?? []).length;
  const straight = (t.match(/"/g) ?? []).length;
  const open = (t.match(/“/g) ?? []).length, close = (t.match(/”/g) ?? []).length;
  return singles % 2 === 1 || straight % 2 === 1 || open !== close;
}

export const splitQuote: Gate = (c) => {
  if (c.kind !== "qa") return null;
  return unpairedQuote(c.front) || unpairedQuote(c.back) ? "a quotation cut in two" : null;
};
