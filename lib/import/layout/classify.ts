// Sorts a page's fragments into what a reader sees: furniture, marginal notes, drop capitals,
// headings, body lines and the footnotes under the text block.
import type { Fragment } from "./types";
import { isBodySize, type Geometry } from "./geometry";

export interface PageParts {
  flow: Fragment[]; // body lines and headings, in no order yet
  footnotes: Fragment[]; // top to bottom
  sideNotes: Fragment[];
  dropCaps: number;
}

const CAP = /^["“‘']?\p{Lu}$/u;

export function classifyPage(frags: Fragment[], furniture: Set<Fragment>, g: Geometry): PageParts {
  const parts: PageParts = { flow: [], footnotes: [], sideNotes: [], dropCaps: 0 };
  const content = frags.filter((f) => !furniture.has(f));
  const caps: Fragment[] = [];
  for (const f of content) {
    if (f.right < g.textLeft - 1 || f.x > g.textRight + 1) parts.sideNotes.push(f);
    else if (f.size >= g.bodySize * 1.8 && CAP.test(f.text)) caps.push(f);
    else parts.flow.push(f);
  }
  // Footnotes: small type below the lowest body line, opening with a note number.
  const body = parts.flow.filter((f) => isBodySize(f, g));
  const lowest = body.length ? Math.min(...body.map((f) => f.y)) : -Infinity;
  const below = parts.flow.filter((f) => f.size < g.bodySize * 0.88 && f.y < lowest).sort((a, b) => b.y - a.y || a.x - b.x);
  if (below.length && below[0].leadingMarker) {
    parts.footnotes = below;
    parts.flow = parts.flow.filter((f) => !below.includes(f));
  }
  for (const cap of caps) {
    // The capital stands beside the first lines of its paragraph: it is the first letter of the topmost.
    const beside = parts.flow.filter((f) => f.x > cap.x && f.x - cap.right < g.bodySize * 2 && f.y >= cap.y - g.bodySize * 0.5 && f.y <= cap.y + cap.size);
    if (!beside.length) { parts.flow.push(cap); continue; }
    const first = beside.reduce((a, b) => (b.y > a.y ? b : a));
    first.text = joinCapital(cap.text, first.text);
    for (const f of beside) f.x = cap.x; // lines beside the capital are not indented
    parts.dropCaps++;
  }
  return parts;
}

/** "T" + "HE summer was" -> "The summer was": the rest of the first word is set in small capitals. */
export function joinCapital(cap: string, line: string): string {
  const m = line.match(/^(\p{Lu}+)(?=\s+\p{Ll})/u);
  return cap + (m ? m[1].toLowerCase() + line.slice(m[1].length) : line);
}
