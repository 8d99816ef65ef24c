// Story pronouns repaired from the sentence before: "The Carlists waited. The carts blocked them at
// the ford" → "… blocked the Carlists at the ford". In a past-tense sentence, an object, possessive or later
// subject pronoun that nothing before it in its own sentence can stand for (the reading of
// ../gates/story-pronoun.ts) is replaced by the antecedent the leading-pronoun coreference finds in
// the previous sentence — only when that sentence has exactly one candidate of the right kind, and
// never by a name the sentence itself already has (an object "him" is not its own clause's subject).
// What is not repaired is left to the story-pronoun gate, which drops the card that shows it.
import type { AnalysedSentence, Token } from "../analyse/types";
import { antecedent } from "../analyse/coref";
import { narrative } from "../gates/scene-anchor";
import { antecedentBefore, KIND, readable, type Kind } from "../gates/story-pronoun";
import { none, type Context, type Op, type OpResult } from "./types";

// The leading-pronoun coreference reads the subject and possessive forms; an object form asks the same.
const AS_LEADING: Record<string, string> = { him: "he", them: "they", he: "he", she: "she", they: "they", his: "his", her: "her", their: "their", it: "it", its: "its" };
const POSSESSIVE = /^(?:his|their|its)$/;

/**
 * A common noun of the previous sentence that the pronoun could stand for as well as the name the
 * coreference chose: any plural noun for "they / them / their" ("The Carlists met the ferrymen"),
 * any singular noun outside the name for "it / its", a singular noun that is someone's role (a
 * subject or object, not a preposition's) for "he / him". A mid-sentence pronoun has more
 * candidates than a leading one, so only a previous sentence with no rival is trusted.
 */
function rival(p: AnalysedSentence, name: string, kind: Kind): boolean {
  const inName = (t: Token) => name.includes(t.text);
  // "Vance spoke, and his words stirred him": a pronoun of the same kind there may be someone else.
  if (p.tokens.some((t) => t.pos === "PRON" && KIND[t.lower] === kind)) return true;
  return p.tokens.some((t, j) => {
    if (t.pos !== "NOUN" || inName(t)) return false;
    if (kind === "plural") return t.lemma !== t.lower;
    if (kind === "neuter") return t.lemma === t.lower;
    return t.lemma === t.lower && p.tokens[j - 1]?.pos !== "ADP" && !(p.tokens[j - 1]?.pos === "DET" && p.tokens[j - 2]?.pos === "ADP");
  });
}

export const storyPronoun: Op = (s, ctx: Context) => {
  const out: OpResult = none();
  const ts = s.tokens;
  if (!ctx.prev.length || !narrative(ts)) return out;
  for (let k = 0; k < ts.length; k++) {
    if (!readable(ts, k, null) || antecedentBefore(ts, s, k, () => true)) continue;
    const word = ts[k].lower;
    const ante = antecedent(ctx.prev as AnalysedSentence[], { index: k, word: AS_LEADING[word], length: 1 });
    if (!ante) continue;
    const last = ante.text.split(/\s+/).at(-1)!;
    if (ts.some((t) => t.text === last) || rival(ctx.prev.at(-1)!, ante.text, KIND[word])) continue;
    // "her" is a possessive before a noun or adjective ("her own resources"), else an object.
    const possessive = POSSESSIVE.test(word) || (word === "her" && /^(?:NOUN|ADJ|PROPN)$/.test(ts[k + 1]?.pos ?? ""));
    const name = k === 0 ? ante.text.charAt(0).toUpperCase() + ante.text.slice(1) : ante.text;
    const text = possessive ? (/s$/.test(name) ? `${name}'` : `${name}'s`) : name;
    out.edits.push({ op: "pronoun", start: ts[k].start, end: ts[k].end, text, from: ante.from });
  }
  return out;
};
