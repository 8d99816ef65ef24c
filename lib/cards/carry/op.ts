// The carry op: a sentence whose card would lean on a whole the text named a sentence or a few
// before gets that whole written in. (a) A description of the whole itself with no restriction of its
// own — "this sonata", "the charter in question", "the said act", "this work" — is swapped for the
// whole's distinguishing mention ("Vance's sonata in D minor"). (b) A sentence that opens on a part
// or aspect of a whole — "The middle movement …", "The second clause …", "The west portal …" — gets
// the whole as a prefix ("In Vance's sonata in D minor, the middle movement …"). (c) A document's
// title printed bare with its capital ("the Treaty") is the one the chapter titled ("the Treaty of
// Marrow") when it titled only one of that head and nothing since named another (./index.ts
// chapterTitles). Certain or nothing: see resolveWhole for what in between leaves the sentence as
// written; the sentence must not name a whole that could be the one meant itself. The standalone gate
// drops a card whose answer the words give away (./giveaway.ts).
import type { Token } from "../analyse/types";
import { none, type Edit, type Op } from "../decontext/types";
import { restricted } from "../decontext/np";
import { capitalize } from "../text";
import { plural } from "../spans/constituent";
import { GENERAL, PART, POINTED_GENERAL, QUALIFIED_PART, SIDE, SIDED, WHOLE, nounKey, type Kind } from "./kinds";
import { wholeMentions, type WholeMention } from "./table";

/**
 * What the op reads: the whole mentions of the paragraph's earlier sentences and the paragraph's before,
 * in order. `titles`: the chapter's one capital-head title of a document per head (./index.ts), read only
 * before `at`; `spoiled`: per title head, the sentences that mention that head otherwise.
 */
export type CarryWindow = { window: WholeMention[]; titles?: Map<string, WholeMention>; spoiled?: Map<string, number[]>; at?: number };

/** What the description is: a whole's own noun ("this sonata"), a general noun ("this work"), or a part ("the finale"). */
export type Reading = "specific" | "general" | "part";

const words = (x: string) => x.toLowerCase().replace(/^the\s+/, "").split(/[^\p{L}\p{N}'’]+/u).filter(Boolean);

/** The mentions name the same thing: one is the other's first words ("Vance's sonata" of "Vance's sonata
 * in F"; not "Treaty of Orra" of "Treaty of Orrakesh"). */
export const sameWhole = (x: string, y: string) => {
  const a = words(x), b = words(y);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((w, i) => long[i] === w);
};

/**
 * The one whole the description can mean, or null. Walking back from the sentence, before the whole is
 * found nothing may stand that could be another: a mention of a whole of the kind that names nothing
 * ("a sonata", "the next sonata", "No. 4", a plural); a bare mention with another whole's noun ("the
 * quartet" before "the finale" after a sonata); for a general noun ("this work"), a whole of any other
 * kind ("the Abbey of Lisk" before "this work" after a portrait); for a general noun or a part, a
 * possessed or named thing the kinds do not list ("Vance's serenade", "the Mass"); for a part, the same
 * part with its whole said ("the tower of the town hall" before "The tower …"). The nearest must be
 * a distinguishing one (a bare "the sonata" in between is the same thing), and no other distinguishing
 * mention of the kind may stand anywhere in the window (two candidates: nothing).
 */
export function resolveWhole(window: WholeMention[], kinds: Kind[], head: string | null, reading: Reading = head === null ? "part" : "specific", part?: string): WholeMention | null {
  let found: WholeMention | null = null;
  const bareHeads = new Set<string>();
  for (let k = window.length - 1; k >= 0; k--) {
    const m = window[k];
    const ours = m.kinds.some((x) => kinds.includes(x));
    if (m.other) {
      if (found) continue;
      if (m.other === "np" && reading !== "specific") return null;
      if (m.other === "part" && reading === "part" && m.head === part) return null;
      continue;
    }
    if (m.back) {
      if (!found && WHOLE.has(m.head)) {
        if (ours) bareHeads.add(m.head);
        else if (reading === "general") return null;
      }
      continue;
    }
    if (!ours) {
      if (!found && reading === "general" && m.kinds.length) return null;
      continue;
    }
    if (!found) {
      if (!m.text || (head !== null && m.head !== head) || [...bareHeads].some((h) => h !== m.head)) return null;
      found = m;
    } else if (m.text && !sameWhole(m.text, found.text!)) return null;
  }
  return found;
}

const POSSESSIVE = /^['’]s?$/;
/** The mention as it reads inside a sentence: its article in lower case ("The Treaty of Orra" → "the Treaty of Orra"). */
const inside = (x: string) => x.replace(/^(The|This|That)\b/, (d) => d.toLowerCase());

/**
 * Whether the sentence, apart from the description at `skip`, mentions a whole that could be the one
 * meant itself: a whole of the kinds (bare or not; a bare one with the description's own noun is the
 * same thing), a headless numbered thing ("No. 4"), and for a general noun or a part a whole of another
 * kind or a possessed or named thing the kinds do not list ("The finale is borrowed from Vance's serenade").
 */
function namesOwn(own: WholeMention[], kinds: Kind[], skip: number, reading: Reading, head: string | null): boolean {
  return own.some((m) => {
    if (m.at === skip) return false;
    if (m.other) return m.other === "np" && reading !== "specific";
    const ours = m.kinds.some((x) => kinds.includes(x));
    if (m.back) return WHOLE.has(m.head) && (ours || reading === "general") && m.head !== head;
    return ours || (reading === "general" && m.kinds.length > 0);
  });
}

/** Whether the words the mention would add are already in the sentence (it would say them twice). */
function repeats(ts: Token[], text: string, skip: [number, number] = [0, 0]): boolean {
  const mine = new Set(ts.filter((_, k) => k < skip[0] || k >= skip[1]).map((t) => t.lower));
  return text.split(/[\s,()]+/).filter((w) => /^\p{Lu}\p{L}{2,}/u.test(w) && !/^(?:The|This|That)$/.test(w)).some((w) => mine.has(w.replace(/['’]s$/, "").toLowerCase()));
}

/** Whether token `i` stands inside quotation marks (a quoted title or speech is not the author's description to rewrite). */
function quoted(ts: Token[], i: number): boolean {
  let open = 0, straight = 0;
  for (let k = 0; k < i; k++) {
    if (/^[“‘]$/.test(ts[k].text)) open++;
    else if (/^[”’]$/.test(ts[k].text) && open > 0) open--;
    else if (ts[k].text === '"') straight++;
  }
  return open > 0 || straight % 2 === 1;
}

/** A title's bare capital mention ("the Treaty") as the chapter's one title of that head, or null. */
function titleFor(w: CarryWindow, key: string, kinds: Kind[]): WholeMention | null {
  const title = w.titles?.get(key);
  if (!title || title.sentence >= (w.at ?? -1)) return null;
  // Nothing else of its kind in reach, and no mention of its head since the title that names another or nothing.
  const near = w.window.filter((m) => !m.other && m.kinds.some((x) => kinds.includes(x)));
  if (!near.every((m) => (m.back ? m.head === key || !WHOLE.has(m.head) : m.text !== null && sameWhole(m.text, title.text!)))) return null;
  if (w.spoiled?.get(key)?.some((at) => at > title.sentence && at < (w.at ?? -1))) return null;
  return title;
}

/** (a): "this sonata", "this work", "the charter in question", "the said act" → the whole's mention. */
function swap(s: Parameters<Op>[0], w: CarryWindow, own: WholeMention[]): Edit | null {
  const ts = s.tokens;
  for (let i = 0; i + 1 < ts.length; i++) {
    // A determiner, not the conjunction ("so that work could go on").
    if (ts[i].pos !== "DET") continue;
    const det = ts[i].lower;
    if (!/^(?:the|this|that)$/.test(det)) continue;
    let j = i + 1;
    const said = det === "the" && ts[j].lower === "said";
    if (said) j++;
    const n = ts[j];
    if (!n || (n.pos !== "NOUN" && n.pos !== "PROPN") || plural(n)) continue;
    // A capital head is a title ("the Sonata", "this Treaty"), read as the same noun; a name is not one.
    const key = nounKey(n);
    const specific = WHOLE.get(key), general = GENERAL.get(key);
    if (!specific && !general) continue;
    const inQuestion = ts[j + 1]?.lower === "in" && ts[j + 2]?.lower === "question";
    const end = inQuestion ? j + 3 : j + 1;
    if (POSSESSIVE.test(ts[end]?.text ?? "")) continue;
    // "that work which …", "this work of the copyists": restricted, its own description.
    if (!inQuestion && restricted(ts, j + 1)) continue;
    // "the sonata" bare may be the form in general (a history of the sonata): only a pointing one is
    // certain, or a document's title with its capital ("the Treaty") the chapter gave only one of.
    const pointed = det !== "the" || said || inQuestion;
    const kinds = specific ? [specific] : general!;
    const title = specific && !pointed && /^\p{Lu}/u.test(n.text) ? titleFor(w, key, kinds) : null;
    if (specific && !pointed && !title) continue;
    // "the work", "the building" bare have a common other sense (labour, the act of building).
    if (!specific && POINTED_GENERAL.has(key) && !pointed) continue;
    if (quoted(ts, i)) continue;
    const reading: Reading = specific ? "specific" : "general";
    if (namesOwn(own, kinds, j, reading, specific ? key : null)) continue;
    const whole = title ?? resolveWhole(w.window, kinds, specific ? key : null, reading);
    if (!whole || repeats(ts, whole.text!, [i, end])) continue;
    // The sentence's capital stays where it was: "This sonata …" → "Vance's sonata …".
    const text = /^\p{Lu}/u.test(ts[i].text) ? capitalize(whole.text!) : inside(whole.text!);
    return { start: ts[i].start, end: ts[end - 1].end, text, op: "carry", from: whole.sentence };
  }
  return null;
}

/** (b): a sentence that opens on "The [adjectives] part" with no "of" after it → "In <whole>, the …". */
function prefix(s: Parameters<Op>[0], window: WholeMention[], own: WholeMention[]): Edit[] | null {
  const ts = s.tokens;
  if (ts[0]?.text !== "The") return null;
  let j = 1;
  while (ts[j] && ts[j].pos === "ADJ" && /^\p{Ll}[\p{Ll}-]*$/u.test(ts[j].text) && j < 4) j++;
  const part = ts[j];
  if (!part || (part.pos !== "NOUN" && part.pos !== "PROPN") || plural(part)) return null;
  const key = nounKey(part);
  const kind = SIDED.has(key) && SIDE.test(ts[j - 1]?.lower ?? "") ? "building" : PART.get(key);
  if (!kind) return null;
  // "The movement spread", "The article appeared": only "the second movement", "the slow movement".
  if (QUALIFIED_PART.has(key) && j === 1) return null;
  // "The finale of the sonata", "The finale's", "The tower at Marrow", "The finale for the harvest ball": the sentence says whose.
  if (/^(?:of|in)$/.test(ts[j + 1]?.lower ?? "") || POSSESSIVE.test(ts[j + 1]?.text ?? "") || restricted(ts, j + 1)) return null;
  if (namesOwn(own, [kind], -1, "part", null)) return null;
  const whole = resolveWhole(window, [kind], null, "part", key);
  if (!whole || repeats(ts, whole.text!)) return null;
  // Two edits, the words written in and the change of case: a card's span on "the middle movement"
  // covers only the case change, and maps back to the source (../decontext/offsets.ts toSource).
  return [
    { start: 0, end: 0, text: `In ${inside(whole.text!)}, `, op: "carry", from: whole.sentence },
    { start: 0, end: 1, text: "t", op: "carry", caseOnly: true },
  ];
}

export const carryOp: Op = (s, ctx) => {
  const w = ctx.carry;
  if (!w || (!w.window.length && !w.titles?.size)) return none();
  const own = wholeMentions(s.tokens, s.text, -1);
  const one = swap(s, w, own);
  const edits = one ? [one] : prefix(s, w.window, own);
  return edits ? { edits, unresolved: [] } : none();
};
