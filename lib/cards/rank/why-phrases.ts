// The ranker's reason for a card in plain words, for the review screen's "Ranked high for:" line.
// The stored reason is the ranker's one-line `why` ("answer-subject +0.39, type:cause +0.04"), the
// features that pushed the card's score up most; `cards --json` keeps that line as it is. Like the
// floor's flag (../floor/flag.ts), this module is data only: no model, no NLP toolkit in the page.

// A feature pushes the score up only when it is present or high (every feature is 0 or more, and
// the reason lists positive contributions), so each phrase says what the card has. Every feature
// but the bias has one, refitted rankers included: a refit can give any feature a positive weight.
export const RANK_PHRASES: Record<string, string> = {
  "type:cloze": "a card with a blank to fill",
  "type:who": "it asks who",
  "type:what": "it asks what",
  "type:when": "it asks when",
  "type:where": "it asks where",
  "type:object": "it asks for the object of a verb",
  "type:cause": "it asks why",
  "type:consequence": "it asks what followed",
  "type:mechanism": "it asks how",
  "type:definition": "it asks for a definition",
  "type:comparison": "it asks for a comparison",
  "type:enumeration": "it asks for a list",
  "type:gist": "it asks a section's main claim",
  "type:scheme": "it asks for the parts of a scheme",
  "type:law": "it asks what a named law states",
  "type:predicate": "it blanks what a general claim says",
  "type:argument": "it joins two sentences of an argument",
  "answer:person": "the answer is a person",
  "answer:place": "the answer is a place",
  "answer:org": "the answer is an organisation",
  "answer:group": "the answer is a group of people",
  "answer:name": "the answer is a name",
  "answer:date": "the answer is a date",
  "answer:number": "the answer is a number",
  "answer:term": "the answer is a single term",
  "answer:phrase": "the answer is a short phrase",
  "answer:clause": "the answer is a whole clause",
  "answer:list": "the answer is a list",
  "answer-rarity": "the answer is an uncommon word",
  "answer-recurs": "the answer recurs in the chapter",
  "answer-salience": "the answer is a key term of the chapter",
  "defined-term": "the chapter defines the answer",
  centrality: "the sentence is on the chapter's main thread",
  position: "it comes late in the chapter",
  "front-length": "a front with plenty to go on",
  "back-length": "a full answer",
  "pronoun-density": "the front uses pronouns",
  "resolved-pronoun": "a pronoun was filled in from an earlier sentence",
  "sentence-entities": "the sentence names people, places or things",
  "sentence-dates": "the sentence gives dates",
  "answer-propn": "the answer is a proper name",
  "answer-dominance": "the answer is a main subject of the chapter",
  "answer-subject": "the answer is the sentence's subject",
  "answer-main-clause": "the answer is in the sentence's main clause",
  "entity-coverage": "the card shows the sentence's names",
  "answer-after-preposition": "the answer follows a preposition",
  "answer-possessive": "the answer is a possessive",
  "answer-first-mention": "the answer is new at this point of the chapter",
  "sentence-length": "a long sentence",
  "context-dependence": "it leans on the text around it",
  "context-repaired": "the sentence was made to stand alone",
  "span-score": "the blank hides a phrase worth learning",
  "scene-noun": "it keeps a noun from the story's scene",
  "key-term-blank": "the blank is one of the chapter's key terms",
};

/** The feature names in a stored `why` line, strongest first ("no strong feature" has none). */
export function whyFeatures(why: string): string[] {
  return why.split(", ").flatMap((part) => /^(\S+) \+\d/.exec(part.trim())?.[1] ?? []);
}

/** "it asks why; the answer is a name", or null when no feature of the line has a phrase (unknown ones are left out). */
export function rankedForLine(why: string | null | undefined): string | null {
  const phrases = whyFeatures(why ?? "").map((f) => RANK_PHRASES[f]).filter((p): p is string => !!p);
  return phrases.length ? phrases.join("; ") : null;
}
