// Reported speech and thought: "X says that …", "as X said, '…'", "X's secretary says …", "'…,' was
// X's answer". The point of such a sentence is what was said, not who said it: a blank on the
// speaker asks for an attribution the reader could not have learnt, or guesses from the chapter,
// while the idea stays on the card in full. General English only; no list from any text.
import { HAS_LETTER_OR_DIGIT } from "@/lib/cards/letters";
import type { AnalysedSentence, Token } from "../analyse";

// "says", "said", "replied": verbs of saying that take a bare clause ("X says two thousand fell")…
const SAY = /^(?:says?|said|repl(?:y|ies|ied)|answered|exclaims?|exclaimed)$/;
// …and verbs that report speech, writing, a view or a finding only with "that", a quotation or a
// colon after them, or inside "as X wrote": "X wrote the pamphlet", "held the fort" are no reports.
const REPORT = /^(?:shown|showed|shows|proved|proves|demonstrated|demonstrates|writes?|wrote|tells?|told|observes?|observed|remarks?|remarked|declares?|declared|argues?|argued|maintains?|maintained|asserts?|asserted|insists?|insisted|contends?|contended|holds?|held|believes?|believed|thinks?|thought|calculates?|calculated|computes?|computed|estimates?|estimated|reports?|reported|adds?|added|notes?|noted|records?|recorded|affirms?|affirmed|admits?|admitted|assures?|assured|teaches|taught|explains?|explained|suggests?|suggested|denies|denied|states?|stated|relates?|related|puts?)$/;
// Verbs that cite a named source for what follows, with a plain object: "X mentions …", "X speaks of
// …", "X attributes the rule to …", "what X has recorded". Who is cited is the attribution, not the
// point (the object is, and it stays on the card); only with a proper name as the source ("the clerk
// mentions the fee" is a fact about the clerk).
const CITE = /^(?:mentions?|mentioned|attributes?|attributed|cites?|cited|quotes?|quoted|describes?|described|instances?|instanced|recounts?|recounted|narrates?|narrated|records?|recorded|speaks?|spoke|refers?|referred)$/;
const CITE_PREP: Record<string, string> = { speak: "of", speaks: "of", spoke: "of", refer: "to", refers: "to", referred: "to" };
// "made the joke that …", "offers the remark that …": a noun of saying after a light verb.
const SAYING_NOUN = /^(?:joke|remark|observation|point|claim|suggestion|comment|reply|answer|retort|saying|assertion)$/;
// Words a speaker's phrase is built of: names, nouns and what modifies them ("the elder Quill", "most writers", "Vance's clerk").
const IN_SPEAKER = /^(?:PROPN|NOUN|ADJ|DET|NUM)$/;

type Range = { a: number; b: number }; // token range [a, b)
export type Report = { speaker: Range; said: Range | null };

/** The speaker's phrase ending just before token `end` (exclusive), walking back over names, nouns, "of" and "'s". */
function speakerBefore(t: Token[], end: number): (Range & { from: number }) | null {
  let a = end;
  while (a > 0) {
    const p = t[a - 1];
    if (IN_SPEAKER.test(p.pos) || /^['’]s$/.test(p.text) || (p.lower === "of" && a - 1 > 0 && t[a - 2].pos === "PROPN") || /^[A-Z]\.$/.test(p.text)) a--;
    else break;
  }
  const from = a;
  while (a < end && t[a].pos === "DET" && !/^(?:most|many|some|all|several)$/.test(t[a].lower)) a++;
  const inside = t.slice(a, end);
  if (!inside.some((x) => x.pos === "PROPN" || x.pos === "NOUN") || end - a > 7) return null;
  return { a, b: end, from };
}

/** Where the reported content ends: the clause's end (";", ":", a dash, the sentence's end). */
function contentEnd(t: Token[], from: number): number {
  let k = from;
  while (k < t.length && !/^(?:;|:|—|–|--|\.|!|\?)$/.test(t[k].text) && !(t[k].text === "," && /^(?:but|and|while|whereas)$/.test(t[k + 1]?.lower ?? ""))) k++;
  return k;
}

const cache = new WeakMap<AnalysedSentence, Report[]>();

/** Every report in the sentence, in order (cached: the blank gates ask once per candidate). */
export function reports(s: AnalysedSentence): Report[] {
  let hit = cache.get(s);
  if (!hit) {
    hit = findReports(s);
    cache.set(s, hit);
  }
  return hit;
}

function findReports(s: AnalysedSentence): Report[] {
  const t = s.tokens;
  const out: Report[] = [];
  for (let k = 1; k < t.length; k++) {
    const w = t[k];
    let verb = -1, next = k + 1;
    const intro = t[k + 1]?.lower === "that" || /^[,:"“‘']$/.test(t[k + 1]?.text ?? "") || (/^(?:us|me|them|him|her)$/.test(t[k + 1]?.lower ?? "") && /^(?:that|,|:)$/.test(t[k + 2]?.lower ?? ""));
    if (w.pos === "VERB" && (SAY.test(w.lower) || REPORT.test(w.lower) || CITE.test(w.lower))) verb = k;
    else if (/^(?:made|makes|make|offered|offers)$/.test(w.lower) && t[k + 1]?.pos === "DET" && SAYING_NOUN.test(t[k + 2]?.lower ?? "") && t[k + 3]?.lower === "that") { verb = k; next = k + 3; }
    if (verb < 0) continue;
    // "'…,' said X" / "'…,' X replied": the speaker after the verb, the quote before it.
    let before = verb;
    // (Over auxiliaries and adverbs, "and" between two of them: "has largely and rightly shown that".)
    while (before > 0 && (/^(?:has|have|had|afterwards|then|also|once|rightly|justly|truly|well)$/.test(t[before - 1].lower) || (t[before - 1].pos === "ADV" && /ly$/.test(t[before - 1].lower)) || (t[before - 1].lower === "and" && t[before - 2]?.pos === "ADV" && /ly$/.test(t[before - 2].lower)))) before--;
    const sp = speakerBefore(t, before);
    // The phrase opens the sentence or a clause ("…, as X says"); after a pronoun or a verb it is no speaker ("which the clerk says").
    const opens = !!sp && (sp.from === 0 || /^(?:as|but|and|so|that|while|whereas)$/i.test(t[sp.from - 1].lower) || t[sp.from - 1].pos === "PUNCT");
    const asClause = !!sp && t[sp.from - 1]?.lower === "as";
    if (sp && opens && (SAY.test(w.lower) || intro || asClause || next !== k + 1)) {
      const speaker = { a: sp.a, b: sp.b };
      let c = next;
      while (c < t.length && (/^(?:us|me|them|him|her|that|,|:)$/.test(t[c].lower) || t[c].pos === "PUNCT" && /^[,:]$/.test(t[c].text))) c++;
      const e = contentEnd(t, c);
      out.push({ speaker, said: e > c ? { a: c, b: e } : null });
      continue;
    }
    // "X mentions …", "when X speaks of …", "what X has recorded": a named source cited for its object.
    if (sp && CITE.test(w.lower) && w.pos === "VERB" && t.slice(sp.a, sp.b).some((x) => x.pos === "PROPN") && (opens || /^(?:when|what|where|which)$/.test(t[sp.from - 1]?.lower ?? "")) && (!CITE_PREP[w.lower] || t[k + 1]?.lower === CITE_PREP[w.lower])) {
      out.push({ speaker: { a: sp.a, b: sp.b }, said: null });
      continue;
    }
    // (Right after the closing quotation mark: "the keeper, on leave, wrote a report" is no quotation.)
    if (/^[’'”"]$/.test(t[verb - 1]?.text ?? "") && /^(?:said|says|replied|answered|exclaimed|asked|wrote|writes|observed|remarked|added)$/.test(w.lower)) {
      let e = verb + 1;
      while (e < t.length && (IN_SPEAKER.test(t[e].pos) || /^[A-Z]\.$/.test(t[e].text))) e++;
      if (e > verb + 1 && t.slice(verb + 1, e).some((x) => x.pos === "PROPN" || x.pos === "NOUN")) out.push({ speaker: { a: verb + 1, b: e }, said: null });
    }
  }
  // "(in X's words)", "according to X", "was X's answer".
  for (let k = 0; k < t.length; k++) {
    if (t[k].lower === "according" && t[k + 1]?.lower === "to") {
      let e = k + 2;
      while (e < t.length && (IN_SPEAKER.test(t[e].pos) || /^[A-Z]\.$/.test(t[e].text))) e++;
      // Only a named source ("according to Quill"): "according to the rules / the degree of …" is a measure, not a speaker.
      if (e > k + 2 && t.slice(k + 2, e).some((x) => x.pos === "PROPN")) out.push({ speaker: { a: k + 2, b: e }, said: null });
    }
    // "a passage in X", "the passage of X": where a quoted idea is found.
    if (/^(?:passage|passages)$/.test(t[k].lower) && /^(?:in|of)$/.test(t[k + 1]?.lower ?? "")) {
      let e = k + 2;
      while (e < t.length && (t[e].pos === "PROPN" || /^[A-Z]\.$/.test(t[e].text))) e++;
      if (e > k + 2) out.push({ speaker: { a: k + 2, b: e }, said: null });
    }
    if (/^['’]s$/.test(t[k].text) && /^(?:words|answer|reply|retort|phrase|view|opinion|verdict|saying)$/.test(t[k + 1]?.lower ?? "")) {
      const sp = speakerBefore(t, k);
      if (sp && /^(?:in|was|is|were|,)$/.test(t[sp.from - 1]?.lower ?? "")) out.push({ speaker: { a: sp.a, b: sp.b }, said: null });
    }
  }
  return out;
}

const QUOTE = /^["“”'‘’]$/;

/** The point of what a report says, as a token range: a short quotation, a number, or the predicate that ends it. */
export function saidPoint(s: AnalysedSentence, r: Report, phraseAt: (t: Token[], i: number) => [number, number] | null): [number, number] | null {
  if (!r.said) return null;
  const t = s.tokens;
  // "X has calculated that if …": a condition's consequence lies beyond the clause taken here.
  if (t[r.said.a].pos === "SCONJ" || /^(?:if|when|whether|unless|though|although)$/.test(t[r.said.a].lower)) return null;
  let { a, b } = r.said;
  // A quotation that opens the content or follows its verb ("as X says, 'is a firmly settled will'"; "it
  // is 'ten times nature'"), not one inside its subject ("the 'tithe' meant …": the term explained).
  const quoteAt = (i: number) => QUOTE.test(t[i]?.text ?? "");
  let q0 = -1, q1 = -1;
  for (let i = a; i < b; i++) {
    if (!quoteAt(i)) continue;
    if (i > a && !t.slice(a, i).some((x) => x.pos === "VERB" || x.pos === "AUX")) break;
    q0 = i + 1; q1 = q0;
    while (q1 < b && !quoteAt(q1)) q1++;
    break;
  }
  if (q0 >= 0 && q1 > q0) {
    let i = q0, j = q1;
    while (j > i && t[j - 1].pos === "PUNCT") j--;
    // "'is a firmly settled will'": the predicate without its verb and article.
    if (t[i]?.pos === "AUX" && /^(?:is|are|was|were)$/.test(t[i].lower)) i++;
    if (t[i]?.pos === "DET" && /^(?:a|an|the)$/.test(t[i].lower)) i++;
    const words = t.slice(i, j).filter((x) => /\p{L}|\p{N}/u.test(x.text)).length;
    // (Any content word will do: the tagger reads "a firmly settled will" as two verbs.)
    if (words >= 1 && words <= 6 && t.slice(i, j).some((x) => /^(?:NOUN|PROPN|ADJ|NUM|VERB|ADV)$/.test(x.pos) && !x.stop)) return [i, j];
  }
  // "… says two thousand men fell": the number that opens what was said (a number further in,
  // "up to the age of thirty", "several hundred beds", is a detail of it).
  const n = t[a]?.pos === "NUM" && HAS_LETTER_OR_DIGIT.test(t[a].text) ? a : -1;
  if (n >= 0) {
    let e = n;
    while (e < b && (t[e].pos === "NUM" || /^(?:and|,)$/.test(t[e].lower) && t[e + 1]?.pos === "NUM")) e++;
    if (!/^(?:%|per)$/.test(t[e]?.lower ?? "")) return [n, e];
  }
  // "… says that the tax meant the ruin of the farmers": the predicate after the content's verb.
  while (a < b && t[a].pos !== "VERB" && t[a].pos !== "AUX") a++;
  if (a === r.said.a || a >= b || t[r.said.a].lower === "there") return null; // a content with no subject of its own, or "there is …"
  while (a < b && /^(?:VERB|AUX|PART|ADV)$/.test(t[a].pos)) a++;
  const p = a < b ? phraseAt(t, a) : null;
  // The predicate must run to the content's end (a word like "whatever" may follow): else it is cut;
  // and name a thing (one adjective, "advisable", has many right answers).
  if (!p || (p[1] < b && !/^[,;:.]$/.test(t[p[1]].text) && !(p[1] === b - 1 && /^(?:ADV|DET)$/.test(t[p[1]].pos)))) return null;
  if (!t.slice(p[0], p[1]).some((x) => x.pos === "NOUN" || x.pos === "PROPN")) return null;
  return p;
}

/** Is the character range [start, end) inside (or across) the speaker of one of the sentence's reports? */
export function isSpeaker(s: AnalysedSentence, start: number, end: number): boolean {
  return reports(s).some(({ speaker }) => start < s.tokens[speaker.b - 1].end && end > s.tokens[speaker.a].start);
}
