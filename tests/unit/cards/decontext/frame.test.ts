// Frame inheritance: a later sentence of a paragraph that opens with a fronted frame gets the frame
// as a prefix on its card; refusals for every rule. Invented sentences, real toolkit.
import { describe, expect, it } from "vitest";
import { FRAME_INHERITANCE, inheritedFrame, openingFrame } from "@/lib/cards/decontext/frame";
import { applyEdits } from "@/lib/cards/decontext";
import { analyse } from "../pipeline/helpers";

/** Every sentence as its card would read with frame inheritance on (the pipeline's context for each). */
const texts = (text: string) => {
  const ss = analyse(text).sentences;
  return ss.map((s, i) => {
    const prev = ss.slice(Math.max(0, i - 3), i).filter((x) => x.sentence.paragraph === s.sentence.paragraph || x.sentence.id === i - 1);
    const ctx = { prev, recent: ss.slice(Math.max(0, i - 8), i), fullNames: new Map<string, string>(), seenNames: new Set<string>() };
    return applyEdits(s.text, inheritedFrame(s, ctx).edits);
  });
};
const last = (text: string) => texts(text).at(-1);

describe("frame inheritance: prefixes", () => {
  it("gives a past-tense narrative sentence the paragraph's opening time frame", () => {
    const t = texts("During the long drought, the farmers of Orra sold their cattle to the coastal towns. The price of grain rose fourfold within a single season.");
    expect(t[1]).toBe("During the long drought, the price of grain rose fourfold within a single season.");
  });
  it("gives a general present-tense claim right after the opener its domain frame", () => {
    expect(last("Among the hill tribes of Veshan, land belongs to the clan rather than to the family. Inheritance passes through the mother's brother.")).toBe(
      "Among the hill tribes of Veshan, inheritance passes through the mother's brother.",
    );
  });
  it("keeps the capital of a proper noun that opens the sentence", () => {
    expect(last("In the dry season of the northern plains, the herds moved toward the river. Orlen Vance counted four thousand head at the ford.")).toBe(
      "In the dry season of the northern plains, Orlen Vance counted four thousand head at the ford.",
    );
  });
  it("keeps a parenthesised year in the frame", () => {
    expect(last("At the siege of Carrow (1612), the defenders held the inner wall for nine weeks. The garrison surrendered only when the wells ran dry.")).toBe(
      "At the siege of Carrow (1612), the garrison surrendered only when the wells ran dry.",
    );
  });
  it("leaves the opener itself unchanged", () => {
    expect(texts("During the long drought, the farmers of Orra sold their cattle. The price of grain rose fourfold.")[0]).toBe("During the long drought, the farmers of Orra sold their cattle.");
  });
  it("reads the frame and refuses back-pointing or discourse openers", () => {
    expect(openingFrame("In the early period of the guild system, masters trained apprentices.")).toBe("In the early period of the guild system");
    for (const s of ["In this case, the rule fails.", "At that time, the mill was idle.", "In short, the rule fails.", "In his youth, the keeper travelled.", "In general, the rule holds.", "After the battle, the army fled."]) expect(openingFrame(s)).toBeNull();
    expect(openingFrame("In the very first and hardly remembered early years of the long northern war, men fought.")).toBeNull();
  });
});

describe("frame inheritance: refusals", () => {
  it("does not frame an imperative", () => {
    expect(last("In the study of wild herds, the numbers seem steady from year to year. Remove the wolves, and the elk double within a decade.")).toBe(
      "Remove the wolves, and the elk double within a decade.",
    );
  });
  it("never crosses a paragraph", () => {
    expect(last("During the long drought, the farmers of Orra sold their cattle to the coastal towns.\n\nThe price of grain rose fourfold within a single season.")).toBe(
      "The price of grain rose fourfold within a single season.",
    );
  });
  it("never stacks a second frame on a sentence that has its own", () => {
    expect(last("During the long drought, the farmers of Orra sold their cattle. In the following spring, the price of grain fell by half.")).toBe(
      "In the following spring, the price of grain fell by half.",
    );
  });
  it("stops inheriting once a later sentence sets its own frame", () => {
    expect(last("During the long drought, the farmers of Orra sold their cattle. Under the new tariff, merchants bought grain abroad. The price of bread fell by half.")).toBe(
      "The price of bread fell by half.",
    );
  });
  it("does not date a sentence that names its own year", () => {
    expect(last("During the long drought, the farmers of Orra sold their cattle. The price of grain rose fourfold in 1743.")).toBe("The price of grain rose fourfold in 1743.");
  });
  it("does not copy a frame that points back", () => {
    expect(last("In that period, the farmers of Orra sold their cattle. The price of grain rose fourfold within a single season.")).toBe(
      "The price of grain rose fourfold within a single season.",
    );
  });
  it("does not join a present-tense claim to a past-tense narrative frame", () => {
    expect(last("During the long drought, the farmers of Orra sold their cattle. Grain is the staple of every coastal town.")).toBe("Grain is the staple of every coastal town.");
  });
  it("gives a general claim the frame only right after the opener", () => {
    expect(last("Among the hill tribes of Veshan, land belongs to the clan. Inheritance passes through the mother's brother. Marriage requires the consent of the elders.")).toBe(
      "Marriage requires the consent of the elders.",
    );
  });
  it("does not repeat a frame the sentence already names", () => {
    expect(last("During the long drought, the farmers of Orra sold their cattle. The drought ended only when the monsoon returned.")).toBe("The drought ended only when the monsoon returned.");
  });
});

describe("frame inheritance: the switch", () => {
  it("changes the pipeline's card text only when FRAME_INHERITANCE is on", () => {
    const piped = analyse("During the long drought, the farmers of Orra sold their cattle to the coastal towns. The price of grain rose fourfold within a single season.").sentences[1].text;
    expect(piped.startsWith("During the long drought, ")).toBe(FRAME_INHERITANCE);
  });
});
