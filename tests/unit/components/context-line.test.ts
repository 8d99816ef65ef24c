// The context line on screen, rendered to markup without a browser (the e2e suite needs a
// production build): small and muted above the question on the review face, shown on the
// instructor's suggested card, absent when a card has none.
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { CardFace } from "@/components/review/card-face";
import { CandidateItem } from "@/components/import/candidate-item";
import type { CandidateDto } from "@/components/import/types";

const CONTEXT = "Solon's reforms, Athens, 594 BC";

describe("CardFace", () => {
  it("puts the context line above the question in small muted type", () => {
    const html = renderToStaticMarkup(createElement(CardFace, { segments: [{ text: "What did he cancel?" }], side: "front", context: CONTEXT }));
    expect(html).toMatch(/^<div><p data-testid="card-context" class="[^"]*text-sm[^"]*text-slate-500[^"]*">Solon&#x27;s reforms, Athens, 594 BC<\/p><p [^>]*><span>What did he cancel\?<\/span><\/p><\/div>$/);
  });

  it("renders a card without a context line exactly as before", () => {
    const plain = renderToStaticMarkup(createElement(CardFace, { segments: [{ text: "Q?" }], side: "back" }));
    expect(plain).toBe(renderToStaticMarkup(createElement(CardFace, { segments: [{ text: "Q?" }], side: "back", context: null })));
    expect(plain).not.toContain("card-context");
    expect(plain.startsWith("<p ")).toBe(true);
  });
});

describe("CandidateItem", () => {
  const c: CandidateDto = {
    id: "c1", kind: "qa", front: "What did he cancel?", back: "all debts", context: CONTEXT, page: "3", sentenceIds: [2],
    rule: "pipeline", score: 0.7, flags: [], rankedFor: null, status: "PENDING", edited: false, reject: null, rejectReason: null,
  };
  const render = (dto: CandidateDto) => renderToStaticMarkup(createElement(CandidateItem, {
    c: dto, selected: false, checked: false, busy: false, doubtful: new Set<string>(),
    onSelect: () => {}, onCheck: () => {}, onStatus: () => {}, onSave: () => {},
  }));

  it("shows the suggested card's context line above its question, and nothing for a card without one", () => {
    const html = render(c);
    expect(html.indexOf("candidate-context")).toBeGreaterThan(-1);
    expect(html.indexOf("Solon&#x27;s reforms")).toBeLessThan(html.indexOf(`class="font-medium"`)); // above the question
    expect(render({ ...c, context: null })).not.toContain("candidate-context");
  });

  it("flags a likely reject with its reason, readable by a screen reader, and nothing on other cards", () => {
    const html = render({ ...c, reject: 0.71, rejectReason: "A very short answer" });
    expect(html).toMatch(/data-testid="likely-reject"[^>]*>.*Likely needs work.*A very short answer/);
    expect(html).toContain("sr-only");
    expect(render({ ...c, reject: 0.71, rejectReason: null })).not.toContain("likely-reject");
  });

  it("names the rule that made a card unless it only repeats the card's kind", () => {
    expect(render({ ...c, kind: "cloze", front: "The {{c1::dams}} held.", back: "dams", rule: "cloze" })).not.toMatch(/cloze<\/span><span>· cloze/);
    expect(render({ ...c, kind: "cloze", front: "The {{c1::dams}} held.", back: "dams", rule: "cloze" })).toContain("<span>cloze</span>");
    expect(render(c)).toContain("<span>· pipeline</span>");
  });
});
