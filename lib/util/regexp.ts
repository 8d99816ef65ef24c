// Small pattern helpers shared by the chapter clean-up (lib/chapters) and the card generator
// (lib/cards). Here, in neither room, so lib/chapters need not import lib/cards.

/** A string written into a pattern as itself ("St. Ives" → "St\\. Ives"). */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
