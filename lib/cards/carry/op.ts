// The carry op: a sentence whose card would lean on a whole the text named a sentence or a few
// before gets that whole written in. (a) A description of the whole itself with no restriction of its
// own — "this sonata", "the charter in question", "the said act", "the work" — is swapped for the
// whole's distinguishing mention ("Vance's sonata in D minor"). (b) A sentence that opens on a part
// or aspect of a whole — "The middle movement …", "The second clause …", "The west portal …" — gets
// the whole as a prefix ("In Vance's sonata in D minor, the middle movement …"). (c) A document's
// title printed bare with its capital ("the Treaty") is the one the chapter titled ("the Treaty of
// Marrow") when it titled only one of that head, however far back (./index.ts chapterTitles). Certain or nothing:
// the nearest earlier mention of a whole of that kind must be a distinguishing one (a bare "the
// sonata" in between is the same thing; "a sonata", "the next sonata", "No. 4", a plural, or a
// mention that names nothing in between leaves the sentence as written), and the sentence must not
// name a whole of that kind itself. The standalone gate drops a card whose answer the words give away.
import type { Token } from "../analyse/types";
import { none, type Op } from "../decontext/types";
import { restricted } from "../decontext/np";
import { GENERAL, PART, SIDE, SIDED, WHOLE, nounKey, type Kind } from "./kinds";
import { wholeMentions, type WholeMention } from "./table";

/** What the op reads: the whole mentions of the paragraph's earlier sentences and the paragraph's before, in order. */
/** `titles`: the chapter's one capital-head title of a document per head (./index.ts), read only before `at`. */
export type CarryWindow = { window: WholeMention[]; titles?: Map<string, WholeMention>; at?: number };

/** The mentions name the same thing: one's words hold the other's ("Vance's sonata" in "Vance's sonata in F"). */
export const sameWhole = (x: string, y: string) => {
  const a = x.toLowerCase().replace(/^the /, ""), b = y.toLowerCase().replace(/^the /, "");
  return a.includes(b) || b.includes(a);
};

/**
 * The one whole the description can mean, or null. The nearest mention of a whole of the kind must
 * be a distinguishing one (a bare "the sonata" in between is the same thing; "a sonata", "the next
 * sonata", "No. 4", a plural in between is another), and no other distinguishing mention of the kind
 * may stand anywhere in the window (two candidates: nothing).
 */
export function resolveWhole(window: WholeMention[], kinds: Kind[], head: string | null): WholeMention | null {
  let found: WholeMention | null = null;
  for (let k = window.length - 1; k >= 0; k--) {
    const m = window[k];
    if (!m.kinds.some((x) => kinds.includes(x)) || m.back) continue;
    if (!found) {
      if (!m.text || (head !== null && m.head !== head)) return null;
      found = m;
    } else if (m.text && !sameWhole(m.text, found.text!)) return null;
  }
  return found;
}

const singular = (t: Token) => t.lower === t.lemma.toLowerCase() || !/s$/.test(t.lower);
const POSSESSIVE = /^['’]s?$/;
const capitalize = (x: string) => x.charAt(0).toUpperCase() + x.slice(1);
/** The mention as it reads inside a sentence: its article in lower case ("The Treaty of Orra" → "the Treaty of Orra"). */
const inside = (x: string) => x.replace(/^(The|This|That)\b/, (d) => d.toLowerCase());

/** Whether the sentence, apart from the description at `skip`, mentions a whole of these kinds itself, or a numbered thing. */
function namesOwn(own: WholeMention[], kinds: Kind[], skip: number): boolean {
  return own.some((m) => m.at !== skip && !m.back && m.kinds.some((x) => kinds.includes(x)));
}

/** Whether the words the mention would add are already in the sentence (it would say them twice). */
function repeats(ts: Token[], text: string, skip: [number, number] = [0, 0]): boolean {
  const mine = new Set(ts.filter((_, k) => k < skip[0] || k >= skip[1]).map((t) => t.lower));
  return text.split(/[\s,()]+/).filter((w) => /^\p{Lu}\p{L}{2,}/u.test(w) && !/^(?:The|This|That)$/.test(w)).some((w) => mine.has(w.replace(/['’]s$/, "").toLowerCase()));
}

/** (a): "this sonata", "the work", "the charter in question", "the said act" → the whole's mention. */
function swap(s: Parameters<Op>[0], w: CarryWindow, own: WholeMention[]) {
  const window = w.window;
  const ts = s.tokens;
  for (let i = 0; i + 1 < ts.length; i++) {
    const det = ts[i].lower;
    if (!/^(?:the|this|that)$/.test(det)) continue;
    let j = i + 1;
    const said = det === "the" && ts[j].lower === "said";
    if (said) j++;
    const n = ts[j];
    if (!n || (n.pos !== "NOUN" && n.pos !== "PROPN") || !singular(n)) continue;
    // A capital head is a title ("the Sonata", "this Treaty"), read as the same noun; a name is not one.
    const key = nounKey(n);
    const specific = WHOLE.get(key), general = GENERAL.get(key);
    if (!specific && !general) continue;
    const inQuestion = ts[j + 1]?.lower === "in" && ts[j + 2]?.lower === "question";
    const end = inQuestion ? j + 3 : j + 1;
    if (POSSESSIVE.test(ts[end]?.text ?? "")) continue;
    if (!inQuestion && restricted(ts, j + 1)) continue;
    // "the sonata" bare may be the form in general (a history of the sonata): only a pointing one is
    // certain, or a document's title with its capital ("the Treaty") the chapter gave only one of.
    const title = specific && det === "the" && !said && !inQuestion && /^\p{Lu}/u.test(n.text) ? w.titles?.get(key) : undefined;
    if (specific && !(det !== "the" || said || inQuestion || title)) continue;
    // "that work which …" restricted above; "that" alone is read as "this".
    const kinds = specific ? [specific] : general!;
    if (namesOwn(own, kinds, j)) continue;
    let whole = resolveWhole(window, kinds, specific ? key : null);
    if (title) {
      // The title is read only when it was printed before and nothing else of its kind is in reach.
      const near = window.filter((m) => !m.back && m.kinds.some((x) => kinds.includes(x)));
      whole = title.sentence < (w.at ?? -1) && near.every((m) => m.text && sameWhole(m.text, title.text!)) ? title : null;
    }
    if (!whole || repeats(ts, whole.text!, [i, end])) continue;
    return { start: ts[i].start, end: ts[end - 1].end, text: i === 0 ? capitalize(whole.text!) : inside(whole.text!), op: "carry" as const, from: whole.sentence };
  }
  return null;
}

/** (b): a sentence that opens on "The [adjectives] part" with no "of" after it → "In <whole>, the …". */
function prefix(s: Parameters<Op>[0], window: WholeMention[], own: WholeMention[]) {
  const ts = s.tokens;
  if (ts[0]?.text !== "The") return null;
  let j = 1;
  while (ts[j] && ts[j].pos === "ADJ" && /^\p{Ll}[\p{Ll}-]*$/u.test(ts[j].text) && j < 4) j++;
  const part = ts[j];
  if (!part || (part.pos !== "NOUN" && part.pos !== "PROPN") || !singular(part)) return null;
  const kind = SIDED.has(nounKey(part)) && SIDE.test(ts[j - 1]?.lower ?? "") ? "building" : PART.get(nounKey(part));
  if (!kind) return null;
  // "The finale of the sonata", "The finale's": the sentence says whose.
  if (/^(?:of|in)$/.test(ts[j + 1]?.lower ?? "") || POSSESSIVE.test(ts[j + 1]?.text ?? "")) return null;
  if (namesOwn(own, [kind], -1)) return null;
  const whole = resolveWhole(window, [kind], null);
  if (!whole || repeats(ts, whole.text!)) return null;
  return { start: ts[0].start, end: ts[0].end, text: `In ${inside(whole.text!)}, the`, op: "carry" as const, from: whole.sentence };
}

export const carryOp: Op = (s, ctx) => {
  const w = ctx.carry;
  if (!w || (!w.window.length && !w.titles?.size)) return none();
  const own = wholeMentions(s.tokens, s.text, -1);
  const edit = swap(s, w, own) ?? prefix(s, w.window, own);
  return edit ? { edits: [edit], unresolved: [] } : none();
};
