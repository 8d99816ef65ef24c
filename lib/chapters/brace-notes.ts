// Notes labelled in braces ("{3}") under a notes head ("FOOTNOTES:"): some e-texts cue a note with
// its number in braces after the sentence ("…did not suit their health. {3}"), the form other
// e-texts give their printed pages ("{125}"). A braced number is a note's cue only when a note opens
// with it below a notes head ("FOOTNOTES:" / "{3}  With regard to…"): then the cue and the label are
// written in brackets ("health.[3]", "[3] With regard…") for the bracketed-note passes, and the cue
// is no page. A braced number with no such note stays a page mark.
const NOTES_HEAD = /^[ \t]*(?:FOOTNOTES|NOTES|Footnotes|Notes)[ \t]*:?[ \t]*$/m;
const BRACE_LABEL = /^([ \t]*)\{(\d{1,3})\}(?=[ \t]+\S)/gm;

export function readBraceNotes(text: string): { text: string; count: number } {
  const head = NOTES_HEAD.exec(text);
  if (!head || !text.includes("{")) return { text, count: 0 };
  const before = text.slice(0, head.index);
  let after = text.slice(head.index);
  let body = before;
  let count = 0;
  for (const m of [...after.matchAll(BRACE_LABEL)]) {
    // The cue: the last braced number before the head, after a word or its stop (not opening a line).
    const cue = new RegExp(String.raw`(?<=[\p{L}.,;:!?"”’)_])[ \t]*\{${m[2]}\}`, "gu");
    const found = [...body.matchAll(cue)].at(-1);
    if (!found) continue;
    body = body.slice(0, found.index) + `[${m[2]}]` + body.slice(found.index! + found[0].length);
    count++;
  }
  if (!count) return { text, count: 0 };
  after = after.replace(BRACE_LABEL, (m, indent: string, n: string) => (body.includes(`[${n}]`) ? `${indent}[${n}]` : m));
  return { text: body + after, count };
}
