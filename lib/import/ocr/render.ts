// PDF pages -> PNG images for OCR, rendered by pdfjs onto @napi-rs/canvas (a prebuilt binary
// shipped in its npm package). Images (photos) are measured with the same canvas library.
import { createCanvas, loadImage } from "@napi-rs/canvas";
import { openPdf } from "../pdf/extract";
import { ImportError, type ImportLimits } from "../errors";

export async function imageSize(bytes: Uint8Array): Promise<{ width: number; height: number }> {
  try {
    const img = await loadImage(Buffer.from(bytes));
    return { width: img.width, height: img.height };
  } catch {
    throw new ImportError("This image is damaged or cannot be decoded. Save the photo again as JPEG or PNG.");
  }
}

/** Renders one page (1-based) at `dpi`; returns the PNG and its pixel size. */
export async function renderPdfPage(bytes: Uint8Array, page: number, dpi: number, limits: Pick<ImportLimits, "maxPages">): Promise<{ png: Uint8Array; width: number; height: number }> {
  const doc = await openPdf(bytes, limits);
  try {
    const p = await doc.getPage(page);
    const viewport = p.getViewport({ scale: dpi / 72 });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const ctx = canvas.getContext("2d");
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    await p.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: ctx as unknown as CanvasRenderingContext2D, viewport }).promise;
    return { png: new Uint8Array(await canvas.encode("png")), width: canvas.width, height: canvas.height };
  } finally {
    await doc.destroy();
  }
}
