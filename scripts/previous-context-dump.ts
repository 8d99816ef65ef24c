// Session 20 (ctxprev20): the shown cards of every TRAIN chapter under this process's
// LECTERN_PREVIOUS_CONTEXT, as JSON (book, fixture, and per card kind, front, back, context and its source sentence), so the switch's values
// can be compared card by card (the eval JSON has figures only). TRAIN fixtures only.
//   LECTERN_PREVIOUS_CONTEXT=1 npx tsx scripts/previous-context-dump.ts > on.json
import { inRepoCards, loadBooks, trainFixtures } from "./lib/cards-eval";
import { PREVIOUS_CONTEXT } from "@/lib/cards/context-line/previous";

const books = loadBooks();
const out = trainFixtures(books).map((fixture) => ({ fixture, book: books.fixtures[fixture].book, cards: inRepoCards(fixture, 40).cards }));
console.log(JSON.stringify({ mode: PREVIOUS_CONTEXT, fixtures: out }));
