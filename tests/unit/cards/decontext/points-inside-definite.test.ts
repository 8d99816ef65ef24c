// Session 8: a description whose noun the same sentence has already mentioned ("if a ferry sinks,
// the ferry …") points inside the sentence. A card that shows both mentions keeps it; one that
// shows only the later one still depends on the text before. Invented sentences, real toolkit.
import { describe, expect, it } from "vitest";
import { shownDependences } from "@/lib/cards/decontext";
import { analyse } from "../pipeline/helpers";

const last = (text: string) => {
  const a = analyse(text);
  return a.sentences[a.sentences.length - 1];
};
const PARA = "A ferry crossed the strait twice a day. ";

describe("a description pointing to an earlier mention in its own sentence", () => {
  it("is not shown as a dependence when the card shows the earlier mention too", () => {
    const s = last(`${PARA}The harbour code of Lisk required that, if a ferry sank, the ferry was to be raised by its owner.`);
    const deps = (s.context?.unresolved ?? []).filter((d) => d.op === "definite" && /ferry/.test(d.text));
    expect(deps.length).toBe(1);
    expect(deps[0].inside).toBe("ferry sank, the ferry");
    expect(shownDependences(s, s.text).filter((d) => d.op === "definite")).toEqual([]);
  });
  it("still depends on the text before when the card shows only the later mention", () => {
    const s = last(`${PARA}The harbour code of Lisk required that, if a ferry sank, the ferry was to be raised by its owner.`);
    expect(shownDependences(s, "the ferry was to be raised by its owner").map((d) => d.text)).toContain("the ferry");
  });
  it("leaves a description with no earlier mention in its sentence as it was", () => {
    const s = last(`${PARA}The harbour code of Lisk required that the ferry was to be raised by its owner.`);
    const dep = (s.context?.unresolved ?? []).find((d) => d.op === "definite" && /ferry/.test(d.text));
    expect(dep?.inside).toBeUndefined();
    expect(shownDependences(s, s.text).map((d) => d.text)).toContain("the ferry");
  });
});

describe("a hyphenated compound is another noun", () => {
  it("does not take 'table-top' as the mention a later 'the table' points to", () => {
    const s = last("A table stood by the window. The painter drew the table-top, and the table shook.");
    const later = (s.context?.unresolved ?? []).find((d) => d.op === "definite" && d.text === "the table" && d.start > 30);
    expect(later).toBeDefined();
    expect(later?.inside).toBeUndefined();
  });
});
