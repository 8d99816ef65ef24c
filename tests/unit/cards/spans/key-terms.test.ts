// Key terms of a chapter said in common words (lib/cards/spans/key-terms): blanked in a general
// claim's relation, refused when used once, when they are the chapter's subject or given away, in a
// story sentence, and (by the standalone gate) when the claim needs the text before it. Invented text.
import { describe, expect, it } from "vitest";
import { isKeyTermBlank, keyTerms } from "@/lib/cards/spans/key-terms";
import { informativeBlank } from "@/lib/cards/gates/informative-blank";
import { GATES } from "@/lib/cards/gates";
import { blank } from "@/lib/cards/candidates/cloze";
import type { Candidate } from "@/lib/cards/candidates";
import type { Analysis } from "@/lib/cards/analyse";
import { analyse } from "../pipeline/helpers";

// Four paragraphs that keep using "thrift" (a word general English seldom needs), then the claims.
const BODY = [
  "The guilds of the valley kept their accounts with care. Their members praised thrift above every other habit.",
  "A merchant who lacked thrift soon lost his stall. The council wrote thrift into its charter of trade.",
  "Sermons of the period returned to thrift again and again. Even the songs of the market mocked the spendthrift.",
  "Visitors from the coast remarked on the thrift of the valley towns. They found the inns plain and the prices low.",
];

function chapter(...claims: string[]): Analysis {
  return analyse([...BODY, claims.join(" ")].join("\n\n"));
}

function cloze(a: Analysis, sentence: string, answer: string): Candidate {
  const s = a.sentences.find((x) => x.text.startsWith(sentence.slice(0, 20)));
  if (!s) throw new Error(`no sentence ${sentence}`);
  const start = s.text.indexOf(answer);
  if (start < 0) throw new Error(`no ${answer} in ${s.text}`);
  const end = start + answer.length;
  return { kind: "cloze", type: "cloze", front: blank(s, start, end), back: answer, sentence: s.sentence.id, extra: [], answer: { start, end }, answerKind: "term" };
}

const gateOf = (c: Candidate, a: Analysis) => {
  for (const [name, gate] of GATES) if (gate(c, a)) return name;
  return null;
};

describe("key terms of a chapter", () => {
  it("finds a common word the chapter repeats across paragraphs, not one it uses once", () => {
    const a = chapter("The wealth of a town rests chiefly on thrift.");
    expect(keyTerms(a).has("thrift")).toBe(true);
    expect(keyTerms(a).has("stall")).toBe(false);
  });

  it("keeps a key term blanked as the far term of a general claim", () => {
    const claim = "The wealth of a town rests chiefly on thrift.";
    const a = chapter(claim);
    const c = cloze(a, claim, "thrift");
    expect(isKeyTermBlank(c, a)).toBe(true);
    expect(informativeBlank(c, a)).toBeNull();
    expect(gateOf(c, a)).toBeNull();
  });

  it("keeps a denial: there is no X without …", () => {
    const claim = "There is no thrift without a settled trade.";
    const a = chapter(claim);
    expect(isKeyTermBlank(cloze(a, claim, "thrift"), a)).toBe(true);
  });

  it("refuses a common word the chapter uses once", () => {
    const claim = "The harvest of a valley depends chiefly on rain.";
    const a = chapter(claim);
    const c = cloze(a, claim, "rain");
    expect(isKeyTermBlank(c, a)).toBe(false);
    expect(informativeBlank(c, a)).toBe("one common word");
  });

  it("refuses the term when the sentence gives it away", () => {
    const claim = "The thrift of a town rests chiefly on thrift.";
    const a = chapter(claim);
    const s = a.sentences.find((x) => x.text.startsWith("The thrift of a town"))!;
    const start = s.text.lastIndexOf("thrift");
    const c: Candidate = { ...cloze(a, claim, "thrift"), answer: { start, end: start + 6 }, front: blank(s, start, start + 6) };
    expect(isKeyTermBlank(c, a)).toBe(false);
  });

  it("refuses the chapter's whole subject", () => {
    // Thrift in every sentence: the chapter's topic word, answered without learning anything.
    const text = Array.from({ length: 6 }, (_, i) => `Thrift was the pride of guild ${i + 1}. Its members spoke of thrift daily.`).join("\n\n");
    const a = analyse(`${text}\n\nThe wealth of a town rests chiefly on thrift.`);
    expect(keyTerms(a).has("thrift")).toBe(false);
    expect(isKeyTermBlank(cloze(a, "The wealth of a town rests chiefly on thrift.", "thrift"), a)).toBe(false);
  });

  it("refuses a story sentence (a told event, past tense)", () => {
    const story = "In the winter of the flood the old miller relied on thrift.";
    const a = chapter(story);
    const c = cloze(a, story, "thrift");
    expect(isKeyTermBlank(c, a)).toBe(false);
    expect(informativeBlank(c, a)).toBe("one common word");
  });

  it("refuses a supposed case (a hypothetical modal)", () => {
    const claim = "A town without its fairs would depend on thrift.";
    const a = chapter(claim);
    expect(isKeyTermBlank(cloze(a, claim, "thrift"), a)).toBe(false);
  });

  it("refuses the term in a relative clause's relation", () => {
    const claim = "The guild admired the merchant, who relied on thrift.";
    const a = chapter(claim);
    expect(isKeyTermBlank(cloze(a, claim, "thrift"), a)).toBe(false);
  });

  it("lets the standalone gate refuse a claim that needs the text before it", () => {
    const claim = "This rests chiefly on thrift.";
    const a = chapter(claim);
    const c = cloze(a, claim, "thrift");
    expect(isKeyTermBlank(c, a)).toBe(true);
    expect(gateOf(c, a)).toBe("standalone");
  });
});

describe("key-term-blank ranker feature", () => {
  it("is appended after the earlier features and weighs nothing in the shipped weights", async () => {
    const { FEATURE_NAMES, features } = await import("@/lib/cards/rank/features");
    const { DEFAULT_WEIGHTS } = await import("@/lib/cards/rank/model");
    const at = FEATURE_NAMES.indexOf("key-term-blank");
    expect(at).toBeGreaterThan(FEATURE_NAMES.indexOf("scene-noun"));
    expect(DEFAULT_WEIGHTS["key-term-blank" as keyof typeof DEFAULT_WEIGHTS] ?? 0).toBe(0);
    const claim = "The wealth of a town rests chiefly on thrift.";
    const a = chapter(claim);
    expect(features(cloze(a, claim, "thrift"), a)[at]).toBe(1);
    expect(features(cloze(a, claim, "wealth"), a)[at]).toBe(0);
  });
});
