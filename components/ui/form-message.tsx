import type { ActionState } from "@/lib/actions/state";

/** Form-level outcome. role="alert" so screen readers hear it after a submit. */
export function FormMessage({ state }: { state: ActionState | null }) {
  if (!state?.message) return null;
  return (
    <p role="alert" data-testid="form-message"
      className={`rounded-md px-3 py-2 text-sm ${state.ok ? "bg-emerald-50 text-emerald-800" : "bg-red-50 text-red-700"}`}>
      {state.message}
    </p>
  );
}
