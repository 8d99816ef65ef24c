// Blanks on the wrong span of a sentence worth a card: the strict raters' commonest edit on the
// last two blind sets ("blank is the parenthetical synonym", "blank is a function word", "blank
// splits the number", "one name picked from a list", "blank straddles 'mind and his …'"). Each
// check is a fact of English syntax read off the sentence's tags, never a word list from a text:
// - an aside in brackets: a blank wholly inside "( … )" is a gloss or a synonym of what stands
//   before it, not what the sentence asserts ("Every rod ({{measuring staff}}) has its own length");
// - a function word: every word of the blank belongs to a closed class (pronouns, determiners,
//   prepositions, conjunctions, auxiliaries, the archaic free relatives "whoso", "whosoever");
// - part of a number: the blank starts or ends inside a number written in words or figures
//   ("nine hundred and {{ninety-nine}}", "{{six hundred}} and forty");
// - one conjunct of a list of three or more whose items carry their own article or preposition
//   ("the Bench, the Chambers, or {{the Parliaments}}", "by the swiftness …, or by {{the
//   sagacity}} …") or one name of a run of names joined by ", and" ("{{Luther}} was misread, and
//   Erasmus, and Calvin"): the rest of the list gives no clue to one item, and the item is rarely
//   the point (spans/list reads bare items only);
// - a blank that crosses a coordination from inside its first conjunct: the first conjunct's
//   determiner stands outside the blank while the second's stands inside ("of his {{mind and his
//   perceptions}}").
import { UPPER_INITIAL, HAS_LETTER } from "@/lib/cards/letters";
import type { AnalysedSentence, Token } from "../analyse";
import { tokenRangeIn } from "../text";

/**
 * Whether the checks apply: in gates/blank-choice, and the repairs that go with them (the claim
 * instead of a misplaced blank, candidates/cloze; a predicate's whole list and the noun after a
 * participle, candidates/predicate). Audits turn it off to see the pipeline without them.
 */
export const MISPLACED_BLANK = { on: true };

export type MisplacedClass = "an aside in brackets" | "a function word" | "part of a number" | "one item of a list" | "a cut coordination";

// Closed classes of English (Universal POS) and the free relatives the tagger reads as names.
const CLOSED_POS = /^(?:PRON|DET|ADP|CCONJ|SCONJ|AUX|PART)$/;
const FREE_RELATIVE = /^(?:who|whom|whose|whoso|whosoever|whoever|whomever|whomsoever|what|whatever|whatsoever|which|whichever|whereof|wherein|whereby|thereof|therein|thereby)$/;
// A number word ("hundred", "ninety-nine"), or figures.
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|score)(?:-\w+)?$/;
const isNumber = (t: Token | undefined) => !!t && (t.pos === "NUM" || NUMBER_WORD.test(t.lower) || /^\d[\d,.]*$/.test(t.text));
const AND_OR = /^(?:and|or|nor)$/;

/** The tokens inside [start, end): indices of the first and last, or null. */
const inside = (s: AnalysedSentence, start: number, end: number) => tokenRangeIn(s.tokens, start, end);

/**
 * The blank lies wholly inside brackets: a gloss on the noun before them ("reference-body
 * ({{co-ordinate system}})") or a detail of a longer aside ("(in {{X}}'s words)"). A bracket that
 * holds only the blank after a clause names what the clause said ("…, and vice versa
 * ({{relativity of simultaneity}})"): that term is the point and stays.
 */
export function bracketAside(s: AnalysedSentence, start: number, end: number): boolean {
  const { text } = s;
  const open = text.lastIndexOf("(", start - 1), closeBefore = text.lastIndexOf(")", start - 1);
  if (open < 0 || closeBefore > open) return false;
  const close = text.indexOf(")", end);
  if (close < 0 || text.slice(end, close).includes("(") || text.slice(start, end).includes(")")) return false;
  const whole = !/[\p{L}\p{N}]/u.test(text.slice(open + 1, start) + text.slice(end, close));
  const before = s.tokens.findLast((t) => t.end <= open);
  return !whole || !before || /^(?:NOUN|PROPN)$/.test(before.pos);
}

/** Every word of the blank is a function word. */
export function functionWordOnly(s: AnalysedSentence, start: number, end: number): boolean {
  const at = inside(s, start, end);
  if (!at) return false;
  const words = s.tokens.slice(at.i, at.j + 1).filter((t) => HAS_LETTER.test(t.text));
  return words.length > 0 && words.every((t) => FREE_RELATIVE.test(t.lower) || (CLOSED_POS.test(t.pos) && t.stop));
}

/** The blank starts or ends inside a number ("nine hundred and {{ninety-nine}}"). */
export function partOfNumber(s: AnalysedSentence, start: number, end: number): boolean {
  const at = inside(s, start, end);
  if (!at) return false;
  const { tokens } = s;
  const first = tokens[at.i], last = tokens[at.j];
  const glued = (x: Token | undefined, y: Token | undefined) => !!x && !!y && x.end === y.start;
  // "… hundred and {{ninety}}", "ninety-{{nine}}": a number word, "and" or a hyphen, and a number opening the blank.
  if (isNumber(first)) {
    const b1 = tokens[at.i - 1], b2 = tokens[at.i - 2];
    if (b1?.lower === "and" && isNumber(b2) && /^(?:hundred|thousand|million|billion)$/.test(b2!.lower)) return true;
    if (b1 && b1.text === "-" && glued(b1, first) && isNumber(b2)) return true;
    if (isNumber(b1)) return true;
  }
  // "{{six hundred}} and forty lamps", "{{ninety}}-nine": a number closing the blank goes on after it.
  if (isNumber(last)) {
    const a1 = tokens[at.j + 1], a2 = tokens[at.j + 2];
    if (a1 && a1.lower === "and" && /^(?:hundred|thousand|million|billion)$/.test(last.lower) && isNumber(a2)) return true;
    if (a1 && a1.text === "-" && glued(last, a1) && isNumber(a2)) return true;
    if (isNumber(a1) && !/^\d/.test(a1!.text)) return true;
  }
  return false;
}

export const POSSESSIVE = /^(?:his|her|its|their|our|my|your)$/;
const determiner = (t: Token | undefined) => !!t && (t.pos === "DET" || POSSESSIVE.test(t.lower));
const MAX_ITEM = 8;

/**
 * Where an item of a determined list begins in tokens [a, b) (a comma-separated stretch): at its
 * article, after an optional conjunction and preposition ("or by the sagacity of the spaniel"), or
 * -1. `tail`: the first item of a list may follow lead words ("… analogous to the English Bench").
 */
function itemStart(tokens: Token[], a: number, b: number, tail: boolean, last = false): number {
  const words = (x: number) => tokens.slice(x, b).filter((t) => HAS_LETTER.test(t.text)).length;
  const plain = (x: number) => x < b && words(x) <= MAX_ITEM && !tokens.slice(x, b).some((t) => t.pos === "VERB" || t.pos === "AUX" || /^[;:()]$/.test(t.text));
  let x = a;
  const joined = x < b && AND_OR.test(tokens[x].lower);
  if (joined) x++;
  if (x < b && tokens[x].pos === "ADP" && determiner(tokens[x + 1])) x++;
  if (x < b && determiner(tokens[x]) && (plain(x) || (joined && last))) return a;
  // A bare name ("Suffolk", "New Holland"); the list's last item may run on into the clause
  // ("…, and Westmarch it has hardly doubled").
  const nameEnd = (y: number) => {
    let e = y;
    while (e < b && name(tokens[e])) e++;
    return e;
  };
  if (x < b && name(tokens[x]) && (nameEnd(x) === b || (joined && last))) return a;
  if (!tail) return -1;
  for (let y = b - 2; y > a; y--) if (determiner(tokens[y]) && plain(y) && !tokens.slice(y, b).some((t) => t.text === ",")) return tokens[y - 1]?.pos === "ADP" ? y - 1 : y;
  // "… while in Norfolk": a name after a preposition closing the stretch.
  let y = b;
  while (y > a && name(tokens[y - 1])) y--;
  return y < b && tokens[y - 1]?.pos === "ADP" ? y : -1;
}
const name = (t: Token | undefined) => !!t && t.pos === "PROPN" && UPPER_INITIAL.test(t.text);

/** One item of a list of three or more determined phrases, or one name of a run joined by ", and". */
export function determinedListItem(s: AnalysedSentence, start: number, end: number): boolean {
  const at = inside(s, start, end);
  if (!at) return false;
  const { tokens } = s;
  // The comma-separated stretches of the sentence, and the one holding the blank.
  const cuts = [-1, ...tokens.flatMap((t, k) => (t.text === "," ? [k] : [])), tokens.length];
  const stretches = cuts.slice(0, -1).map((c, n) => ({ a: c + 1, b: cuts[n + 1] }));
  // (a sentence's closing punctuation is no part of its last item)
  const last = stretches.at(-1)!;
  while (last.b > last.a && /^[.!?]$/.test(tokens[last.b - 1].text)) last.b--;
  const g = stretches.findIndex((x) => at.i >= x.a && at.j < x.b);
  if (g >= 0) {
    const mine = stretches[g];
    const own = itemStart(tokens, mine.a, mine.b, true, true);
    if (own >= 0 && at.i >= own) {
      let first = g, lastItem = g;
      // Back over whole items ("the Bench, the Chambers, or {{…}}"); the run's first item may have lead words.
      if (own === mine.a) {
        while (first > 0 && itemStart(tokens, stretches[first - 1].a, stretches[first - 1].b, false) >= 0) first--;
        if (first > 0 && itemStart(tokens, stretches[first - 1].a, stretches[first - 1].b, true) >= 0) first--;
      }
      while (lastItem + 1 < stretches.length && itemStart(tokens, stretches[lastItem + 1].a, stretches[lastItem + 1].b, false, true) >= 0) {
        lastItem++;
        // (an item that runs on into the clause ends the list)
        if (itemStart(tokens, stretches[lastItem].a, stretches[lastItem].b, false) < 0) break;
      }
      const joined = stretches.slice(first + 1, lastItem + 1).some((x) => AND_OR.test(tokens[x.a]?.lower ?? ""));
      if (lastItem - first + 1 >= 3 && joined) return true;
    }
  }
  // "{{Luther}} was misread, and Erasmus, and Calvin": a name and a run of two or more names joined by ", and".
  if (at.i === at.j && tokens[at.i].pos === "PROPN" && UPPER_INITIAL.test(tokens[at.i].text)) {
    const run = (from: number) => {
      let n = 0;
      for (let x = from; x + 2 < tokens.length; x += 3) {
        if (tokens[x].text === "," && AND_OR.test(tokens[x + 1].lower) && tokens[x + 2].pos === "PROPN" && UPPER_INITIAL.test(tokens[x + 2].text)) n++;
        else break;
      }
      return n;
    };
    for (let x = at.j + 1; x < tokens.length; x++) if (tokens[x].text === "," && run(x) >= 2) return true;
    // The blank is a link of such a run itself (", and {{Erasmus}}, and Calvin").
    if (AND_OR.test(tokens[at.i - 1]?.lower ?? "") && tokens[at.i - 2]?.text === "," && (run(at.j + 1) >= 1 || run(at.i - 2) >= 2)) return true;
  }
  return false;
}

/** The blank crosses "and"/"or" from inside its first conjunct: "of his {{mind and his perceptions}}". */
export function cutCoordination(s: AnalysedSentence, start: number, end: number): boolean {
  const at = inside(s, start, end);
  if (!at || at.j <= at.i) return false;
  const { tokens } = s;
  // The first conjunct opened before the blank: "of his {{mind and his …}}" (the determiner after
  // "of" belongs to an of-object inside a longer phrase, "the acts of his mind").
  const before = tokens[at.i - 1];
  if (!determiner(before) || tokens[at.i - 2]?.lower !== "of") return false;
  for (let k = at.i + 1; k < at.j; k++) {
    const next = tokens[k + 1];
    if (AND_OR.test(tokens[k].lower) && determiner(next)) return true;
  }
  return false;
}

/** The class of a misplaced blank, or null. */
export function misplacedBlank(s: AnalysedSentence, start: number, end: number): MisplacedClass | null {
  if (bracketAside(s, start, end)) return "an aside in brackets";
  if (functionWordOnly(s, start, end)) return "a function word";
  if (partOfNumber(s, start, end)) return "part of a number";
  if (determinedListItem(s, start, end)) return "one item of a list";
  if (cutCoordination(s, start, end)) return "a cut coordination";
  return null;
}
