// Recent optimize/reschedule jobs with progress, outcome, and a resume button for interrupted ones.
import type { JobView } from "@/lib/data/fsrs";
import type { ActionState } from "@/lib/actions/state";
import { ActionButton } from "@/components/ui/action-button";
import { buttonSecondary } from "@/components/ui/styles";

function outcome(job: JobView): string {
  const r = job.result ?? {};
  if (job.status === "failed") return job.error ?? "Failed.";
  if (job.stale) return "Interrupted (the server stopped while it ran).";
  if (job.status !== "done") return `${job.status === "queued" ? "Waiting to start" : "Running"}… ${Math.round(job.progress * 100)}%`;
  if (job.kind === "optimize") return String(r.reason ?? "Done.");
  return `Done: ${Number(r.changed ?? 0)} of ${Number(r.examined ?? 0)} cards got new dates${Number(r.skipped) ? `, ${Number(r.skipped)} answered meanwhile and left as they were` : ""}.`;
}

export function JobList({ jobs, labels, resume, cancel }: { jobs: JobView[]; labels: Map<string, string>; resume: (jobId: string) => () => Promise<ActionState>; cancel: (jobId: string) => () => Promise<ActionState> }) {
  if (!jobs.length) return null;
  return (
    <ul className="space-y-2 text-sm" data-testid="fsrs-jobs">
      {jobs.map((job) => (
        <li key={job.id} className="rounded-md border border-slate-200 p-2 dark:border-slate-700" data-status={job.stale ? "stale" : job.status}>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <span className="font-medium">{job.kind === "optimize" ? "Optimize" : "Reschedule"} · {labels.get(job.scope) ?? "a removed deck"}</span>
            <time className="text-xs text-slate-500" dateTime={job.createdAt.toISOString()}>{job.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC</time>
          </div>
          {(job.status === "running" || job.status === "queued") && !job.stale && (
            <progress className="mt-1 h-2 w-full" max={1} value={job.progress} aria-label="Progress" />
          )}
          <p className={job.status === "failed" ? "text-red-600" : "text-slate-600 dark:text-slate-300"} role={job.status === "failed" ? "alert" : undefined}>{outcome(job)}</p>
          {(job.status === "running" || job.status === "queued") && (
            <ActionButton action={cancel(job.id)} className={buttonSecondary}>Cancel</ActionButton>
          )}
          {job.kind === "reschedule" && (job.stale || job.status === "failed") && (
            <ActionButton action={resume(job.id)} className={buttonSecondary}>Resume</ActionButton>
          )}
        </li>
      ))}
    </ul>
  );
}
