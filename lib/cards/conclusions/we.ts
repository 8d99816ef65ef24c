// The author's "we" stating a claim (session 17): "We have seen that P", "we must admit that P", "we
// cannot doubt that P", "we can see that P". The inclusive "we" of an argument is the author speaking
// with the reader; P is the author's claim, so the card is P said as the author's ("According to <author>,
// …", ./card), and only when the author is known (the Found is `authorial`). The decontextualisation
// already deletes the commonest frames at a sentence's start ("We know that", decontext/author-frames),
// whose claims then stand as plain cards; this finds the rest, and a frame inside a sentence ("…, and we
// must admit that P"). A narrative "we" (a group that acted: "we found that the ford was gone") is left
// out by grammar: only a present, perfect or modal verb of knowing, seeing or granting, never a past one;
// and a frame under a condition or a time ("If we test the spring, we shall find that …") is left out,
// since P alone would drop the condition it holds under.
import type { AnalysedSentence, Token } from "../analyse";
import { clauseEnd, clauseStart, opensClause, type Found } from "./find";

// Adverbs allowed between "we" and the verb, and between a modal and its verb ("we must therefore admit").
const ADVERB = /^(?:already|all|now|thus|then|therefore|also|here|well|readily|clearly|easily|at|once|still|fairly|safely|hardly|surely|certainly|plainly|scarcely|even)$/;
// The frames, as lower-case words after "we" (adverbs aside): a verb of knowing, seeing or granting in the
// present, the perfect, or after a modal. Not "suppose", "assume", "say" alone (a supposition or a
// definition: "when we say that A, we mean B"), nor any past tense.
const FRAMES: string[][] = [
  ["see"], ["know"], ["perceive"], ["recognize"], ["recognise"], ["admit"], ["grant"], ["find"], ["understand"], ["observe"], ["learn"],
  ["have", "seen"], ["have", "found"], ["have", "learned"], ["have", "learnt"], ["have", "shown"], ["have", "proved"], ["have", "noticed"], ["have", "observed"],
  ["are", "bound", "to", "recognize"], ["are", "bound", "to", "recognise"], ["are", "bound", "to", "admit"], ["are", "forced", "to", "admit"], ["are", "forced", "to", "conclude"],
  ["ought", "to", "understand"], ["ought", "to", "recognize"], ["ought", "to", "recognise"], ["ought", "to", "remember"],
  ["cannot", "doubt"], ["cannot", "but", "see"], ["cannot", "but", "admit"], ["cannot", "but", "observe"], ["cannot", "deny"],
  // (the tokenizer may read "cannot" as "can" + "not")
  ["can", "not", "doubt"], ["can", "not", "but", "see"], ["can", "not", "but", "admit"], ["can", "not", "but", "observe"], ["can", "not", "deny"],
];
const MODAL = /^(?:can|may|must|shall|will)$/;
const AFTER_MODAL = /^(?:see|say|admit|grant|recognize|recognise|remember|affirm|perceive|understand|observe|find|believe|learn)$/;
// A frame under a condition or a time: the clause the "we" opens follows one of these.
const CONDITION = /^(?:if|when|whenever|unless|until|till|once|as|while|whether|supposing|suppose)$/;

/** The words of a "we" frame at token k (its length), or 0. */
function frameAt(t: Token[], k: number): number {
  if (t[k]?.lower !== "we") return 0;
  let j = k + 1;
  while (ADVERB.test(t[j]?.lower ?? "") || t[j]?.text === ",") j++;
  const frame = FRAMES.find((w) => w.every((x, i) => t[j + i]?.lower === x));
  if (frame) return j + frame.length - k;
  if (MODAL.test(t[j]?.lower ?? "")) {
    // "we may well believe", "we must therefore admit" (not "we may not": a denial is no frame).
    j++;
    while (ADVERB.test(t[j]?.lower ?? "")) j++;
    return AFTER_MODAL.test(t[j]?.lower ?? "") ? j + 1 - k : 0;
  }
  return 0;
}

/** The author's claims a first-person-plural frame announces in a sentence: each clause P after "we … that". */
export function authorialWe(s: AnalysedSentence): Found[] {
  const t = s.tokens;
  const out: Found[] = [];
  for (let k = 0; k < t.length - 5; k++) {
    if (t[k].lower !== "we" || !opensClause(t, k)) continue;
    const n = frameAt(t, k);
    if (!n) continue;
    let j = k + n;
    if (t[j]?.text === ",") j++;
    if (t[j]?.lower !== "that") continue;
    j++;
    if (t[j]?.text === ",") j++;
    // "If we reflect on …, we perceive that P", "When we say that …": the condition P holds under is lost.
    const lead = clauseStart(t, k);
    if (t.slice(lead, k).some((x) => CONDITION.test(x.lower))) continue;
    let to = clauseEnd(t, j);
    // "we see that A, and that B": a second complement is a second claim; A is the first.
    const second = t.findIndex((x, i) => i > j + 3 && i < to - 2 && x.text === "," && /^(?:but|and)$/.test(t[i + 1].lower) && t[i + 2].lower === "that");
    if (second > 0) to = second;
    if (to - j < 4) continue;
    out.push({ from: j, to, shape: "conclusion", authorial: true });
    k = to;
  }
  return out;
}

