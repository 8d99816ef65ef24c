// A person described, not named, as the antecedent of a later "he / his / himself": "A country
// weaver … passes from his loom to the field", "An owner is not bound at his peril to keep his
// cattle …", "the man of science, whether he is …". Books of argument and law state their rules
// about such a generic person, and a card that shows the noun before the pronoun stands alone.
// Hand judgements (scripts/standalone-judged.json): of 31 cards the two gates dropped for a he/she
// with no name before it, 20 stood as they were, most of them on such a noun.
import { LOWER_INITIAL } from "@/lib/cards/letters";
import type { Token } from "../analyse";
import { PERSON_RELATIONS, TITLES } from "../analyse/lexicon";

// Nouns that name a person by what the person is.
const PERSONS = new Set(("man woman person child individual citizen subject servant master owner heir tenant slave peasant " +
  "labourer laborer workman merchant parent guardian stranger neighbour neighbor friend enemy soldier sailor author reader " +
  "student pupil scholar writer speaker hearer observer inquirer spectator artist poet philosopher").split(" "));
// An agent noun ("weaver", "consumer", "purveyor") names a person; these frequent "-er / -or" nouns do not.
const NOT_AGENTS = new Set(("water power order number matter manner paper letter character winter summer river centre center corner " +
  "chamber border weather silver copper thunder fever finger other error labour labor colour color honour honor favour favor " +
  "vigour vigor door floor motor factor mirror terror horror humour humor vapour vapor interior exterior meteor quarter member " +
  "proper cancer chapter register theatre theater meter metre liver lever layer filter shelter ladder leather feather " +
  "pepper butter dinner supper hunger anger danger temper tenor tumour tumor specimen abdomen acumen regimen wrist twist").split(" "));
const AGENT = /^\p{Ll}{2,}(?:er|or|ist|ian|eer)s?$/u;
const MAN = /^\p{Ll}*(?:man|men)$/u;

/** Whether a lower-case word names a person (a role, a title, a relation, an agent noun, a "-man"). */
export function personNoun(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, "");
  if (NOT_AGENTS.has(w) || NOT_AGENTS.has(w.replace(/s$/, ""))) return false;
  return PERSONS.has(w) || TITLES.has(w) || PERSON_RELATIONS.has(w) || MAN.test(w) || AGENT.test(w);
}

/**
 * True when `text` names a person by a common noun before offset `at` ("a country weaver", "the
 * quasi-peaceable gentleman", "every owner"), so that a "he / his / himself" at `at` has it to stand
 * for. The sentence's tokens say which words are nouns (not "consider", "greater").
 */
export function personNounBefore(text: string, at: number, tokens: Pick<Token, "lower" | "pos">[]): boolean {
  const nouns = new Set(tokens.filter((t) => t.pos === "NOUN").map((t) => t.lower));
  const words = text.slice(0, at).split(/[\s—–-]+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}'’]+$/gu, "").replace(/['’]s$/, ""));
  return words.some((w) => LOWER_INITIAL.test(w) && nouns.has(w) && personNoun(w));
}
