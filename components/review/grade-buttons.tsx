import type { IntervalPreview } from "@/lib/data/review/types";

const GRADES = [
  { rating: 1, label: "Again", key: "1", style: "border-red-300 bg-red-50 text-red-800 hover:bg-red-100 dark:border-red-800 dark:bg-red-950 dark:text-red-200" },
  { rating: 2, label: "Hard", key: "2", style: "border-amber-300 bg-amber-50 text-amber-800 hover:bg-amber-100 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200" },
  { rating: 3, label: "Good", key: "3", style: "border-emerald-300 bg-emerald-50 text-emerald-800 hover:bg-emerald-100 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200" },
  { rating: 4, label: "Easy", key: "4", style: "border-sky-300 bg-sky-50 text-sky-800 hover:bg-sky-100 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-200" },
] as const;

export function GradeButtons({ preview, disabled, onGrade }: { preview: IntervalPreview | null; disabled: boolean; onGrade: (rating: 1 | 2 | 3 | 4) => void }) {
  return (
    <div className="grid grid-cols-4 gap-2" role="group" aria-label="How well did you remember?">
      {GRADES.map((g) => (
        <button key={g.rating} type="button" disabled={disabled} onClick={() => onGrade(g.rating)}
          aria-keyshortcuts={g.key}
          className={`flex flex-col items-center rounded-lg border px-2 py-2 font-medium disabled:opacity-50 ${g.style}`}>
          <span className="text-xs" data-testid={`interval-${g.rating}`}>{preview?.[String(g.rating) as "1"] ?? ""}</span>
          <span>{g.label}</span>
          <kbd className="hidden text-[10px] opacity-75 sm:block">{g.key}</kbd>
        </button>
      ))}
    </div>
  );
}
