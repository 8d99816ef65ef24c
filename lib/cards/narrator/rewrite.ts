// The narrator named: in a sentence of a first-person narrative, the narration's "I", "me", "my",
// "mine" are written with the author's name ("I walked to the school" → "Tamsin Vell walked to
// the school", "my mother" → "Tamsin Vell's mother", "gave me" → "gave Vell"). Words
// inside quotation marks are someone's speech and stay as they are.
// Grammar first: a past-tense verb or a modal after "I" is right for any subject; "am", "have", "do"
// become "is", "has", "does"; another present-tense verb takes its -s form; a verb whose past is its
// present ("put", "read", "set") says no tense and refuses the sentence. "myself" (it needs the
// narrator's sex) and "we / us / our" (a group with the narrator in it) refuse the sentence too: a
// refused sentence is left as written, and the gates judge it as before.
import { UPPER_INITIAL } from "@/lib/cards/letters";
import type { Token } from "../analyse/types";
import { tenseOf } from "../analyse/tense";
import type { Edit } from "../decontext/types";
import { firstPersonWords } from "./narration";
import { possessive, type NarratorName } from "./name";
import { PRONOUN_FORMS, SAME_SEX_NOUN } from "./pronoun";
import { inside, quotedRanges } from "./quotes";
import { thirdPerson } from "../candidates/english";

export type Rewrite = { edits: Edit[]; refused: string | null };

const WE = /\b(?:we|us|our|ours|ourselves)\b/gi;
// The writer speaking of his own book, not of his life: "as I have said", "I have spoken of", "I shall
// describe later", "I here repeat", "I refer to". With the name in, these read as facts about the man
// ("as Tamsin Vell has said"); the blind raters rejected such a card (session 17), so the sentence is refused.
const OWN_TEXT = /\bI\s+(?:(?:have|had)\s+(?:\p{Ll}+\s+)?(?:said|spoken|mentioned|stated|described|noted|remarked|explained|written|referred|related)|(?:shall|will|must|may)\s+(?:\p{Ll}+\s+)?(?:speak|write|describe|refer|mention|relate|explain|say|add)|(?:here\s+|again\s+)?(?:repeat|refer|mention))\b|\bas\s+I\s+(?:said|wrote|say|write)\b|\b(?:this|these)\s+(?:pages|chapters?|book|volume|narrative|story|sketch)\b/u;
// Verbs whose past tense is spelled as their present: after "I" the form says no tense.
const SAME_IN_PAST = new Set(["put", "set", "cut", "read", "let", "hit", "hurt", "cost", "shut", "spread", "quit", "cast", "burst", "thrust", "split", "shed", "bet", "bid", "rid", "slit", "upset", "broadcast", "fit", "knit", "wet", "beat", "forecast"]);
// "I shall" is the future ("he will"); "I should" is a conditional or an obligation, which a name cannot tell apart.
const THIRD_PERSON_OF: Record<string, string> = { shall: "will", am: "is", have: "has", do: "does", "'m": "is", "’m": "is", "'ve": "has", "’ve": "has", "'ll": "will", "’ll": "will" };

/** The -s form of a present-tense verb: "walk" → "walks", "teach" → "teaches", "carry" → "carries", "go" → "goes". */
export { thirdPerson };

/**
 * The "have" / "am" / "do" of a second predicate that shares the subject of the verb at `j`: ", and
 * have been …" with no subject between the coordinator and it, before the next full stop or semicolon.
 */
function sharedAuxiliary(ts: Token[], j: number): Token | null {
  for (let i = j + 1; i + 1 < ts.length; i++) {
    // Another clause, or an infinitive ("to build the fires and have a little time") that the "and" may continue.
    if (/^[;:.!?]$/.test(ts[i].text) || ts[i].pos === "SCONJ" || /^(?:who|which|that|to)$/.test(ts[i].lower)) return null;
    if (!/^(?:and|but|or)$/.test(ts[i].lower)) continue;
    let k = i + 1;
    while (ts[k]?.pos === "ADV") k++;
    // An auxiliary before a participle ("and have been trying", "and am convinced"), nothing else.
    const next = ts[k + 1];
    if (ts[k] && /^(?:have|am)$/.test(ts[k].lower) && next && (next.lower === "been" || next.pos === "VERB" && tenseOf(next) === "past")) return ts[k];
  }
  return null;
}

// Words that open another clause between an "I" and a later "me" (the "me" then has its own subject).
const CLAUSE_OPENER = /[;:,—()]|--|\b(?:that|who|whom|which|when|while|if|because|as|till|until|before|after|than|to|but|and)\b/i;

/** Whether `me` follows an "I" of the same clause (no clause opener between the two). */
function ownClauseSubject(text: string, words: { start: number; end: number; word: string }[], me: { start: number }): boolean {
  const subject = [...words].reverse().find((x) => x.start < me.start && x.word === "I");
  return !!subject && !CLAUSE_OPENER.test(text.slice(subject.end, me.start));
}

const NUMBERED = /^(?:Book|Part|Chapter|Volume|Vol|Act|Scene|Section|No|Number|Article|Plate|Figure|Fig|Table)\.?$/;

const CLAUSE_BREAK = /[;:—]|--|,\s*(?:but|and|or|yet|for|so|while|whereas|although|though)\s/;

/** What the verb after (or before, in an inversion) the narrator's "I" becomes; null to keep it, "refuse" when its tense is unknown. */
function verbFor(v: Token): string | null | "refuse" {
  const w = v.lower;
  if (THIRD_PERSON_OF[w]) return THIRD_PERSON_OF[w];
  if (/^['’]d$/.test(w) || w === "should") return "refuse"; // "I'd": had or would; "I should": would or ought to
  const tense = tenseOf(v);
  if (tense === "past" || tense === "modal" || w === "was" || w === "were" || w === "did" || w === "had") return null;
  if (tense === "present") {
    if (SAME_IN_PAST.has(w)) return "refuse";
    if (w === "is" || w === "has" || w === "does" || w !== v.lemma) return null; // already an -s form
    return thirdPerson(v.text);
  }
  return "refuse";
}

/**
 * The edits that name the narrator in one sentence, or the reason it is refused (then no edits).
 * `startsQuoted`: the sentence begins inside a quotation its paragraph opened before it.
 */
export function narratorEdits(s: { text: string; tokens: Token[]; entities?: { start: number; end: number; kind: string }[] }, name: NarratorName, startsQuoted = false): Rewrite {
  const quoted = quotedRanges(s.text, startsQuoted);
  const words = firstPersonWords(s.text, quoted);
  const none = (refused: string | null): Rewrite => ({ edits: [], refused });
  if (!words.length) return none(null);
  for (const m of s.text.matchAll(WE)) if (!inside(quoted, m.index!)) return none(`"${m[0]}" (a group with the narrator in it)`);
  const own = OWN_TEXT.exec(s.text);
  if (own && !inside(quoted, own.index)) return none(`"${own[0]}" (the writer speaking of his book)`);
  const ts = s.tokens;
  const tokenAt = (start: number) => ts.findIndex((t) => t.start <= start && start < t.end);
  const edits: Edit[] = [];
  // The full name at the first mention, and again for an "I" that opens a clause a card may be cut to
  // ("…, but I do not hesitate …"); the pronoun at the others when the chapter gives it (./pronoun.ts)
  // and nothing in the sentence could take it for someone else's (another same-sex pronoun, a same-sex
  // noun between, any other name) — else the surname.
  let namedAt = -1, at = 0;
  const forms = name.pronoun ? PRONOUN_FORMS[name.pronoun] : null;
  const othersPronoun = !!forms && forms.same.test(s.text);
  // Any other person (or a name the analysis could not type) on the sentence may be the one a pronoun
  // means: the referring gate counts them and drops the card, so the name is kept.
  const othersNamed = !!s.entities?.some((e) => e.kind === "person" || e.kind === "name");
  const nameText = (role: "subject" | "object" | "possessive" | "mine") => {
    const full = namedAt < 0 || (role === "subject" && CLAUSE_BREAK.test(s.text.slice(namedAt, at)));
    const between = s.text.slice(namedAt, at);
    const named = namedAt;
    namedAt = at;
    if (full) return role === "possessive" || role === "mine" ? possessive(name.full) : name.full;
    if (forms && !othersPronoun && !SAME_SEX_NOUN[name.pronoun!].test(between) && !othersNamed) return forms[role];
    return role === "possessive" || role === "mine" ? possessive(name.short) : name.short;
  };
  for (const w of words) {
    at = w.start;
    const lower = w.word.toLowerCase();
    // A name written straight after another capitalised word reads as one name with it ("since leaving
    // Orra I have" → "Orra Vell has"): refused, unless the pronoun is a numeral (below).
    const b = tokenAt(w.start) - 1;
    // ("at Mrs. Brand's I did" reads "Brand's Vell" the same way.)
    const before = /^['’]s$/.test(ts[b]?.text ?? "") && b > 1 ? ts[b - 1] : ts[b];
    const numeral = lower === "i" && before && (NUMBERED.test(before.text) || s.entities?.some((e) => e.start < w.start && w.end <= e.end));
    if (!numeral && before && b > 0 && UPPER_INITIAL.test(before.text) && before.lower !== "i") return none(`"${before.text} ${w.word}" (the name would run into "${before.text}")`);
    if (lower === "myself") return none('"myself"');
    // "the thought—I am a slave", "he cried: I will not go": speech or thought run in without quotation
    // marks; its "I" and its tense are the moment's, not a fact about the author.
    if (lower === "i" && /(?:—|--|:)\s*$/.test(s.text.slice(0, w.start))) return none('"I" after a dash or colon (speech or thought without quotation marks)');
    // "This my little book": the older English of a determiner and "my" has no form with a name.
    if (lower === "my" && /\b(?:this|these|those)\s+$/i.test(s.text.slice(Math.max(0, w.start - 8), w.start))) return none('"this my"');
    if (lower === "my" || lower === "mine") { edits.push({ start: w.start, end: w.end, text: nameText(lower === "my" ? "possessive" : "mine"), op: "narrator" }); continue; }
    // "I carried the book with me": an object in the clause of its own "I" would be "himself/herself".
    if (lower === "me" && ownClauseSubject(s.text, words, w)) return none('"me" in its own "I"\'s clause');
    if (lower === "me") { edits.push({ start: w.start, end: w.end, text: nameText("object"), op: "narrator" }); continue; }
    // "I": a subject. After a part of a book, or inside a name the analysis read with it, it is a numeral
    // ("Book I", "Charles I"); not after a place or a name it is not part of ("When I went to Orra I
    // found …", "From fearing Mrs. Brand I soon learned …").
    const k = tokenAt(w.start);
    if (k < 0) return none("no token");
    const prev = ts[k - 1];
    if (prev && (NUMBERED.test(prev.text) || s.entities?.some((e) => e.start < w.start && w.end <= e.end))) continue;
    // "I'm" read as one token: the contraction is in the same token.
    const glued = /^I['’](m|ve|ll|d)$/i.exec(ts[k].text);
    if (glued) {
      const v = THIRD_PERSON_OF[`'${glued[1].toLowerCase()}`];
      if (!v) return none(`"${ts[k].text}" (had or would)`);
      edits.push({ start: ts[k].start, end: ts[k].end, text: `${nameText("subject")} ${v}`, op: "narrator" });
      continue;
    }
    edits.push({ start: w.start, end: w.end, text: nameText("subject"), op: "narrator" });
    // "my brother and I were", "I and my brother were": a plural subject keeps its verb (not "…, and I was",
    // "he went and I stayed": there "and" joins clauses).
    if (prev && /^(?:and|or|nor)$/.test(prev.lower) && /^(?:NOUN|PROPN|PRON)$/.test(ts[k - 2]?.pos ?? "") || /^(?:and|or|nor)$/.test(ts[k + 1]?.lower ?? "")) continue;
    // An inversion: "Had I known", "Am I", "Do I": the verb before the subject agrees with it.
    if (prev && prev.pos === "AUX" && !inside(quoted, prev.start)) {
      const v = verbFor(prev);
      if (v === "refuse") return none(`"${prev.text} I"`);
      if (v) edits.push({ start: prev.start, end: prev.end, text: UPPER_INITIAL.test(prev.text) ? v.charAt(0).toUpperCase() + v.slice(1) : v, op: "narrator" });
      continue;
    }
    // The verb after "I", past adverbs and "not" ("I then walked", "I have never been", "I, too, was").
    let j = k + 1;
    while (j < ts.length && j <= k + 4 && (ts[j].pos === "ADV" || ts[j].pos === "PART" && ts[j].lower !== "to" || ts[j].text === ",")) j++;
    const v = ts[j];
    if (!v || (v.pos !== "VERB" && v.pos !== "AUX")) {
      // "as poor as I", "older than I": a comparison's "I" has no verb of its own.
      if (prev && /^(?:than|as)$/.test(prev.lower)) continue;
      return none(`"I" with no verb after it`);
    }
    const to = verbFor(v);
    if (to === "refuse") return none(`"I ${v.text}" (tense unknown)`);
    if (to) edits.push({ start: v.start, end: v.end, text: /^['’]/.test(v.text) ? ` ${to}` : to, op: "narrator" });
    // "I learned my lesson, and have been trying …": an auxiliary that shares the subject agrees with it too.
    const shared = sharedAuxiliary(ts, j);
    if (shared) edits.push({ start: shared.start, end: shared.end, text: THIRD_PERSON_OF[shared.lower], op: "narrator" });
  }
  return { edits, refused: null };
}
