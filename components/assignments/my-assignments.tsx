import type { StudentAssignment } from "@/lib/data/assignment-views";
import { ReadinessBar, ReadinessText } from "./readiness-text";
import { ActionButton } from "@/components/ui/action-button";
import { startCramAction } from "@/app/(study)/assignments/actions";

const day = (d: Date) => d.toLocaleDateString("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });

/** "12 new cards a day to finish by Fri 13 Mar", or what is left once the due date has passed. */
export function paceText(a: StudentAssignment): string {
  if (a.pace.done) return "Every card introduced.";
  if (a.pace.daysLeft === 0) return `Past due: ${a.total - a.introduced} cards still to introduce.`;
  return `${a.pace.perDay} new card${a.pace.perDay === 1 ? "" : "s"} a day to finish by ${day(a.dueAt)}.`;
}

/** The student's assignments on Today: progress, pace, how far behind, readiness. */
export function MyAssignments({ assignments }: { assignments: StudentAssignment[] }) {
  if (!assignments.length) return null;
  return (
    <section aria-labelledby="assignments" className="space-y-2">
      <h2 id="assignments" className="text-lg font-medium">Assignments</h2>
      <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900" data-testid="my-assignments">
        {assignments.map((a) => (
          <li key={a.id} className="space-y-1 p-4 text-sm">
            <div className="flex flex-wrap justify-between gap-2">
              <span className="font-medium">{a.title} <span className="text-xs font-normal text-slate-500">· {a.className} · {a.deckTitle}</span></span>
              <span>{a.introduced}/{a.total} introduced · due by {day(a.dueAt)}</span>
            </div>
            <div className="h-2 rounded bg-slate-100 dark:bg-slate-800"><div className="h-2 rounded bg-sky-500" style={{ width: `${Math.round((a.introduced / Math.max(1, a.total)) * 100)}%` }} /></div>
            <p data-testid="pace">{paceText(a)}{a.pace.behindBy > 0 && <span className="ml-1 font-medium text-amber-700 dark:text-amber-400" data-testid="behind">You are {a.pace.behindBy} card{a.pace.behindBy === 1 ? "" : "s"} behind pace.</span>}</p>
            {a.examAt && <p>Exam {day(a.examAt)}: predicted recall <ReadinessText r={a.readiness} testId="my-readiness" /></p>}
            {a.cram > 0 && (
              <ActionButton action={startCramAction.bind(null, a.id)} className="text-sm text-indigo-700 underline dark:text-indigo-300">
                Cram for the exam: review the {a.cram} card{a.cram === 1 ? "" : "s"} predicted below {Math.round(a.targetRecall * 100)}%
              </ActionButton>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The student's exam readiness per assignment and chapter, for Stats. */
export function MyReadiness({ assignments }: { assignments: StudentAssignment[] }) {
  const withExam = assignments.filter((a) => a.examAt);
  if (!withExam.length) return null;
  return (
    <div className="space-y-4" data-testid="readiness-stats">
      {withExam.map((a) => (
        <div key={a.id} className="space-y-2">
          <p className="text-sm"><span className="font-medium">{a.title}</span> · exam {day(a.examAt!)} · target {Math.round(a.targetRecall * 100)}%: <ReadinessText r={a.readiness} /></p>
          <ReadinessBar r={a.readiness} />
          {a.chapters.length > 1 && (
            <ul className="space-y-1 pl-3 text-xs">
              {a.chapters.map((c) => <li key={c.id} className="flex justify-between gap-2"><span>{c.title}</span><ReadinessText r={c.readiness} /></li>)}
            </ul>
          )}
        </div>
      ))}
      <p className="text-xs text-slate-500">Predicted share of the assignment&apos;s cards you would recall on the exam day (95% interval), from your memory model; cards you haven&apos;t studied count as not recalled.</p>
    </div>
  );
}
