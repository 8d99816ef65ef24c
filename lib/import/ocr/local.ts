// The OCR runner for this machine: tesseract.js from node_modules, PDF pages rendered at 300 dpi.
// Finished pages can be kept by the caller (`pageStore`) so a restarted job resumes where it stopped.
import type { OcrInput, OcrRunner } from "../index";
import type { PageText } from "../layout/types";
import { createRecognizer, tesseractPaths } from "./tesseract";
import { imageSize, openRenderer, type Rendered } from "./render";
import { DEFAULT_LIMITS } from "../errors";

export const OCR_DPI = 300;
const PHOTO_DPI = 300; // unknown for photos; only ratios matter to the layout analysis

export interface OcrHooks {
  progress?: (done: number, total: number) => Promise<void> | void;
  pageStore?: { load(page: number): Promise<PageText | null>; save(page: number, text: PageText): Promise<void> };
}

export function localOcr(hooks: OcrHooks = {}): OcrRunner | undefined {
  if (!tesseractPaths()) return undefined;
  return async (input: OcrInput) => {
    const total = input.kind === "pdf" ? input.pages : 1;
    const pages: PageText[] = [];
    let recognizer: Awaited<ReturnType<typeof createRecognizer>> | null = null;
    const renderer = input.kind === "pdf" ? await openRenderer(input.bytes, { maxPages: Math.max(total, DEFAULT_LIMITS.maxPages) }) : null;
    // The next page is rendered while this one is recognised (tesseract runs in its own thread).
    const pending = new Map<number, Promise<Rendered>>();
    const rendered = (i: number) => {
      if (!pending.has(i)) pending.set(i, renderer!.render(i + 1, OCR_DPI));
      return pending.get(i)!;
    };
    try {
      for (let i = 0; i < total; i++) {
        const kept = await hooks.pageStore?.load(i);
        if (kept) {
          pages.push(kept);
          continue;
        }
        recognizer ??= await createRecognizer();
        let page: PageText;
        if (input.kind === "image") {
          page = await recognizer.recognize(input.bytes, await imageSize(input.bytes), PHOTO_DPI);
        } else {
          const r = await rendered(i);
          pending.delete(i);
          const next = i + 1 < total ? rendered(i + 1) : null;
          next?.catch(() => {}); // its error, if any, is raised when its turn comes
          page = await recognizer.recognize(r.png, r, OCR_DPI);
        }
        await hooks.pageStore?.save(i, page);
        pages.push(page);
        await hooks.progress?.(i + 1, total);
      }
    } finally {
      await Promise.allSettled(pending.values());
      await renderer?.close();
      await recognizer?.close();
    }
    return pages;
  };
}
