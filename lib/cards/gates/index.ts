// Hard gates, in order; a candidate that fails any is dropped with its reason.
import type { Analysis } from "../analyse";
import type { Candidate } from "../candidates";
import type { Gate } from "./types";
import { shape } from "./shape";
import { residue } from "./residue";
import { boundary } from "./boundary";
import { standalone } from "./standalone";
import { answerType } from "./answer-type";
import { informativeBlank } from "./informative-blank";
import { referring } from "./referring";
import { blankChoice } from "./blank-choice";
import { lowValue } from "./low-value";
import { parse } from "./parse";
import { fragment } from "./fragment";
import { definitionShape } from "./definition-shape";
import { splitQuote } from "./split-quote";
import { questionStructure } from "./question-structure";
import { sceneAnchor } from "./scene-anchor";
import { storyPronounGate } from "./story-pronoun";
import { contextModel } from "./context-model";
import { instruction } from "./instruction";
import { reportedView } from "./reported-view";
import { echoAnswer } from "./echo-answer";
import { givenAway } from "./given-away";
import { standaloneModelGate } from "../standalone-model/uses";

// The fitted standalone/worth model's drop (lib/cards/standalone-model; off unless its weights file says on).
const standaloneModel = standaloneModelGate();

export { sameFact } from "./duplicate";
export const GATES: [string, Gate][] = [["shape", shape], ["instruction", instruction], ["fragment", fragment], ["residue", residue], ["boundary", boundary], ["standalone", standalone], ["referring", referring], ["low-value", lowValue], ["parse", parse], ["reported-view", reportedView], ["definition-shape", definitionShape], ["answer-type", answerType], ["informative-blank", informativeBlank], ["blank-choice", blankChoice], ["split-quote", splitQuote], ["question-structure", questionStructure], ["echo-answer", echoAnswer], ["given-away", givenAway], ["scene-anchor", sceneAnchor], ["story-pronoun", storyPronounGate], ["context-model", contextModel], ["standalone-model", standaloneModel]];

export function gate(c: Candidate, a: Analysis): string | null {
  if (passed.get(c) === c.extra.length) return null;
  for (const [name, g] of GATES) {
    const why = g(c, a);
    if (why) return `${name}: ${why}`;
  }
  return null;
}

/** Every gate the candidate fails (all of them, not only the first), each with its reason, in GATES order. */
export function failingGateReasons(c: Candidate, a: Analysis): [string, string][] {
  return GATES.flatMap(([name, g]) => { const why = g(c, a); return why === null ? [] : [[name, why] as [string, string]]; });
}

/** The names of every gate the candidate fails (all of them, not only the first). */
export function failingGates(c: Candidate, a: Analysis): string[] {
  return failingGateReasons(c, a).map(([name]) => name);
}

// The claim pass gates the card it chooses, and the pipeline gates every candidate again: a pass
// remembered here is not worked out twice. A candidate is not changed between the two except that
// candidates/index.ts cites more source sentences in `extra` (./boundary reads them), so the pass
// holds only while `extra` has the length it had when gated.
const passed = new WeakMap<Candidate, number>();

/** gate(), remembering a pass so that the pipeline's gate() of the same candidate returns it at once. */
export function gateRemembered(c: Candidate, a: Analysis): string | null {
  const why = gate(c, a);
  if (!why) passed.set(c, c.extra.length);
  return why;
}
