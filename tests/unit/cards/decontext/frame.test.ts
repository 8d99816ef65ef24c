// Frame inheritance: a later sentence of a paragraph that opens with a fronted frame gets the frame
// as a prefix on its card; refusals for every rule. Invented sentences, real toolkit.
import { describe, expect, it } from "vitest";
import { FRAME_INHERITANCE, inheritedFrame, leadingFrame, openingFrame } from "@/lib/cards/decontext/frame";
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
  it("takes the nearest frame once a later sentence sets its own (never both)", () => {
    expect(last("During the long drought, the farmers of Orra sold their cattle. Under the new tariff, merchants bought grain abroad. The price of bread fell by half.")).toBe(
      "Under the new tariff, the price of bread fell by half.",
    );
  });
  it("stops inheriting at a sentence with a turn of its own between the frame and the claim", () => {
    expect(last("During the long drought, the farmers of Orra sold their cattle. Then the rains came early. The price of bread fell by half.")).toBe("The price of bread fell by half.");
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
  it("gives a general claim the frame only within two sentences of it", () => {
    const t = texts("Among the hill tribes of Veshan, land belongs to the clan. Inheritance passes through the mother's brother. Marriage requires the consent of the elders. Divorce needs a payment of cattle.");
    expect(t[2]).toBe("Among the hill tribes of Veshan, marriage requires the consent of the elders.");
    expect(t[3]).toBe("Divorce needs a payment of cattle.");
  });
  it("does not repeat a frame the sentence already names", () => {
    expect(last("During the long drought, the farmers of Orra sold their cattle. The drought ended only when the monsoon returned.")).toBe("The drought ended only when the monsoon returned.");
  });
});

/** Frames are lent only from the source's own words, so a test with inheritance in a chain runs the
 * sentences in order, each with the repaired sentences before it (as the pipeline does). */
const chained = (text: string) => {
  const ss = analyse(text).sentences;
  const done: typeof ss = [];
  for (const [i, s] of ss.entries()) {
    const prev = done.slice(Math.max(0, i - 3), i).filter((x) => x.sentence.paragraph === s.sentence.paragraph || x.sentence.id === i - 1);
    const edits = inheritedFrame(s, { prev, recent: done.slice(Math.max(0, i - 8), i), fullNames: new Map(), seenNames: new Set() }).edits;
    done.push({ ...s, text: applyEdits(s.text, edits), context: { before: s.text, edits, inserted: [], unresolved: [] } });
  }
  return done.map((s) => s.text);
};

describe("frame inheritance, second version: where the frame comes from", () => {
  it("reads the frame from a later sentence of the paragraph, not only its first", () => {
    expect(last("Ferries carry most goods across the Tavel. In the later growth of the market towns, the toll on each cart slowly rises. Carters pay twice what boatmen pay for the same load.")).toBe(
      "In the later growth of the market towns, carters pay twice what boatmen pay for the same load.",
    );
  });
  it("reads a frame after a leading 'But' and without a comma, closed by a determiner", () => {
    expect(last("The quarrel between guilds and the crown is as old as the towns. But in the guild age this quarrel was between masters and the king. The masters were regarded as enemies of the common people.")).toBe(
      "In the guild age, the masters were regarded as enemies of the common people.",
    );
  });
  it("reaches a general claim two sentences on, past a sentence with an attribution of its own", () => {
    const t = texts("Small farms once fed the valley. In the older stages of the river trade the only division is between boatmen and growers. According to the custom of that age it is the boatmen who keep the grain. The growers receive only seed for the next year.");
    expect(t[2]).toBe("According to the custom of that age it is the boatmen who keep the grain.");
    expect(t[3]).toBe("In the older stages of the river trade, the growers receive only seed for the next year.");
  });
  it("reads the frame where it was set, never from a sentence that only inherited it", () => {
    const t = chained("During the long drought, the farmers of Orra sold their cattle. The price of grain rose fourfold. The millers closed their doors. The carters left for the coast. The town council met in secret.");
    expect(t.slice(1, 4).every((x) => x.startsWith("During the long drought, "))).toBe(true);
    expect(t[4]).toBe("The town council met in secret.");
  });
  it("refuses frames that are cut, relative, a list, a date with its subject, or a comma-less guess", () => {
    const lf = (text: string) => leadingFrame(text, analyse(text).sentences[0].tokens)?.frame ?? null;
    expect(lf("In the later growth of the market towns, the habit lapses.")).toBe("In the later growth of the market towns");
    expect(lf("In Rome slaves were sold openly.")).toBeNull();
    expect(lf("In the part which concerns himself, he is sovereign.")).toBeNull();
    expect(lf("In 1702 Arlen Voss, then at sea, wrote to the council.")).toBeNull();
    expect(lf("In river towns, as well as in cities, the guilds fix prices.")).toBeNull();
    expect(lf("In the quarter of the tanners, which lay nearest the river, the smell was constant.")).toBeNull();
    expect(lf("In the evening, the ferries crossed the Tavel.")).toBeNull();
    expect(lf("At the lower end there is a narrow gate for carts.")).toBeNull();
    expect(lf("In one small parish, the looms worked day and night.")).toBeNull();
  });
});

describe("frame inheritance, second version: refusals", () => {
  const frame = "In the older stages of the river trade, the boatmen keep most of the grain. ";
  it("does not frame a sentence that opens a definition with 'By', nor stops the frame there", () => {
    const t = texts("But in the guild age this quarrel was between masters and the king. By freedom was meant protection against the king's officers. The masters were regarded as enemies of the common people.");
    expect(t[1]).toBe("By freedom was meant protection against the king's officers.");
    expect(t[2]).toBe("In the guild age, the masters were regarded as enemies of the common people.");
  });
  it("ends the frame at a sentence opening with a 'By' time of its own", () => {
    expect(last("During the long drought, the farmers of Orra sold their cattle. By the end of the season the wells were dry. The price of bread rose fourfold.")).toBe("The price of bread rose fourfold.");
  });
  it("does not frame the author's or reader's own voice", () => {
    expect(last(`${frame}We learn this from the ledgers of the river ports.`)).toBe("We learn this from the ledgers of the river ports.");
  });
  it("does not frame a question or an exclamation", () => {
    expect(last(`${frame}How many hands are needed to move one barge upriver!`)).toBe("How many hands are needed to move one barge upriver!");
  });
  it("does not frame a sentence that names its own time or a comparative place on the scale", () => {
    expect(last(`${frame}Modern growers sell their grain directly to the mills.`)).toBe("Modern growers sell their grain directly to the mills.");
    expect(last(`${frame}Lower still, the growers keep nothing but the seed for the next year.`)).toBe("Lower still, the growers keep nothing but the seed for the next year.");
  });
  it("does not lend a named place to a sentence that names another", () => {
    expect(last("Among the hill tribes of Veshan, land belongs to the clan. The Orran code makes the eldest son the sole heir.")).toBe("The Orran code makes the eldest son the sole heir.");
  });
  it("does not frame a quotation", () => {
    expect(last(`${frame}"The river gives and the river takes," the boatmen say.`)).toBe('"The river gives and the river takes," the boatmen say.');
  });
});

describe("frame inheritance: the switch", () => {
  it("changes the pipeline's card text only when FRAME_INHERITANCE is on", () => {
    const piped = analyse("During the long drought, the farmers of Orra sold their cattle to the coastal towns. The price of grain rose fourfold within a single season.").sentences[1].text;
    expect(piped.startsWith("During the long drought, ")).toBe(FRAME_INHERITANCE);
  });
});
