// How much recall a larger or looser selection could buy on the TRAIN books (held-out books are
// never read): each chapter's gated candidates that the selection leaves out (one card per sentence,
// one per fact, top 40) and the gold key facts only they teach, with their labels (strict raters
// first) and where their score stands against the shown cards'. Under the shipped weights, or the
// fit on every train book but the chapter's own (--lobo, as fit:ranker's default setting).
//   npx tsx scripts/cut-headroom.ts [--lobo]
import { DEFAULT_WEIGHTS, score } from "@/lib/cards/rank/model";
import { select } from "@/lib/cards/select";
import { covers } from "../tests/unit/cards/gold";
import { loadTrainData } from "./lib/ranker-data";
import { loadBooks, readGold } from "./lib/cards-eval";
import { fitRanker, PRECEDENCE, type LoboChapter } from "./lib/lobo";
import { verdictOf } from "@/lib/cards/rank/training";

const lobo = process.argv.includes("--lobo");
const entries = loadBooks().fixtures;
// A fixture's gold list is its whole document's: counted once per fixture, taught by a shown card of
// any of its chapters, and left untaught only when no chapter's shown card teaches it (fixgen21: the
// gold was given to the first chapter only and each chapter's shown cards counted apart, so a fact
// taught in chapter 2 or later counted as untaught).
const data: LoboChapter[] = loadTrainData().map((d) => ({ fixture: d.fixture, book: d.book, ranked: d.ranked, labels: d.labels, gold: d.part ? [] : readGold(entries[d.fixture]) ?? [] }));
const config = { target: "graded" as const, strictWeight: 10, lambda: 5 };
const fits = new Map<string, ReturnType<typeof fitRanker>>();
let shownN = 0, leftN = 0, leftSentences = 0, gold = 0, shownFacts = 0, onlyLeft = 0, onlyLeftConfident = 0;
const verdicts: Record<string, number> = { accept: 0, edit: 0, reject: 0, none: 0 };
type Scored = LoboChapter["ranked"][number] & { p: number; i: number };
type Left = { r: Scored; median: number; labels: LoboChapter["labels"] };
const byFixture = new Map<string, { gold: LoboChapter["gold"]; shown: { c: Scored["c"] }[]; left: Left[] }>();
for (const d of data) {
  const w = lobo ? (fits.get(d.book) ?? fits.set(d.book, fitRanker(data, config, (x) => x.book !== d.book)).get(d.book)!) : DEFAULT_WEIGHTS;
  const pool = d.ranked.map((r, i) => ({ ...r, p: score(r.x, w), i }));
  const shown = select(pool, 40);
  const shownSet = new Set(shown);
  const left = pool.filter((r) => !shownSet.has(r));
  const median = [...shown].map((r) => r.p).sort((x, y) => x - y)[Math.floor(shown.length / 2)] ?? 1;
  shownN += shown.length; leftN += left.length;
  const shownSentences = new Set(shown.map((r) => r.c.sentence));
  leftSentences += new Set(left.filter((r) => !shownSentences.has(r.c.sentence)).map((r) => r.c.sentence)).size;
  const fx = byFixture.get(d.fixture) ?? byFixture.set(d.fixture, { gold: [], shown: [], left: [] }).get(d.fixture)!;
  fx.gold.push(...d.gold);
  fx.shown.push(...shown);
  fx.left.push(...left.map((r) => ({ r, median, labels: d.labels })));
}
for (const fx of byFixture.values()) {
  gold += fx.gold.length;
  const taught = new Set(fx.gold.filter((f) => fx.shown.some((r) => covers(r.c, f))).map((f) => f.id));
  shownFacts += taught.size;
  for (const f of fx.gold.filter((g) => !taught.has(g.id))) {
    const by = fx.left.filter((x) => covers(x.r.c, f));
    if (!by.length) continue;
    onlyLeft++;
    if (by.some((x) => x.r.p >= x.median)) onlyLeftConfident++;
    const best = by.sort((x, y) => y.r.p - x.r.p)[0];
    verdicts[verdictOf(best.labels[best.r.i], PRECEDENCE)?.label ?? "none"]++;
  }
}
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log(`${lobo ? "leave-one-book-out fits" : "shipped weights"}: ${data.length} chapters, ${shownN} shown, ${leftN} gated candidates left out (${leftSentences} of them on sentences with no shown card)`);
console.log(`gold facts ${gold}: taught by shown cards ${shownFacts} (${pct(shownFacts / gold)}); taught only by left-out candidates ${onlyLeft} (+${pct(onlyLeft / gold)} recall at most), of which ${onlyLeftConfident} by a candidate scoring at or above its chapter's median shown card`);
console.log(`the best-scored left-out candidate of each such fact, labelled (strict first): accept ${verdicts.accept}, edit ${verdicts.edit}, reject ${verdicts.reject}, unlabelled ${verdicts.none}`);
