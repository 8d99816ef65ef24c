// The result every server action returns to its form (house style).
export type ActionState =
  | { ok: true; message?: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

export const initialState: ActionState | null = null;

export function fieldErrorsOf(issues: { path: PropertyKey[]; message: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? "form");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export function invalid(issues: { path: PropertyKey[]; message: string }[], message = "Please correct the highlighted fields."): ActionState {
  return { ok: false, message, fieldErrors: fieldErrorsOf(issues) };
}
