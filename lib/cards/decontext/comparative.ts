// A comparative whose standard is not in the sentence: "the harbour was larger", "a later date",
// "more fantastic and less fruitful" (than what?). Reported, never repaired. A "than" after it, a
// correlative "the more …, the more …", a word that is only comparative in form ("further",
// "other", "upper", "elder", "former", "latter", "lesser"), the idiom "more or less" or a comparative
// under an absolute negative ("never … a whit more just") is not one.
import { none, type Op, type OpResult } from "./types";

const FORM_ONLY = new Set(["further", "other", "upper", "inner", "outer", "elder", "former", "latter", "lower", "over", "under", "rather", "ever", "never", "however", "whether", "either", "neither", "together", "after", "sooner", "utter", "proper", "clever", "bitter", "tender", "slender", "eager", "sober", "mere", "lesser"]);

/** Another "-er" comparative coordinated with the one at `k` within a few words ("deeper, and there shallower"). */
function pairedComparative(ts: { lower: string; lemma: string; pos: string }[], k: number): boolean {
  const er = (j: number) => !!ts[j] && /^(?:ADJ|ADV)$/.test(ts[j].pos) && /er$/.test(ts[j].lower) && ts[j].lemma !== ts[j].lower && !FORM_ONLY.has(ts[j].lower);
  for (let j = k - 5; j <= k + 5; j++) {
    if (j === k || !er(j)) continue;
    const between = ts.slice(Math.min(j, k) + 1, Math.max(j, k));
    if (between.some((u) => /^(?:and|or|but)$/.test(u.lower))) return true;
  }
  return false;
}

export const comparative: Op = (s) => {
  const out: OpResult = none();
  const ts = s.tokens;
  ts.forEach((t, k) => {
    if (t.pos !== "ADJ" && t.pos !== "ADV") return;
    // The lite model leaves "later"/"earlier" as their own lemma (an adverb): later or earlier than what?
    const inflected = /er$/.test(t.lower) && (t.lemma !== t.lower || /^(?:later|earlier)$/.test(t.lower)) && !FORM_ONLY.has(t.lower) && t.lemma.length >= 2;
    const suppletive = t.lower === "better" || t.lower === "worse";
    // "more fantastic", "less fruitful": the comparative is the pair.
    const analytic = /^(?:more|less|fewer)$/.test(t.lower) && /^(?:ADJ|ADV)$/.test(ts[k + 1]?.pos ?? "");
    if (!inflected && !suppletive && !analytic) return;
    if (ts.slice(k + 1).some((u) => u.lower === "than")) return;
    // "more or less pure": an idiom of degree, not a comparison.
    if (ts[k - 1]?.lower === "or" && ts[k - 2]?.lower === "more" && t.lower === "less") return;
    // "Law never made men a whit more just", "No examples can be better chosen": under an absolute
    // negative the comparative denies any degree at all and needs no standard.
    if (ts.slice(Math.max(0, k - 6), k).some((u) => /^(?:never|no|nothing|none|nobody|nowhere)$/.test(u.lower))) return;
    // "A month later …", "ten years earlier": the interval is given; the rater reads it as a date.
    if (/^(?:later|earlier)$/.test(t.lower) && /^(?:NOUN|NUM)$/.test(ts[k - 1]?.pos ?? "")) return;
    // "the more …, the more …" is its own standard; "no more", "once more" are not comparisons.
    if (ts[k - 1]?.lower === "the" || (t.lower === "more" && /^(?:no|any|once|much|still|ever)$/.test(ts[k - 1]?.lower ?? ""))) return;
    // "more and more quickly", "greater and greater": a progression, not a comparison with something
    // outside. "here deeper, and there shallower": two comparatives set against each other.
    if ((ts[k + 1]?.lower === "and" && ts[k + 2]?.lower === t.lower) || (ts[k - 1]?.lower === "and" && ts[k - 2]?.lower === t.lower)) return;
    if (!analytic && pairedComparative(ts, k)) return;
    const end = (analytic ? ts[k + 1] : t).end;
    out.unresolved.push({ op: "comparative", kind: "comparative", start: t.start, end, text: s.text.slice(t.start, end) });
  });
  return out;
};
