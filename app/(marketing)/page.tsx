import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUser, homeFor } from "@/lib/auth/session";

export default async function Landing() {
  const user = await currentUser();
  if (user) redirect(homeFor(user));
  return (
    <main className="mx-auto flex min-h-screen max-w-3xl flex-col justify-center gap-8 px-6 py-16">
      <div className="space-y-4">
        <p className="text-sm font-semibold uppercase tracking-wide text-indigo-600">Lectern</p>
        <h1 className="text-4xl font-bold tracking-tight sm:text-5xl">Read the chapter. Remember it for good.</h1>
        <p className="text-lg text-slate-600 dark:text-slate-300">
          Import a book chapter, get flashcards traced back to the sentence and page they came from, and study
          them every day with FSRS, the scheduler behind modern Anki. Instructors share decks with classes and
          see who is falling behind.
        </p>
      </div>
      <div className="flex flex-wrap gap-3">
        <Link href="/signup" className="rounded-md bg-indigo-600 px-5 py-3 font-medium text-white hover:bg-indigo-500">Create an account</Link>
        <Link href="/login" className="rounded-md border border-slate-300 px-5 py-3 font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">Sign in</Link>
      </div>
      <p className="text-sm text-slate-500">Demo accounts: student@lectern.test and instructor@lectern.test, password <code>lectern-demo</code>.</p>
    </main>
  );
}
