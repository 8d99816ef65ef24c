// Quick checks at upload time, so the commonest bad files are refused before anything is saved:
// a locked, damaged or too long PDF (its header and cross-reference table are read, not its
// pages) and a ZIP container whose declared contents are a bomb. The job does the full read.
import { openPdf } from "./pdf/extract";
import { listZip } from "./zip";
import { ImportError, megabytes, type ImportLimits } from "./errors";
import type { Format } from "./sniff";

export async function precheck(bytes: Uint8Array, format: Format, limits: Pick<ImportLimits, "maxPages" | "maxUnpackedBytes">): Promise<void> {
  if (format === "pdf") {
    const doc = await openPdf(bytes, limits);
    await doc.destroy();
  } else if (format === "epub" || format === "docx") {
    const total = listZip(bytes).reduce((s, e) => s + e.originalSize, 0);
    if (total > limits.maxUnpackedBytes) throw new ImportError(`This ${format.toUpperCase()} would unpack to ${megabytes(total)} (the limit is ${megabytes(limits.maxUnpackedBytes)}): it looks like a "zip bomb", not a book. Nothing was unpacked.`);
  }
}
