// The point of a present-tense claim (lib/cards/spans/point): offered as a cloze span, whole, and
// put first among the sentence's spans. Sentences are invented.
import { describe, expect, it } from "vitest";
import { pointSpan } from "@/lib/cards/spans/point";
import { enumerateSpans } from "@/lib/cards/spans/enumerate";
import { scoredSpans } from "@/lib/cards/spans/model";
import { SPAN_FEATURES, spanFeatures } from "@/lib/cards/spans/features";
import { analyse } from "./helpers";

const point = (text: string) => {
  const s = analyse(text).sentences[0];
  const p = pointSpan(s);
  return p ? s.text.slice(p.start, p.end) : null;
};

describe("point of a claim", () => {
  it.each([
    ["The loss from a flood is far more costly than the loss from a drought.", "far more costly"],
    ["The wealth of a village depends on the division of the harvest.", "division of the harvest"],
    ["A sound character is a firmly settled will.", "firmly settled will"],
    ["Courage consists in the mastery of fear.", "mastery of fear"],
    ["The kettle makes a loud noise in the morning.", "loud noise"],
    ["The first gains of the guild were higher wages and shorter hours.", "higher wages and shorter hours"],
    ["The old mill was far more profitable than the new one.", "far more profitable"],
    ["The charter embodies the memory of a town's long quarrel.", "memory of a town's long quarrel"],
  ])("takes the predicate of %j whole", (text, want) => {
    expect(point(text)).toBe(want);
  });

  it.each([
    ["The mayor was elected by the guild.", "a passive verb"],
    ["Rivers carve their valleys slowly.", "a verb that is no linking verb"],
    ["What is a lantern?", "a question"],
    ["There is a limit to the patience of a crowd.", "an existential"],
    ["Clay is a thing which, once fired, cannot be shaped.", "a bare head before its relative clause"],
    ["The best tool is the cart or barrow, and the worst is the sledge.", "one of a pair"],
    // Refused only by the check for what follows the phrase (", / and / or / nor"): without it the
    // first item or the first clause's predicate would be offered alone.
    ["The true wealth of a village is a fertile meadow, a clear spring and a busy market.", "one item of a list"],
    ["The mark of a good harbour is a deep channel, and the mark of a bad one is a shallow bar.", "the first of two joined claims"],
    ["Their trade becomes world-wide in a decade.", "part of a hyphenated word"],
  ])("offers nothing for %j (%s)", (text) => {
    expect(point(text)).toBeNull();
  });

  it("is enumerated, marked, and ranked first among the sentence's spans", () => {
    const b = analyse("The strength of a rope depends on the twist of its fibres.");
    const s = b.sentences[0];
    const p = pointSpan(s)!;
    expect(s.text.slice(p.start, p.end)).toBe("twist of its fibres");
    expect(enumerateSpans(s, b).some((c) => c.start === p.start && c.end === p.end)).toBe(true);
    expect(spanFeatures(s, b, p.start, p.end, "term")[SPAN_FEATURES.indexOf("point")]).toBe(1);
    const top = scoredSpans(s, b)[0];
    expect(s.text.slice(top.start, top.end)).toBe("twist of its fibres");
  });
});
