// The standalone gate reads the decontextualisation: a card that shows a dependence no repair could
// remove is dropped, one whose repaired sentence stands alone passes, and a blank on words the repair
// added (rather than the source's own) is dropped. Names are invented.
import { describe, expect, it } from "vitest";
import { standalone } from "@/lib/cards/gates/standalone";
import { blank } from "@/lib/cards/candidates/cloze";
import { features, FEATURE_NAMES } from "@/lib/cards/rank/features";
import { analyse, cand } from "../pipeline/helpers";

type A = ReturnType<typeof analyse>;
const clozeOn = (a: A, sentence: number, span: string) => {
  const s = a.sentences[sentence];
  const start = s.text.indexOf(span);
  if (start < 0) throw new Error(`"${span}" not in "${s.text}"`);
  return cand({ kind: "cloze", type: "cloze", front: blank(s, start, start + span.length), back: span, sentence, answer: { start, end: start + span.length }, answerKind: "date" });
};

describe("gate: standalone reads the decontextualisation", () => {
  it.each([
    ["a presupposing adverb", "The quay at Lisk fell in 1890. The harbour board rebuilt the quay at Lisk again in 1894.", /adverb "again"/],
    ["a comparative with no standard", "Lisk had a wooden quay in 1880. The granite quay of Lisk was larger in 1894.", /comparative "larger"/],
    ["a pointing determiner", "The harbour board made two mistakes. The other mistake cost the harbour board dearly in 1894.", /determiner "The other"/],
  ])("drops a card that shows %s", (_, text, why) => {
    const a = analyse(text);
    expect(standalone(clozeOn(a, 1, "1894"), a)).toMatch(why);
  });
  it("passes the repaired sentence: marker deleted, description completed", () => {
    const a = analyse("Orlen Vance inspected the wards of the Marlow Hospital in 1890. But the wards were rebuilt in 1894.");
    expect(a.sentences[1].text).toBe("The wards of the Marlow Hospital were rebuilt in 1894.");
    expect(standalone(clozeOn(a, 1, "1894"), a)).toBeNull();
  });
  it("drops a blank on the words the repair brought in", () => {
    const a = analyse("Orlen Vance inspected the wards of the Marlow Hospital in 1890. The wards were rebuilt in 1894.");
    expect(standalone(clozeOn(a, 1, "Marlow Hospital"), a)).toMatch(/decontextualisation added/);
  });
  it("keeps a dependence that the Q&A does not show", () => {
    const a = analyse("The quay at Lisk fell in 1890. Orlen Vance rebuilt the quay at Lisk in 1894, and the harbour board thanked him again.");
    const qa = cand({ kind: "qa", type: "when", front: "When did Orlen Vance rebuild the quay at Lisk?", back: "1894", sentence: 1, answerKind: "date" });
    expect(standalone(qa, a)).toBeNull();
  });
  it("gives the ranker the dependences left and whether the sentence was repaired", () => {
    const a = analyse("In 1890 Orlen Vance wrote a survey. But the survey was read in Lisk in 1894.");
    const x = features(clozeOn(a, 1, "1894"), a);
    expect(x[FEATURE_NAMES.indexOf("context-dependence")]).toBe(1);
    expect(x[FEATURE_NAMES.indexOf("context-repaired")]).toBe(1);
  });
});
