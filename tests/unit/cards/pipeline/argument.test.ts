// Cards across two sentences of an argument (candidates/argument.ts), on invented text: each shape,
// and each refusal (a long answer, a premise that points back, a connective with no real premise).
import { describe, expect, it } from "vitest";
import { gate } from "@/lib/cards/gates";
import { argumentCandidates } from "@/lib/cards/candidates/argument";
import { overgenerate } from "@/lib/cards/candidates";
import { FEATURE_NAMES, features } from "@/lib/cards/rank/features";
import { DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { analyse } from "./helpers";

/** The argument cards of a text, each with whether the gates keep it. */
const cards = (text: string) => {
  const a = analyse(text);
  return a.sentences.flatMap((s, i) => argumentCandidates(s, a.sentences[i + 1], a)).map((c) => [c.front, c.back, gate(c, a) ? "dropped" : "kept"]);
};

describe("argument candidates: a claim and its reason in the next sentence", () => {
  it("asks why of the claim and answers with the reason after 'For'", () => {
    expect(cards("Molten glass can never be welded to copper by heat alone. For the two metals expand at very different rates, and consequently the joint cracks.")).toEqual([
      ["Why can molten glass never be welded to copper by heat alone?", "Because the two metals expand at very different rates", "kept"],
    ]);
  });

  it("reads 'The reason is that' and 'This is because' as the reason", () => {
    expect(cards("A whale hears a distant ship long before a sailor. The reason is that water carries sound four times faster than air.")).toEqual([
      ["Why does a whale hear a distant ship long before a sailor?", "Because water carries sound four times faster than air", "kept"],
    ]);
    expect(cards("A lamp goes out in a strong draught. This is because the wind cools the flame too quickly.")).toEqual([
      ["Why does a lamp go out in a strong draught?", "Because the wind cools the flame too quickly", "kept"],
    ]);
  });

  it("keeps the reason's own clause and leaves its qualification out", () => {
    expect(cards("A lamp goes out in a strong draught. The reason is that the wind cools the flame too quickly, as happens with a wet match.")).toEqual([
      ["Why does a lamp go out in a strong draught?", "Because the wind cools the flame too quickly", "kept"],
    ]);
  });

  it("drops a reason longer than twenty words rather than cut it", () => {
    expect(cards("Copper roofs turn green within a few decades. For the metal slowly combines with the carbonic acid and the moisture of the air and with the sulphur of coal smoke into a crust of basic salts that no rain washes off.")).toEqual([]);
  });

  it("refuses a 'For' of time, of purpose, of a condition or of an example", () => {
    for (const next of ["For several years the mill stood idle.", "For years the miller had kept no accounts.", "For that, a second wheel was needed.", "For if the dam broke, the valley would flood.", "For example, the mill at the ford ground oats."]) {
      expect(cards(`The old mill on the river ground corn for the whole valley. ${next}`)).toEqual([]);
    }
  });

  it("refuses a claim that points back to the text before it", () => {
    expect(cards("The miners left the valley in the spring. This decision ruined the town within a year. For the mines were the only employer in the district.")).toEqual([]);
  });

  it("refuses a reason whose subject is a pronoun or demonstrative", () => {
    expect(cards("Iron ships replaced wooden ones within a generation. For they were cheaper to build and lasted longer at sea.")).toEqual([]);
    expect(cards("A whale hears a distant ship long before a sailor. The reason is that its ears are tuned to the water.")).toEqual([]);
  });

  it("refuses a claim that already gives its reason, or that is hedged", () => {
    expect(cards("Tin prices rose because the mines flooded. For the pumps failed in the wet winter of that decade.")).toEqual([]);
    expect(cards("Tin prices perhaps rose after the floods. For the pumps failed in the wet winter of that decade.")).toEqual([]);
  });

  it("asks only the claim's first main clause", () => {
    expect(cards("Molten glass can never be welded to copper by heat alone; a cement is needed. For the two metals expand at very different rates.")).toEqual([
      ["Why can molten glass never be welded to copper by heat alone?", "Because the two metals expand at very different rates", "kept"],
    ]);
  });

  it("pairs only sentences of one paragraph", () => {
    expect(cards("Glass can never be welded to copper by heat alone.\n\nFor the two metals expand at very different rates.")).toEqual([]);
  });
});

describe("argument candidates: a hedged conclusion after its premise", () => {
  it("asks why of the first 'that' clause and answers with the sentence before", () => {
    expect(cards("Every oak in the forest produces thousands of acorns in a good year. Hence we may confidently assert, that the oaks are producing far more seed than the forest can ever feed, and that most acorns perish.")).toEqual([
      ["Why are the oaks producing far more seed than the forest can ever feed?", "Because every oak in the forest produces thousands of acorns in a good year", "kept"],
    ]);
  });

  it("reads 'it follows that' as a hedge", () => {
    expect(cards("Water carries sound four times faster than air. Thus it follows that a whale hears a distant ship long before a sailor.")).toEqual([
      ["Why does a whale hear a distant ship long before a sailor?", "Because water carries sound four times faster than air", "kept"],
    ]);
  });

  it("refuses a premise that points back, a premise that is a question, and a conditional conclusion", () => {
    expect(cards("This rule was applied in every county of the kingdom. Hence it follows that the courts of the north kept the same records as the south.")).toEqual([]);
    expect(cards("Do bees visit every flower of the meadow? Hence it follows that the clover is fertilised by bees alone.")).toEqual([]);
    expect(cards("Bees alone visit the red clover of the meadow. Hence it follows that if the bees died out, the clover would disappear.")).toEqual([]);
  });

  it("leaves the plain 'Thus Q.' to the claim candidates", () => {
    expect(cards("Sound travels through water four times faster than through air. Thus a whale hears a distant ship long before a sailor does.")).toEqual([]);
  });
});

describe("argument candidates: the author's question answered in the next sentence", () => {
  it("asks the author's question and answers with the next sentence", () => {
    expect(cards("What, then, is the chief cause of the silting of harbours? The chief cause of silting is the sand carried by the coastal current.")).toEqual([
      ["What is the chief cause of the silting of harbours?", "The chief cause of silting is the sand carried by the coastal current", "kept"],
    ]);
  });

  it("refuses an answer that only reacts, points back, or shares no word with the question", () => {
    expect(cards("What, then, is the chief cause of the silting of harbours? Surely not the rivers alone.")).toEqual([]);
    expect(cards("What, then, is the chief cause of the silting of harbours? It is the sand carried by the coastal current.")).toEqual([]);
    expect(cards("What, then, is the chief cause of the silting of harbours? Nobody in the port council knew the answer for a century.")).toEqual([]);
  });

  it("refuses a question about a pronoun or with the reader in it", () => {
    expect(cards("What is it made of? The lamp is made of brass and glass.")).toEqual([]);
    expect(cards("Why should you trust the harbour charts? The harbour charts were drawn from soundings.")).toEqual([]);
  });
});

describe("argument candidates in the pipeline", () => {
  it("are produced by overgenerate with the type 'argument' and cite both sentences", () => {
    const a = analyse("Glass can never be welded to copper by heat alone. For the two metals expand at very different rates.");
    const mine = overgenerate(a).filter((c) => c.type === "argument");
    expect(mine.map((c) => [c.sentence, c.extra])).toEqual([[1, [0]]]);
    // Their ranker feature comes after every earlier one, so weights fitted before it still line up by name.
    const at = FEATURE_NAMES.indexOf("type:argument");
    expect(at).toBe(FEATURE_NAMES.indexOf("type:predicate") + 1);
    expect(features(mine[0], a)[at]).toBe(1);
    expect(DEFAULT_WEIGHTS["type:argument" as keyof typeof DEFAULT_WEIGHTS] ?? 0).toBe(0);
  });
});

describe("argument candidates: a term named in the sentence after its description", () => {
  it("asks the name of what the sentence before describes", () => {
    expect(cards("Many sailors, perhaps most, have believed that salt water never freezes. Such sailors are called 'night-bathers'.")).toEqual([
      ["What are sailors called who have believed that salt water never freezes?", "Night-bathers", "kept"],
    ]);
  });

  it("refuses a description that points back, and a noun that is not the subject of a description", () => {
    expect(cards("Many sailors have believed that this custom is older than the navy. Such sailors are called 'night-bathers'.")).toEqual([]);
    expect(cards("The harbour master warned the sailors about the tide. Such sailors are called 'night-bathers'.")).toEqual([]);
  });
});
