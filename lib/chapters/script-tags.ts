// E-text transcribers set a word printed in another alphabet as its transliteration inside a tag
// naming the script: "the city, [Greek: polis], was", "[Hebrew: shalom]". The tag is the
// transcriber's, not the author's: the book printed the word itself, so the word stays in the
// sentence and the bracket and the script's name go. (A tag with nothing after the colon, or one
// that runs over a line, is left alone.)
const SCRIPTS = "Greek|Hebrew|Arabic|Syriac|Sanskrit|Coptic|Cyrillic|Russian|Gothic|Runic|Armenian|Ethiopic|Chinese|Japanese|Persian|Anglo-Saxon|Old English";
const TAG = new RegExp(String.raw`\[(?:${SCRIPTS})[ \t]*:[ \t]*([^\[\]\s][^\[\]\n]{0,119}?)[ \t]*\]`, "g");

export function unwrapScriptTags(text: string): { text: string; count: number } {
  if (!text.includes(":")) return { text, count: 0 };
  let count = 0;
  const out = text.replace(TAG, (_m, word: string) => (count++, word));
  return { text: out, count };
}
