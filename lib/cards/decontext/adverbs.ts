// Adverbs that presuppose something said before: "also", "too", "again", "hitherto", "thereupon".
// "also" and a clause-final "too" only add that something else was so: deleting them keeps the
// claim true and makes it stand alone ("X was also renamed" → "X was renamed"). The others carry
// the story's sequence or contrast ("again", "instead", "hitherto") and are reported, not deleted.
import { HAS_LETTER } from "@/lib/cards/letters";
import type { Token } from "../analyse/types";
import { none, type Op, type OpResult } from "./types";

const DELETABLE = new Set(["also"]);
/** "but also" is kept whole (session 17, genfix); an object so a test can turn it off. */
export const BUT_ALSO = { on: true };
// A conclusive connective inside the clause ("The causes are thus sown in …", "The court therefore
// held …") marks the claim as following from the text before; the claim is asserted all the same,
// and strict raters asked for it to go ("drop 'thus'", three books). Recorded as the "connective"
// repair (sentence compression, ../compress). Not after a comma or a conjunction ("…, and therefore
// Q": the in-sentence conclusion the claim questions read), nor before a participle in an aside.
const CONCLUSIVE = new Set(["thus", "therefore", "hence", "consequently", "accordingly"]);
export const DELETE_CONCLUSIVE = true;
const PRESUPPOSING = new Set(("again hitherto thereupon whereupon thereafter afterwards afterward meanwhile instead likewise similarly " +
  "accordingly consequently therefore thus hence besides moreover furthermore nevertheless nonetheless then").split(" "));

/** Switch for the inferential "then" (session 15): OFF, the one training card it admitted was rejected
 * (for its subject, not its "then"); scripts/standalone-rules.ts turns it on to measure it. */
export const THEN_RULE = { on: false };
// "must" of inference ("We must then conclude"); after "shall", "can", "will" a "then" is a step of a
// procedure ("the votes shall then be counted", "the mixture can then be heated").
const MODAL = /^must$/;
const CONDITIONAL = /^(?:if|unless)$/;

/**
 * "then" meaning "therefore" or "in that case", which points at no time of the story:
 * - right after "must" or between its verb and a comma ("We must then conclude …",
 *   "The surveyor must begin then, by …"), or after a verb of saying with a comma ("I say then, that …");
 * - opening the main clause after a conditional ("If the tide rose every hour, then the mill …").
 * A narrative "then" ("The friar then explained …", "and then he left") is still a sequence.
 */
function inferentialThen(ts: Token[], k: number): boolean {
  const prev = ts[k - 1], next = ts[k + 1];
  if (MODAL.test(prev?.lower ?? "")) return true;
  if (next?.text === "," && prev?.pos === "VERB" && ts.slice(Math.max(0, k - 4), k - 1).some((t) => MODAL.test(t.lower))) return true;
  if (next?.text === "," && prev?.pos === "VERB" && /^(?:say|answer|reply|conclude|repeat|ask)$/.test(prev.lemma) && ts[k - 2]?.pos === "PRON") return true;
  if (prev?.text === "," && CONDITIONAL.test(ts[0]?.lower ?? "")) return true;
  return false;
}

export const adverbs: Op = (s) => {
  const out: OpResult = none();
  const ts = s.tokens;
  const notOnly = ts.some((t, k) => t.lower === "not" && ts[k + 1]?.lower === "only");
  ts.forEach((t, k) => {
    if (k === 0 || t.pos !== "ADV") return;
    const prev = ts[k - 1], next = ts[k + 1];
    // A marker between commas is the marker op's; "but also" after "not only" is one construction.
    if (prev.text === "," && (next?.text === "," || (t.lower === "too" && /^[.;]$/.test(next?.text ?? "")))) return;
    // "X desired A, but also B": "but also" adds B whether or not "not only" came first; without
    // "also" the "but" sets B against A and the sentence says the opposite (strict raters, session 17).
    if (DELETABLE.has(t.lower) && !(notOnly && prev.lower === "but") && !(BUT_ALSO.on && prev.lower === "but") && next && /^(?:VERB|AUX|ADV|ADP|DET|ADJ|NOUN|PROPN|PART)$/.test(next.pos)) {
      out.edits.push({ start: prev.end, end: t.end, text: "", op: "adverb" });
      return;
    }
    if (DELETE_CONCLUSIVE && CONCLUSIVE.has(t.lower) && next && HAS_LETTER.test(next.text) && next.text !== "," && (/^(?:AUX|VERB)$/.test(prev.pos) || (/^(?:NOUN|PROPN|PRON)$/.test(prev.pos) && /^(?:AUX|VERB)$/.test(next.pos)))) {
      out.edits.push({ start: prev.end, end: t.end, text: "", op: "connective" });
      return;
    }
    if (t.lower === "too" && /^[.;!?]$/.test(next?.text ?? "") && prev.pos !== "ADV") {
      out.edits.push({ start: prev.end, end: t.end, text: "", op: "adverb" });
      return;
    }
    // "Orla, then a clerk at Dunmore, wrote …" in a sentence with its own date: "then" is that time.
    if (t.lower === "then" && prev.text === "," && ts[k - 2]?.pos === "PROPN" && (ts.some((u) => /^\d{4}$/.test(u.text)) || s.entities.some((e) => e.kind === "date"))) return;
    // So it is right after the date itself, when an apposition follows ("… in March 1733, then twenty
    // years of age"; not a clause: "…, then he left" is a sequence). A card that cuts the date out
    // ("When did …, then twenty years of age?") leaves "then" bare: the dependence stays, answered only
    // by a card that shows the date with it (`inside`).
    const date = s.entities.find((e) => e.kind === "date" && e.end === ts[k - 2]?.end);
    if (t.lower === "then" && prev.text === "," && date && /^(?:DET|NUM|ADJ|ADP|NOUN|PROPN)$/.test(next?.pos ?? "")) {
      out.unresolved.push({ op: "adverb", kind: t.lower, start: t.start, end: t.end, text: t.text, inside: s.text.slice(date.start, t.end) });
      return;
    }
    // "… because they have operated hitherto": with a present perfect, "hitherto" is up to now, the
    // time of writing and reading, not a point of the story (a past perfect's "had hitherto" is).
    if (t.lower === "hitherto" && ts.some((u) => /^(?:has|have)$/.test(u.lower)) && !ts.some((u) => u.lower === "had")) return;
    if (t.lower === "then" && THEN_RULE.on && inferentialThen(ts, k)) return;
    if (PRESUPPOSING.has(t.lower)) out.unresolved.push({ op: "adverb", kind: t.lower, start: t.start, end: t.end, text: t.text });
  });
  return out;
};
