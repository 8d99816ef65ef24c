// Definitions of terms and identifications of names: "A tidal bore is a wave that …" →
// "What is a tidal bore?"; an apposition "Orlen Vance, a surveyor who mapped the estuary," →
// "Who was Orlen Vance?"; "… is called a mascaret" → "What is … called?"
import type { Analysis, AnalysedSentence } from "../analyse";
import type { Candidate } from "./types";
import { cap, clean, sentenceEnd, textOf } from "./phrase";
import { rarity } from "../rank/frequency";
import { RARE } from "../gates/informative-blank";

export function definitionCandidates(s: AnalysedSentence, a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  const id = s.sentence.id;
  const end = sentenceEnd(s);
  const c = s.clause;
  if (c && !c.opening && s.tokens[c.verb].lemma === "be" && /^(?:a|an|the|one)$/.test(s.tokens[c.verb + 1]?.lower ?? "") && c.subject.b - c.subject.a <= 8) {
    const term = c.subject.text;
    if (s.tokens.slice(c.subject.a, c.subject.b).every((t) => t.pos === "PRON" || t.pos === "DET" || t.lower === "there")) return out;
    // "What is which of these?": a question word in the subject is no term.
    if (s.tokens.slice(c.subject.a, c.subject.b).some((t) => /^(?:what|which|who|whom|whose)$/.test(t.lower))) return out;
    const named = s.entities.find((e) => e.a === c.subject.a && e.b === c.subject.b);
    const genus = clean(textOf(s, c.verb + 1, end));
    if (genus.split(" ").length >= 3) {
      const word = named?.kind === "person" ? "Who" : "What";
      const verb = s.tokens[c.verb].lower;
      const subj = named || s.tokens[c.subject.a].pos === "PROPN" ? term : term.charAt(0).toLowerCase() + term.slice(1);
      out.push({ kind: "qa", type: "definition", front: `${word} ${verb} ${subj}?`, back: genus, sentence: id, extra: [], answer: { start: s.tokens[c.verb + 1].start, end: s.tokens[end - 1].end }, answerKind: "phrase" });
    }
  }
  for (const e of s.entities) {
    // A person's apposition is asked by identity.ts, only when it names a role or office.
    if (e.kind === "date" || e.kind === "number" || e.kind === "person") continue;
    // An adjective or ordinal taken for a name ("Roman, the Teuton…", "First, a Second…"), or the
    // tail of a longer name ("Klux Klan" of "Ku Klux Klan"), is not what the apposition describes.
    if (s.tokens.slice(e.a, e.b).every((t) => t.pos !== "PROPN" && t.pos !== "NOUN")) continue;
    if (/^\p{Lu}/u.test(s.tokens[e.a - 1]?.text ?? "") && s.tokens[e.a - 1].pos === "PROPN") continue;
    // A common word capitalised only because it opens the sentence ("Wax, a thing which…").
    if (e.a === 0 && e.b === 1 && rarity(e.text.toLowerCase()) < RARE) continue;
    const comma = s.tokens[e.b], det = s.tokens[e.b + 1];
    if (comma?.text !== "," || !det || !/^(?:a|an|the)$/.test(det.lower)) continue;
    const close = s.tokens.findIndex((t, k) => k > e.b + 1 && (t.text === "," || t.text === ";" || t.text === "."));
    const stop = close < 0 ? end : close;
    const np = s.phrases.find((p) => p.a === e.b + 1);
    if (!np || /^(?:VERB|AUX)$/.test(s.tokens[np.b]?.pos ?? "")) continue;
    // "… seen in Lorraine, the wading birds, and so on": a plural noun does not describe one place;
    // the comma runs on a list or a broken parse, not an apposition.
    const head = s.tokens[np.b - 1];
    if (e.kind === "place" && e.b - e.a === 1 && head.pos === "NOUN" && head.lemma !== head.lower && /s$/.test(head.lower)) continue;
    const rel = s.tokens.findIndex((t, k) => k > e.b + 1 && k < stop && /^(?:who|which|that|whose|where)$/.test(t.lower));
    if (s.tokens.slice(e.b + 1, rel > 0 ? rel : stop).some((t) => t.pos === "VERB" && !/(?:ed|en)$/.test(t.lower) || t.pos === "AUX")) continue;
    const appo = clean(textOf(s, e.b + 1, stop));
    // "Roman, the Teuton and Mongolian": the next items of a list of names, not an apposition.
    if (/^(?:a|an|the)\s+\p{Lu}\p{Ll}+(?:\s+(?:and|or)\s+\p{Lu}|$)/u.test(appo)) continue;
    if (appo.split(" ").length < 3 || appo.split(" ").length > 30) continue;
    const tense = s.tokens.some((t) => t.pos === "AUX" && /^(?:is|are|has)$/.test(t.lower)) ? "is" : "was";
    out.push({ kind: "qa", type: "definition", front: `What ${tense} ${e.text}?`, back: appo, sentence: id, extra: [], answer: { start: det.start, end: s.tokens[stop - 1].end }, answerKind: "phrase" });
  }
  s.tokens.forEach((t, i) => {
    if (!/^(?:called|termed)$/.test(t.lower) && !(t.lower === "as" && s.tokens[i - 1]?.lower === "known")) return;
    const np = s.phrases.find((p) => p.a === i + 1);
    if (!np || !c || c.verb >= i - 1 || i - c.verb > 4) return;
    const subject = c.subject.text;
    let before = clean(textOf(s, c.verb, t.lower === "as" ? i - 1 : i));
    // "X is what is called a Y" → "What is X called?"
    const whatIs = before.match(/^(is|are|was|were) what (?:is|are|was|were)(?: now| often| usually| commonly)?$/i);
    if (whatIs) before = whatIs[1];
    if (/\b(?:what|which|who)\b/i.test(before) || /^(?:what|which|who)\b/i.test(c.subject.text)) return;
    const verb = t.lower === "as" ? "known as" : t.lower;
    const front = `What ${before.split(" ")[0]} ${subject.charAt(0).toLowerCase() + subject.slice(1)} ${before.split(" ").slice(1).join(" ")} ${verb}?`.replace(/\s+/g, " ");
    out.push({ kind: "qa", type: "definition", front: cap(front), back: np.text, sentence: id, extra: [], answer: { start: np.start, end: np.end }, answerKind: a.defined.has(np.text.toLowerCase()) ? "term" : "phrase" });
  });
  return out;
}
