// The paragraph-level claim pass: for each paragraph of expository or argumentative prose, its
// thesis sentence (./thesis) as a standalone claim (./strip) asked as a "Why …?" card when it gives
// its own reason, else as a cloze on its distinctive term (./card). One card per paragraph at most,
// so the top 40 spreads over the chapter's argument instead of its illustrations. The sentence-local
// generators drop most sentences of an argument; this pass looks at the paragraph to find the one
// that carries it. Switched by CLAIM_PASS_ON (docs/card-generator.md, "Session 11: a paragraph-level
// claim pass", for the measurement the switch's setting rests on).
import type { Analysis, AnalysedSentence } from "../analyse";
import type { Candidate } from "../candidates/types";
import { firstFiniteTense } from "../analyse/tense";
import { gateRemembered } from "../gates";
import { rankTheses } from "./thesis";
import { stripClaim } from "./strip";
import { termClozes, whyCard } from "./card";

export { rankTheses, signals, SIGNALS, WEIGHTS, thesisScore, type ThesisSignals } from "./thesis";
export { stripClaim, pointsBack } from "./strip";
export { distinctiveTerm, distinctiveTerms, termClozes, clozeOn, whyCard } from "./card";

export const CLAIM_PASS_ON = true;
/** A paragraph this short has no thesis apart from its sentences (the sentence-local cards cover it). */
export const MIN_SENTENCES = 1;
/** Theses tried in turn, best first, until one makes a card that passes the gates. */
export const TRIES = 3;

/** Paragraphs of the chapter, each its analysed sentences in order. */
export function paragraphsOf(a: Analysis): AnalysedSentence[][] {
  const by = new Map<number, AnalysedSentence[]>();
  for (const s of a.sentences) {
    const list = by.get(s.sentence.paragraph);
    if (list) list.push(s);
    else by.set(s.sentence.paragraph, [s]);
  }
  return [...by.values()];
}

/** Exposition or argument, not narrative: at least half its sentences lead with a present-tense or modal verb. */
export function expository(paragraph: AnalysedSentence[]): boolean {
  const general = paragraph.filter((s) => { const t = firstFiniteTense(s.tokens); return t === "present" || t === "modal"; }).length;
  return general * 2 >= paragraph.length;
}

/** The cards of one sentence read as its paragraph's thesis, in order of preference (the caller keeps the first that passes the gates). */
export function thesisCards(s: AnalysedSentence, paragraph: AnalysedSentence[], a: Analysis): Candidate[] {
  const stripped = stripClaim(s);
  if ("why" in stripped) return [];
  const heading = a.sections[s.section]?.title ?? "";
  const why = whyCard(s, stripped.cuts, a);
  return [...(why ? [why] : []), ...termClozes(s, stripped.cuts, paragraph, heading, a.lemmaCounts)];
}

/** At most one thesis card per paragraph, each one that passes the gates. */
export function claimPassCandidates(a: Analysis, on = CLAIM_PASS_ON): Candidate[] {
  if (!on) return [];
  const out: Candidate[] = [];
  for (const paragraph of paragraphsOf(a)) {
    if (paragraph.length < MIN_SENTENCES || !expository(paragraph)) continue;
    // Thesis by thesis, so the cards of a later one are built only when the earlier ones give none.
    for (const s of rankTheses(paragraph, a).slice(0, TRIES)) {
      const card = thesisCards(s, paragraph, a).find((c) => !gateRemembered(c, a));
      if (card) { out.push(card); break; }
    }
  }
  return out;
}
