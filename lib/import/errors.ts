// An expected import failure: the message names the problem in words the uploader understands.
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportError";
  }
}

export interface ImportLimits {
  maxBytes: number; // the upload itself
  maxPages: number; // PDF pages, or EPUB/DOCX parts
  maxUnpackedBytes: number; // everything inside a ZIP container (EPUB, DOCX), summed before inflating
}

export const DEFAULT_LIMITS: ImportLimits = { maxBytes: 100 * 1024 * 1024, maxPages: 1000, maxUnpackedBytes: 300 * 1024 * 1024 };

export const megabytes = (n: number) => `${(n / 1048576).toFixed(n < 10 * 1048576 ? 1 : 0)} MB`;
