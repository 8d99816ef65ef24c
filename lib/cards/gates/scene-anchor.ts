// Scene anchor: in a story (a past-tense sentence) "the boats", "the rear", "the house" point into
// the scene the chapter set up; the card cannot say which boats. A definite phrase with a common-noun
// head is anchored, and fine, when the card says which one: a name, number, ordinal or technical
// word before the head ("the harbour gate", "the 1790 charter"), a possessor, a restricting phrase
// after it ("the gate of Lisk", "the men who …"), an apposition naming it, an earlier mention on the
// card itself ("a boat … the boat"), or a thing there is only one of ("the sun", "the sea").
// Exposition (present tense) is left alone: "the body", "the temperature" are generic there.
import { IS_CAPITALISED_WORD } from "@/lib/cards/letters";
import type { AnalysedSentence, Token } from "../analyse/types";
import type { Gate } from "./types";
import { bodyEnd, identifies, restricted } from "../decontext/np";
import { POINTING } from "../decontext/determiner";
import { isFiniteVerb, tenseOf } from "../analyse/tense";
import { rarity } from "../rank/frequency";
import { visible } from "./referring";

// Things a reader knows there is one of, in any story: the world around, not the scene.
const UNIQUE = new Set("sun moon earth world sky sea ocean universe heavens weather wind horizon past future present public people nation state government church law god gods".split(" "));
// Titles of office written capitalised alone ("the Governor", "the Admiral"): a role the story fills,
// not a name. (A capitalised word outside this closed class may be a name: "the Sahara".)
const OFFICE = new Set("general governor admiral colonel captain commander commodore major lieutenant marshal king queen emperor empress prince princess duke duchess bishop archbishop pope cardinal chancellor minister president consul senator judge mayor sheriff chief count earl baron viceroy sultan regent".split(" "));
// Past-tense modals tell a story too ("could see"); present ones ("will depend") do not.
const PAST_MODAL = new Set(["could", "would", "might", "should"]);
// Nouns that name no place or thing of the scene but a role in the sentence's own logic or a
// measure ("the rest", "the whole", "the most part", "the time" in "at the time"): not scene.
const LOGICAL = new Set("rest whole part most least latter former same other case fact way manner time moment end beginning result first last number kind sort point reason truth".split(" "));

const SELF_ANCHORED = 3;

export type SceneNoun = { text: string; start: number; end: number; head: Token };

/** A noun-tagged capitalised title alone after "the" ("the Governor", "the Admiral"): a role, not a name. */
function title(ts: Token[], k: number): boolean {
  const t = ts[k];
  return Boolean(t) && IS_CAPITALISED_WORD.test(t.text) && OFFICE.has(t.lower) && ts[k + 1]?.pos !== "PROPN" && !/^['’]s$/.test(ts[k + 1]?.text ?? "") && !anchoredAfter(ts, k + 1);
}

/**
 * A story, not an exposition: a finite verb in the past tense and none in the present or a present
 * modal ("the amount radiated will depend on the temperature" is a general claim).
 */
export function narrative(ts: Token[]): boolean {
  let past = false;
  for (const t of ts) {
    if (t.pos !== "VERB" && t.pos !== "AUX") continue;
    const tense = tenseOf(t);
    // A bare form is as often an infinitive ("should be", "to take") as a plural present: no evidence.
    if (tense === "present" && t.lower === t.lemma && !/^(?:am|are|do|have)$/.test(t.lower)) continue;
    if (tense === "present" || (tense === "modal" && !PAST_MODAL.has(t.lower))) return false;
    if (tense === "past" || tense === "modal") past = true;
  }
  return past;
}

/** "the dictatorship of the X", "the members of the X": the phrase names what a noun belongs to, an institution more often than a scene. */
const ofNoun = (ts: Token[], det: number) => ts[det - 1]?.lower === "of" && /^(?:NOUN|PROPN)$/.test(ts[det - 2]?.pos ?? "") && !LOGICAL.has(ts[det - 2].lower);

// Words that open a new clause: a finite verb after one belongs to that clause.
const CLAUSE_START = /^(?:until|till|when|while|before|after|as|because|since|though|although|if|where|whereas|and|but|or|that|who|which)$/;

/**
 * "The carts waited by the mill": an -ed verb after the subject, with no finite verb before it in its
 * clause, is the clause's verb; "the lamps trimmed by hand burned longer" has the clause's verb after it.
 */
function mainVerb(ts: Token[], k: number): boolean {
  if (ts[k]?.pos !== "VERB" || tenseOf(ts[k]) !== "past") return false;
  for (let j = k - 1; j >= 0 && ts[j].pos !== "PUNCT" && !CLAUSE_START.test(ts[j].lower); j--) if (isFiniteVerb(ts[j])) return false;
  for (const t of ts.slice(k + 1)) {
    if (t.pos === "PUNCT" || CLAUSE_START.test(t.lower)) return true;
    if (isFiniteVerb(t)) return false;
  }
  return true;
}

/**
 * What follows the head says which one: a relative clause, a participle, a name, an of-phrase ("the
 * gate of Lisk", "the tyranny of the old kings") — but not an of-phrase that is a bare plural, the
 * parts of a crowd the story has on stage ("the procession of carts", "the rear of wagons").
 */
function anchoredAfter(ts: Token[], end: number): boolean {
  if (mainVerb(ts, end)) return false;
  if (ts[end]?.lower === "of") {
    let k = end + 1;
    while (ts[k]?.pos === "ADJ") k++;
    const bare = ts[end + 1]?.pos !== "DET" && ts[k]?.pos === "NOUN" && ts[k].lemma !== ts[k].lower && ts[k + 1]?.pos !== "NOUN" && (mainVerb(ts, k + 1) || !restricted(ts, k + 1));
    if (bare && rarity(ts[k].lower) < 0.85) return false;
  }
  return restricted(ts, end);
}

// "It is said that …", "It is related that …": the historian's present frames a story.
const REPORT = /^It (?:is|has been) (?:said|related|recorded|reported|told|stated|believed|known) that /;

/**
 * Definite phrases of a past-tense sentence that point into the story's scene and that nothing in
 * the sentence anchors. `selfAnchored: false` also lists them in a sentence that names three people,
 * places or dates (the ranker's "scene-noun" feature reads those; the gate does not drop them).
 */
export function sceneNouns(s: Pick<AnalysedSentence, "tokens" | "text" | "entities">, opts: { selfAnchored?: boolean } = {}): SceneNoun[] {
  const ts = s.tokens;
  const frame = REPORT.exec(s.text);
  if (!narrative(frame ? ts.filter((t) => t.start >= frame[0].length) : ts)) return [];
  const out: SceneNoun[] = [];
  for (let i = 0; i < ts.length; i++) {
    if (ts[i].lower !== "the" || ts[i].pos !== "DET" || ofNoun(ts, i)) continue;
    if (title(ts, i + 1)) {
      out.push({ text: s.text.slice(ts[i].start, ts[i + 1].end), start: ts[i].start, end: ts[i + 1].end, head: ts[i + 1] });
      continue;
    }
    const end = bodyEnd(ts, i + 1);
    if (end < 0) continue;
    const body = ts.slice(i + 1, end), head = ts[end - 1];
    i = end - 1;
    if (body.some((t) => POINTING.test(t.lower)) || UNIQUE.has(head.lemma) || LOGICAL.has(head.lemma) || LOGICAL.has(head.lower)) continue;
    // A rare head is a term or an institution that says which by itself ("the triumvirate").
    if (rarity(head.lower) >= 0.85) continue;
    // "the making and selling of cloth": the of-phrase after the second noun restricts both.
    if (/^(?:and|or)$/.test(ts[end]?.lower ?? "") && ts[end + 1]?.pos === "NOUN" && restricted(ts, end + 2)) continue;
    if (body.slice(0, -1).some((t) => identifies(t, rarity) || t.pos === "NUM")) continue;
    if (ts[i - body.length - 1]?.pos === "PROPN" || anchoredAfter(ts, end) || /^['’]s$/.test(ts[end]?.text ?? "")) continue;
    // ", the old mill at Lisk," / "Lisk, the capital": an apposition names it.
    if (ts[end]?.text === "," && ts[end + 1]?.pos === "PROPN") continue;
    // (Only a phrase closed by punctuation: in "While Vance waited at Lisk, the carts rolled" the comma ends a clause.)
    if (ts[i - body.length - 1]?.text === "," && ts[i - body.length - 2]?.pos === "PROPN" && /^[,;:.)—]$/.test(ts[end]?.text ?? ".")) continue;
    // Introduced earlier in the same sentence: "a boat … the boat".
    const at = ts[i - body.length].start;
    if (ts.some((t) => t.end <= at && t.lemma === head.lemma && t.pos === "NOUN")) continue;
    out.push({ text: s.text.slice(ts[i - body.length].start, head.end), start: ts[i - body.length].start, end: head.end, head });
  }
  // A sentence that names three people, places or dates besides these phrases sets its own scene:
  // a bare "the danger" among them is read in it ("While Orlen's fleet feinted at Lisk, the danger lay at Marlow").
  const names = s.entities.filter((e) => e.kind !== "number" && !out.some((n) => e.start < n.end && n.start < e.end));
  return opts.selfAnchored !== false && new Set(names.map((e) => e.text.toLowerCase())).size >= SELF_ANCHORED ? [] : out;
}

// One reading per sentence: every candidate of a sentence asks the same question.
const caches = { anchored: new WeakMap<AnalysedSentence, SceneNoun[]>(), all: new WeakMap<AnalysedSentence, SceneNoun[]>() };

/** The scene phrases the card shows (front or back), in text order. */
export function shownSceneNouns(s: AnalysedSentence, card: string, selfAnchored = true): SceneNoun[] {
  const lower = card.toLowerCase();
  const cache = selfAnchored ? caches.anchored : caches.all;
  let found = cache.get(s);
  if (!found) cache.set(s, (found = sceneNouns(s, { selfAnchored })));
  return found.filter((n) => lower.includes(n.text.toLowerCase()));
}

export const sceneAnchor: Gate = (c, a) => {
  if (c.type === "gist") return null;
  const n = shownSceneNouns(a.sentences[c.sentence], visible(c))[0];
  return n ? `needs the story's scene ("${n.text}")` : null;
};
