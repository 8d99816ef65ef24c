// Early Modern English that the lite model misreads: it has never seen "hath", "doth", "thou",
// "whilst" or "-eth" verbs and tags them as nouns, so a sentence like "the owner hath a right"
// has no verb, the clause split fails and "owner hath" becomes a noun phrase. After the toolkit
// has tagged a sentence, the closed class of archaic function words and the regular archaic verb
// endings get the part of speech and lemma of their modern equivalent (as the model tags "has",
// "does", "you", "while"). Only `pos` and `lemma` change: text and offsets stay as read.
import type { Token } from "./types";

type Fix = { pos: string; lemma: string };
const fix = (pos: string, lemma: string, words: string): [string, Fix][] => words.split(" ").map((w) => [w, { pos, lemma }]);

// The closed class, from the grammar of 17th-19th century English (not from any text read here).
const CLOSED = new Map<string, Fix>([
  ...fix("AUX", "have", "hath hast hadst haddest"),
  ...fix("AUX", "do", "doth dost doeth didst"),
  ...fix("AUX", "be", "wast wert beest tis twas"),
  ...fix("AUX", "shall", "shalt"),
  ...fix("AUX", "will", "wilt"),
  ...fix("AUX", "can", "canst"),
  ...fix("AUX", "could", "couldst"),
  ...fix("AUX", "would", "wouldst"),
  ...fix("AUX", "should", "shouldst"),
  ...fix("AUX", "may", "mayst mayest"),
  ...fix("AUX", "might", "mightst mightest"),
  ...fix("VERB", "say", "saith sayst"),
  ...fix("VERB", "show", "shew shews shewed shewn shewing shew'd"),
  ...fix("VERB", "choose", "chuse chuses chused chusing"),
  ...fix("PRON", "you", "thou thee ye"),
  ...fix("PRON", "yourself", "thyself"),
  ...fix("DET", "your", "thy"),
  ...fix("SCONJ", "while", "whilst"),
  ...fix("SCONJ", "though", "tho altho"),
  ...fix("SCONJ", "before", "ere"),
  ...fix("ADP", "among", "amongst"),
  ...fix("ADP", "amid", "amidst"),
  ...fix("ADP", "between", "betwixt"),
  ...fix("ADP", "through", "thro"),
  ...fix("ADP", "to", "unto"),
  ...fix("ADV", "where", "whither"),
  ...fix("ADV", "there", "thither"),
  ...fix("ADV", "here", "hither"),
  ...fix("ADV", "howsoever", "howsoever"),
  ...fix("ADV", "wheresoever", "wheresoever whensoever whithersoever"),
  ...fix("PRON", "whoever", "whosoever whomsoever"),
  ...fix("PRON", "anything", "aught"),
  ...fix("PRON", "nothing", "naught"),
  ...fix("INTJ", "nay", "nay"),
  // Pronominal adverbs ("the fruits thereof", "the land wherein he lives").
  ...["where", "there", "here"].flatMap((w) => fix("ADV", "", ["of", "in", "by", "on", "to", "upon", "unto", "with", "at", "from", "after"].map((p) => w + p).join(" "))),
]);
for (const [w, f] of CLOSED) if (!f.lemma) CLOSED.set(w, { ...f, lemma: w });
// The perfect of the archaic "have" forms: the toolkit reads the participle after them as an
// adjective ("hath mixed"), as it would not after "has".
const HAVE = new Set(["hath", "hast", "hadst", "haddest"]);

// "-eth" words that are not verbs: "teeth" (and "eyeteeth") and the ordinals of the tens ("the twentieth year").
const NOT_ETH_VERB = /(?:teeth|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth)$/;
const ETH_VERB = /^[a-z]{2,}eth$/;
// "-est" after "thou" is a verb ("thou knowest"); elsewhere it is usually a superlative.
const EST_VERB = /^[a-z]{2,}est$/;
// Elided past tense, "call'd", "us'd" (one token to the toolkit).
const ELIDED_PAST = /^([a-z]{2,})['’]d$/;

/** The base form of a verb stem left by "-eth", "-est" or "'d": "mak" → "make", "putt" → "put", "carri" → "carry".
 * A spelling heuristic (the lemma only feeds word counts): it errs on rare stems ("stop" → "stope"). */
export function verbBase(stem: string): string {
  if (/([bdfgklmnprt])\1$/.test(stem) && !/(?:ll|ss)$/.test(stem)) return stem.slice(0, -1);
  if (/[^aeiou]i$/.test(stem) && stem.length > 2) return stem.slice(0, -1) + "y";
  if (/^[^aeiou]*i$/.test(stem) || /[^e]e$/.test(stem)) return stem + "e"; // "di" → "die", "se" → "see"
  if (/(?:v|z|[^aeiou][aeiou][kmnpt]|[aeiou]s|(?:[^aeiou]|qu)[iu]r|[iu]at|c|[^n]g)$/.test(stem)) return stem + "e";
  return stem;
}

function isThou(t: Token | undefined): boolean {
  return t?.lower === "thou";
}

/** Retags archaic words in place (pos, lemma and stop flag only) and returns the same array. */
export function repairArchaic(tokens: Token[]): Token[] {
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (HAVE.has(prev?.lower ?? "") && ((t.pos === "ADJ" && /(?:ed|en)$/.test(t.lower)) || (t.pos === "NOUN" && /ed$/.test(t.lower)))) {
      t.pos = "VERB";
      t.lemma = /ed$/.test(t.lower) ? verbBase(t.lower.slice(0, -2)) : t.lemma;
    }
    // "'tis", "tho'", "thro'": the toolkit splits the apostrophe off, so the word itself is looked up.
    const known = CLOSED.get(t.lower);
    if (known) {
      // Their modern equivalents ("has", "you", "while", "among") are all stop words.
      t.pos = known.pos;
      t.lemma = known.lemma;
      t.stop = true;
      return;
    }
    // "thine" is "your" before a noun and "yours" alone.
    if (t.lower === "thine") {
      const beforeNoun = next && /^(?:NOUN|ADJ|PROPN)$/.test(next.pos);
      t.pos = beforeNoun ? "DET" : "PRON";
      t.lemma = beforeNoun ? "your" : "yours";
      t.stop = true;
      return;
    }
    // "art" is the verb only next to "thou" ("thou art", "art thou"); otherwise it is the noun.
    if (t.lower === "art" && (isThou(prev) || isThou(next) || (isThou(tokens[i - 2]) && prev?.pos === "ADV"))) {
      t.pos = "AUX";
      t.lemma = "be";
      t.stop = true;
      return;
    }
    // "&c." is "etc.": the toolkit reads "&" and "c." apart and takes "c." for a noun.
    if (t.lower === "c." && prev?.text === "&" && prev.end === t.start) {
      t.pos = "X";
      t.lemma = "etc.";
      return;
    }
    // Capitalised "-eth" words are mostly names; only lower-case words are taken for verbs.
    if (t.text !== t.lower) return;
    if (ETH_VERB.test(t.lower) && !NOT_ETH_VERB.test(t.lower)) {
      t.pos = "VERB";
      t.lemma = verbBase(t.lower.slice(0, -3));
      return;
    }
    if (EST_VERB.test(t.lower) && (isThou(prev) || (isThou(tokens[i - 2]) && prev?.pos === "ADV"))) {
      t.pos = "VERB";
      t.lemma = verbBase(t.lower.slice(0, -3));
      return;
    }
    const elided = ELIDED_PAST.exec(t.lower);
    if (elided && t.pos !== "VERB") {
      t.pos = "VERB";
      t.lemma = verbBase(elided[1]);
    }
  });
  return tokens;
}
