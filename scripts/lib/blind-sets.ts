// The blind sets: training books that were held out and measured blind together, then rotated into
// training (books.json 'rotated' notes name the session and its raters). Sessions 13 and later only
// (every such session's sets, 13 to 19 today): their strict raters labelled each set's cards blind,
// with reasons.
import type { Books } from "./cards-eval";

/** The session-16 standalone model's check set: left out of every fit until the end. */
export const CHECK_SET = "14a";

export function blindSets(books: Books): Map<string, string[]> {
  const byNote = new Map<string, string[]>();
  for (const [id, b] of Object.entries(books.books)) {
    const note = (b as { rotated?: string }).rotated ?? "";
    const m = /session (\d+) \(([^)]*)\)/.exec(note);
    if (!m || Number(m[1]) < 13) continue;
    const key = `${m[1]}\u0000${m[2]}`;
    byNote.set(key, [...(byNote.get(key) ?? []), id]);
  }
  // Sets of one session are lettered a, b in books.json order.
  const out = new Map<string, string[]>(), seen = new Map<string, number>();
  for (const [key, ids] of byNote) {
    const session = key.split("\u0000")[0];
    const n = seen.get(session) ?? 0;
    seen.set(session, n + 1);
    out.set(`${session}${[...byNote.keys()].filter((k) => k.startsWith(session + "\u0000")).length > 1 ? "ab"[n] : ""}`, ids);
  }
  return out;
}

/** Five groups of books, dealt in sorted order (the inner folds that choose a threshold). */
export function innerFolds(books: string[], k = 5): string[][] {
  const groups: string[][] = Array.from({ length: k }, () => []);
  [...books].sort().forEach((b, i) => groups[i % k].push(b));
  return groups.filter((g) => g.length);
}
