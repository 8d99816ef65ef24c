// Determiners and adjectives that point at something outside the sentence: "the other mistake",
// "another ship", "further time", "the same law", "the latter", "the last example", "the next
// year", "a different thought". None can be repaired from the sentence alone; they are reported.
// Constructions that carry their own standard are not: "each other", "one another", "on the other
// hand", "other than", "the same … as", "different from", "similar to", "the following:".
import type { Token } from "../analyse/types";
import { none, type Op, type OpResult } from "./types";

// Plurals that "other" makes generic ("the actions of other people") rather than "the others just named".
const GENERIC_OTHERS = /^(?:people|men|persons|women|folk|things|beings|creatures)$/;
/** Words that point to something named before ("the other", "the same", "the last"); ./definite reads them too. */
export const POINTING = /^(?:other|another|further|same|former|latter|last|next|above|following|previous|preceding|aforesaid|aforementioned|remaining|different|similar)$/;

/** Switch for the in-sentence antecedent of a determiner (session 15): OFF, the training cards it
 * admitted were 1 accept, 2 reject; scripts/standalone-rules.ts turns it on to measure it. */
export const INSIDE_RULE = { on: false };

/**
 * The sentence's own stretch a pointing word refers to, when it has one (a card that shows all of
 * it carries the antecedent; ./dependence):
 * - "further", "similar", "different", "other" before a noun the sentence named earlier: "grinds
 *   40 sacks …, and … a further 30 sacks", "felt the sting of a nettle … will expect a similar sting";
 * - "the former" / "the latter" after two things named in the sentence: two nouns joined by "and" /
 *   "or" ("his years as harbour master and keeper …, the latter office"), or the same noun twice
 *   ("the old tide table … from the new tide table … in the latter").
 */
function pointsInside(text: string, ts: Token[], k: number): string | undefined {
  const t = ts[k];
  if (/^(?:further|similar|different|other|another)$/.test(t.lower)) {
    let h = k + 1;
    while (ts[h] && /^(?:ADJ|NUM)$/.test(ts[h].pos)) h++;
    const head = ts[h];
    if (head?.pos !== "NOUN" || head.lemma.length < 3) return undefined;
    const earlier = ts.findIndex((u, j) => j < k && u.pos === "NOUN" && u.lemma === head.lemma);
    return earlier < 0 ? undefined : text.slice(ts[earlier].start, head.end);
  }
  if (/^(?:former|latter)$/.test(t.lower)) {
    const nouns = ts.slice(0, k).map((u, j) => ({ u, j })).filter(({ u }) => u.pos === "NOUN" || u.pos === "PROPN");
    const paired = nouns.find(({ j }) => /^(?:and|or)$/.test(ts[j + 1]?.lower ?? "") && ts.slice(j + 2, k).findIndex((u) => u.pos === "NOUN" || u.pos === "PROPN") >= 0 && ts.slice(j + 2, j + 5).some((u) => u.pos === "NOUN" || u.pos === "PROPN"));
    const twice = nouns.find(({ u, j }) => u.pos === "NOUN" && nouns.some((o) => o.j > j && o.u.lemma === u.lemma));
    const first = [paired, twice].filter(Boolean).sort((a, b) => a!.j - b!.j)[0];
    return first ? text.slice(first.u.start, t.end) : undefined;
  }
  return undefined;
}

export const determiner: Op = (s) => {
  const out: OpResult = none();
  const ts = s.tokens;
  ts.forEach((t, k) => {
    if (!POINTING.test(t.lower) || t.pos === "VERB" || (t.pos === "ADP" && t.lower !== "above")) return;
    const prev = ts[k - 1], next = ts[k + 1];
    const after = ts.slice(k + 1, k + 8).map((u) => u.lower);
    if (/^(?:each|one)$/.test(prev?.lower ?? "") && /^(?:other|another)$/.test(t.lower)) return;
    // "some … others", "one person … another": the contrast is inside the sentence.
    if (/^(?:other|another)$/.test(t.lower) && ts.slice(0, k).some((u) => /^(?:one|some)$/.test(u.lower) && u.pos !== "NOUN")) return;
    // "the different arts", "a multitude of different things": before a plural, "different" means
    // "various" (the contrast is among the things named); "a different plan" still points back.
    // "other people", "other men": everyone else, generically.
    const plural = next?.pos === "NOUN" && next.lemma !== next.lower;
    if (t.lower === "different" && plural) return;
    if (t.lower === "other" && next?.pos === "NOUN" && GENERIC_OTHERS.test(next.lower) && !/^(?:the|these|those|this|that)$/.test(prev?.lower ?? "")) return;
    if (t.lower === "other" && next?.lower === "hand") return;
    // "Wild geese feed on the marsh, for other geese …", "a wolf, or another": the noun set against
    // is named earlier in the sentence (as a word or the end of a hyphenated one).
    if (/^(?:other|another)$/.test(t.lower)) {
      const noun = next?.pos === "NOUN" ? next.lemma : null;
      const earlier = ts.slice(0, k).filter((u) => u.pos === "NOUN" || u.pos === "PROPN");
      if (noun && noun.length > 2 && earlier.some((u) => u.lemma === noun || u.lower.endsWith(`-${next!.lower}`))) return;
      if (t.lower === "another" && /^(?:or|and)$/.test(prev?.lower ?? "") && !/^(?:NOUN|ADJ)$/.test(next?.pos ?? "") && ts[k - 2]?.text === ",") return;
    }
    if (after[0] === "than" || (t.lower === "other" && after.includes("than"))) return;
    if (t.lower === "same" && (after.includes("as") || after.includes("that"))) return;
    if (/^(?:different|similar)$/.test(t.lower) && (t.pos !== "ADJ" || /^(?:from|to|than)$/.test(after[0] ?? ""))) return;
    if (t.lower === "following" && /^[:;,.]$/.test(next?.text ?? "")) return;
    if (t.lower === "last" && prev?.lower === "at") return;
    // "its last flood", "his last years": after a possessive, "last" is the latest, not the one just named.
    if (/^(?:last|next|previous)$/.test(t.lower) && /^(?:its|his|her|their|my|our|your|one's)$/.test(prev?.lower ?? "")) return;
    // "… Marlow was renamed; and two other towns, Lisk and Orra, …": a name or date before it on the
    // sentence is what "other" or "the same" contrasts with.
    // Not a person's name, which is the subject ("Vance engaged 200 other workmen": others than
    // whom?), nor the count of the noun itself.
    if (/^(?:other|another|same|different)$/.test(t.lower) && s.entities.some((e) => e.end <= t.start && e.kind !== "person" && e.kind !== "number")) return;
    // "further" and "similar" as adverbs or predicates ("went further", "is similar"): only before a noun.
    const noun = ts.slice(k + 1, k + 3).some((u) => u.pos === "NOUN");
    // "if the last is not one": "the last" standing alone is the one just named.
    const bareThe = prev?.lower === "the" && (/^(?:former|latter|above|following|same)$/.test(t.lower) || (t.lower === "last" && /^(?:AUX|VERB|PUNCT)$/.test(next?.pos ?? "")));
    if (!noun && !bareThe) return;
    // A relative clause or "of"-phrase after the noun narrows it down ("the other event which followed …").
    const n = ts.findIndex((u, j) => j > k && u.pos !== "NOUN" && u.pos !== "ADJ");
    // ("another principle of law": an "of"-phrase classifies, it does not say which other one.)
    const narrowed = n > 0 && (/^(?:which|who|whom|whose|that)$/.test(ts[n].lower) || (ts[n].lower === "of" && !/^(?:other|another|further|similar|different)$/.test(t.lower)));
    const start = (prev?.pos === "DET" ? prev : t).start;
    const inside = INSIDE_RULE.on ? pointsInside(s.text, ts, k) : undefined;
    out.unresolved.push({ op: "determiner", kind: narrowed ? `${t.lower}+narrowed` : t.lower, start, end: t.end, text: s.text.slice(start, t.end), ...(inside ? { inside } : {}) });
  });
  return out;
};
