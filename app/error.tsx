"use client";

// Unexpected failures land here; expected ones are shown next to the form that caused them.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center gap-3 p-6 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="text-slate-600 dark:text-slate-300">Nothing you entered was half-saved. Try again; if it keeps happening, quote this reference: <code>{error.digest ?? "n/a"}</code></p>
      <button type="button" onClick={reset} className="rounded-md bg-indigo-600 px-4 py-2 text-white">Try again</button>
    </main>
  );
}
