// The span shapes a strong writer blanks and the chunker never offered (blank24). Invented sentences.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { enumerateSpans } from "@/lib/cards/spans/enumerate";
import { numberWords, ofPhrasesWhole, predicativeAdjectives } from "@/lib/cards/spans/writer-shapes";
import { WRITER_SHAPES, writerShapesSwitch } from "@/lib/cards/spans/writer-shapes-switch";
import { spanFeatures, SPAN_FEATURES } from "@/lib/cards/spans/features";
import { analyse } from "../pipeline/helpers";

type Tokens = ReturnType<typeof analyse>["sentences"][number]["tokens"];
const texts = (text: string, f: (t: Tokens) => [number, number][]) => {
  const s = analyse(text).sentences[0];
  return f(s.tokens).map(([a, b]) => s.text.slice(s.tokens[a].start, s.tokens[b - 1].end));
};

describe("predicativeAdjectives", () => {
  it("takes the adjective that is the whole complement of a linking verb", () => {
    expect(texts("Within its own walls the guild was supreme.", predicativeAdjectives)).toEqual(["supreme"]);
    expect(texts("The tax was indeed heavy, and the harbour remained wholly idle.", predicativeAdjectives)).toEqual(["heavy", "idle"]);
  });
  it("takes the adjective after 'as' that follows a participle", () => {
    expect(texts("This kind of salt may be classed as coarse, the other as fine.", predicativeAdjectives)).toEqual(["coarse"]);
  });
  it("leaves an attributive adjective and one that opens a longer complement", () => {
    expect(texts("It was heavy rain.", predicativeAdjectives)).toEqual([]);
    expect(texts("Every man on the boat was able to swim.", predicativeAdjectives)).toEqual([]);
  });
});

describe("numberWords", () => {
  it("takes a spelled-out or hyphenated number inside its counted phrase, whole", () => {
    expect(texts("The fleet counted forty-two galleys and sailed for thirteen days.", numberWords)).toEqual(["forty-two", "thirteen"]);
    expect(texts("The miller left school at the age of thirteen.", numberWords)).toEqual(["thirteen"]);
  });
  it("takes a fraction whole and a percentage with its 'per cent'", () => {
    expect(texts("About one-third of the revenue went to sixty per cent of the towns.", numberWords)).toEqual(["one-third", "sixty per cent"]);
  });
  it("leaves a lone 'one'", () => {
    expect(texts("One of the boats sank in the storm.", numberWords)).toEqual([]);
  });
});

describe("ofPhrasesWhole", () => {
  it("takes 'X of Y' whole when Y opens on a possessive", () => {
    expect(texts("The town owed much to the force of his character.", ofPhrasesWhole)).toEqual(["force of his character"]);
  });
  it("leaves 'X of Y' with a name for Y, an of-phrase between common nouns (the enumeration's own rule) and one cut before a possessive", () => {
    expect(texts("The kings of Tollby ruled the coast after the victory of Marran.", ofPhrasesWhole)).toEqual([]);
    expect(texts("The rise of the tide flooded the cellars.", ofPhrasesWhole)).toEqual([]);
    expect(texts("They sold the nets of Vance's sons.", ofPhrasesWhole)).toEqual([]);
  });
});

describe("the enumeration with the writer's shapes", () => {
  const shipped = WRITER_SHAPES.on;
  beforeEach(() => { WRITER_SHAPES.on = true; });
  afterEach(() => { WRITER_SHAPES.on = shipped; });
  const offered = (text: string) => {
    const a = analyse(text);
    const s = a.sentences[0];
    return enumerateSpans(s, a).map((c) => s.text.slice(c.start, c.end));
  };
  it("offers them with the switch on, and not with it off", () => {
    const text = "Within its own walls the guild was supreme, and it kept forty-two galleys.";
    expect(offered(text)).toEqual(expect.arrayContaining(["supreme", "forty-two"]));
    WRITER_SHAPES.on = false;
    expect(offered(text)).not.toContain("supreme");
    expect(offered(text)).not.toContain("forty-two");
  });
  it("marks each with its shape feature, for the span models", () => {
    const a = analyse("The town owed much to the force of his character.");
    const s = a.sentences[0];
    const at = s.text.indexOf("force of his character");
    const x = spanFeatures(s, a, at, at + "force of his character".length, "term");
    expect(x[SPAN_FEATURES.indexOf("shape-of-whole")]).toBe(1);
  });
  it("reads its switch: off by default, '1' turns it on", () => {
    expect(writerShapesSwitch({})).toBe(false);
    expect(writerShapesSwitch({ LECTERN_WRITER_SHAPES: "1" })).toBe(true);
  });
});
