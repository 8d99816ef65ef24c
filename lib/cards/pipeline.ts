// The generator: analyse (NLP toolkit) → overgenerate (every question type) → hard gates → rank
// (fitted logistic model) → select (one card per fact, spread). Deterministic, CPU only.
import type { CleanChapter } from "@/lib/chapters/types";
import type { GeneratedCard, GenerateOptions } from "./types";
import { analyseChapter, type Analysis } from "./analyse";
import { overgenerate, type Candidate } from "./candidates";
import { failingGates, gate } from "./gates";
import { residue } from "./gates/residue";
import { admitsByModel, STANDALONE_WEIGHTS } from "./standalone-model";
import { DEFAULT_WEIGHTS, rank, why, type Weights } from "./rank/model";
import { select, type Ranked } from "./select";
import { toSource, written } from "./decontext";
import { admitWithContext, CONTEXT_LINE_ON } from "./context-line/admit";
import { admitWithPrevious, PREVIOUS_CONTEXT, withPreviousContext, type PreviousContextMode } from "./context-line/previous";
import { applyFloor, DEEP_FLOOR_ON, DEEP_FLOOR_RUN_AT, floorVector, PLAIN_FLOOR_AT, PLAIN_FLOOR_ON, rejectProbability, rejectReasons } from "./floor";
import type { ReasonKey } from "./floor/flag";
import { nameTopic, TOPIC_NAMING_ON } from "./topic";
import { SITUATION_ON, situations, withSituation } from "./situation";
import { CHOICE_USE, choiceProbabilities, keepChosen, relativeChoice, SENTENCE_CHOICE_ON, shifted, type ChoiceUse } from "./choice";

export function toCard(r: Ranked, a: Analysis, w: Weights, reject?: number, rejectWhy?: string[]): GeneratedCard {
  const { c } = r;
  const s = a.chapter.sentences[c.sentence];
  const as = a.sentences[c.sentence];
  // Offsets are into the analysed text: mapped back through the decontextualisation's edits, and
  // when a pronoun was replaced found again in the original.
  let span: [number, number] = [s.start, s.end];
  const answer = c.answer && as.context?.edits.length ? toSource(as.context.edits, c.answer.start, c.answer.end) : c.answer && [c.answer.start, c.answer.end];
  const before = written(as);
  if (answer && before === s.text) span = [s.start + answer[0], s.start + answer[1]];
  else if (answer) {
    const at = s.text.indexOf(before.slice(answer[0], answer[1]));
    if (at >= 0) span = [s.start + at, s.start + at + (answer[1] - answer[0])];
  }
  return {
    kind: c.kind, front: c.front, back: c.back, rule: c.type, type: c.type, score: Math.round(r.p * 1000) / 1000,
    flags: as.pronoun?.resolved ? ["resolved-pronoun"] : [], why: why(r.x, w), features: r.x,
    source: { chapter: a.chapter.index, chapterTitle: a.chapter.title, page: s.page, sentence: s.id, sentenceIds: [s.id, ...[...c.extra, ...(c.linked ?? [])].filter((e, k, all) => e !== s.id && all.indexOf(e) === k)], span },
    ...(c.context ? { context: c.context } : {}),
    ...(reject !== undefined ? { reject: Math.round(reject * 1000) / 1000 } : {}),
    ...(rejectWhy ? { rejectWhy } : {}),
  };
}

/**
 * Candidates that pass every gate (or only fail the standalone-type ones and carry a context line, when that is on), scored, in source order.
 * `author` names a first-person narrator when lib/cards/narrator's switch is on (else the analysis is the same).
 * With `topic` on (TOPIC_NAMING_ON, off by default) a card whose "the N" is the chapter's topic is named ("the garden spider",
 * lib/cards/topic) and the named card goes through the gates instead; when the named card fails them, the card as written is judged as before.
 * With `situation` on (SITUATION_ON, off by default) every candidate that passed carries its situation line (lib/cards/situation: author,
 * chapter, section, a narrative's place and date) in `context`, before any referent context line; `title` is the book's title as the
 * import names it (used when the chapter's own title is a file's name). The line is added after the gates and is read by neither the
 * ranker nor the selection, so the cards and their order are the same either way.
 * `previous` (PREVIOUS_CONTEXT, off by default; session 20, ./context-line/previous.ts): "on" puts the sentence(s) before
 * a passed card that leans on them in its `context` (read by neither ranker nor selection either); "admit" also admits a
 * card only the standalone-type gates dropped when those sentences name what it points to.
 */
export function rankedCandidates(
  chapter: CleanChapter,
  w: Weights = DEFAULT_WEIGHTS,
  { contextLine = CONTEXT_LINE_ON, author, topic = TOPIC_NAMING_ON, situation = SITUATION_ON, title, previous = PREVIOUS_CONTEXT }: { contextLine?: boolean; author?: string; topic?: boolean; situation?: boolean; title?: string; previous?: PreviousContextMode } = {},
): { a: Analysis; ranked: Ranked[] } {
  const a = analyseChapter(chapter, { author });
  const passed: Candidate[] = [];
  for (const c of overgenerate(a, { author })) {
    const named = topic ? nameTopic(c, a) : null;
    if (named && !gate(named, a)) { passed.push(named); continue; }
    const why = gate(c, a);
    const admitted = !why ? c : contextLine ? admitWithContext(c, a, why.slice(0, why.indexOf(":"))) : STANDALONE_WEIGHTS.admit.enabled && admitsByModel(c, a, failingGates(c, a)) ? c : null;
    if (admitted) passed.push(previous !== "off" ? withPreviousContext(admitted, a) : admitted);
    else if (previous === "admit" && why) {
      const more = admitWithPrevious(c, a, why.slice(0, why.indexOf(":")));
      if (more) passed.push(more);
    }
  }
  // A claim card (./claim-card, switch) only where no other card of its sentence got through: the
  // pipeline admits some the plain gates refuse (a topic named, a context line), after the claim was made.
  if (passed.some((c) => c.claimCard)) {
    const carded = new Set(passed.filter((c) => !c.claimCard).map((c) => c.sentence));
    passed.splice(0, passed.length, ...passed.filter((c) => !c.claimCard || !carded.has(c.sentence)));
  }
  if (situation) {
    const lineOf = situations(a, { author, title });
    for (const [k, c] of passed.entries()) {
      const context = withSituation(lineOf(c.sentence, c.back, c.front)?.line, c.context);
      if (context !== c.context) passed[k] = { ...c, context };
    }
  }
  const ranked = rank(passed, a, w).map((r) => ({ ...r, section: a.sentences[r.c.sentence].section }));
  return { a, ranked };
}

export type Draft = { kind: "qa" | "cloze"; front: string; back: string; sentenceIds: number[]; rule: string };

const TYPE_OF: [RegExp, Candidate["type"]][] = [[/^Why\b/, "cause"], [/^How\b/, "mechanism"], [/^Who\b/, "who"], [/^When\b/, "when"], [/^Where\b/, "where"], [/^What (?:is|are|was|were) (?:an?|the)?\s*[^ ]+\?$/, "definition"]];

/** A card written elsewhere (the LLM generator) as a candidate: its type and answer kind read from its text. */
function asCandidate(d: Draft, a: Analysis): Candidate {
  const s = a.sentences[d.sentenceIds[0]];
  const at = s.text.indexOf(d.back);
  // "Who discovered it, and when?" → "Alexander Fleming, 1928": the kind of the first part.
  const entity = s.entities.find((e) => e.text === d.back || d.back.startsWith(`${e.text},`));
  const words = d.back.split(/\s+/).length;
  const type = d.kind === "cloze" ? "cloze" : TYPE_OF.find(([re]) => re.test(d.front))?.[1] ?? "what";
  return {
    kind: d.kind, type, front: d.front, back: d.back, sentence: s.sentence.id, extra: d.sentenceIds.slice(1),
    answer: at >= 0 ? { start: at, end: at + d.back.length } : null,
    answerKind: entity?.kind ?? (words > 6 ? "clause" : "phrase"),
  };
}

/** Cards from another generator through the same gates, ranker and selection, on the same analysis (the book's `author` too). */
// `offlineGates: false` ranks and selects written cards without the offline gates, which were written
// for sentences lifted from the text: a card that adds its own context ("According to X, why …?" with
// a clause-long answer) trips the shape, standalone and blank gates by construction (session 21's
// LLM ceiling, arm B). The residue gate (markup, note markers, citations) applies either way; the
// writer's own checks are the LLM generator's (validate.ts, written-card.ts).
export function gateRankSelect(chapter: CleanChapter, drafts: Draft[], opts: GenerateOptions = {}, { offlineGates = true }: { offlineGates?: boolean } = {}): GeneratedCard[] {
  const w = opts.weights ?? DEFAULT_WEIGHTS;
  const a = analyseChapter(chapter, { author: opts.author });
  const passed = drafts.filter((d) => a.sentences[d.sentenceIds[0]]).map((d) => ({ d, c: asCandidate(d, a) })).filter(({ c }) => (offlineGates ? !gate(c, a) : !residue(c, a)));
  const rule = new Map(passed.map(({ d, c }) => [c, d.rule]));
  const ranked = rank(passed.map(({ c }) => c), a, w).map((r) => ({ ...r, section: a.sentences[r.c.sentence].section }));
  return select(ranked, opts.max ?? 40, w).map((r) => ({ ...toCard(r, a, w), rule: rule.get(r.c) ?? r.c.type }));
}

export function candidateCards(chapter: CleanChapter, opts: GenerateOptions = {}): GeneratedCard[] {
  const w = opts.weights ?? DEFAULT_WEIGHTS;
  const { a, ranked } = rankedCandidates(chapter, w, { author: opts.author, title: opts.title, situation: opts.situation });
  return [...ranked].sort((x, y) => x.c.sentence - y.c.sentence).map((r) => toCard(r, a, w));
}

/**
 * What the pipeline shows of one chapter, before and after its floors: the gated ranked candidates,
 * the selection (top `max`), each selected card's floor vector, p(reject) and reasons, and `kept` (indices
 * into `selected`, in order) that survive the floors. After selection, two floors run in turn: the plain
 * floor at PLAIN_FLOOR_AT (`plainFloor`, default PLAIN_FLOOR_ON; ./floor/plain.ts) and the deeper cut at
 * DEEP_FLOOR_AT on the plain floor's list (`deepFloor`, default DEEP_FLOOR_ON; ./floor/deep.ts; a run's threshold
 * can be set by LECTERN_DEEP_FLOOR_AT for a blind arm, DEEP_FLOOR_RUN_AT).
 * generateCards is this turned into cards; the floor's fit data (scripts/lib/floor-data.ts) reads the
 * same call, so its rows are exactly the cards the pipeline shows.
 * (Session 14's key-keeping floor, measured and left off, was retired in session 19.)
 */
export type ShownChapter = { a: Analysis; ranked: Ranked[]; selected: Ranked[]; vectors: number[][]; reject: number[]; reasons: ReasonKey[][]; kept: number[] };
/** `choice`: the sentence-choice model's use (./choice; default CHOICE_USE when LECTERN_SENTENCE_CHOICE is on, else none); `q` its probabilities per sentence when the caller has them. */
export type ShowOptions = GenerateOptions & { plainFloor?: boolean; deepFloor?: boolean; choice?: ChoiceUse | null; q?: number[] };
export function shownChapter(chapter: CleanChapter, opts: ShowOptions = {}): ShownChapter {
  const w = opts.weights ?? DEFAULT_WEIGHTS;
  const { a, ranked } = rankedCandidates(chapter, w, { author: opts.author, title: opts.title, situation: opts.situation });
  return showRanked(a, ranked, opts);
}

/** shownChapter's steps after the gates and the ranker: selection and the floors (the scripts call it once per setting on one ranked pool). */
export function showRanked(a: Analysis, ranked: Ranked[], opts: ShowOptions = {}): ShownChapter {
  const w = opts.weights ?? DEFAULT_WEIGHTS;
  const use = opts.choice === undefined ? (SENTENCE_CHOICE_ON ? CHOICE_USE : null) : opts.choice;
  const q = use ? opts.q ?? choiceProbabilities(a) : [];
  const rel = relativeChoice(q);
  // Session 23's sentence choice: the candidates of sentences a strong model would pass over leave the
  // pool, and the scores move with the sentence's choice logit (./choice/use.ts).
  const pool = use ? keepChosen(use.rank ? ranked.map((r) => ({ ...r, p: shifted(r.p, rel[r.c.sentence] ?? 0, use.rank) })) : ranked, q, use) : ranked;
  const selected = select(pool, opts.max ?? 40, w);
  const vectors = selected.map((r) => floorVector(r.c, r.x, r.p, a));
  // The reasons compare each card with the chapter's shown cards (./floor/reasons.ts): the review screen's "Likely needs work" line.
  const reasons = rejectReasons(vectors);
  const reject = vectors.map((v, i) => (use ? shifted(rejectProbability(v), rel[selected[i].c.sentence] ?? 0, use.floor, -1) : rejectProbability(v)));
  const all = selected.map((_, i) => i);
  // The plain floor at session 16's pre-registered threshold (./floor/plain.ts), on since session 17;
  // when every card is at or above it, all stay. It is part of selection (like the top-40 cut), in the
  // app as in `cards`: the blind measurement that switched it on judged exactly this list.
  const plain = (opts.plainFloor ?? PLAIN_FLOOR_ON) ? applyFloor(all, (i) => reject[i], PLAIN_FLOOR_AT, "all") : all;
  // Session 18's pre-registered deeper cut (./floor/deep.ts, on since it passed its blind bar): the same
  // p(reject) at a lower threshold, on the plain floor's list, so it only removes cards from it.
  const kept = (opts.deepFloor ?? DEEP_FLOOR_ON) ? applyFloor(plain, (i) => reject[i], DEEP_FLOOR_RUN_AT, "all") : plain;
  return { a, ranked, selected, vectors, reject, reasons, kept };
}

/** The shown cards (shownChapter's kept list), each with the floor's predicted probability that a strict rater rejects it (lib/cards/floor, the shipped weights). */
export function generateCards(chapter: CleanChapter, opts: ShowOptions = {}): GeneratedCard[] {
  const w = opts.weights ?? DEFAULT_WEIGHTS;
  const s = shownChapter(chapter, opts);
  return s.kept.map((i) => toCard(s.selected[i], s.a, w, s.reject[i], s.reasons[i]));
}
