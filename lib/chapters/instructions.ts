// The English of a study question or exercise: an instruction to the reader opening on a bare verb
// ("Explain the rise of …", "Trace the rise of …", "Show how …", "State the position of …",
// "Name three …"). It asks the student for a fact; it states none. Shared by the clean-up (an
// apparatus section's items, ./apparatus) and the card generator's gate (lib/cards/gates/instruction,
// which reads the parse as well).

/** Verbs a textbook's questions and exercises open with, in their bare form. */
export const INSTRUCTION_VERBS: ReadonlySet<string> = new Set([
  "explain", "trace", "describe", "summarize", "summarise", "compare", "contrast", "discuss", "show", "give", "name", "list",
  "state", "find", "calculate", "compute", "enumerate", "review", "define", "outline", "illustrate", "identify", "mention",
  "distinguish", "prove", "determine", "estimate", "criticize", "criticise", "classify", "account", "point", "sketch", "draw",
  "write", "tell", "locate", "analyze", "analyse", "characterize", "characterise", "justify", "indicate", "specify", "cite",
]);

/** Those that are nouns as often as verbs ("State laws", "Name changes", "List prices", "Trace elements"). */
export const NOUN_LIKE_VERBS: ReadonlySet<string> = new Set([
  "show", "name", "list", "state", "find", "review", "outline", "contrast", "estimate", "sketch", "draw", "point", "account", "trace", "cite",
]);

/** Two verbs take their particle before the object: "Account for …", "Point out …". */
export const PARTICLE: Readonly<Record<string, string>> = { account: "for", point: "out" };

/** Words that open a bare verb's object or clause: "the", "some", "three", "how", "why", "briefly". */
export const OBJECT_OPENERS: ReadonlySet<string> = new Set([
  "the", "a", "an", "this", "that", "these", "those", "some", "any", "each", "every", "all", "both", "either", "several", "many",
  "his", "her", "its", "their", "your", "our", "what", "which", "who", "whom", "whose", "why", "how", "when", "where", "whether",
  "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "briefly", "fully", "clearly", "carefully", "concisely",
]);

// An item's number or letter before it ("5.", "(3)", "b)"), and an adverb before the verb ("Briefly explain …").
export const ITEM_LABEL = /^\s*(?:\(?\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-z][.)])\s+(?=\S)/i;
const AUXILIARY = /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did)$/;
const LEAD_ADVERB = /^(?:briefly|now|then|next|also|further|finally|again|carefully|fully|clearly),?\s+/i;

/**
 * A sentence of plain text that is an instruction to the reader: a verb of the list above, bare and
 * first (after an item label or an adverb), then the opening of its object. A word that is as often
 * a noun ("State", "Name") counts only before a word that opens an object ("the", "how", "three"),
 * since "State laws differ" opens on a subject.
 */
export function opensWithInstruction(sentence: string): boolean {
  const item = sentence.replace(ITEM_LABEL, "").trim();
  if (!/^\p{Lu}/u.test(item)) return false;
  const t = item.replace(LEAD_ADVERB, "");
  const m = t.match(/^(\p{L}\p{Ll}+)(?:\s+([\p{L}\d'’]+))?/u);
  if (!m || !m[2]) return false;
  const verb = m[1].toLowerCase(), next = m[2].toLowerCase();
  if (!INSTRUCTION_VERBS.has(verb)) return false;
  if (PARTICLE[verb]) return next === PARTICLE[verb];
  if (OBJECT_OPENERS.has(next) || /^\d/.test(next)) return true;
  // Any other word after a verb that is never a noun, but an auxiliary or a participle ("Compare is …").
  return !NOUN_LIKE_VERBS.has(verb) && !/(?:ed|ing)$/.test(next) && !AUXILIARY.test(next);
}
