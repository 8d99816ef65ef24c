// A section opened by its sign, number and title run into its first sentence behind a dash:
// "§ 3. The Rise of Small Shops.—Having seen…". The title is the section's heading, not the opening
// words of a sentence: it is set apart as a heading ("§ 3. The Rise of Small Shops"), the paragraph
// left to open on its first sentence. The sign makes it a section's head; the stop and the dash
// close the title (a title in sentence case, "The rise of small shops.—", is one too).
import type { RawParagraph } from "./assemble";

const SIGNED_HEAD = /^(§{1,2}\s?\d{1,3}\.)\s+(["“‘]?\p{Lu}[^.!?\n—]{0,100}?[.!?]["”’]?)\s*(?:—|--)\s*(?=["“‘(]?\p{Lu})/u;
const MAX_TITLE_WORDS = 12;

/** Sets apart the titles of sections run in behind their section sign; returns how many. */
export function splitSignedRunInHeads(paragraphs: RawParagraph[]): number {
  let count = 0;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i];
    const m = p.kind === "body" ? SIGNED_HEAD.exec(p.text) : null;
    if (!m || m[2].split(/\s+/).length > MAX_TITLE_WORDS) continue;
    const title = m[2].replace(/[.!?](["”’]?)$/u, "$1");
    const cut = m[0].length;
    p.text = p.text.slice(cut);
    p.breaks = p.breaks.map((b) => ({ ...b, at: Math.max(0, b.at - cut) }));
    paragraphs.splice(i, 0, { kind: "heading", text: `${m[1].replace(/^(§{1,2})(?=\d)/, "$1 ")} ${title}`, page: p.page, breaks: [] });
    count++;
  }
  return count;
}
