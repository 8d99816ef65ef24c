// An experiment told as a story: "I put four ounces of salt into a flask …" and, a few sentences on in
// the same paragraph, "On the second day, small white crystals began to form on the glass." The
// observation alone does not stand (which flask? what was done?), so the card carries the condition
// read from the procedure sentence, turned from the first person into the passive:
// "What began to form on the glass on the second day, in an experiment in which four ounces of salt
// were put into a flask?" → "Small white crystals" (the question word first, as the shape gate wants). Only this narrow shape: a first-person past
// procedure verb with a measured quantity as its object (the mark of an experiment's set-up), and an
// observation whose subject is a new thing (it is the answer) and whose verb is in the past.
import type { Analysis, AnalysedSentence } from "../analyse";
import type { Candidate } from "../candidates/types";
import { cap, clean } from "../candidates/phrase";
import { IRREGULAR_VERBS, POINTING, PROCEDURE_VERBS, WORDS } from "./grammar";

// Past tense → [base, participle] of the procedure verbs whose forms differ from base + "ed".
const IRREGULAR_PAST: Record<string, [string, string]> = Object.fromEntries(Object.entries(IRREGULAR_VERBS).map(([base, [past, participle]]) => [past, [base, participle]]));
const NUMBER = String.raw`(?:\d[\d/.,-]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|a few)`;
// Units of measure: the quantity that marks a set-up ("four ounces of", "20 cubic inches of").
const UNIT = String.raw`(?:ounces?|grains?|pounds?|grammes?|grams?|drachms?|pints?|quarts?|gallons?|(?:cubic(?:al)? )?(?:inches|feet|centimetres?|centimeters?)|parts?|measures?|drops?|litres?|liters?|spoonfuls?|cupfuls?)`;
// A word of a noun phrase, not the preposition or conjunction after it.
const WORD = String.raw`(?!(?:into|in|on|over|under|upon|with|and|or|by|from|to|at|for|which|that)\b)\p{Ll}+`;
const SETUP = new RegExp(String.raw`\b(?:I|we)\s+(?:then\s+|next\s+|first\s+|now\s+)?(\p{Ll}+)\s+((?:about |nearly |exactly |some )?${NUMBER}\s+(?:\p{Ll}+\s+)?${UNIT}\s+of\s+(?:${WORD}\s+){0,2}${WORD})(\s+(?:into|in|on|over|under|upon)\s+(?:the|a|an)\s+(?:\p{Ll}+[ -]){0,2}\p{Ll}+)?`, "u");
// How long the set-up was kept going: a first-person verb of sustaining, then "during / for" a span
// ("a fire, which I kept up almost continually during twelve days"). The experiment lasted that long.
const DURATION = new RegExp(String.raw`\b(?:I|we)\s+(?:\p{Ll}+\s+){0,2}?(?:kept|continued|maintained|left|heated|boiled)\b[^.;:]{0,60}?\b(?:during|for)\s+((?:about\s+|nearly\s+)?${NUMBER}\s+(?:minutes|hours|days|weeks|months))\b`, "u");
const OPENING = /^((?:On|At|After|During|Within|In) [^,;:]{3,40}),\s+/;
const PAST_OBSERVED = /^(?:began|became|appeared|rose|fell|grew|formed|turned|remained|disappeared|increased|decreased|collected|settled|separated|changed|melted|burned|burnt)$/;
const ANSWER_WORD = /^(?:DET|ADJ|ADV|NOUN|NUM)$/;

type Setup = { sentence: number; condition: string; nouns: Set<string> };

/** The paragraph's set-up, "I put four ounces of salt into the flask", as a passive condition (only its matched clause goes on the card, so a broken remainder of the
 * sentence, a figure reference or a split at "Fig. 2.", does not matter: the card cites the sentence
 * as `linked`, which the boundary gate does not read). */
function setupOf(s: AnalysedSentence): Setup | null {
  const m = /\b(?:I|we)\b/.test(s.text) ? SETUP.exec(s.text) : null;
  if (!m) return null;
  const past = m[1];
  const irregular = IRREGULAR_PAST[past];
  const base = irregular?.[0] ?? [past.slice(0, -2), past.slice(0, -1), past.slice(0, -3)].find((b) => past.endsWith("ed") && PROCEDURE_VERBS.has(b));
  if (!base || !PROCEDURE_VERBS.has(base)) return null;
  const participle = irregular?.[1] ?? past;
  const quantity = m[2];
  const place = m[3] ? m[3].replace(/\s+(?:the|an?)\s+/, (d) => (/^\s+the\s+/.test(d) ? " a " : d)).replace(/\ba ([aeiou])/, "an $1") : "";
  const be = /^(?:about |nearly |exactly |some )?(?:one|1|a) /.test(quantity) ? "was" : "were";
  const condition = clean(`${quantity} ${be} ${participle}${place}`);
  if (POINTING.test(condition)) return null;
  return { sentence: s.sentence.id, condition, nouns: new Set(condition.toLowerCase().split(/\W+/)) };
}

/** "On the second day, small red crystals began to form on the glass" → the question and its answer. */
function observation(s: AnalysedSentence, setup: Setup, lasting: string | null): Candidate | null {
  const opening = OPENING.exec(s.text);
  const t = s.tokens;
  let k = opening ? t.findIndex((x) => x.start >= opening[0].length) : 0;
  if (k < 0) return null;
  const from = k;
  while (k < t.length && ANSWER_WORD.test(t[k].pos) && !PAST_OBSERVED.test(t[k].lower)) k++;
  const subject = t.slice(from, k);
  const verb = t[k];
  if (!verb || subject.length < 2 || subject.length > 5 || !subject.some((x) => x.pos === "NOUN") || !PAST_OBSERVED.test(verb.lower)) return null;
  if (/^(?:the|this|that|these|those|its|their|no|nothing|all|some|each|both)$/.test(subject[0].lower)) return null;
  // The predicate's own clause: up to a comma, ";" or ":".
  const end = t.findIndex((x, i) => i > k && /^[,;:.!?]$/.test(x.text));
  const stop = end > 0 ? end : t.length;
  const predicate = clean(s.text.slice(verb.start, t[stop - 1].end));
  const answer = clean(s.text.slice(subject[0].start, subject.at(-1)!.end));
  // The answer is new: its nouns are not in the question.
  const asked = `${setup.condition} ${predicate} ${opening?.[1] ?? ""}`.toLowerCase();
  if (subject.some((x) => x.pos === "NOUN" && new RegExp(`\\b${x.lemma}`).test(asked))) return null;
  if (WORDS(predicate) < 3 || WORDS(predicate) > 15 || POINTING.test(`${predicate} ${opening?.[1] ?? ""}`)) return null;
  const when = opening ? ` ${opening[1].charAt(0).toLowerCase()}${opening[1].slice(1)}` : "";
  return {
    kind: "qa", type: "what", front: `What ${predicate}${when}, in an experiment${lasting ? ` lasting ${lasting}` : ""} in which ${setup.condition}?`, back: cap(answer),
    sentence: s.sentence.id, extra: [], linked: [setup.sentence], answer: { start: subject[0].start, end: subject.at(-1)!.end }, answerKind: "phrase",
  };
}

// How far an observation may stand from its set-up (sentences, same paragraph).
const REACH = 6;

/** Observation cards of sentence `s`, linked to the nearest set-up before it in its paragraph. */
// Each sentence is read as a set-up once, though up to REACH later sentences look back at it.
const setups = new WeakMap<AnalysedSentence, Setup | null>();
const setupOnce = (s: AnalysedSentence) => {
  if (!setups.has(s)) setups.set(s, setupOf(s));
  return setups.get(s)!;
};

export function narrativeCandidates(s: AnalysedSentence, a: Analysis): Candidate[] {
  // (A sentence's id is its index in the analysis.)
  const i = s.sentence.id;
  for (let j = i - 1; j >= 0 && j >= i - REACH; j--) {
    const prev = a.sentences[j];
    if (prev.sentence.paragraph !== s.sentence.paragraph) break;
    const setup = setupOnce(prev);
    if (setup) {
      // The span the set-up was kept going, told between the set-up and the observation.
      const lasting = a.sentences.slice(j, i).map((x) => DURATION.exec(x.text)?.[1]).find(Boolean) ?? null;
      const c = observation(s, setup, lasting);
      return c ? [c] : [];
    }
  }
  return [];
}
