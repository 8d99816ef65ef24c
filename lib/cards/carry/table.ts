// The chapter's referent table: per sentence, in reading order, the mentions of wholes (./kinds) —
// the DISTINGUISHING ones that name one particular thing and could be written into another sentence
// ("Vance's sonata in D minor", "the Treaty of Orra", "the Lisk charter of 1602"), and every other
// mention of a whole of a kind ("a sonata", "the next sonata", "his quartets", "No. 4") that would
// make a later "the finale" ambiguous — and the mentions that may be another whole the kinds do not
// list ("Vance's serenade", "the Mass") or a part already given its whole ("the tower of the town
// hall"). Read once over the source sentences (linear).
import type { Token } from "../analyse/types";
import { mentionAt } from "../decontext/np";
import { rarity } from "../rank/frequency";
import { personNoun, personNounBefore } from "../gates/person-noun";
import { plural } from "../spans/constituent";
import { GENERAL, PART, WHOLE, nounKey, type Kind } from "./kinds";

/**
 * One mention of a whole. `text`: the words to write into another sentence, when it names one particular
 * thing on its own (null: it counts against a candidate but is never written in). `back`: a bare
 * back-pointing description ("the sonata", "this work"), the same thing as the last one named.
 * `capital`: the head is printed with its capital ("the Treaty"), a title of one particular thing.
 * `other`: no kind of ours — "np", a possessed or named thing the kinds do not list ("Vance's serenade",
 * "the Mass"), which may be the whole a later "the finale" or "the work" belongs to; "part", a part
 * noun with its whole said after it ("the tower of the town hall").
 */
export type WholeMention = { sentence: number; at: number; head: string; kinds: Kind[]; text: string | null; back: boolean; capital?: boolean; other?: "np" | "part" };

/** A person named in the sentence: its span, words and the toolkit's kind ("person", or "name" for a thing). */
export type Named = { start: number; end: number; text: string; kind?: string };

// Words in a mention that make it not one particular thing on its own ("his quartet" with no owner
// read, "the next sonata", "each treaty"). Not ../decontext/determiner.ts POINTING, a different list.
const NOT_NAMING = /^(?:this|that|these|those|his|her|its|their|our|my|your|same|other|another|next|former|latter|above|said|such|each|every|any|some|either|neither|no|one|which|what|whose)$/;
const KEY = /^[A-G]$/;
const KEY_WORDS = /^(?:flat|sharp|major|minor)$/;
// Catalogue words of a designation ("No. 4", "Op. 14"): a headless mention of a numbered thing.
const CATALOGUE = /^(?:no|nos|op|opus|ops)\.?$/;

/** A capitalised word that names (not a key letter, not a catalogue word, not the head's own capital). */
const naming = (t: Token) => /^\p{Lu}\p{L}{2,}/u.test(t.text) && !CATALOGUE.test(t.lower) && !KEY_WORDS.test(t.lower);

/** Token index just past a designation after the head: "in A flat major", "of 1763", "(Op. 14)", "No. 4". */
function designationEnd(ts: Token[], b: number): number {
  let j = b;
  for (;;) {
    if (ts[j]?.lower === "in" && KEY.test(ts[j + 1]?.text ?? "")) {
      let k = j + 2;
      while (KEY_WORDS.test(ts[k]?.lower ?? "")) k++;
      // "in F" alone when nothing names on after the letter ("in F, …", "in F was …").
      if (k > j + 2 || !/^(?:NOUN|PROPN)$/.test(ts[k]?.pos ?? "")) { j = k; continue; }
    }
    if (ts[j]?.lower === "of" && /^\d{4}$/.test(ts[j + 1]?.text ?? "")) { j += 2; continue; }
    return j;
  }
}

function kindsOf(t: Token): Kind[] {
  const key = nounKey(t);
  const k = WHOLE.get(key);
  return k ? [k] : GENERAL.get(key) ?? [];
}

/**
 * "Vance wrote his sonata in D minor": a "his" before the head is the sentence's one person named
 * before it, when no other person is named or described in the sentence; the mention is then "Vance's
 * sonata in D minor". Null otherwise (the mention stays a competitor): "her" (whose gender is not
 * known here), a person noun before it ("the abbot sent Vance his sonata"), a person named as an owner
 * ("Vance's pupil finished his sonata") or a name the toolkit reads as a thing's ("the Marrow court").
 */
function possessorName(ts: Token[], text: string, first: Token, persons: Named[]): string | null {
  if (first.lower !== "his" || persons.length !== 1 || persons[0].end > first.start || persons[0].kind === "name") return null;
  // Another person described before it ("the abbot", "the composer") may be whose.
  if (ts.some((t) => t.end <= first.start && t.pos === "PRON" && /^(?:he|she|him|his|her)$/.test(t.lower))) return null;
  if (personNounBefore(text, first.start, ts)) return null;
  const after = ts.find((t) => t.start >= persons[0].end);
  if (after && /^['’]s?$/.test(after.text)) return null;
  const name = persons[0].text;
  return /^\p{Lu}[\p{L}.' -]*\p{L}$/u.test(name) && !/['’]s$/.test(name) ? name : null;
}

const POSSESSOR = /^(?:['’]s?|his|her|its|their)$/;

/**
 * A mention with no kind of ours that a later part or general noun may belong to: a part noun with its
 * whole said after it ("the tower of the town hall"), or a noun phrase that is possessed or named
 * ("Vance's serenade", "Vance's piano trio", "the Lisk serenade", "the Mass"). People are not wholes ("Vance's pupil").
 */
function otherMention(ts: Token[], k: number): "np" | "part" | null {
  const t = ts[k];
  // The phrase's head: the last noun of a run ("the town hall", not "town").
  if (/^(?:NOUN|PROPN)$/.test(ts[k + 1]?.pos ?? "") && /^\p{Ll}/u.test(ts[k + 1].text)) return null;
  let b = k;
  while (b > 0 && (ts[b - 1].pos === "ADJ" || ts[b - 1].pos === "NOUN") && /^\p{Ll}/u.test(ts[b - 1].text)) b--;
  const before = ts[b - 1];
  const possessed = before !== undefined && POSSESSOR.test(before.lower);
  // A possessed part noun may be a whole the kinds do not list ("Vance's piano trio"): "np".
  if (PART.has(nounKey(t))) return possessed ? "np" : ts[k + 1]?.lower === "of" ? "part" : null;
  if (personNoun(t.lower)) return null;
  const named = (before !== undefined && before.pos === "PROPN" && /^\p{Lu}\p{L}{2,}/u.test(before.text) && /^\p{Ll}/u.test(t.text))
    || (b === k && k > 0 && /^\p{Lu}/u.test(t.text) && /^(?:the|['’]s)$/.test(before?.lower ?? ""));
  return possessed || named ? "np" : null;
}

/** The whole mentions of one sentence (source tokens), in order; `persons`: its person names, when known. */
export function wholeMentions(ts: Token[], text: string, sentence: number, persons: Named[] = []): WholeMention[] {
  const out: WholeMention[] = [];
  ts.forEach((t, k) => {
    // A catalogue designation with no head ("No. 4 (Op. 14) has …"): another numbered thing.
    // The tokeniser splits "Op. 14" into Op / . / 14: the full stop is skipped.
    const num = ts[k + 1]?.text === "." ? ts[k + 2] : ts[k + 1];
    if (CATALOGUE.test(t.lower) && /^\d/.test(num?.text ?? "")) {
      out.push({ sentence, at: k, head: "", kinds: ["music", "text", "building", "picture", "campaign"], text: null, back: false });
      return;
    }
    if (t.pos !== "NOUN" && t.pos !== "PROPN") return;
    const kinds = kindsOf(t);
    const head = nounKey(t);
    if (!kinds.length) {
      const other = otherMention(ts, k);
      if (other) out.push({ sentence, at: k, head, kinds: [], text: null, back: false, other });
      return;
    }
    const many = plural(t);
    let m = mentionAt(ts, text, k, rarity);
    // "his sonata": mentionAt reads no determiner there; the phrase from the pronoun to the head.
    const pron = !m && ts.slice(Math.max(0, k - 4), k).findLast((x) => /^(?:his|her)$/.test(x.lower));
    let owner: string | null = null;
    if (pron && ts.slice(ts.indexOf(pron) + 1, k).every((x) => /^(?:ADJ|PROPN|NOUN|NUM)$/.test(x.pos))) {
      owner = possessorName(ts, text, pron, persons);
      if (owner) m = { text: text.slice(pron.start, t.end), words: ts.slice(ts.indexOf(pron), k + 1), indefinite: false, restricting: [] };
    }
    const first = m?.words[0];
    const det = first?.lower ?? ts[k - 1]?.lower ?? "";
    // A bare back-pointing description: "the sonata", "this work", nothing before or after the head.
    const bare = m && m.words.length === 2 && /^(?:the|this|that)$/.test(det) && !/^(?:of|in)$/.test(ts[k + 1]?.lower ?? "");
    if (bare && !many) { out.push({ sentence, at: k, head, kinds, text: null, back: true }); return; }
    let usable: string | null = null;
    if (m && !many && WHOLE.has(head) && (det === "the" || owner || /^['’]s$/.test(m.words[1]?.text ?? "") || m.words.some((w, i) => i > 0 && /^['’]s$/.test(w.text)))) {
      const a = ts.indexOf(first!), mEnd = ts.indexOf(m.words.at(-1)!) + 1;
      const end = designationEnd(ts, mEnd);
      const lastWord = ts[end - 1];
      const words = ts.slice(a, end);
      // A name, not a people's adjective: "the Orran oratorio" is a form; a possessor ("Vance's sonata"),
      // a name after the head ("the treaty of Marrow"), a capital head ("the Marrow Treaty") or a name
      // with a designation ("the Lisk charter of 1602") names one.
      const possessor = Boolean(owner) || words.some((w) => /^['’]s$/.test(w.text));
      const named = words.some((w, i) => w !== t && w.pos === "PROPN" && naming(w) && (possessor || i > words.indexOf(t) || /^\p{Lu}/u.test(t.text) || end > mEnd));
      const points = words.some((w) => NOT_NAMING.test(w.lower) && !(owner && w === first));
      // A mention cut inside a coordination ("the treaty of Orra and Lisk") is not the whole phrase.
      // Nor one cut before a title or a word that goes on ("Hals's group portrait The Banquet …", "The
      // Well-Tempered Clavier"), a quoted title ('sonata “The Lark”') or a bracket ("sonata (Op. 14)"):
      // two such sonatas would read as one.
      const after = ts[ts.indexOf(lastWord) + 1];
      const cut = /^(?:and|or)$/.test(after?.lower ?? "") || (after !== undefined && (/^\p{Lu}/u.test(after.text) || /^[“"‘'(]/.test(after.text) || after.start === lastWord.end && /^[\p{L}-]/u.test(after.text)));
      if ((named || owner) && !points && !cut) usable = owner ? `${owner}'s ${text.slice(ts[a + 1].start, lastWord.end)}` : text.slice(first!.start, lastWord.end);
    }
    out.push({ sentence, at: k, head, kinds, text: usable, back: false, ...(/^\p{Lu}/u.test(t.text) ? { capital: true } : {}) });
  });
  return out;
}
