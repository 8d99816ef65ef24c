// The speaker's and the reader's words ("I", "we", "you" and their forms): a card that shows one
// speaks for somebody the card does not name ("What do I claim …?", "as you see"). One word list and
// one classifier for the gates that ask: ./standalone asks about "I" and "you" only; ./referring
// asks about "we" as well, and lets a "we" of people in general through (./generic-we).

const FORMS = {
  I: ["me", "my", "mine", "myself"],
  we: ["we", "us", "our", "ours", "ourselves"],
  you: ["you", "your", "yours", "yourself", "yourselves"],
} as const;

// "I" as a word is the pronoun unless a full stop follows (a numeral: "Part I.").
const pattern = (forms: readonly string[]) => new RegExp(String.raw`\bI\b(?!\.)|\b(?:${forms.join("|")})\b`, "i");

/** Any word of the speaker ("I", "we") or the reader ("you"). */
export const SPEAKER = pattern([...FORMS.I, ...FORMS.we, ...FORMS.you]);
const SPEAKER_NOT_WE = pattern([...FORMS.I, ...FORMS.you]);

export type Person = "I" | "we" | "you";

/**
 * Which person the first speaker or reader word of `text` is: "I" (I, me, my, mine, myself), "we"
 * (we, us, our, ours, ourselves), "you" (you, your, yours, yourself, yourselves), or null.
 * With `{ we: false }` the "we" words are not looked for (the next "I" or "you" word counts).
 */
export function speakerPerson(text: string, opts: { we: false }): "I" | "you" | null;
export function speakerPerson(text: string, opts?: { we?: boolean }): Person | null;
export function speakerPerson(text: string, { we = true }: { we?: boolean } = {}): Person | null {
  const m = (we ? SPEAKER : SPEAKER_NOT_WE).exec(text);
  if (!m) return null;
  const word = m[0].toLowerCase();
  return word === "i" || (FORMS.I as readonly string[]).includes(word) ? "I" : (FORMS.we as readonly string[]).includes(word) ? "we" : "you";
}
