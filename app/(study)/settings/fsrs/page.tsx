import Link from "next/link";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/data/errors";
import { Suspense } from "react";
import { requireUser } from "@/lib/auth/session";
import { fsrsSettingsView, studentWorkload } from "@/lib/data/fsrs";
import { ActionButton } from "@/components/ui/action-button";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { AutoRefresh } from "@/components/import/auto-refresh";
import { JobList } from "@/components/fsrs/job-list";
import { WorkloadPanel } from "@/components/fsrs/workload-panel";
import { button, buttonSecondary, input, panel } from "@/components/ui/styles";
import { cancelJobAction, optimizeAction, rescheduleAction, resetAction, resumeJobAction, retentionAction, revertAction } from "./actions";
import { evaluateAction, ignoreBeforeAction } from "./history-actions";

export const metadata = { title: "Memory model · Lectern" };

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

async function Workload({ userId, scope }: { userId: string; scope: string }) {
  const view = await studentWorkload(userId, scope);
  return <WorkloadPanel view={view} who="your cards" />;
}

export default async function FsrsSettingsPage({ searchParams }: { searchParams: Promise<{ scope?: string }> }) {
  const user = await requireUser();
  const { scope: scopeParam } = await searchParams;
  const view = await fsrsSettingsView(user.id, typeof scopeParam === "string" && scopeParam ? scopeParam : "all", new Date())
    .catch((e) => { if (e instanceof NotFoundError) notFound(); throw e; });
  const { scope, params } = view;
  const labels = new Map(view.scopes.map((s) => [s.scope, s.label]));
  const busy = view.activeJob !== null;
  const metrics = params?.metrics;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <AutoRefresh active={busy} ms={1500} />
      <div>
        <p className="text-sm"><Link href="/settings" className="text-indigo-600 hover:underline">← Settings</Link></p>
        <h1 className="text-2xl font-semibold">Memory model</h1>
        <p className="text-sm text-slate-600 dark:text-slate-300">Lectern schedules reviews with FSRS. Fit it to your own answers, and choose how much you want to remember.</p>
      </div>

      <form method="get" className="flex flex-wrap items-end gap-2" aria-label="Choose decks">
        <div className="flex flex-col text-sm">
          <label htmlFor="fsrs-scope">Decks</label>
          <select id="fsrs-scope" name="scope" defaultValue={scope.scope} className={input}>
            {view.scopes.map((s) => <option key={s.scope} value={s.scope}>{s.label}</option>)}
          </select>
        </div>
        <button type="submit" className={buttonSecondary}>Show</button>
      </form>

      <section className={`${panel} space-y-3`} aria-labelledby="params-title">
        <h2 id="params-title" className="font-medium">FSRS parameters · {scope.label}</h2>
        <p className="text-sm" data-testid="fsrs-status">
          {params?.weights ? `Personal parameters${metrics ? `, fitted ${metrics.fittedAt.slice(0, 10)} on ${metrics.items.toLocaleString("en-US")} answers` : ""}.`
            : view.inherited ? "Scheduled with your personal all-decks parameters." : "Default FSRS-6 parameters."}
        </p>
        {metrics && (
          <table className="text-sm" data-testid="fsrs-metrics">
            <thead><tr className="text-left text-slate-500"><th className="pr-4 font-medium">On your history</th><th className="pr-4 font-medium">Before</th><th className="font-medium">After</th></tr></thead>
            <tbody>
              <tr><td className="pr-4">Log loss (lower is better)</td><td className="pr-4">{metrics.before.logLoss.toFixed(4)}</td><td>{metrics.after.logLoss.toFixed(4)}</td></tr>
              <tr><td className="pr-4">RMSE (bins)</td><td className="pr-4">{pct(metrics.before.rmseBins)}</td><td>{pct(metrics.after.rmseBins)}</td></tr>
            </tbody>
          </table>
        )}
        {metrics && (
          <p className="text-xs text-slate-500" data-testid="fsrs-metrics-note">
            Figures as Anki&apos;s Evaluate computes them (fsrs-rs evaluation of every usable answer, recent answers weighted more, no outlier
            filtering), so they can be compared with Anki&apos;s.
          </p>
        )}
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {view.answers.toLocaleString("en-US")} answers in these decks. Optimizing needs at least {view.minimum} usable ones
          (answers after a card&apos;s first, on a later day); new weights are kept only if they predict your history better.
        </p>
        <div className="flex flex-wrap gap-2">
          <ActionButton action={optimizeAction.bind(null, scope.scope)} className={button}>Optimize</ActionButton>
          <ActionButton action={evaluateAction.bind(null, scope.scope)} className={buttonSecondary}>Evaluate</ActionButton>
          {params?.previousWeights && <ActionButton action={revertAction.bind(null, scope.scope)} className={buttonSecondary}>Revert to previous</ActionButton>}
          {params?.weights && <ActionButton action={resetAction.bind(null, scope.scope)} className={buttonSecondary} confirm="Go back to the default FSRS parameters?">Use defaults</ActionButton>}
        </div>
        {view.weightChanges.length > 0 && (
          <div className="text-sm" role="note" data-testid="fsrs-weight-changes">
            <p>The scheduler cannot use these weights exactly as given, so it changes them:</p>
            <ul className="list-disc pl-5">
              {view.weightChanges.map((c) => <li key={c.index}>w{c.index}: {c.given.toFixed(4)} → {c.used.toFixed(4)} ({c.reason})</li>)}
            </ul>
          </div>
        )}
        <ActionForm action={ignoreBeforeAction.bind(null, scope.scope)} className="flex flex-wrap items-end gap-2" label="Ignore reviews before a date">
          <div className="flex flex-col text-sm">
            <label htmlFor="ignore-before">Ignore reviews before</label>
            <input id="ignore-before" name="ignoreBefore" type="date" defaultValue={params?.ignoreBefore ?? ""} className={input} aria-describedby="ignore-before-help" />
          </div>
          <SubmitButton>Save date</SubmitButton>
          <p id="ignore-before-help" className="w-full text-xs text-slate-500">As in Anki: cards first learned before this date (midnight UTC) are left out of optimizing and evaluating. Leave empty to use everything.</p>
        </ActionForm>
        {params?.weights && <details className="text-xs text-slate-500"><summary>Weights</summary><code className="break-all">{params.weights.map((w) => w.toFixed(4)).join(", ")}</code></details>}
      </section>

      <section className={`${panel} space-y-3`} aria-labelledby="retention-title">
        <h2 id="retention-title" className="font-medium">Desired retention · {scope.label}</h2>
        <Suspense fallback={<p className="text-sm text-slate-500">Simulating workload…</p>}>
          <Workload userId={user.id} scope={scope.scope} />
        </Suspense>
        <ActionForm action={retentionAction.bind(null, scope.scope)} className="flex flex-wrap items-end gap-2" label="Set desired retention">
          <div className="flex flex-col text-sm">
            <label htmlFor="desired-retention">Your desired retention</label>
            <select id="desired-retention" name="desiredRetention" defaultValue={params?.desiredRetention?.toFixed(2) ?? ""} className={input}>
              <option value="">Each deck&apos;s setting</option>
              {[0.8, 0.85, 0.87, 0.9, 0.93, 0.95, 0.97].map((r) => <option key={r} value={r.toFixed(2)}>{Math.round(r * 100)}%</option>)}
            </select>
          </div>
          <SubmitButton>Save</SubmitButton>
        </ActionForm>
      </section>

      <section className={`${panel} space-y-3`} aria-labelledby="reschedule-title">
        <h2 id="reschedule-title" className="font-medium">Reschedule cards · {scope.label}</h2>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          New parameters and retention apply to each card at its next answer. Rescheduling recomputes every studied card&apos;s due date now,
          from its review history. It runs in batches and resumes where it stopped if interrupted.
        </p>
        <ActionButton action={rescheduleAction.bind(null, scope.scope)} className={buttonSecondary}>Reschedule</ActionButton>
      </section>

      {view.jobs.length > 0 && (
        <section className={`${panel} space-y-3`} aria-labelledby="jobs-title">
          <h2 id="jobs-title" className="font-medium">Recent runs</h2>
          <JobList jobs={view.jobs} labels={labels} resume={(id) => resumeJobAction.bind(null, id)} cancel={(id) => cancelJobAction.bind(null, id)} />
        </section>
      )}
    </div>
  );
}
