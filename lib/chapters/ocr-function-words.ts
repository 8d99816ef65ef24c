// Misreadings of the commonest short words that the lexicon pass (ocr-words.ts) cannot repair,
// because the misreading is itself a word some list knows: "aud" (an abbreviation) and "arid" for
// "and", "bo" for "be". Each is repaired only where English leaves no doubt:
// - "aud" in lower case is no word of running English prose: always "and".
// - "arid" is a real word (an adjective): it is "and" only where no adjective can stand, before an
//   article, a pronoun or a possessive ("…support; arid the…", "arid he said"), since an adjective
//   never precedes those.
// - "bo" is "be" only after "to", "not" or a modal verb ("to bo an", "will bo").
// Run only on hard-wrapped page text (an OCR'd scan), as the glyph repairs are.

const AUD = /(?<![\p{L}'’-])aud(?![\p{L}'’-])/gu;
const ARID = /(?<![\p{L}'’-])arid(?= (?:the|a|an|he|she|it|they|we|i|you|his|her|its|their|our|my|this|that|these|those|then)\b)/gu;
const BO = /(?<=\b(?:to|not|will|would|shall|should|may|might|must|can|could|cannot) )bo(?![\p{L}'’-])/gu;

export function repairFunctionWords(text: string): { text: string; repairs: number } {
  let repairs = 0;
  const out = text
    .replace(AUD, () => (repairs++, "and"))
    .replace(ARID, () => (repairs++, "and"))
    .replace(BO, () => (repairs++, "be"));
  return { text: out, repairs };
}
