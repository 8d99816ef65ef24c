export function LoadingState() {
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-2 p-6 text-slate-500">
      <span className="h-4 w-4 animate-spin rounded-full border-2 border-slate-300 border-t-indigo-600" aria-hidden />
      Loading…
    </div>
  );
}
