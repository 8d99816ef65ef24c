// A span's tests read the text before it and the text after it. A sentence offers dozens of spans
// that share their starts and ends, and the spans of one sentence are tested one after another,
// so what a test finds in `text.slice(0, start)` (or `text.slice(end)`) is remembered for the
// last text seen, per offset: the same answer, computed once per offset instead of once per span.
export type SliceMemo<T> = (text: string, at: number) => T;

/** `fn` of the text's part before (`side` "before") or after (`side` "after") offset `at`, remembered for the latest text. */
export function sliceMemo<T>(side: "before" | "after", fn: (part: string) => T): SliceMemo<T> {
  let last: string | null = null;
  let byOffset = new Map<number, T>();
  return (text, at) => {
    if (text !== last) { last = text; byOffset = new Map(); }
    if (byOffset.has(at)) return byOffset.get(at) as T;
    const v = fn(side === "before" ? text.slice(0, at) : text.slice(at));
    byOffset.set(at, v);
    return v;
  };
}
