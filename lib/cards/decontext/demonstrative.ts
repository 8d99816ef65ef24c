// "These states", "this tax": a demonstrative + noun replaced by the noun phrase it points to, when
// the paragraph confirms it (switch LECTERN_REFERENT, off by default; docs/card-generator.md, "Session 27:
// sentences that point back, repaired from the chapter"). The referent must be the same head noun, in the
// same number, with words of its own ("the Italian states"), in the one to three sentences before in the
// same paragraph (ctx.prev: never across a heading), outside quotation marks, and the only such
// mention there. Anything less leaves the sentence as written (the gates then drop it as before): a wrong
// referent makes a false card.
import type { Token } from "../analyse/types";
import { envSwitch, processEnv, type Env } from "../switch";
import { rarity } from "../rank/frequency";
import { bodyEnd, mentionAt, restricted, type Mention } from "./np";
import { POINTING } from "./determiner";
import { none, type Op, type OpResult } from "./types";

/** The one place the switch is read; `env` is a parameter so the reading is tested without the process. */
export const referentSwitch = (env: Env): boolean => envSwitch(env, "LECTERN_REFERENT");
export const DEMONSTRATIVE_REFERENT_ON = referentSwitch(processEnv());

const DEMONSTRATIVE = /^(?:this|these|that|those)$/;
const PLURAL_DEMONSTRATIVE = /^(?:these|those)$/;
// A mention that counts or quantifies ("many states", "two taxes", "all cities") is no one thing to name.
const QUANTIFIED = /^(?:some|any|many|several|few|all|every|each|no|both|either|neither|most|one|another|other|such|more|less)$/;
const MAX_WORDS = 8;

/** Whether offset `at` of `text` lies inside double quotation marks, or after an opening single one. */
export function quoted(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const curly = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length % 2;
  // An opening ‘ (not an apostrophe: at a word's start) without its closing ’ before a space or stop.
  const singleOpen = (before.match(/(?:^|[\s(—-])‘/g) ?? []).length - (before.match(/’(?=[\s.,;:!?)—-]|$)/g) ?? []).length;
  return curly > 0 || straight === 1 || singleOpen > 0;
}

const plural = (t: Token) => t.lemma !== t.lower;

/** Content words of a phrase (what the replacement adds is what the phrase lacks). */
const content = (ws: Token[]) => ws.filter((w) => w.pos !== "DET" && w.pos !== "PART" && w.pos !== "PUNCT").map((w) => w.lemma.toLowerCase());

export const demonstrativeReferent: Op = (s, ctx) => {
  const out: OpResult = none();
  const ts = s.tokens;
  for (let i = 0; i < ts.length; i++) {
    const d = ts[i];
    if (d.pos !== "DET" || !DEMONSTRATIVE.test(d.lower) || quoted(s.text, d.start)) continue;
    const end = bodyEnd(ts, i + 1);
    if (end < 0) continue;
    const body = ts.slice(i + 1, end), head = ts[end - 1];
    // Its own restriction ("these despotisms of the fourteenth century"), a name or a pointing word inside: left alone.
    if (body.some((t) => POINTING.test(t.lower) || t.pos === "PROPN") || restricted(ts, end) || /^['’]s$/.test(ts[end]?.text ?? "")) continue;
    if (head.lower !== head.text || head.lemma.length < 3 || plural(head) !== PLURAL_DEMONSTRATIVE.test(d.lower)) continue;
    const mine = content(body);
    const found = new Map<string, { m: Mention; from: number }>();
    let refused = false;
    // Only the same paragraph: the previous sentence in `prev` may stand before a paragraph break or a heading.
    const paragraph = ctx.paragraph === undefined ? [] : ctx.prev.filter((p) => p.sentence.paragraph === ctx.paragraph);
    for (const p of paragraph) p.tokens.forEach((t, k) => {
      if (t.pos !== "NOUN" || t.lemma !== head.lemma) return;
      const m = mentionAt(p.tokens, p.text, k, rarity);
      // Not the head of its phrase ("the state treasury"), or a phrase with no determiner: not a mention.
      if (!m) return;
      // A different number ("the state" for "these states"), a quantified, pointing or quoted mention:
      // the paragraph does not confirm one thing.
      if (t.lower !== head.lower || QUANTIFIED.test(m.words[0].lower) || m.words.some((w) => POINTING.test(w.lower) || DEMONSTRATIVE.test(w.lower)) || quoted(p.text, m.words[0].start)) {
        refused = true;
        return;
      }
      const theirs = content(m.words);
      // What the mention adds must say which one (the house's test, ./np: a noun or name before the head, a number or
      // ordinal, a rare adjective, a possessor, an of-phrase); "the circular path", "the greater security" do not.
      const added = m.restricting.filter((r) => !mine.includes(r.lemma.toLowerCase()) && r.pos !== "ADP" && r.pos !== "DET");
      // A mention as bare as this one says no more; one that lacks this one's words is another thing.
      if (!added.length) return;
      // A label of a figure ("the curved line ABC") means nothing without the figure.
      if (m.words.some((w) => /^\p{Lu}{1,4}$/u.test(w.text) && w.pos !== "DET")) {
        refused = true;
        return;
      }
      if (!mine.every((w) => theirs.includes(w)) || m.words.length > MAX_WORDS) {
        refused = true;
        return;
      }
      found.set(m.text.toLowerCase().replace(/^(?:the|a|an)\s+/, ""), { m, from: p.sentence.id });
    });
    if (refused || found.size !== 1) continue;
    const [{ m, from }] = [...found.values()];
    // The words it would add are already in the sentence: the sentence names its own kind (or would say them twice).
    const added = m.words.filter((w) => !mine.includes(w.lemma.toLowerCase()) && w.pos !== "DET" && w.pos !== "ADP");
    if (added.some((a) => ts.some((t, k) => (k < i || k >= end) && t.lemma === a.lemma))) continue;
    const bare = m.text.replace(/^(?:the|a|an|this|that|these|those)\s+/i, "");
    const possessed = m.words[0].pos !== "DET";
    let text = possessed ? bare : `the ${bare}`;
    if (d.start === 0) text = text.charAt(0).toUpperCase() + text.slice(1);
    out.edits.push({ start: d.start, end: head.end, text, op: "demonstrative", from });
    i = end - 1;
  }
  return out;
};
