"use client";

import { useState, useTransition } from "react";
import type { ActionState } from "@/lib/actions/state";

/** A button that runs a bound server action, optionally after a confirmation, and shows the result. */
export function ActionButton({ action, children, confirm, className }: { action: () => Promise<ActionState>; children: React.ReactNode; confirm?: string; className?: string }) {
  const [pending, start] = useTransition();
  const [state, setState] = useState<ActionState | null>(null);
  return (
    <span className="inline-flex flex-col gap-1">
      <button type="button" disabled={pending} className={className}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          start(async () => setState(await action()));
        }}>
        {pending ? "Working…" : children}
      </button>
      {state?.message && <span role="status" className={`text-xs [overflow-wrap:anywhere] ${state.ok ? "text-emerald-700" : "text-red-600"}`}>{state.message}</span>}
    </span>
  );
}
