// Two shapes of card whose only handle on its subject is a bare "the N" (a definite description with
// no word before or after the noun that says which one): the chapter knows which N is meant, the card
// does not. Strict raters rejected them as not standalone far more often than they used them
// (session 17, development books' shown cards: the question 6 rejects for 1 edit, the figure 3 rejects
// for none), while a bare "the N" in general is rejected no more often than any card (0.5 rejects per
// usable card), so the rules are narrow on purpose:
// - a short question whose one noun is that description ("What was the plan later called?", "What does
//   the dispute lead to?"): nothing else on it says what it is about;
// - a figure blanked in a sentence that opens on that description and names nothing else ("The shells
//   may be as wide as {{2.5}} mm"): a figure means what it measures, and the
//   card does not say what that is.
// Off unless LECTERN_BARE_DESCRIPTION=1 (docs/card-generator.md, session 17 "standalone").
import { LOWER_INITIAL } from "@/lib/cards/letters";
import type { AnalysedSentence, Token } from "../analyse";
import type { Candidate } from "../candidates";
import { bodyEnd, restricted } from "../decontext/np";
import { knownReferent } from "../decontext/definite";
import { envSwitch, processEnv, type Env } from "../switch";
import { shown } from "./types";

/** The one place the switch is read; `env` is a parameter so the reading is tested without touching the process. */
export const bareDescriptionSwitch = (env: Env): boolean => envSwitch(env, "LECTERN_BARE_DESCRIPTION");
export const BARE_DESCRIPTION = { on: bareDescriptionSwitch(processEnv()) };

/** Tokens `i`..`end` form "the" + one noun with nothing before or after it that says which. */
function bareAt(ts: Token[], i: number): number {
  if (ts[i]?.lower !== "the" || ts[i].pos !== "DET") return -1;
  const end = bodyEnd(ts, i + 1);
  // One word only: "the plan", not "the second plan" or "the harbour dues".
  if (end !== i + 2) return -1;
  const head = ts[i + 1];
  // "the world", "the sun": one referent in the reader's world; "the Panel" is a name.
  if (knownReferent(head, {}) || !LOWER_INITIAL.test(head.text)) return -1;
  // "the plan of the harbour", "the shells which …", "the dispute's end".
  if (restricted(ts, end) || /^['’]s$/.test(ts[end]?.text ?? "")) return -1;
  return end;
}

// Words a generated question adds around the sentence's own words: they carry no content.
const QUESTION_WORD = /^(?:what|who|whom|whose|which|when|where|why|how|is|are|was|were|be|been|do|does|did|has|have|had|will|would|can|could|may|might|shall|should|must|not|the|a|an|of|to|in|on|at|by|for|with|from|into|as)$/;

/**
 * A question of at most seven words whose only noun is a bare "the N" of its sentence: "What is the
 * charter?", "Why was the retreat wisely ordered?". Not "What does the lid of the kettle hold?" (a noun of its
 * own) nor "Who came to Lisk?" (a name).
 */
export function bareQuestion(c: Candidate, s: Pick<AnalysedSentence, "tokens">): string | null {
  if (c.kind !== "qa") return null;
  const words = c.front.replace(/[?.!,;:]/g, " ").split(/\s+/).filter(Boolean);
  if (words.length > 7 || words.slice(1).some((w) => /^\p{Lu}|\d/u.test(w))) return null;
  const ts = s.tokens;
  const nouns = new Set(ts.filter((t) => t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "NUM").map((t) => t.lower));
  const lower = words.map((w) => w.toLowerCase());
  for (let k = 0; k + 1 < lower.length; k++) {
    if (lower[k] !== "the") continue;
    // The description as the sentence has it: "the" and the same noun, bare there too.
    const i = ts.findIndex((t, j) => t.lower === "the" && ts[j + 1]?.lower === lower[k + 1] && ts[j + 1].pos === "NOUN");
    if (i < 0 || bareAt(ts, i) < 0) continue;
    // Nothing else on the question is a noun of the sentence ("of the kettle", "into port").
    const others = lower.filter((w, j) => j !== k + 1 && !QUESTION_WORD.test(w) && nouns.has(w));
    if (!others.length) return `question names its subject only as "the ${lower[k + 1]}"`;
  }
  return null;
}

/** The card's front with each cloze blank emptied. */
const withoutAnswer = (c: Candidate) => c.front.replace(/\{\{c\d+::(.*?)\}\}/g, " … ");

// A figure: digits, or a number word, with at most a unit after it ("1.5", "12 degrees", "seventy dollars").
const FIGURE = /^(?:about |over |nearly |only )?(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:[\s-]\S+)?$/i;

/**
 * A cloze whose blank is a figure, in a sentence that opens on a bare "the N" and shows no name or
 * year ("The shells vary from 1 to {{2.5}} mm"): the figure of something the card does not name.
 */
export function bareFigure(c: Candidate, s: Pick<AnalysedSentence, "tokens" | "text">): string | null {
  if (c.kind !== "cloze" || !FIGURE.test(c.back.trim())) return null;
  const ts = s.tokens;
  // The card opens where the sentence does, on the description.
  const text = shown(c);
  if (!/^The \p{Ll}/u.test(text) || ts[0]?.start !== 0 || bareAt(ts, 0) < 0 || !text.startsWith(s.text.slice(0, ts[1].end))) return null;
  // A name or a year on the card may say which ("The shells of Lisk", "in 1850"): on the card as the
  // student sees it, blank and all, so a four-digit answer ("{{1200 feet}}") is no year that says which.
  if (/(?<=\S\s+)\p{Lu}|\b\d{4}\b/u.test(withoutAnswer(c))) return null;
  return `a figure of "${s.text.slice(0, ts[1].end)}", which the card does not name`;
}
