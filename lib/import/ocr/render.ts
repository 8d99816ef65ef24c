// PDF pages -> PNG images for OCR: pdfjs draws onto @napi-rs/canvas (a prebuilt binary shipped in
// its npm package); where that binary cannot load, Debian's `pdftoppm` (poppler-utils) renders
// instead; with neither, a clear message. Images (photos) are measured with the same library.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openPdf } from "../pdf/extract";
import { ImportError, type ImportLimits } from "../errors";

type Canvas = typeof import("@napi-rs/canvas");
let canvasLib: Promise<Canvas | null> | null = null;
const loadCanvas = () => (canvasLib ??= import("@napi-rs/canvas").catch(() => null));

const NO_RENDERER = "Scanned pages cannot be prepared for OCR on this server (neither @napi-rs/canvas nor poppler-utils' pdftoppm is available).";

export async function imageSize(bytes: Uint8Array): Promise<{ width: number; height: number }> {
  const lib = await loadCanvas();
  if (lib) {
    try {
      const img = await lib.loadImage(Buffer.from(bytes));
      return { width: img.width, height: img.height };
    } catch {
      throw new ImportError("This image is damaged or cannot be decoded. Save the photo again as JPEG or PNG.");
    }
  }
  return headerSize(bytes) ?? (() => { throw new ImportError("This image's size cannot be read. Save the photo again as JPEG or PNG."); })();
}

export type Rendered = { png: Uint8Array; width: number; height: number };

/** Opens a PDF once for rendering many pages (1-based) at `dpi`. */
export async function openRenderer(bytes: Uint8Array, limits: Pick<ImportLimits, "maxPages">): Promise<{ render(page: number, dpi: number): Promise<Rendered>; close(): Promise<void> }> {
  const lib = await loadCanvas();
  if (!lib) return { render: async (page, dpi) => renderWithPoppler(bytes, page, dpi), close: async () => {} };
  const doc = await openPdf(bytes, limits);
  return {
    async render(page, dpi) {
      const p = await doc.getPage(page);
      const viewport = p.getViewport({ scale: dpi / 72 });
      const canvas = lib.createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const ctx = canvas.getContext("2d");
      ctx.fillStyle = "#fff";
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      await p.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: ctx as unknown as CanvasRenderingContext2D, viewport }).promise;
      p.cleanup();
      return { png: new Uint8Array(await canvas.encode("png")), width: canvas.width, height: canvas.height };
    },
    close: () => doc.destroy(),
  };
}

/** Renders one page (1-based) at `dpi`; returns the PNG and its pixel size. */
export async function renderPdfPage(bytes: Uint8Array, page: number, dpi: number, limits: Pick<ImportLimits, "maxPages">): Promise<Rendered> {
  const renderer = await openRenderer(bytes, limits);
  try {
    return await renderer.render(page, dpi);
  } finally {
    await renderer.close();
  }
}

function renderWithPoppler(bytes: Uint8Array, page: number, dpi: number): { png: Uint8Array; width: number; height: number } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "lectern-ocr-"));
  try {
    writeFileSync(path.join(dir, "in.pdf"), bytes);
    const r = spawnSync("pdftoppm", ["-r", String(dpi), "-f", String(page), "-l", String(page), "-png", path.join(dir, "in.pdf"), path.join(dir, "page")]);
    const out = readdirSync(dir).find((f) => f.startsWith("page") && f.endsWith(".png"));
    if (r.error || r.status !== 0 || !out) throw new ImportError(NO_RENDERER);
    const png = new Uint8Array(readFileSync(path.join(dir, out)));
    const size = headerSize(png)!;
    return { png, ...size };
  } finally {
    rmSync(dir, { recursive: true, force: true }); // temporary files never outlive the call
  }
}

/** Width and height from a PNG (IHDR) or JPEG (SOFn) header. */
export function headerSize(b: Uint8Array): { width: number; height: number } | null {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b[0] === 0x89 && b[1] === 0x50 && b.length > 24) return { width: v.getUint32(16), height: v.getUint32(20) };
  if (b[0] !== 0xff || b[1] !== 0xd8) return null;
  for (let i = 2; i + 9 < b.length; ) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1];
    const len = v.getUint16(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return { width: v.getUint16(i + 7), height: v.getUint16(i + 5) };
    i += 2 + len;
  }
  return null;
}
