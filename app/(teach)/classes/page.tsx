import Link from "next/link";
import { requireInstructor } from "@/lib/auth/session";
import { listOwnedClasses } from "@/lib/data/classes";
import { CreateClassForm } from "@/components/classes/create-class-form";
import { panel } from "@/components/ui/styles";

export const metadata = { title: "Classes · Lectern" };

export default async function ClassesPage() {
  const user = await requireInstructor();
  const classes = await listOwnedClasses(user.id);
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-4 lg:col-span-2">
        <h1 className="text-2xl font-semibold">Classes</h1>
        {classes.length === 0 ? (
          <p className="text-slate-500">No classes yet. Create one, then share its join code with your students.</p>
        ) : (
          <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
            {classes.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 p-4">
                <div>
                  <Link href={`/classes/${c.id}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">{c.name}</Link>
                  <p className="text-xs text-slate-500">{c.students} student(s) · {c.decks} deck(s) · code <span className="font-mono">{c.joinCode}</span></p>
                </div>
                <Link href={`/classes/${c.id}/progress`} className="text-sm text-indigo-600 hover:underline">Progress →</Link>
              </li>
            ))}
          </ul>
        )}
      </div>
      <aside><section className={panel}><h2 className="mb-3 font-medium">New class</h2><CreateClassForm /></section></aside>
    </div>
  );
}
