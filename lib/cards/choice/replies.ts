// A strong model's choices as labels (session 23): the LLM generator's requests number a chunk's
// sentences ("[i] text", lib/cards/llm.ts) and its replies cite the ids each card comes from. A
// sentence is CHOSEN when any card of the reply to its request cites it. Pure: the files are read by
// scripts/lib/choice-data.ts; here they are text.
import { normalise } from "../eval/normalise";
import { sentenceFinder } from "../eval/match";
import { replyCardsOrNone } from "../llm-reply";

export type RequestSentence = { id: number; text: string };
export type ChoiceRequest = { chapter: string; sentences: RequestSentence[] };

const NUMBERED = /^\[(\d+)\] (.*)$/;

/** The chapter title and numbered sentences of one request file (system and user message). */
export function parseRequest(text: string): ChoiceRequest {
  const user = text.slice(Math.max(0, text.indexOf("# User message")));
  const chapter = /^Chapter: (.*)$/m.exec(user)?.[1].trim() ?? "";
  const sentences: RequestSentence[] = [];
  for (const line of user.split("\n")) {
    const m = NUMBERED.exec(line);
    if (m) sentences.push({ id: Number(m[1]), text: m[2] });
    // A sentence that spans lines (verse, a list) goes on until the next number or the closing line.
    else if (sentences.length && line.trim() && !/^Write up to \d+ cards\.$/.test(line.trim())) sentences[sentences.length - 1].text += `\n${line}`;
  }
  return { chapter, sentences };
}

/** Every sentence id a reply's cards cite; an unreadable reply cites none. */
export function citedIds(reply: string): Set<number> {
  return new Set(replyCardsOrNone(reply).flatMap((c) => c.sentences).filter((id): id is number => Number.isInteger(id)));
}

/** `chosen`: per chapter, sentence index → chosen. `exact`/`near`/`unmatched`: how request sentences were found. */
export type ChoiceLabels = { chosen: Map<number, boolean>[]; exact: number; near: number; unmatched: number };

/**
 * Request sentences mapped onto the chapters' sentences as analysed now (the clean-up may have
 * changed since the requests were written): each request goes to the chapter holding most of its
 * sentences verbatim (normalised); a sentence is found by its normalised text (the one nearest its
 * old id when the text recurs), else by word overlap (lib/cards/eval/match.ts), else counted unmatched.
 * A chapter sentence found by two request sentences is chosen when either is.
 */
export function mapChoices(answered: { request: ChoiceRequest; cited: Set<number> }[], chapters: string[][]): ChoiceLabels {
  const out: ChoiceLabels = { chosen: chapters.map(() => new Map()), exact: 0, near: 0, unmatched: 0 };
  const exactIndex = chapters.map((texts) => {
    const m = new Map<string, number[]>();
    texts.forEach((t, i) => m.set(normalise(t), [...(m.get(normalise(t)) ?? []), i]));
    return m;
  });
  const finders = chapters.map((texts) => sentenceFinder(texts));
  for (const { request, cited } of answered) {
    const hits = exactIndex.map((m) => request.sentences.filter((s) => m.has(normalise(s.text))).length);
    const k = hits.indexOf(Math.max(...hits));
    if (k < 0) { out.unmatched += request.sentences.length; continue; }
    for (const s of request.sentences) {
      const same = exactIndex[k].get(normalise(s.text));
      const at = same ? same.reduce((b, i) => (Math.abs(i - s.id) < Math.abs(b - s.id) ? i : b)) : finders[k](s.text);
      if (at === null) { out.unmatched++; continue; }
      if (same) out.exact++;
      else out.near++;
      out.chosen[k].set(at, (out.chosen[k].get(at) ?? false) || cited.has(s.id));
    }
  }
  return out;
}
