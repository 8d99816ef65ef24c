// The result every server action returns to its form (house style).
export type ActionState =
  | { ok: true; message?: string }
  // `values` echoes what was typed (never passwords): React resets a form after its action runs.
  | { ok: false; message: string; fieldErrors?: Record<string, string[]>; values?: Record<string, string>; retry?: true };

/** The database could not be reached: nothing was saved, the same request can be sent again. */
export type RetryState = { ok: false; retry: true; message: string };

export const initialState: ActionState | null = null;

export function fieldErrorsOf(issues: { path: PropertyKey[]; message: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? "form");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export function invalid(issues: { path: PropertyKey[]; message: string }[], message = "Please correct the highlighted fields.", values?: Record<string, string>): ActionState {
  return { ok: false, message, fieldErrors: fieldErrorsOf(issues), values };
}

/** Text fields of a form to echo back after a failed submit; password fields are left out. */
export function echo(form: FormData, fields: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) {
    const v = form.get(f);
    if (typeof v === "string") out[f] = v.slice(0, 2000);
  }
  return out;
}
