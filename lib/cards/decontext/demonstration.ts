// The author's frame of a demonstration (switch LECTERN_DEMONSTRATION, on by default since session 26; docs/card-generator.md,
// "Session 26: yield on first-person and narrative prose"): the writer announcing what he has shown,
// found or concludes — "I have shown that X", "I found that X", "We have seen that X", "We may
// confidently assert that X", "I conceive it will be manifest that X". The verbs are of finding
// (factive: the writer states X as true) or of asserting; the frame is deleted and X carded, as
// ./author-frames deletes "I believe that X". The writer's "we" (writer and reader) only in the present,
// the perfect or with a modal: "we found that …" in the past is a group that acted (an expedition, a
// household), and its frame is left to the gates. Never a frame of doubt, supposition or denial.
import { envSwitch, processEnv, type Env } from "../switch";

// ON by default since session 26: measured blind on set 26 with LECTERN_NARRATOR as session 26's
// pre-registered arm (accepted − rejected up for both raters, recall 26.3 → 30.0 %). `0` turns it off.
export const DEMONSTRATION_DEFAULT = true;

/** The one place the switch is read; `env` is a parameter so the reading is tested without the process. */
export const demonstrationSwitch = (env: Env, fallback = DEMONSTRATION_DEFAULT): boolean => envSwitch(env, "LECTERN_DEMONSTRATION", fallback);
export const DEMONSTRATION_ON = demonstrationSwitch(processEnv());

const ADV = String.raw`(?:now|then|thus|therefore|also|afterwards|finally|at\s+length|soon|clearly|plainly|already|often|repeatedly|frequently|confidently|safely|fairly|justly|boldly|truly|further|here|at\s+last)`;
const ADVS = String.raw`(?:${ADV},?\s+){0,2}`;
const FOUND = String.raw`(?:shown|proved|proven|demonstrated|established|found|seen|observed|ascertained|discovered|noticed|learned|learnt)`;
const FOUND_PAST = String.raw`(?:found|saw|observed|ascertained|discovered|noticed|learned|learnt|perceived|proved|showed|demonstrated|established)`;
const ASSERT_NOW = String.raw`(?:observe|perceive|notice|discover|affirm|assert|contend|maintain|conclude|infer|gather)`;
const MANIFEST = String.raw`(?:manifest|evident|clear|plain|obvious|seen|found)`;

const SPEAKER = String.raw`(?:I|We)(?:,\s+\p{Ll}+,)?\s+${ADVS}`;
// Each alternative is a whole frame up to (not including) its "that".
const DEMONSTRATION = [
  // perfect: "I have shown", "We have now seen", "I had found" (the writer's "had": not "we had")
  String.raw`(?:I|We)(?:,\s+\p{Ll}+,)?\s+${ADVS}have\s+${ADVS}${FOUND}`,
  String.raw`I\s+${ADVS}had\s+${ADVS}${FOUND}`,
  // the writer's own past finding: "I found", "I afterwards saw" (the narrator's "I" only)
  String.raw`I\s+${ADVS}${FOUND_PAST}`,
  // present assertion or observation: "I affirm", "We observe", "We conclude"
  String.raw`${SPEAKER}${ASSERT_NOW}`,
  // modal: "We may confidently assert", "We shall find", "I must conclude"
  String.raw`${SPEAKER}(?:may|can|must|might|shall|will)\s+${ADVS}(?:assert|affirm|conclude|infer|say|state|observe|find|see|perceive)`,
  // "I conceive it will be manifest", "We think that it will be clear", "It will then be evident"
  String.raw`(?:(?:I|We)\s+(?:conceive|think|believe|trust)\s+(?:that\s+)?)?[Ii]t\s+will\s+${ADVS}be\s+${MANIFEST}`,
  // impersonal and factive: "It has been shown", "It has now been proved" (not "argued": someone's view)
  String.raw`It\s+has\s+${ADVS}been\s+(?:shown|proved|proven|demonstrated|established|ascertained)`,
].join("|");

// What may stand before the frame and go with it: an absolute phrase that only marks the argument's
// progress ("These points proved,", "This being granted,"), or the clauses before a ";" or ":" ("…; and I
// finally saw that X": the card asks X, the clauses before it are left to their own cards).
const ABSOLUTE = String.raw`(?:\p{Lu}\p{Ll}*\s+)(?:\p{Ll}+\s+){0,3}(?:being\s+)?(?:proved|granted|established|shown|admitted|stated|premised|settled|understood|allowed|conceded),\s+`;
const EARLIER_CLAUSES = String.raw`(?:[^;:]*?[;:]\s+)+?(?:(?:and|but|so)\s+)?`;

export const DEMONSTRATION_LEAD = new RegExp(String.raw`^(?:${ABSOLUTE}|${EARLIER_CLAUSES})?(?:${DEMONSTRATION})(?:,\s+\p{Ll}+)?,?\s+that,?\s+(?=\p{L})`, "u");
/** "…, and that B" / "…; and that B" after a demonstration frame: the second "that" goes with the frame. */
export const SECOND_THAT = /[,;]\s+and\s+(that\s+)(?=\p{L})/u;

/** The demonstration frame opening `text` (its length, with "that"), or 0. */
export function demonstrationFrame(text: string, on = DEMONSTRATION_ON): number {
  if (!on) return 0;
  return DEMONSTRATION_LEAD.exec(text)?.[0].length ?? 0;
}
