// File work of the card evaluation: fixtures, books and splits, labels, gold lists, and running a
// generator (this checkout's lib/cards in-process, or another worktree's `npm run cards` CLI).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cleanDocument, decodeUpload, type CleanChapter, type CleanDocument } from "@/lib/chapters";
import { generateCards, pipelineGenerateCards } from "@/lib/cards";
import { cohenKappa, LabelIndex, pairLabels, parseLabels, pool, scoreChapter, type CardLabel, type ChapterFigures, type EvalCard, type GoldFact, type PooledFigures, type QueueItem } from "@/lib/cards/eval";
import { covers, RESIDUE } from "../../tests/unit/cards/gold";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const dirs = {
  chapters: path.join(root, "tests/fixtures/chapters"),
  gold: path.join(root, "tests/fixtures/gold"),
  labels: path.join(root, "tests/fixtures/labels"),
  queue: path.join(root, "tests/fixtures/labels/queue"),
};

export type Split = "train" | "heldout";
export type Book = { title: string; author: string; year: number; kind: string; split: Split };
export type FixtureEntry = { book: string; gold?: string; userSample?: boolean };
export type Books = { books: Record<string, Book>; fixtures: Record<string, FixtureEntry> };

export function loadBooks(): Books {
  const b = JSON.parse(readFileSync(path.join(dirs.labels, "books.json"), "utf8")) as Books;
  for (const [fixture, f] of Object.entries(b.fixtures)) {
    if (!b.books[f.book]) throw new Error(`books.json: ${fixture} names unknown book ${f.book}`);
    if (!existsSync(path.join(dirs.chapters, fixture))) throw new Error(`books.json: no fixture file ${fixture}`);
  }
  return b;
}

export const labelsFile = (fixture: string) => path.join(dirs.labels, `${fixture}.jsonl`);
/** One queue per chapter and rater, so raters never see each other's labels: rater-a's is `<fixture>.jsonl`. */
export const queueFile = (fixture: string, rater = "rater-a") => path.join(dirs.queue, rater === "rater-a" ? `${fixture}.jsonl` : `${fixture}.${rater}.jsonl`);

/** A rater's label queue for a fixture (one JSON item a line); a line that is not JSON throws, naming it. */
export function readQueueFile(fixture: string, rater?: string): QueueItem[] {
  const file = queueFile(fixture, rater);
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l, i) => {
    try {
      return JSON.parse(l) as QueueItem;
    } catch {
      throw new Error(`${file}:${i + 1}: not JSON`);
    }
  });
}

export function writeQueueFile(fixture: string, queue: QueueItem[], rater?: string): void {
  mkdirSync(dirs.queue, { recursive: true });
  writeFileSync(queueFile(fixture, rater), queue.map((q) => JSON.stringify(q)).join("\n") + (queue.length ? "\n" : ""));
}

export function readLabels(fixture: string): CardLabel[] {
  const file = labelsFile(fixture);
  return existsSync(file) ? parseLabels(readFileSync(file, "utf8"), path.relative(root, file)) : [];
}

/** TRAIN fixtures only (the development audits never read held-out books), in books.json order. */
export function trainFixtures(books: Books = loadBooks()): string[] {
  return Object.entries(books.fixtures).filter(([, e]) => books.books[e.book].split === "train").map(([fixture]) => fixture);
}

// The development audits' looser label lookup: front and back lower-cased with whitespace
// collapsed; when a file labels the same card twice, its later line wins.
const loose = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
export const looseKey = (c: { front: string; back: string }) => `${loose(c.front)}|${loose(c.back)}`;

export function labelsByLooseKey(fixture: string, keep: (l: CardLabel) => boolean = () => true): Map<string, CardLabel> {
  const out = new Map<string, CardLabel>();
  for (const l of readLabels(fixture)) if (keep(l)) out.set(looseKey(l), l);
  return out;
}

export function readGold(entry: FixtureEntry): GoldFact[] | undefined {
  return entry.gold ? (JSON.parse(readFileSync(path.join(dirs.gold, entry.gold), "utf8")) as GoldFact[]) : undefined;
}

/** A fixture cleaned as the evaluation reads it: its title and chapters. */
export function documentOf(fixture: string): CleanDocument {
  const file = path.join(dirs.chapters, fixture);
  const decoded = decodeUpload(readFileSync(file), file);
  if (!decoded.ok) throw new Error(`${fixture}: ${decoded.error}`);
  return cleanDocument(decoded.text, { filename: fixture });
}

export const chaptersOf = (fixture: string): CleanChapter[] => documentOf(fixture).chapters;

/** A fixture's first chapter, cleaned as the evaluation reads it. */
export const fixtureChapter = (fixture: string): CleanChapter => chaptersOf(fixture)[0];

export type InRepoGenerator = "default" | "pipeline";
const GENERATORS = { default: generateCards, pipeline: pipelineGenerateCards };

/** The fixture's book author from books.json, as a user who typed it at import would give it (GenerateOptions.author). */
export function authorOf(fixture: string, books: Books = loadBooks()): string | undefined {
  const entry = books.fixtures[fixture];
  return entry ? books.books[entry.book]?.author : undefined;
}

let booksRead: Books | undefined;
/**
 * What an import passes to the generator for a fixture's book (GenerateOptions.author): the audits give
 * it to analyseChapter, rankedCandidates and generateCards, so they read the analysis and the cards
 * the evaluation and `cards --author` show (they differ only while lib/cards/narrator's switch is on).
 */
export function fixtureOptions(fixture: string): { author?: string } {
  const author = authorOf(fixture, (booksRead ??= loadBooks()));
  return author ? { author } : {};
}

/**
 * What the evaluation generates from for a fixture: every chapter of its cleaned document (a fixture may
 * hold several; each is generated on its own, as an import does) and the options an import passes —
 * the top `max`, the book's author, and the document's title as the CLI and the web import pass it (read
 * only by the situation line, when on). inRepoCards and the floor's fit data (scripts/lib/floor-data.ts)
 * both read it, so the floor's rows are the cards the evaluation scores.
 */
export function generationInputs(fixture: string, max: number, author: string | undefined = authorOf(fixture)): { chapters: CleanChapter[]; options: { max: number; author?: string; title?: string } } {
  const doc = documentOf(fixture);
  return { chapters: doc.chapters, options: { max, author, ...(doc.title ? { title: doc.title } : {}) } };
}

/** This checkout's generator, in-process: the top `max` cards of each chapter, with their sentence text; the book's author is passed as an import would. */
export function inRepoCards(fixture: string, max: number, generator: InRepoGenerator = "default", author: string | undefined = authorOf(fixture)): { cards: EvalCard[]; ms: number } {
  const { chapters, options } = generationInputs(fixture, max, author);
  const generate = GENERATORS[generator];
  const t = performance.now();
  const generated = chapters.map((ch) => generate(ch, options));
  const ms = performance.now() - t;
  const cards = generated.flatMap((list, i) => list.map((c) => ({ kind: c.kind, front: c.front, back: c.back, ...(c.context ? { context: c.context } : {}), sentence: chapters[i].sentences[c.source.sentence]?.text ?? "" })));
  return { cards, ms };
}

type CliCard = { kind: "qa" | "cloze"; front: string; back: string; context?: unknown; sentence?: unknown; source: { chapter: number; sentence: number; text?: unknown } };

/**
 * Another worktree's generator through its CLI (`npm run --silent cards -- FILE --json`), e.g. a
 * branch not merged yet. Sentence text comes from the CLI when it prints it (`source.text` or
 * `sentence`), else from this checkout's chapter cleaner. Time includes the process start.
 */
export function worktreeCards(worktree: string, fixture: string, opts: { max: number; candidates?: boolean; extra?: string[] }): { cards: EvalCard[]; ms: number } {
  const file = path.join(dirs.chapters, fixture);
  // The book's author as an import passes it (a CLI that predates --author ignores the option).
  const author = authorOf(fixture);
  const args = ["run", "--silent", "cards", "--", file, "--json", "--max", String(opts.max), ...(opts.candidates ? ["--candidates"] : []), ...(author ? ["--author", author] : []), ...(opts.extra ?? [])];
  const t = performance.now();
  const r = spawnSync("npm", args, { cwd: worktree, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${worktree}: npm ${args.join(" ")} failed (${r.status}): ${r.stderr.trim().slice(0, 500)}`);
  const out = JSON.parse(r.stdout) as CliCard[];
  const chapters = chaptersOf(fixture);
  const chapterFor = (n: number) => chapters.find((c) => c.number === String(n)) ?? chapters[n] ?? chapters[0];
  const cards = out.map((c) => {
    const given = typeof c.source.text === "string" ? c.source.text : typeof c.sentence === "string" ? c.sentence : null;
    const context = typeof c.context === "string" && c.context ? { context: c.context } : {}; // the CLI prints it only when set
    return { kind: c.kind, front: c.front, back: c.back, ...context, sentence: given ?? chapterFor(c.source.chapter)?.sentences[c.source.sentence]?.text ?? "" };
  });
  return { cards, ms };
}

export type EvalOptions = { subset: "ci" | "all" | "train"; top: number; rater: string; worktree?: string; worktreeArgs?: string[]; generator?: InRepoGenerator };
export type BookResult = { book: string; title: string; kind: string; split: Split; userSample: boolean; chapters: ChapterFigures[]; pooled: PooledFigures };
export type EvalResult = { options: EvalOptions; books: BookResult[]; heldOut: PooledFigures; train: PooledFigures };

/** The ci subset is the held-out books only: what the regression check guards. */
export function evaluate(options: EvalOptions): EvalResult {
  const { books, fixtures } = loadBooks();
  const byBook = new Map<string, ChapterFigures[]>();
  for (const [fixture, entry] of Object.entries(fixtures)) {
    if (options.subset === "ci" && books[entry.book].split !== "heldout") continue;
    // "train": the training books only, for engineers who must not run the generator on held-out books.
    if (options.subset === "train" && books[entry.book].split !== "train") continue;
    const { cards, ms } = options.worktree ? worktreeCards(options.worktree, fixture, { max: options.top, extra: options.worktreeArgs }) : inRepoCards(fixture, options.top, options.generator);
    const figures = scoreChapter(fixture, cards, new LabelIndex(readLabels(fixture), options.rater), {
      isResidue: (text) => RESIDUE.test(text),
      covers,
      gold: readGold(entry),
      ms,
    });
    byBook.set(entry.book, [...(byBook.get(entry.book) ?? []), figures]);
  }
  const results: BookResult[] = [...byBook].map(([book, chapters]) => ({
    book,
    title: books[book].title,
    kind: books[book].kind,
    split: books[book].split,
    userSample: chapters.some((c) => fixtures[c.fixture].userSample),
    chapters,
    pooled: pool(chapters),
  }));
  results.sort((a, b) => (a.split === b.split ? a.book.localeCompare(b.book) : a.split === "heldout" ? -1 : 1));
  const of = (split: Split) => pool(results.filter((r) => r.split === split).flatMap((r) => r.chapters));
  return { options, books: results, heldOut: of("heldout"), train: of("train") };
}

export const secondRaterDir = path.join(dirs.labels, "second-rater");

/** Every label of one folder's JSONL files (rater-a's folder, or the second rater's). */
function readFolder(dir: string): CardLabel[] {
  return readdirSync(dir).filter((f) => f.endsWith(".jsonl")).flatMap((f) => parseLabels(readFileSync(path.join(dir, f), "utf8"), path.relative(root, path.join(dir, f))));
}

/** Every rater's labels of one fixture: its own file and the second rater's files (which name each label's fixture). */
export function allLabelsOf(fixture: string): CardLabel[] {
  return [...readLabels(fixture), ...readFolder(secondRaterDir).filter((l) => l.fixture === fixture)];
}

export type KappaRow = { set: string; n: number; observed: number; kappa: number; usableKappa: number };

/**
 * Agreement of two raters (default rater-a, whose labels are in tests/fixtures/labels/*.jsonl, and
 * rater-b, in second-rater/*.jsonl; any rater's labels are read from both folders) on the cards both
 * labelled, matched by normalised front and back: Cohen's kappa over accept/edit/reject, and over
 * usable (accept or edit) vs reject. Per split of the card's book (a split with no shared card is
 * left out), and overall.
 */
export function raterAgreement(first = "rater-a", second = "rater-b"): KappaRow[] {
  const { books, fixtures } = loadBooks();
  const every = [...readFolder(dirs.labels), ...readFolder(secondRaterDir)];
  const a = every.filter((l) => l.rater === first);
  const b = new LabelIndex(every, second);
  const usable = (l: CardLabel["label"]) => (l === "reject" ? "reject" : "usable");
  const row = (set: string, labels: CardLabel[]): KappaRow | null => {
    const pairs = pairLabels(labels, b);
    if (!pairs.length) return null;
    const k = cohenKappa(pairs);
    return { set, n: k.n, observed: k.observed, kappa: k.kappa, usableKappa: cohenKappa(pairs.map(([x, y]) => [usable(x), usable(y)] as const)).kappa };
  };
  const split = (l: CardLabel) => books[fixtures[l.fixture]?.book]?.split;
  return [row("held-out books", a.filter((l) => split(l) === "heldout")), row("training books", a.filter((l) => split(l) === "train")), row("all", a)].filter((r): r is KappaRow => r !== null);
}
