// The blank a strong model chose, as supervision for the span chooser (scripts/fit-span-choice.ts
// --llm-pairs, scripts/fit-spans.ts --llm-rows). tests/fixtures/llm-ceiling/<set>/<fixture>/ holds the
// LLM generator's requests (NN.request.md: numbered sentences "[i] text") and a strong model's replies
// (NN.reply.json). A cloze card's {{c1::…}} is the span it blanked in its cited sentence; a Q&A card's
// short answer, found verbatim in a cited sentence, is one too. Each is located in the chapter's
// analysed sentence (by normalised text) and matched to the spans the chooser could take.
// TRAIN books only, and never the user's sample (its figures stay unfitted).
import { analyseChapter, type Analysis, type AnalysedSentence } from "@/lib/cards/analyse";
import { rankSpans } from "@/lib/cards/spans/model";
import { spanFeatures } from "@/lib/cards/spans/features";
import { kindAt } from "./span-rows";
import type { Offsets } from "@/lib/cards/spans/notes";
import { chaptersOf, fixtureOptions, loadBooks, type Books } from "./cards-eval";
import type { ChoicePair } from "./span-pairs";
import { parseRequest } from "@/lib/cards/choice/replies";
import { answeredFixtures, exchangesOf } from "./llm-ceiling-folders";
import { replyCardsOrNone, type ReplyCard } from "@/lib/cards/llm-reply";

export type LlmCard = ReplyCard;

/** The numbered sentences of a request's user message: id → text (the sentence-choice data's reader). */
export function requestSentences(md: string): Map<number, string> {
  return new Map(parseRequest(md).sentences.map((s) => [s.id, s.text.trim()]));
}

/** The cards of a reply (the message content: {"cards": [...]}); malformed cards are skipped. */
export const replyCards = (json: string): LlmCard[] => replyCardsOrNone(json);

export const normText = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

/** Longest Q&A answer taken as a blank, in words: longer answers are explanations, not spans. */
export const QA_MAX_WORDS = 12;

/**
 * The words a card asks for: a cloze's first {{c1::…}}, or a Q&A card's answer (up to QA_MAX_WORDS
 * words, a trailing bracketed remark dropped), without a leading article or closing punctuation.
 * Also the words just before the cloze's blank in its front (to tell repeated words apart), or "".
 */
export function askedWords(card: LlmCard): { words: string; before: string } | null {
  let words: string, before = "";
  if (card.kind === "cloze") {
    const m = card.front.match(/\{\{c\d+::(.*?)(?:::[^}]*)?\}\}/);
    if (!m) return null;
    words = m[1];
    before = card.front.slice(0, m.index).replace(/\{\{c\d+::(.*?)\}\}/g, "$1");
  } else {
    words = card.back.replace(/[\s.;:!?]+$/, "").replace(/\s*\([^)]*\)$/, "");
    if (words.split(/\s+/).length > QA_MAX_WORDS) return null;
  }
  words = words.trim().replace(/^(?:the|a|an)\s+/i, "").replace(/[\s.,;:!?]+$/, "");
  return /\p{L}|\d/u.test(words) ? { words, before } : null;
}

/**
 * Where `words` stand in `text`, case-insensitive and whitespace-insensitive, whole words only; with
 * several occurrences, the one whose preceding words end like `before` (else the first). Offsets in `text`.
 */
export function findWords(text: string, words: string, before = ""): Offsets | null {
  const parts = words.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (!parts.length || !parts[0]) return null;
  const re = new RegExp(`(?<![\\p{L}\\d])${parts.join("\\s+")}(?![\\p{L}\\d])`, "giu");
  const hits = [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (hits.length <= 1) return hits[0] ?? null;
  const tail = (s: string) => normText(s).split(" ").filter(Boolean).slice(-3);
  const want = tail(before);
  const score = (h: Offsets) => { const got = tail(text.slice(0, h.start)); let n = 0; while (n < got.length && n < want.length && got[got.length - 1 - n] === want[want.length - 1 - n]) n++; return n; };
  return hits.reduce((best, h) => (score(h) > score(best) ? h : best));
}

export type Match = { how: "exact" | "overlap" | "partial" | "none"; span: Offsets | null; overlap: number };
/** At least this share (intersection over union, in characters) and an enumerated span stands for the blank. */
export const MIN_OVERLAP = 0.5;

const bare = (s: string) => s.toLowerCase().replace(/\s+/g, " ").replace(/^(?:the|a|an) /, "").replace(/[.,;:]+$/, "").trim();

/**
 * The span among `spans` that stands for the blank: the same words (article aside: "exact"), else the
 * one that overlaps it most, as intersection over union: "overlap" at MIN_OVERLAP or more, "partial"
 * below, "none" when no span touches it. `span` is null unless exact or overlap.
 */
export function matchBlank(text: string, blank: Offsets, spans: Offsets[]): Match {
  const exact = spans.find((c) => bare(text.slice(c.start, c.end)) === bare(text.slice(blank.start, blank.end)));
  if (exact) return { how: "exact", span: { start: exact.start, end: exact.end }, overlap: 1 };
  let best: Offsets | null = null, share = 0;
  for (const c of spans) {
    const inter = Math.min(c.end, blank.end) - Math.max(c.start, blank.start);
    if (inter <= 0) continue;
    const j = inter / (Math.max(c.end, blank.end) - Math.min(c.start, blank.start));
    if (j > share) { share = j; best = { start: c.start, end: c.end }; }
  }
  if (!best) return { how: "none", span: null, overlap: 0 };
  return share >= MIN_OVERLAP ? { how: "overlap", span: best, overlap: share } : { how: "partial", span: null, overlap: share };
}

/** One blank the strong model chose: where it stands in the analysed sentence and what the chooser could take for it. */
export type LlmBlank = { book: string; fixture: string; key: string; s: AnalysedSentence; blank: Offsets; card: "qa" | "cloze"; match: Match };
export type BlankCounts = { cards: number; cloze: number; qa: number; noWords: number; sentencesUnmatched: number; notInSentence: number; duplicate: number };
export type LlmBlankData = {
  blanks: LlmBlank[];
  analyses: Map<string, Analysis>;
  /** Cards with no blank: a Q&A answer too long (noWords), words in none of its cited sentences, cited sentences not found. */
  counts: BlankCounts & { fixtures: number };
  unmatchedSentences: string[];
};


/** Analysis key of a fixture's chapter k (the span scripts key the first chapter by the fixture alone). */
export const chapterKey = (fixture: string, k: number) => (k ? `${fixture}@${k}` : fixture);

/**
 * One fixture's strong-model blanks: each request's cited sentences found by normalised text among the
 * analysed chapters' sentences (`chapters`: analysis key → analysis), the card's words found in the
 * first cited sentence that holds them, and matched to the spans the chooser offers there.
 */
export function locateBlanks(book: string, fixture: string, chapters: Map<string, Analysis>, exchanges: { request: string; reply: string }[]): { blanks: LlmBlank[]; counts: BlankCounts; unmatched: string[] } {
  const counts: BlankCounts = { cards: 0, cloze: 0, qa: 0, noWords: 0, sentencesUnmatched: 0, notInSentence: 0, duplicate: 0 };
  const blanks: LlmBlank[] = [];
  const unmatched = new Set<string>();
  const byText = new Map<string, { key: string; s: AnalysedSentence }>();
  for (const [key, a] of chapters) for (const s of a.sentences) for (const t of [s.sentence.text, s.text]) if (!byText.has(normText(t))) byText.set(normText(t), { key, s });
  const seen = new Set<string>();
  for (const { request, reply } of exchanges) {
    const sentences = requestSentences(request);
    for (const card of replyCards(reply)) {
      counts.cards++;
      const asked = askedWords(card);
      if (!asked) { counts.noWords++; continue; }
      let found: { key: string; s: AnalysedSentence; blank: Offsets } | null = null;
      let anyMatched = false;
      for (const id of card.sentences) {
        const text = sentences.get(id);
        const hit = text !== undefined ? byText.get(normText(text)) : undefined;
        if (text !== undefined && !hit) { unmatched.add(`${fixture} [${id}] ${text}`); continue; }
        if (!hit) continue;
        anyMatched = true;
        const at = findWords(hit.s.text, asked.words, asked.before);
        if (at) { found = { ...hit, blank: at }; break; }
      }
      if (!found) { if (anyMatched) counts.notInSentence++; else counts.sentencesUnmatched++; continue; }
      const id = `${found.key}#${found.s.sentence.id}@${found.blank.start}:${found.blank.end}`;
      if (seen.has(id)) { counts.duplicate++; continue; }
      seen.add(id);
      counts[card.kind]++;
      const spans = rankSpans(found.s, chapters.get(found.key)!);
      blanks.push({ book, fixture, key: found.key, s: found.s, blank: found.blank, card: card.kind, match: matchBlank(found.s.text, found.blank, spans) });
    }
  }
  return { blanks, counts, unmatched: [...unmatched] };
}

/**
 * Every strong-model blank of the TRAIN fixtures with replies (not the user's sample). `analyses` may
 * hold the span scripts' analyses already (keyed by fixture: the first chapter); a fixture's later
 * chapters are analysed here under chapterKey and added to it.
 */
export function llmBlanks(books: Books = loadBooks(), analyses = new Map<string, Analysis>(), answered = answeredFixtures(books)): LlmBlankData {
  const counts = { fixtures: 0, cards: 0, cloze: 0, qa: 0, noWords: 0, sentencesUnmatched: 0, notInSentence: 0, duplicate: 0 };
  const blanks: LlmBlank[] = [];
  const unmatchedSentences: string[] = [];
  for (const [fixture, folder] of answered) {
    const entry = books.fixtures[fixture];
    const exchanges = exchangesOf(folder);
    if (!exchanges.length) continue;
    counts.fixtures++;
    const chapters = new Map<string, Analysis>();
    chaptersOf(fixture).forEach((ch, k) => {
      const key = chapterKey(fixture, k);
      let a = analyses.get(key);
      if (!a) analyses.set(key, (a = analyseChapter(ch, fixtureOptions(fixture))));
      chapters.set(key, a);
    });
    const got = locateBlanks(entry.book, fixture, chapters, exchanges);
    blanks.push(...got.blanks);
    unmatchedSentences.push(...got.unmatched);
    for (const k of Object.keys(got.counts) as (keyof BlankCounts)[]) counts[k] += got.counts[k];
  }
  return { blanks, analyses, counts, unmatchedSentences };
}

/**
 * Choice pairs from the strong model's blanks: for each blank that an enumerated span stands for
 * (exact or overlap), that span preferred over every other span of the sentence; another such blank
 * of the same sentence is preferred too, so never a negative. Keyed as the analyses are (chapterKey).
 */
export function llmPairs(blanks: LlmBlank[]): ChoicePair[] {
  const bySentence = new Map<string, LlmBlank[]>();
  for (const b of blanks) if (b.match.span) bySentence.set(`${b.key}#${b.s.sentence.id}`, [...(bySentence.get(`${b.key}#${b.s.sentence.id}`) ?? []), b]);
  const out: ChoicePair[] = [];
  for (const group of bySentence.values()) {
    const spans = group.map((b) => b.match.span!).filter((x, i, all) => all.findIndex((y) => y.start === x.start && y.end === x.end) === i);
    for (const x of spans) out.push({ book: group[0].book, fixture: group[0].key, s: group[0].s, preferred: [x, ...spans.filter((y) => y !== x)] });
  }
  return out;
}

export type WeightedRow = { book: string; x: number[]; y: number; weight: number };
/**
 * Absolute rows for the admission model (scripts/fit-spans.ts --llm-rows): each strong-model blank, as
 * it stands (enumerated or not), a 1 at `weight`; the sentence's other offered spans (none standing for
 * one of its blanks) 0s sharing `weight`, so each blank's sentence weighs as much as the blank.
 */
export function llmSpanRows(blanks: LlmBlank[], analyses: Map<string, Analysis>, weight: number): WeightedRow[] {
  const out: WeightedRow[] = [];
  const bySentence = new Map<string, LlmBlank[]>();
  for (const b of blanks) bySentence.set(`${b.key}#${b.s.sentence.id}`, [...(bySentence.get(`${b.key}#${b.s.sentence.id}`) ?? []), b]);
  for (const group of bySentence.values()) {
    const { s, key, book } = group[0];
    const a = analyses.get(key)!;
    const taken = (c: Offsets) => group.some((b) => ["exact", "overlap"].includes(matchBlank(s.text, b.blank, [c]).how));
    const others = rankSpans(s, a).filter((c) => !taken(c));
    for (const b of group) out.push({ book, x: spanFeatures(s, a, b.blank.start, b.blank.end, kindAt(s, b.blank.start, b.blank.end)), y: 1, weight });
    for (const c of others) out.push({ book, x: spanFeatures(s, a, c.start, c.end, c.kind), y: 0, weight: (weight * group.length) / others.length });
  }
  return out;
}
