import type { Segment } from "@/lib/data/review/types";

/** Renders card text; cloze segments are the blank on the front and the highlighted answer on the back. */
export function CardFace({ segments, side }: { segments: Segment[]; side: "front" | "back" }) {
  return (
    <p className="whitespace-pre-wrap text-xl leading-relaxed sm:text-2xl">
      {segments.map((s, i) =>
        s.cloze ? (
          <span key={i} data-testid={side === "front" ? "cloze-blank" : "cloze-answer"}
            className={side === "front"
              ? "rounded bg-indigo-100 px-1.5 font-semibold text-indigo-700 dark:bg-indigo-900 dark:text-indigo-200"
              : "rounded bg-emerald-100 px-1.5 font-semibold text-emerald-800 dark:bg-emerald-900 dark:text-emerald-200"}>
            {s.text}
          </span>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </p>
  );
}
