// A card's context line: a short phrase shown in small muted type above the question on both
// sides, so the card stands alone ("Solon's reforms, Athens, 594 BC" above "What did he cancel?").
// Anki users know it as a "Context" field. It is plain text, one line: stored, edited, exported
// and matched to labels as such. Framework-free: the data layer, forms and exporters share it.

/** Longest context line accepted (a phrase or one sentence, not a paragraph). */
export const CONTEXT_MAX = 300;

/** The context line as stored: whitespace collapsed to single spaces, trimmed; empty is none (null). */
export function normalizeContext(context: string | null | undefined): string | null {
  const line = (context ?? "").replace(/\s+/g, " ").trim();
  return line ? line : null;
}

/** An error message for a context line that is too long, or null. */
export function contextProblem(context: string | null | undefined): string | null {
  const line = normalizeContext(context);
  return line && line.length > CONTEXT_MAX ? `Keep the context line under ${CONTEXT_MAX} characters.` : null;
}
