import type { SourceSentence } from "./types";
import { OcrMarks } from "./ocr-marks";

/** The passage around the selected card, with its source sentence(s) highlighted. */
export function SourcePanel({ sentences, highlight, doubtful = new Set() }: { sentences: SourceSentence[]; highlight: number[]; doubtful?: ReadonlySet<string> }) {
  if (!highlight.length) return <p className="text-sm text-slate-500">Select a card to see where it comes from.</p>;
  const first = sentences.find((s) => s.id === highlight[0]);
  if (!first) return <p className="text-sm text-slate-500">The source sentence is not available.</p>;
  const paragraphs = new Set(sentences.filter((s) => highlight.includes(s.id)).map((s) => s.paragraph));
  const lo = Math.min(...paragraphs) - 1;
  const hi = Math.max(...paragraphs) + 1;
  const shown = sentences.filter((s) => s.paragraph >= lo && s.paragraph <= hi);
  const byParagraph = new Map<number, SourceSentence[]>();
  for (const s of shown) byParagraph.set(s.paragraph, [...(byParagraph.get(s.paragraph) ?? []), s]);
  return (
    <div className="space-y-3 text-sm leading-relaxed" data-testid="source-panel">
      <p className="text-xs uppercase tracking-wide text-slate-500">{first.page ? `Page ${first.page}` : "Page unknown"} · sentence {first.id + 1}</p>
      {[...byParagraph.entries()].map(([p, list]) => (
        <p key={p}>
          {list.map((s) => highlight.includes(s.id)
            ? <mark key={s.id} className="rounded bg-yellow-200 px-0.5 dark:bg-yellow-700 dark:text-white"><OcrMarks text={s.text} doubtful={doubtful} /> </mark>
            : <span key={s.id}><OcrMarks text={s.text} doubtful={doubtful} /> </span>)}
        </p>
      ))}
    </div>
  );
}
