// The offline generator: rules over general sentence structure (renamings, successions,
// definitions, who-did-what, dated events, cloze deletions), then validation, scoring and a
// spread-out selection. Deterministic, CPU only, linear in the chapter's length.
import type { CleanChapter } from "@/lib/chapters/types";
import type { Draft, GeneratedCard, GenerateOptions, Rule, RuleContext } from "../types";
import { advance, resolveRelative, type DateContext } from "../dates";
import { renamingRule } from "./renaming";
import { successionRule } from "./succession";
import { definitionRule } from "./definition";
import { agentRule } from "./agent";
import { clozeRule } from "./cloze";
import { claimRule } from "./claim";
import { appositionRule } from "./apposition";
import { workRule } from "./work";
import { glossRule } from "./gloss";
import { isRejected, validateCard } from "../validate";
import { capPerSentence, dedupe, spread } from "./select";
import { entities, findDates, wordCount } from "../text";
import { readable } from "../resolve";

const RULES: Rule[] = [renamingRule, successionRule, definitionRule, agentRule, claimRule, appositionRule, workRule, glossRule, clozeRule];
const PENALTY: Record<string, number> = { ambiguous: 0.4, "needs-context": 0.22, "inferred-date": 0.03 };

function toCard(d: Draft, ctx: RuleContext, s = ctx.sentence): GeneratedCard {
  const at = s.text.indexOf(d.answer);
  const span: [number, number] = at >= 0 ? [s.start + at, s.start + at + d.answer.length] : [s.start, s.end];
  return {
    kind: d.kind, front: d.front.replace(/\s+/g, " ").trim(), back: d.back.replace(/\s+/g, " ").trim(), rule: d.rule, score: d.base, flags: d.flags ?? [],
    source: { chapter: ctx.chapter.index, chapterTitle: ctx.chapter.title, page: s.page, sentence: s.id, sentenceIds: [s.id, ...(d.extraSentences ?? [])], span },
  };
}

function score(card: GeneratedCard, sentenceWords: number): number {
  let v = card.score;
  for (const f of card.flags) v -= PENALTY[f] ?? 0;
  // Long answers are hard to recall, but a definition is as long as its genus and difference need: it
  // is penalised only past twenty words.
  const answerWords = wordCount(card.back);
  const free = /^(?:definition|glossary|apposition|composition|doctrine)$/.test(card.rule) ? 20 : 6;
  if (answerWords > free) v -= Math.min(0.2, (answerWords - free) * 0.01);
  // Long cloze fronts (long sentences, or a sentence with its context) are slow to read and vague.
  const frontWords = card.kind === "cloze" ? wordCount(card.front) : sentenceWords;
  if (card.kind === "cloze" && frontWords > 35) v -= Math.min(0.2, 0.1 + (frontWords - 35) * 0.005);
  // Information density: among clozes, a sentence rich in names and dates makes a better card; the
  // Q&A rules already encode which fact they ask for.
  const visible = `${card.front} ${card.back}`.replace(/\{\{c\d+::(.*?)\}\}/g, "$1");
  const facts = new Set([...entities(visible).map((e) => e.text), ...findDates(visible).map((d) => d.text)]);
  if (card.kind === "cloze") v += Math.min(0.06, facts.size * 0.015);
  return Math.max(0, Math.min(1, Math.round(v * 1000) / 1000));
}

/** Every candidate card for a chapter, validated and scored (before selection). */
export function legacyCandidateCards(chapter: CleanChapter): GeneratedCard[] {
  const out: GeneratedCard[] = [];
  let dates: DateContext = { year: null, month: null };
  chapter.sentences.forEach((sentence, i) => {
    const rel = resolveRelative(sentence.text, dates);
    // A cleft or a sentence led by a pronoun is read in its plain, named form; its cards cite the
    // sentence that supplied the name and say they were rephrased.
    const plain = readable(chapter, sentence);
    const ctx: RuleContext = {
      chapter, sentence: plain ? { ...sentence, text: plain.text } : sentence, previous: chapter.sentences[i - 1],
      date: { ...dates, inferred: !!rel, phrase: rel?.phrase ?? null, resolved: rel?.resolved ?? null },
    };
    const words = wordCount(sentence.text);
    // A line in capitals is a heading or a chapter synopsis ("DEPARTURE FROM BERGEN—THE COASTAL
    // STEAMER—..."), not a statement: no card from it (its dates still set the context).
    const letters = sentence.text.replace(/[^\p{L}]/gu, "");
    const shouting = letters.length >= 12 && letters.replace(/[^\p{Lu}]/gu, "").length > letters.length * 0.6;
    for (const rule of shouting ? [] : RULES) {
      for (const d of rule(ctx)) {
        const draft = plain ? { ...d, flags: [...(d.flags ?? []), ...plain.flags], extraSentences: [...(d.extraSentences ?? []), ...plain.extra] } : d;
        const card = validateCard(toCard(draft, ctx, sentence), chapter);
        if (!isRejected(card)) out.push({ ...card, score: score(card, words) });
      }
    }
    dates = advance(dates, sentence.text, rel?.resolved ?? null);
  });
  return out;
}

export function legacyGenerateCards(chapter: CleanChapter, opts: GenerateOptions = {}): GeneratedCard[] {
  const pool = capPerSentence(dedupe(legacyCandidateCards(chapter)));
  return spread(pool, opts.max ?? 40);
}
