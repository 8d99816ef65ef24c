import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center gap-3 p-6 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="text-slate-600 dark:text-slate-300">This page doesn&apos;t exist, or it belongs to someone else.</p>
      <Link href="/home" className="text-indigo-600 underline">Go to your start page</Link>
    </main>
  );
}
