// A first-person narrator named by the book's author (an autobiography's, a memoir's, a journal's "I").
// Face of the room: the switch, the decision for a chapter (./narration.ts) and the name to write
// (./name.ts); the rewrite itself is a decontextualisation op (./op.ts, ./rewrite.ts) so the card it
// gives goes through the same gates and ranker as any other.
import type { CleanChapter } from "@/lib/chapters/types";
import { isFirstPersonNarrative } from "./narration";
import { narratorName, type NarratorName } from "./name";
import { quotedRanges } from "./quotes";
import { narratorPronoun } from "./pronoun";
import { envSwitch, processEnv, type Env } from "../switch";

export { isFirstPersonNarrative, narrationStats, firstPersonWords } from "./narration";
export { narratorName, type NarratorName } from "./name";
export { narratorPronoun, type Pronoun } from "./pronoun";
export { narratorEdits, thirdPerson } from "./rewrite";

// ON by default since session 26. Off until then (a rewrite that adds words to a card ships off until
// measured blind; its session-17 arm failed on the writer's comments on his own book, which session 26's
// narr26 no longer names). Session 26's pre-registered arm on set 26 (five unseen books, raters bk and
// bl), together with LECTERN_DEMONSTRATION: accepted − rejected −24 → −22 and −26 → −25, recall 26.3 →
// 30.0 % — the bar (up for both raters, recall not down by more than 2 points) is met. `LECTERN_NARRATOR=0`
// turns it off for one run.
export const NARRATOR_DEFAULT = true;

export function narratorSwitch(env: Env, fallback = NARRATOR_DEFAULT): boolean {
  return envSwitch(env, "LECTERN_NARRATOR", fallback) || narratorDeclared(env);
}

// LECTERN_NARRATOR=always: the user says the book is narrated by its author, so the chapter's
// first-person rate (./narration.ts) is not asked. Measures the rewrite apart from the detection rule.
export function narratorDeclared(env: Env): boolean {
  return env?.LECTERN_NARRATOR === "always";
}

const switchedOn = () => narratorSwitch(processEnv());

// The decision read once per chapter object (the analysis asks on every call, cached or not).
const narrated = new WeakMap<CleanChapter, boolean>();
const pronouns = new WeakMap<CleanChapter, ReturnType<typeof narratorPronoun>>();

/** The narrator to name in this chapter (with the pronoun the chapter gives, if any): the author's name when the switch is on, the author is given and the chapter is narrated in the first person; else null. */
export function narratorFor(chapter: CleanChapter, author: string | undefined, on = switchedOn()): NarratorName | null {
  if (!on || !author) return null;
  const name = narratorName(author);
  if (!name) return null;
  if (!narratorDeclared(processEnv())) {
    if (!narrated.has(chapter)) narrated.set(chapter, isFirstPersonNarrative(chapter));
    if (!narrated.get(chapter)) return null;
  }
  if (!pronouns.has(chapter)) pronouns.set(chapter, narratorPronoun(chapter));
  const pronoun = pronouns.get(chapter);
  return pronoun ? { ...name, pronoun } : name;
}

/**
 * For each sentence, whether it begins inside a quotation opened earlier in its paragraph; whether it is
 * narration at all (a body or list paragraph); and its stretches inside quotation marks, in the
 * sentence's own offsets (those of its paragraph that reach into it).
 */
export function sentenceQuoting(chapter: CleanChapter): { startsQuoted: boolean; narration: boolean; quoted: [number, number][] }[] {
  const byParagraph = new Map<number, [number, number][]>();
  return chapter.sentences.map((s) => {
    const p = chapter.paragraphs[s.paragraph];
    if (!p) return { startsQuoted: false, narration: false, quoted: [] };
    if (!byParagraph.has(p.id)) byParagraph.set(p.id, quotedRanges(chapter.text.slice(p.start, p.end)));
    const ranges = byParagraph.get(p.id)!;
    const at = s.start - p.start;
    const quoted = ranges.map(([a, b]): [number, number] => [a - at, b - at]).filter(([a, b]) => b > 0 && a < s.end - s.start);
    // Opened before the sentence (a sentence that opens on the mark reads it itself).
    return { startsQuoted: ranges.some(([a, e]) => a < at && at < e), narration: p.kind === "body" || p.kind === "list", quoted };
  });
}
