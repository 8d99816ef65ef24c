// The standalone and referring gates read a card's visible text with its forward-pointing words
// masked (maskForward). It is worked out once per candidate (session 25, perf25), and it is the
// same text either way.
import { describe, expect, it } from "vitest";
import { maskedVisibleText, maskForward, visible } from "@/lib/cards/gates/referring";
import { cand } from "./helpers";

describe("maskedVisibleText", () => {
  const cloze = cand({ kind: "cloze", type: "cloze", front: "Those who sailed with the guild were paid by {{c1::the Lisk treasury}}.", back: "the Lisk treasury", answer: { start: 45, end: 62 }, answerKind: "org" });
  const qa = cand({ kind: "qa", type: "who", front: "Who paid those who sailed with the guild?", back: "the Lisk treasury", answer: null, answerKind: "org" });

  it("is maskForward of the card's visible text", () => {
    for (const c of [cloze, qa]) expect(maskedVisibleText(c)).toBe(maskForward(visible(c)));
    expect(maskedVisibleText(cloze)).not.toBe(visible(cloze)); // (the generic "those who" is masked)
  });

  it("reads the candidate's text once, however many gates ask", () => {
    let reads = 0;
    const c = new Proxy({ ...cloze }, { get: (t, k) => { if (k === "front") reads++; return t[k as keyof typeof t]; } });
    const first = maskedVisibleText(c);
    const after = reads;
    expect(after).toBeGreaterThan(0);
    expect(maskedVisibleText(c)).toBe(first);
    expect(maskedVisibleText(c)).toBe(first);
    expect(reads).toBe(after);
  });
});
