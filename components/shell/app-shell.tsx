import Link from "next/link";
import { signOutAction } from "@/app/(auth)/actions";
import type { Viewer } from "@/lib/auth/session";
import { navFor } from "./nav-items";
import { NavLinks } from "./nav-links";

export function AppShell({ viewer, children }: { viewer: Viewer; children: React.ReactNode }) {
  const items = navFor(viewer.role);
  return (
    <div className="min-h-screen pb-16 sm:pb-0">
      <header className="sticky top-0 z-10 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-900/90">
        <nav aria-label="Main" className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-4 px-4">
          <div className="flex items-center gap-4">
            <Link href={items[0].href} className="text-lg font-bold text-indigo-700 dark:text-indigo-300">Lectern</Link>
            <NavLinks items={items} variant="top" />
          </div>
          <div className="flex items-center gap-3 text-sm">
            <Link href="/settings" className="text-slate-600 hover:text-slate-900 dark:text-slate-300">Settings</Link>
            <span className="hidden text-slate-500 md:inline" data-testid="viewer">
              {viewer.name} · {viewer.role === "INSTRUCTOR" ? "Instructor" : "Student"}
            </span>
            <form action={signOutAction}>
              <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">Sign out</button>
            </form>
          </div>
        </nav>
        <nav aria-label="Sections"><NavLinks items={items} variant="bottom" /></nav>
      </header>
      <main className="mx-auto w-full max-w-6xl px-4 py-6">{children}</main>
    </div>
  );
}
