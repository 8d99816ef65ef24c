// A letter quoted whole in the text (a memoir's dispatches, a history's correspondence) sets its
// furniture as paragraphs of their own: the dateline over it ("CAMP NEAR THE FORD, May 3, 1790."),
// the address ("To Colonel J. Smith, Commanding at the Ford."), the salutation, and under it the
// subscription ("I am, sir, very respectfully, Your obedient servant, J. BROWN, Major."). Read as
// text, they become sentences, and cards ask for a date, a rank or a name that say nothing. They are
// marked "apparatus": they stay in the chapter's text (the source view shows them) but, like a
// heading, make no sentences. The letter's body stays text.
//
// A letter is found by its salutation opening a paragraph ("SIR:", "Sir,", "Dear Madam,", "My dear
// friend,", "Gentlemen:"). Then, among the two paragraphs just above it, a short one closed by a date
// is its dateline and a short one between the dateline and the salutation its address; below it,
// within a few paragraphs, a short paragraph opening with a closing formula and naming a servant's
// or a respectful close ("I am, sir, …", "Yours truly, …", "Very respectfully, …") is its
// subscription, and a short "To …" right under the subscription is the address set at the foot.
// One pass over the paragraphs: linear.
//
// Session 19 (fixw2): a dateline is place words and a date, so a paragraph with a lower-case word
// beyond of/at/near/the/in before its date is a story sentence ("The reply reached the camp on May 3,
// 1790."); and a subscription needs a comma-closed closing formula ("Yours truly,", "Your obedient
// servant,") and a signer (a capitalised last word), so a speech's "Yours is the humble duty …" stays.
// (The month names and the forms of address are shared with front-lines.ts and lib/cards through
// lib/language; the patterns here are this pass's own shapes of them.)
//
// Session 21 (clean21): a salutation that is a paragraph by itself ("Dear Sir,") is furniture too; a
// salutation run into the letter's first sentence ("SIR:--Considering …") stays text. And a letter
// printed without its signer ("I am, etc.", "I am," over "With all respect, etc., etc.", as a
// collection of letters prints them) closes with a short formula and nothing after it but the next
// letter's heading or the chapter's end: such a close is marked wherever it stands, with or without
// a salutation above.
import type { RawParagraph } from "./assemble";
import { MONTH_OR_ABBREVIATION } from "@/lib/language/months";
import { ADDRESS_WORDS, CLOSE_FORMULA_WORDS, CLOSE_OPENERS } from "@/lib/language/salutations";
import { escapeRegExp } from "@/lib/util/regexp";

const SALUTATION = new RegExp(String.raw`^["“]?(?:${ADDRESS_WORDS.flatMap((w) => [w.toUpperCase(), w]).join("|")}|(?:My\s+)?(?:[Dd]ear|DEAR)\s+[\p{L}. ]{1,30}?)\s*[,:;]`, "u");
const MONTH = String.raw`${MONTH_OR_ABBREVIATION}\.?`;
// "…, February 16, 1862.", "…, 3rd May, 1790.", "…, May 1790."
const DATED = new RegExp(String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th|d)?,?\s+\d{4}\.?$|\b\d{1,2}(?:st|nd|rd|th|d)?\s+${MONTH},?\s+\d{4}\.?$|\b${MONTH},?\s+\d{4}\.?$`, "u");
const CLOSING = /^(?:I\s+am|I\s+have\s+the\s+hono(?:u)?r|We\s+are|Believe\s+me|Your(?:s)?\b|Very\s+(?:respectfully|truly|sincerely|faithfully)|Respectfully|Faithfully|Sincerely|Truly)/i;
const CLOSE_WORD = /\b(?:respectfully|obedient|ob't|faithfully|sincerely|truly|servant|se'?v't|humble)\b/i;
const PLACE_WORDS = new Set(["of", "at", "near", "the", "in"]);
const COMMA_CLOSE = /\b(?:yours(?:\s+\p{L}+){0,2}|servants?|se'?v't|ob't|respectfully|truly|sincerely|faithfully|friend),/iu;
const SIGNER = /\p{Lu}[\p{L}.'’-]*[.,]?\s*$/u;

/** Whether a paragraph closed by a date is a dateline: before its date, only place words. */
function dateline(t: string): boolean {
  const m = DATED.exec(t);
  if (!m) return false;
  return t.slice(0, m.index).split(/[\s,.;:]+/).every((w) => !/^\p{Ll}/u.test(w) || PLACE_WORDS.has(w));
}

/** Whether a paragraph is a letter's subscription: a closing formula closed by a comma, and a signer last. */
const subscription = (t: string) => CLOSING.test(t) && CLOSE_WORD.test(t) && COMMA_CLOSE.test(t) && SIGNER.test(t) && words(t) <= MAX_FURNITURE_WORDS;
const MAX_FURNITURE_WORDS = 30; // a subscription with its signer's name and rank
const MAX_HEAD_WORDS = 16; // a dateline or an address
const MAX_LETTER = 12; // paragraphs from a salutation to its subscription

const words = (t: string) => t.trim().split(/\s+/).length;

// The salutation with nothing after it: "Dear Sir,", "My dear Friend,", "SIR:".
const SALUTATION_ALONE_WORDS = 5;
const salutationAlone = (t: string) => SALUTATION.test(t) && /[,:;]$/.test(t) && words(t) <= SALUTATION_ALONE_WORDS;
// A close with no signer: a closing formula ending in a comma or in "etc." ("I am, etc.", "I remain,",
// "With all respect, etc., etc.", "Yours, &c."), with only formula words after its opener (fixclean21).
const FORMULA_WORD = String.raw`(?:${CLOSE_FORMULA_WORDS.map(escapeRegExp).join("|")})(?![\p{L}])`;
const SHORT_CLOSE = new RegExp(String.raw`^(?:${CLOSE_OPENERS})(?![\p{L}])(?:[\s,]+${FORMULA_WORD})*(?:,|(?<=etc\.|&c\.))$`, "iu");
const MAX_CLOSE_WORDS = 8;
const shortClose = (p: RawParagraph | undefined) => !!p && p.kind === "body" && words(plain(p)) <= MAX_CLOSE_WORDS && SHORT_CLOSE.test(plain(p));
const plain = (p: RawParagraph) => p.text.replace(/[_*]/g, "").trim();

/**
 * Marks the furniture of the letters quoted in a chapter — datelines, addresses, salutations standing
 * alone, subscriptions, and closes with no signer at a chapter's or section's end; returns how many.
 */
export function markLetterFurniture(paragraphs: RawParagraph[]): number {
  let marked = 0;
  const mark = (i: number) => {
    if (paragraphs[i].kind !== "body") return;
    paragraphs[i].kind = "apparatus";
    marked++;
  };
  // Closes without a signer: one or two short formulas, then a heading or the chapter's end.
  for (let i = 0; i < paragraphs.length; i++) {
    if (!shortClose(paragraphs[i])) continue;
    const next = shortClose(paragraphs[i + 1]) ? i + 2 : i + 1;
    if (next >= paragraphs.length || paragraphs[next].kind === "heading") for (let j = i; j < next; j++) mark(j);
    i = next - 1;
  }
  for (let i = 0; i < paragraphs.length; i++) {
    if (paragraphs[i].kind !== "body" || !SALUTATION.test(plain(paragraphs[i]))) continue;
    if (salutationAlone(plain(paragraphs[i]))) mark(i);
    // Above: the dateline (closed by a date), and an address between it and the salutation.
    const short = (j: number) => j >= 0 && paragraphs[j].kind === "body" && words(plain(paragraphs[j])) <= MAX_HEAD_WORDS && !/:$/.test(plain(paragraphs[j]));
    if (short(i - 1) && dateline(plain(paragraphs[i - 1]))) mark(i - 1);
    else if (short(i - 2) && dateline(plain(paragraphs[i - 2])) && short(i - 1)) { mark(i - 2); mark(i - 1); }
    // Below: the subscription, and a "To …" address under it.
    for (let j = i + 1; j < paragraphs.length && j <= i + MAX_LETTER; j++) {
      const t = plain(paragraphs[j]);
      if (paragraphs[j].kind !== "body") break;
      if (!subscription(t)) continue;
      mark(j);
      const next = paragraphs[j + 1];
      if (next?.kind === "body" && /^To\s+\p{Lu}/u.test(plain(next)) && words(plain(next)) <= MAX_HEAD_WORDS) mark(j + 1);
      break;
    }
  }
  return marked;
}
