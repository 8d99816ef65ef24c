// A scan's footnote rule read by OCR as a row of dashes ("——————") over the notes at a page's foot.
// Left in, the rule and the note under it stand as a paragraph of the body, cut the paragraph running
// over the page turn, and a note's rest at the next page's foot is run into a sentence there. A rule
// is a note rule only when its lines run to the page's end (a form feed, a page's top line or the
// text's end), and the note under it opens on a number cited by a superior figure on that page
// ("…the young plant.¹" / "  1 A careful grower…"): it is rewritten "¹ …" for the usual footnote reading. Lines under
// such a rule that open no number, at the foot of the page after a note, are that note's rest: they
// are moved back to the end of it.
import { SHORT_PAGED_HEAD_LINE } from "./page-tops";

const RULE = /^[ \t]*[—―]{3,}[ \t]*$/u;
const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const NUMBERED = new RegExp(`^[ \\t]*(\\d{1,2}|[${SUPERSCRIPT}]{1,2}|[*†‡])[ \\t]+(?=["“‘(]?\\p{Lu})`, "u");
const RUN_OVER = /^[ \t]*["“‘(]?\p{Ll}/u;

const pageEnd = (line: string | undefined) => line === undefined || line.startsWith("\f") || SHORT_PAGED_HEAD_LINE.test(line);
const superior = (n: string) => (/^\d+$/.test(n) ? [...n].map((d) => SUPERSCRIPT[Number(d)]).join("") : n);

/** Is note `sign` cited in `text` by a superior figure (or sign) glued to a word or a stop? */
function cited(text: string, sign: string): boolean {
  const sup = superior(sign).replace(/\*/g, "\\*");
  return new RegExp(`[\\p{L}.,;:!?"”’)]${sup}(?![${SUPERSCRIPT}])`, "u").test(text);
}

export function readDashRuleNotes(text: string): { text: string; count: number; runOvers: number } {
  if (!/[—―]{3,}/u.test(text)) return { text, count: 0, runOvers: 0 };
  const lines = text.split("\n");
  let count = 0;
  let runOvers = 0;
  let pageStart = 0; // the first line of the current page
  let lastNote: { end: number; page: number } | null = null; // the last note read: its last line, its page
  let page = 0;
  const moved = new Map<number, string[]>(); // a note's last line -> lines of its rest to put after it
  const drop = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith("\f")) {
      pageStart = i;
      page++;
    }
    if (!RULE.test(lines[i])) continue;
    let end = i + 1;
    while (end < lines.length && lines[end].trim() && !pageEnd(lines[end])) end++;
    if (end === i + 1 || !pageEnd(lines[end])) continue; // no lines under it, or not at the page's foot
    const first = lines[i + 1];
    const m = NUMBERED.exec(first);
    if (m) {
      const sign = /^[\d]+$/.test(m[1]) ? m[1] : m[1].replace(/[⁰-⁹¹²³]/g, (c) => String(SUPERSCRIPT.indexOf(c)));
      if (!cited(lines.slice(pageStart, i).join("\n"), sign)) continue;
      lines[i] = "";
      lines[i + 1] = `${superior(sign)} ${first.slice(m[0].length)}`;
      lastNote = { end: end - 1, page };
      count++;
      i = end - 1;
    } else if (RUN_OVER.test(first) && lastNote && lastNote.page === page - 1) {
      moved.set(lastNote.end, lines.slice(i + 1, end).map((l) => l.trim()));
      for (let k = i; k < end; k++) drop.add(k);
      if (i > 0 && !lines[i - 1].trim()) drop.add(i - 1); // the blank over the rule: the text runs on over the page
      lastNote = null;
      runOvers++;
      i = end - 1;
    }
  }
  if (!count) return { text, count: 0, runOvers: 0 };
  const out: string[] = [];
  lines.forEach((l, k) => {
    if (!drop.has(k)) out.push(l);
    for (const rest of moved.get(k) ?? []) out.push(rest);
  });
  return { text: out.join("\n"), count, runOvers };
}
