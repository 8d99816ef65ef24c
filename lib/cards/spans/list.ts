// "A, B, {{C}} and D": one item of an enumeration of three or more. The rest of the list gives no
// clue to it, and the item alone is rarely the sentence's point.
// An item is a short stretch between separators with no verb or determiner of its own.
import { sliceMemo } from "./slice-memo";

// The item's leading spaces all go to `\s*` (the lookahead makes its first character a non-space):
// when `\s*` and the character class could share them, a long run of commas with no closing "and"
// (a table or JSON read as one sentence) made FIRST backtrack through every split, 2^items steps.
const ITEM = String.raw`(?!\s*(?:the|a|an|his|her|its|their|who|which|that|before|after|when|while)\b)\s*(?=[^\s,;:()])(?:(?!\b(?:is|are|was|were|says|said|has|had|have)\b)[^,;:()]){1,30}`;
const MIDDLE_BEFORE = new RegExp(String.raw`(?:^|[,;:]|\b(?:of|with|by|between|including|excluding|as)\s)${ITEM},\s*$`);
const MIDDLE_AFTER = new RegExp(String.raw`^['’]?s?\s*(?:,${ITEM}(?:,|\s(?:and|or|nor)\s)|,?\s*(?:and|or|nor)\s)`);
const SERIAL_END = new RegExp(String.raw`,${ITEM},?\s+(?:and|or|nor)\s+$`);
const FIRST = new RegExp(String.raw`^\s*(?:,${ITEM})+,?\s+(?:and|or|nor)\s+\S`);

/** The answer is one item of an enumeration of three or more ("A, {{B}} and C", "A, B, and {{C}}"). */
export function listItem(text: string, start: number, end: number): boolean {
  if (middleBefore(text, start) && middleAfter(text, end)) return true;
  if (serialEnd(text, start)) return true;
  return firstItem(text, end);
}

// (Each test reads only one side of the span: remembered per offset, ./slice-memo.)
const middleBefore = sliceMemo("before", (before) => MIDDLE_BEFORE.test(before));
const middleAfter = sliceMemo("after", (after) => MIDDLE_AFTER.test(after));
const serialEnd = sliceMemo("before", (before) => SERIAL_END.test(before));
const firstItem = sliceMemo("after", (after) => {
  const m = FIRST.exec(after);
  return !!m && !/\b(?:was|were|is|are|had|has|have|did)\b/.test(m[0]);
});

