"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionState } from "@/lib/actions/state";
import { FormMessage } from "./form-message";

type Action = (prev: ActionState | null, form: FormData) => Promise<ActionState>;

/** A form bound to a server action, showing its outcome above the fields. */
export function ActionForm({ action, children, className, label }: { action: Action; children: ReactNode; className?: string; label?: string }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className={className ?? "flex flex-col gap-3"} aria-label={label}>
      <FormMessage state={state} />
      {children}
    </form>
  );
}
