// Words OCR read with low confidence, marked where they appear so the author checks them.
export function OcrMarks({ text, doubtful }: { text: string; doubtful: ReadonlySet<string> }) {
  if (!doubtful.size) return <>{text}</>;
  return (
    <>
      {text.split(/(\s+)/).map((part, i) => {
        const word = part.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
        return word && doubtful.has(word)
          ? <span key={i} data-ocr-doubt title="OCR was unsure of this word: check it against the page" className="rounded bg-amber-100 underline decoration-amber-600 decoration-wavy dark:bg-amber-900">{part}</span>
          : <span key={i}>{part}</span>;
      })}
    </>
  );
}

/** Low-confidence words as a set of bare words (punctuation trimmed), as OcrMarks compares them. */
export function doubtfulWords(words: readonly string[] | undefined): Set<string> {
  return new Set((words ?? []).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")).filter(Boolean));
}
