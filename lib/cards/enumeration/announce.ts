// What a list is of, read from the sentence that announces it: "There are three causes of X." /
// "X has two great advantages:" / "Several reasons may be given for X." → "three causes of X",
// "two great advantages", "reasons for X". A phrase that points back ("these causes", "the above
// reasons", "his objections") names nothing on a card of its own, and is refused.
const NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, "2": 2, "3": 3, "4": 4, "5": 5 };
// Words that count without a number: the list's own length must then be closed by "lastly" or "finally".
const UNCOUNTED = /^(?:several|various|certain|some|many|divers|sundry|following)$/i;
// Words that make a phrase point back to something outside it. ("following" points forward: kept out.)
const POINTS_BACK = /^(?:these|those|this|that|such|above|aforesaid|foregoing|former|latter|said|same|it|its|they|them|their|he|him|his|she|her|we|our|us|you|your|i|my)$/i;
const PREPOSITIONS = /^(?:of|for|in|on|to|against|between|by|from|about|upon|under|which|why|that|whereby|through|with|among)$/i;
// Words that end the qualifier: a verb, a clause, a parenthesis.
const STOP = /^(?:is|are|was|were|be|been|may|might|must|can|could|will|would|shall|should|have|has|had|do|does|did|and|or|but|which|who|whom|whose|that|when|where|while|as|if|because|namely|viz|i\.e)$/i;
const MAX_QUALIFIER_WORDS = 8;
const HAVE = /^(?:has|have|had|possesses|possess|possessed)$/i;
const PLURAL = /^\p{Ll}[\p{Ll}-]*[^s]s$|^\p{Ll}[\p{Ll}-]*(?:ies|ches|shes|xes|sses)$/u;

// Nouns whose items are statements, said whole, not by their subject ("two postulates", "three rules").
const PROPOSITIONS = /^(?:rules|laws|maxims|precepts|principles|postulates|postulata|propositions|conditions|facts|hypotheses|assumptions|duties|lessons|points|conclusions|truths|steps|stages|objections|arguments|reasons|answers|questions|premises|axioms|articles|provisions|clauses|terms)$/i;
export const statesPropositions = (what: string) => what.split(/\s+/).some((w) => PROPOSITIONS.test(w));

export type Announced = { count: number | null; what: string };
export type AnnounceResult = Announced | { refused: string };

/**
 * "three causes of X" from an announcing sentence, with the count when one is said. A sentence may
 * count more than one thing ("The last three sections show … two hypotheses"): the phrase whose count
 * is the list's length `n` is the one announced; failing that, the last one (an announcement ends its
 * sentence), whose count, when it has one, must then still match the list.
 */
export function announced(text: string, n?: number): AnnounceResult {
  const found = phrases(text);
  const ok = found.filter((f): f is Announced => !("refused" in f));
  return ok.find((f) => f.count === n) ?? found.at(-1) ?? { refused: "no announcing phrase (a count and a plural noun)" };
}

function phrases(text: string): AnnounceResult[] {
  const out: AnnounceResult[] = [];
  const words = text.replace(/[—–]/g, " — ").split(/\s+/).filter(Boolean);
  const bare = (w: string) => w.replace(/^[("“‘]+|[.,;:!?)"”’]+$/g, "");
  for (let i = 0; i < words.length; i++) {
    const w = bare(words[i]).toLowerCase();
    const count = NUMBERS[w] ?? null;
    if (count === null && !UNCOUNTED.test(w)) continue;
    if (/[,;:]$/.test(words[i])) continue;
    // One to three words ending in a plural noun: "three (great) causes", "two leading principles".
    let end = -1;
    for (let k = i + 1; k <= Math.min(words.length - 1, i + 3); k++) {
      const b = bare(words[k]);
      if (!/^\p{Ll}[\p{Ll}-]*$/u.test(b) || STOP.test(b) || PREPOSITIONS.test(b)) break;
      if (PLURAL.test(b)) { end = k; if (/[,;:.!?]$/.test(words[k])) break; }
      if (/[,;:.!?]$/.test(words[k])) break;
    }
    if (end < 0) continue;
    const noun = words.slice(i + 1, end + 1).map(bare);
    if (noun.some((x) => POINTS_BACK.test(x))) { out.push({ refused: "the announcing phrase points back" }); continue; }
    // Before the count: "these three causes", "his two reasons".
    const before = bare(words[i - 1] ?? "");
    if (POINTS_BACK.test(before)) { out.push({ refused: "the announcing phrase points back" }); continue; }
    // The qualifier: a preposition and what follows, to a verb, a clause or a stop.
    const qualifier: string[] = [];
    if (!/[,;:.!?]$/.test(words[end]) && PREPOSITIONS.test(bare(words[end + 1] ?? "")) && !/^(?:which|that|why|whereby)$/i.test(bare(words[end + 1]))) {
      for (let k = end + 1; k < words.length; k++) {
        const b = bare(words[k]);
        if (qualifier.length && STOP.test(b)) break;
        if (b === "—" || !b) break;
        qualifier.push(b);
        if (/[,;:.!?)]$/.test(words[k])) break;
      }
    }
    // "X has three causes": the owner is the subject before the verb ("three causes of X").
    if (HAVE.test(before)) {
      const owner = words.slice(0, i - 1).map(bare);
      if (qualifier.length) { out.push({ refused: "both an owner and a qualifier (\"X has two marks of Y\")" }); continue; }
      if (!owner.length || owner.length > MAX_QUALIFIER_WORDS || owner.some((x) => POINTS_BACK.test(x) || !x)) { out.push({ refused: "the owner of what is listed cannot be named" }); continue; }
      qualifier.push("of", ...owner.map((x, k) => (k === 0 && /^(?:The|A|An|Every|Each)$/.test(x) ? x.toLowerCase() : x)));
    }
    if (qualifier.length > MAX_QUALIFIER_WORDS) out.push({ refused: "what is listed takes too many words to name" });
    else if (qualifier.some((x) => POINTS_BACK.test(x))) out.push({ refused: "the announcing phrase points back" });
    else out.push({ count, what: [...noun, ...qualifier].join(" ") });
  }
  return out;
}
