"use client";

import { usePathname, useRouter } from "next/navigation";
import { useOptimistic, useTransition } from "react";
import { REVIEW_ORDER_LABELS, REVIEW_ORDERS, reviewViewParams, type ReviewOrder, type ReviewView } from "@/lib/card-review";

/** Order and "Hide likely rejects" of the review list, kept in the URL (lib/card-review/view.ts). */
export function ReviewViewControls({ view, hidden }: { view: ReviewView; hidden: number }) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, start] = useTransition();
  // The controls show the new choice at once; the list follows when the page comes back with it.
  const [shown, setShown] = useOptimistic(view);
  const go = (next: ReviewView) => start(() => {
    setShown(next);
    const q = new URLSearchParams(reviewViewParams(next)).toString();
    router.replace(q ? `${pathname}?${q}` : pathname, { scroll: false });
  });
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm" aria-busy={pending}>
      <label className="flex items-center gap-1">
        Order
        <select value={shown.order} onChange={(e) => go({ ...shown, order: e.target.value as ReviewOrder })}
          className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900">
          {REVIEW_ORDERS.map((o) => <option key={o} value={o}>{REVIEW_ORDER_LABELS[o]}</option>)}
        </select>
      </label>
      <label className="flex items-center gap-1" title="Only hides them: they stay pending and come back when you untick this">
        <input type="checkbox" checked={shown.hideLikelyRejects} onChange={(e) => go({ ...shown, hideLikelyRejects: e.target.checked })} />
        Hide likely rejects
      </label>
      {view.hideLikelyRejects && <span className="text-xs text-slate-500" data-testid="hidden-count">{hidden} hidden (still pending)</span>}
    </div>
  );
}
