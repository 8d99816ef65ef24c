// The ranker's reason for a card in plain words, for the review screen's "Ranked high for:" line.
// The stored reason is the ranker's one-line `why` ("answer-subject +0.39, type:cause +0.04"), the
// features that pushed the card's score up most; `cards --json` keeps that line as it is. Like the
// floor's flag (../floor/flag.ts), this module is data only: no model, no NLP toolkit in the page.

// A feature pushes the score up only when it is present or high (every feature is 0 or more, and
// the reason lists positive contributions), so each phrase says what the card has. Every feature
// but the bias has one, refitted rankers included: a refit can give any feature a positive weight.
export const RANK_PHRASES: Record<string, string> = {
  "type:cloze": "a fill-in-the-blank card",
  "type:who": "a who question",
  "type:what": "a what question",
  "type:when": "a when question",
  "type:where": "a where question",
  "type:object": "asks for a verb's object",
  "type:cause": "a why question",
  "type:consequence": "asks what followed",
  "type:mechanism": "a how question",
  "type:definition": "asks for a definition",
  "type:comparison": "asks for a comparison",
  "type:enumeration": "asks for a list",
  "type:gist": "asks a section's main claim",
  "type:scheme": "asks for a scheme's parts",
  "type:law": "asks what a law states",
  "type:predicate": "blanks what a claim says",
  "type:argument": "links a claim and its reason",
  "answer:person": "answer is a person",
  "answer:place": "answer is a place",
  "answer:org": "answer is an organisation",
  "answer:group": "answer is a group of people",
  "answer:name": "answer is a name",
  "answer:date": "answer is a date",
  "answer:number": "answer is a number",
  "answer:term": "answer is one term",
  "answer:phrase": "answer is a short phrase",
  "answer:clause": "answer is a whole clause",
  "answer:list": "answer is a list",
  "answer-rarity": "uncommon answer",
  "answer-recurs": "answer recurs in the chapter",
  "answer-salience": "answer is a key term",
  "defined-term": "the chapter defines the answer",
  centrality: "central sentence",
  position: "late in the chapter",
  "front-length": "long front",
  "back-length": "long answer",
  "pronoun-density": "front uses pronouns",
  "resolved-pronoun": "a pronoun filled in",
  "sentence-entities": "sentence names people or things",
  "sentence-dates": "sentence gives dates",
  "answer-propn": "answer is a proper name",
  "answer-dominance": "answer is a main subject",
  "answer-subject": "answer is the subject",
  "answer-main-clause": "answer in the main clause",
  "entity-coverage": "shows the sentence's names",
  "answer-after-preposition": "answer follows a preposition",
  "answer-possessive": "answer is a possessive",
  "answer-first-mention": "answer is new here",
  "sentence-length": "long sentence",
  "context-dependence": "leans on nearby text",
  "context-repaired": "sentence made to stand alone",
  "span-score": "a well-placed blank",
  "scene-noun": "keeps a noun from the scene",
  "key-term-blank": "blank is a key term",
};

/** The feature names in a stored `why` line, strongest first ("no strong feature" has none). */
export function whyFeatures(why: string): string[] {
  return why.split(", ").flatMap((part) => /^(\S+) \+\d/.exec(part.trim())?.[1] ?? []);
}

/** Phrases shown: the strongest two fit one line of the review list beside the source text. */
const RANKED_FOR_MAX = 2;

/** "a why question; answer is the subject", or null when no feature of the line has a phrase (unknown ones are left out). */
export function rankedForLine(why: string | null | undefined, max = RANKED_FOR_MAX): string | null {
  const phrases = whyFeatures(why ?? "").map((f) => RANK_PHRASES[f]).filter((p): p is string => !!p).slice(0, max);
  return phrases.length ? phrases.join("; ") : null;
}
