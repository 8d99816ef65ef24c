import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { listChapters, requireOwnedSource } from "@/lib/data/sources";
import { NotFoundError } from "@/lib/data/errors";
import { cancelImportAction, deleteSourceAction, resumeImportAction } from "../actions";
import { isStalled } from "@/lib/data/import-uploads";
import { AutoRefresh } from "@/components/import/auto-refresh";
import { ActionButton } from "@/components/ui/action-button";
import { AuthorForm } from "@/components/import/author-form";

export default async function SourcePage({ params }: { params: Promise<{ sourceId: string }> }) {
  const user = await requireUser();
  const { sourceId } = await params;
  const source = await requireOwnedSource(user.id, sourceId).catch((e) => { if (e instanceof NotFoundError) notFound(); throw e; });
  const chapters = source.status === "ready" ? await listChapters(user.id, sourceId) : [];
  const stalled = source.status === "processing" && (await isStalled(user.id, sourceId, new Date()));
  return (
    <div className="space-y-6">
      <p className="text-sm"><Link href="/import" className="text-indigo-600 hover:underline">← Imports</Link></p>
      <h1 className="text-2xl font-semibold">{source.title}</h1>
      {source.status !== "processing" && <AuthorForm sourceId={sourceId} author={source.author} />}
      <AutoRefresh active={source.status === "processing"} />
      {source.status === "processing" && (
        <div role="status" aria-live="polite" className="space-y-2">
          <p>Cleaning the text and generating cards… {Math.round(source.progress * 100)}%</p>
          <progress max={1} value={source.progress} className="w-full" aria-label="Import progress" />
          {stalled && (
            <p className="text-sm">This import has stopped (the server restarted).{" "}
              <ActionButton action={resumeImportAction.bind(null, sourceId)} className="text-indigo-700 underline">Resume</ActionButton> (pages already read are kept)
            </p>
          )}
          <ActionButton action={cancelImportAction.bind(null, sourceId)} className="text-sm underline">Cancel import</ActionButton>
        </div>
      )}
      {source.status === "failed" && <p role="alert" className="rounded-md bg-red-50 p-3 text-red-700">This import failed: {source.error}</p>}
      {source.status === "ready" && (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900" data-testid="chapters">
          {chapters.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 p-4">
              <Link href={`/import/${sourceId}/${c.id}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
                {c.number ? `Chapter ${c.number}: ` : ""}{c.title}
              </Link>
              <span className="text-xs text-slate-500">
                {c._count.candidates} suggested · {c.byStatus.APPROVED ?? 0} approved · {c.byStatus.PUBLISHED ?? 0} published · {c.byStatus.REJECTED ?? 0} rejected
              </span>
            </li>
          ))}
        </ul>
      )}
      <ActionButton action={deleteSourceAction.bind(null, sourceId)} className="text-sm text-red-700 underline" confirm="Delete this import and its unpublished suggestions? Published cards stay in their decks.">Delete import</ActionButton>
    </div>
  );
}
