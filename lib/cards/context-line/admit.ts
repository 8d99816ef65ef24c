// Admission: a candidate that only the standalone-type gates drop, and for which the selector
// chooses a line, enters the pool carrying that line (GeneratedCard.context, printed above the
// front). Behind one switch, OFF (LECTERN_CONTEXT_LINE=1 turns it on for a measurement): the session-10 pilot (docs/pilots/context-line-2) and a blind
// measurement decide whether it ships.
import type { Analysis } from "../analyse";
import type { Candidate } from "../candidates";
import { GATES } from "../gates";
import { chooseContextLine, CONTEXT_GATES } from "./index";
import { envSwitch, processEnv, type Env } from "../switch";

/**
 * The one place the switch is read. Default OFF; `LECTERN_CONTEXT_LINE=1` in the environment turns
 * it on for a measurement (any other value, or none, leaves it off). `env` is a parameter so the
 * reading is tested without touching the process.
 */
export function contextLineSwitch(env: Env): boolean {
  return envSwitch(env, "LECTERN_CONTEXT_LINE");
}

export const CONTEXT_LINE_ON = contextLineSwitch(processEnv());

/**
 * The candidate with its context line, or null. `firstFailing`: the name of the first gate that
 * dropped it (the pipeline has it already); every gate outside the standalone-type ones must pass.
 */
export function admitWithContext(c: Candidate, a: Analysis, firstFailing: string): Candidate | null {
  if (!onlyDroppedBy(c, a, firstFailing, CONTEXT_GATES)) return null;
  const line = chooseContextLine(a, c);
  return line ? { ...c, context: line.line } : null;
}

/** Whether `gates` alone dropped the candidate: the first gate that failed (`firstFailing`) is one of them and every gate outside them passes. */
export function onlyDroppedBy(c: Candidate, a: Analysis, firstFailing: string, gates: ReadonlySet<string>): boolean {
  if (!gates.has(firstFailing)) return false;
  for (const [name, g] of GATES) if (!gates.has(name) && g(c, a)) return false;
  return true;
}
