/** Who wrote the book and what it is called, as the file itself records them; null when it does not (or says nothing usable). */
export interface BookMetadata {
  author: string | null;
  title: string | null;
}

export const NO_METADATA: BookMetadata = { author: null, title: null };
