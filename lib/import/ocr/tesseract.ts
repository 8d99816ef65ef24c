// OCR with tesseract.js. The worker script, the WASM core and the English model all load from
// node_modules (@tesseract.js-data/eng): nothing is fetched at run time.
import path from "node:path";
import { packageDir } from "../resolve";
import type { PageText } from "../layout/types";
import { wordsToPage, type OcrBlock } from "./words";

export function tesseractPaths(): { langPath: string; corePath: string; workerPath: string } | null {
  try {
    return {
      langPath: path.join(packageDir("@tesseract.js-data/eng"), "4.0.0_best_int"),
      corePath: packageDir("tesseract.js-core"),
      workerPath: path.join(packageDir("tesseract.js"), "src", "worker-script", "node", "index.js"),
    };
  } catch {
    return null;
  }
}

export interface Recognizer {
  recognize(image: Uint8Array, size: { width: number; height: number }, dpi: number): Promise<PageText>;
  close(): Promise<void>;
}

export async function createRecognizer(): Promise<Recognizer> {
  const paths = tesseractPaths();
  if (!paths) throw new Error("tesseract.js or its English model is not installed");
  const { createWorker, OEM } = await import("tesseract.js");
  const worker = await createWorker("eng", OEM.LSTM_ONLY, { ...paths, cacheMethod: "none", gzip: true });
  return {
    async recognize(image, size, dpi) {
      await worker.setParameters({ user_defined_dpi: String(Math.round(dpi)) });
      const { data } = await worker.recognize(Buffer.from(image), {}, { blocks: true, text: false });
      return wordsToPage(data.blocks as unknown as OcrBlock[] | null, size, dpi);
    },
    close: () => worker.terminate().then(() => undefined),
  };
}
