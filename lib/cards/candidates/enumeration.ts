// Enumerations: a list of two to five noun phrases ("an exposition, a development and a
// recapitulation") as one cloze, and as a question when a colon introduces it after a head noun.
import type { AnalysedSentence } from "../analyse";
import type { Candidate } from "./types";
import { blank } from "./cloze";
import { clean, textOf } from "./phrase";

export function enumerationCandidates(s: AnalysedSentence): Candidate[] {
  const out: Candidate[] = [];
  const ps = s.phrases;
  for (let i = 0; i < ps.length; i++) {
    const items = [ps[i]];
    let j = i;
    // Items are separated by a comma, "and"/"or", or ", and".
    for (;;) {
      const cur = ps[j], next = ps[j + 1];
      if (!next) break;
      const between = s.tokens.slice(cur.b, next.a).map((t) => t.lower).join(" ");
      if (between === "," || between === "and" || between === "or" || between === ", and" || between === ", or") {
        items.push(next);
        j++;
        if (between !== ",") break;
      } else break;
    }
    const last = s.tokens.slice(items[items.length - 2]?.b ?? 0, items[items.length - 1].a).map((t) => t.lower).join(" ");
    if (items.length < 3 || items.length > 5 || !/(?:and|or)$/.test(last)) continue;
    // Each item a short noun phrase: no verb swallowed into it ("education show"), no clause
    // ("a man designing"), no date glued to a name ("June 1924 Smithtown"). A gerund inside a
    // noun item is fine ("salt making").
    const inside = s.tokens.slice(items[0].a, items[items.length - 1].b);
    const clauseLike = (t: (typeof inside)[number], k: number) => /^(?:AUX|NUM|PRON)$/.test(t.pos) || (t.pos === "VERB" && !(/ing$/.test(t.lower) && k > 0 && inside[k - 1].pos === "NOUN"));
    if (items.some((p) => p.b - p.a > 4) || inside.some(clauseLike)) { i = j; continue; }
    const start = items[0].start, end = items[items.length - 1].end;
    const colon = s.tokens[items[0].a - 1];
    // Only a list the author announces with a colon is the point of its sentence; a list met in
    // passing ("without land, tools, or savings") is incidental, and raters reject it as a blank.
    if (colon?.text !== ":") { i = j; continue; }
    out.push({ kind: "cloze", type: "enumeration", front: blank(s, start, end), back: s.text.slice(start, end), sentence: s.sentence.id, extra: [], answer: { start, end }, answerKind: "list" });
    const head = clean(textOf(s, 0, items[0].a - 1));
    if (head.split(" ").length <= 20) out.push({ kind: "qa", type: "enumeration", front: `${head}: which ${items.length}?`, back: s.text.slice(start, end), sentence: s.sentence.id, extra: [], answer: { start, end }, answerKind: "list" });
    i = j;
  }
  return out;
}
