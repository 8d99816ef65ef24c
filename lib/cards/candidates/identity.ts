// Who was X? answered by X's role or office, never by an epithet: an apposition whose head is a
// role ("Orlen Vance, the harbour master of Kelmsby, …" → "the harbour master of Kelmsby") or a
// role written before the name ("the Trust's chief engineer Orlen Vance" → "the Trust's chief
// engineer"). "A staunch friend of …", "a man of great energy" or "the son of …" say what someone
// was like or related to, not who they were, and give no card.
import type { AnalysedSentence, Entity } from "../analyse";
import type { Candidate } from "./types";
import { clean, textOf } from "./phrase";

// Roles and offices in general English (no word here comes from a fixture).
export const ROLE = new Set([
  "secretary", "minister", "president", "chairman", "chancellor", "premier", "king", "queen", "emperor", "empress",
  "prince", "princess", "duke", "bishop", "archbishop", "pope", "cardinal", "general", "admiral", "colonel", "captain",
  "governor", "ambassador", "consul", "senator", "judge", "editor", "founder", "head", "director", "professor", "author",
  "poet", "novelist", "painter", "composer", "philosopher", "scientist", "chemist", "physicist", "economist", "historian",
  "lawyer", "priest", "deputy", "commander", "mayor", "treasurer", "inventor", "architect", "engineer", "surgeon",
  "physician", "reformer", "explorer", "banker", "chief", "master", "keeper", "prime", "leader", "pioneer", "mathematician",
  "surveyor", "doctor", "merchant", "soldier", "officer", "printer", "writer", "journalist", "critic", "scholar", "teacher",
  "clergyman", "statesman", "politician", "diplomat", "manufacturer", "missionary", "magistrate", "astronomer", "botanist",
  "geologist", "biologist", "physiologist", "theologian", "jurist", "sculptor", "musician", "dramatist", "playwright", "actor",
]);

const tense = (s: AnalysedSentence) => (s.tokens.some((t) => t.pos === "AUX" && /^(?:is|are|has)$/.test(t.lower)) ? "is" : "was");

function card(s: AnalysedSentence, e: Entity, back: string, start: number, end: number): Candidate {
  return { kind: "qa", type: "definition", front: `Who ${tense(s)} ${e.text}?`, back, sentence: s.sentence.id, extra: [], answer: { start, end }, answerKind: "phrase" };
}

/** The head noun of the noun phrase that starts at token `a` (its last noun before "of", a comma …). */
export function head(s: AnalysedSentence, a: number): string | null {
  const np = s.phrases.find((p) => p.a === a);
  if (!np) return null;
  const nouns = s.tokens.slice(np.a, np.b).filter((t) => t.pos === "NOUN" || t.pos === "PROPN");
  return nouns.at(-1)?.lower ?? null;
}

/** Tokens [a, b) are an article and a role noun only ("the emperor", "a bishop"). */
function bareRole(s: AnalysedSentence, a: number, b: number): boolean {
  return b - a === 2 && /^(?:a|an|the)$/.test(s.tokens[a].lower) && ROLE.has(s.tokens[a + 1].lower);
}

export function identityCandidates(s: AnalysedSentence): Candidate[] {
  const out: Candidate[] = [];
  for (const e of s.entities) {
    if (e.kind !== "person") continue;
    // "Name, the/a ROLE …," — the apposition up to its closing comma.
    const det = s.tokens[e.b + 1];
    // "the Warden, the chief officer of the college": one capitalised word after "the" is an office held by
    // whoever holds it in the book, not a name (definition.ts skips the same shape); "Who is
    // Warden?" needs the book to say of what.
    const title = s.tokens[e.a - 1]?.lower === "the" && e.b - e.a === 1;
    if (!title && s.tokens[e.b]?.text === "," && det && /^(?:a|an|the)$/.test(det.lower)) {
      const close = s.tokens.findIndex((t, k) => k > e.b + 1 && /^[,;.:]$/.test(t.text));
      const stop = close < 0 ? s.tokens.length : close;
      // A noun phrase, perhaps with a relative clause ("a surveyor who mapped the estuary"); a verb
      // before any relative word means the comma closed a clause, not an apposition.
      const r = s.tokens.findIndex((t, k) => k > e.b + 1 && k < stop && /^(?:who|which|that|whose)$/.test(t.lower));
      const verbFirst = s.tokens.slice(e.b + 1, r > 0 ? r : stop).some((t) => t.pos === "AUX" || (t.pos === "VERB" && !/(?:ed|en)$/.test(t.lower)));
      const words = stop - (e.b + 1);
      if (!verbFirst && words >= 2 && words <= 14 && ROLE.has(head(s, e.b + 1) ?? "") && s.tokens[stop]?.text !== ";") {
        const back = clean(textOf(s, e.b + 1, stop));
        // "Name, the poet and Name2, the painter": a list of names is no apposition.
        if (!/\band\s+\p{Lu}/u.test(back) && !bareRole(s, e.b + 1, stop)) out.push(card(s, e, back, det.start, s.tokens[stop - 1].end));
      }
    }
    // "[Possessor's] [adjectives] ROLE Name": the role just before the name.
    const before = s.tokens[e.a - 1];
    if (before && before.pos === "NOUN" && ROLE.has(before.lower)) {
      let a = e.a - 1;
      while (a > 0 && /^(?:ADJ|NOUN)$/.test(s.tokens[a - 1].pos)) a--;
      // A possessor ("the Trust's", "Vance's") or an article opens the role.
      if (/^['’]s$/.test(s.tokens[a - 1]?.text ?? "")) {
        // The possessor is the name just before "'s" (not a date run into it: "In May Vance's …").
        const owner = s.entities.find((x) => x.b === a - 1 && x.kind !== "date" && x.kind !== "number");
        const noun = s.tokens[a - 2]?.pos === "NOUN";
        if (!owner && !noun) continue;
        a = owner ? owner.a : a - 2;
        if (s.tokens[a - 1]?.lower === "the") a--;
      } else if (/^(?:the|a|an)$/.test(s.tokens[a - 1]?.lower ?? "")) a--;
      // "the governor Orlen Vance" → "the governor": an article and a role fit every holder of the office in
      // the book and identify no one; the role must be qualified ("Vance's private secretary").
      if (e.a - a >= 2 && !bareRole(s, a, e.a)) out.push(card(s, e, clean(textOf(s, a, e.a)).replace(/^(The|A|An) /, (w) => w.toLowerCase()), s.tokens[a].start, s.tokens[e.a - 1].end));
    }
  }
  return out;
}
