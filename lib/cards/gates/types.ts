import type { Analysis } from "../analyse";
import type { Candidate } from "../candidates";

/** A hard check: the reason the candidate is dropped, or null when it passes. */
export type Gate = (c: Candidate, a: Analysis) => string | null;

/** What the card shows once answered, deletions filled in. */
export const shown = (c: Candidate) => c.front.replace(/\{\{c\d+::(.*?)\}\}/g, "$1");
