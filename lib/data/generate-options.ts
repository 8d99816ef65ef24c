import "server-only";
// The options a source's chapters are generated with, by the import job and by a chapter's
// regeneration alike (one function, so the two cannot drift apart again): how many candidates to
// keep, the book's author (names a first-person narrator), and the owner's ranker refitted from
// their own approve / edit / reject decisions once there are enough of them.
import type { GenerateOptions } from "@/lib/cards";
import { CANDIDATES_PER_CHAPTER } from "./candidate-rows";
import { authorRankerWeights } from "./ranker";

/**
 * `author`: as the user typed it, else as the file's metadata names it (null: nobody). `title`: the
 * book's title (the situation line cites it when a chapter's own title is a file's name; the line is
 * off unless LECTERN_SITUATION=1).
 */
export async function generateOptionsFor(source: { ownerId: string; author: string | null; title?: string | null }): Promise<GenerateOptions> {
  const weights = await authorRankerWeights(source.ownerId);
  return { max: CANDIDATES_PER_CHAPTER, ...(weights ? { weights } : {}), ...(source.author ? { author: source.author } : {}), ...(source.title ? { title: source.title } : {}) };
}
