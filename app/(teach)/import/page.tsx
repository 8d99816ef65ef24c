import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listSources } from "@/lib/data/sources";
import { env } from "@/lib/env";
import { UploadForm } from "@/components/import/upload-form";
import { AutoRefresh } from "@/components/import/auto-refresh";
import { panel } from "@/components/ui/styles";

export const metadata = { title: "Import · Lectern" };

export default async function ImportPage() {
  const user = await requireUser();
  const sources = await listSources(user.id);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section className={panel} aria-labelledby="import-title">
        <h1 id="import-title" className="mb-1 text-2xl font-semibold">Import a chapter</h1>
        <p className="mb-4 text-sm text-slate-600 dark:text-slate-300">Lectern cleans the text and suggests flashcards, each traced to its sentence and page. You review them before anything reaches a deck.</p>
        <UploadForm maxMb={Math.round(env().IMPORT_MAX_BYTES / 1048576)} />
      </section>
      <section aria-labelledby="imports-title" className="space-y-3">
        <h2 id="imports-title" className="text-lg font-medium">Your imports</h2>
        <AutoRefresh active={sources.some((s) => s.status === "processing")} ms={1500} />
        {sources.length === 0 ? <p className="text-slate-500">Nothing imported yet.</p> : (
          <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
            {sources.map((s) => (
              <li key={s.id} className="p-4" data-testid="source-item">
                <Link href={`/import/${s.id}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">{s.title}</Link>
                {s.author && <span className="text-sm text-slate-600 dark:text-slate-300"> by {s.author}</span>}
                <p className="text-xs text-slate-500">
                  {s.status === "processing" ? `Processing… ${Math.round(s.progress * 100)}%` : s.status === "failed" ? `Failed: ${s.error}` : `${s._count.chapters} chapter(s)`}
                  {" · "}{s.createdAt.toISOString().slice(0, 10)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
