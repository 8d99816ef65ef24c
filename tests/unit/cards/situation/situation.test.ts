// The situation line (lib/cards/situation) on invented chapters: where in the book a card's sentence
// sits — author, chapter, section, and in a narrative the place and date the text last stated — read
// from the chapter only, never showing the answer, and off unless switched on.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { analyseChapter } from "@/lib/cards/analyse";
import { generateCards } from "@/lib/cards";
import { citedAuthor, citedTitle, dateline, isNarrative, MAX_WORDS, SITUATION_ON, situationOf, situations, situationSwitch, statedDate, statedPlace, withSituation } from "@/lib/cards/situation";

const chapter = (text: string) => cleanDocument(text, {}).chapters[0];
const lines = (text: string, author?: string) => {
  const a = analyseChapter(chapter(text));
  const of = situations(a, { author });
  return { a, line: (i: number, answer = "zzz") => of(i, answer)?.line ?? null };
};

const LETTER = `LETTER IX

VARDEN CREEK, OSK COUNTY, November 3.

We left the ranch before dawn and rode for many hours across the plain. The wind was cold and the horses were tired. On the 12th of May we reached Fort Marlow after a long ride. The fort stood on a low hill above the river. The commander gave us beds in the old barracks. We stayed there for three days while the snow fell. Then we crossed the pass into the next valley. The guide carried a rifle and a long coil of rope. The pass was covered with ice for two miles. We camped near Orlen Lake that night.

The lake was frozen at its edges. A trapper named Osk kept a cabin by the shore. He sold us bread and dried meat for the journey. We slept in his cabin and left at sunrise.
`;

const ESSAY = `# Chapter 4. The Keeping of Bees

## The Hive and its Frames

A hive holds ten frames of wax. Each frame carries about six thousand cells. The cells face outward on both sides of the frame. In 1851 a clergyman showed that a gap of a certain width keeps frames free. The gap is called the bee space. Keepers measure it with a gauge. A frame that sits too close is glued fast with resin. A frame that sits too far apart is filled with comb. Both faults make the frame hard to lift. A good hive keeps every frame at the same spacing.

## Swarming

A colony swarms when the hive grows crowded. The old queen leaves with half the workers. The swarm hangs from a branch for a day or two. Scouts look for a new cavity in the meantime. The keeper can take the swarm in a box. A second swarm may follow a week later with a young queen. Swarming halves the honey crop of the year. Keepers give crowded colonies more room in spring.
`;

describe("the switch", () => {
  it("is off unless LECTERN_SITUATION=1", () => {
    expect(SITUATION_ON).toBe(false);
    expect(situationSwitch({ LECTERN_SITUATION: "1" })).toBe(true);
    expect(situationSwitch({ LECTERN_SITUATION: "true" })).toBe(false);
    expect(situationSwitch(undefined)).toBe(false);
  });
});

describe("the source: author and chapter", () => {
  it("cites a person by surname, particles kept, suffixes and asides dropped", () => {
    expect(citedAuthor("Maria T. Orme")).toBe("Orme");
    expect(citedAuthor("A. B. Du Marais")).toBe("Du Marais");
    expect(citedAuthor("Orme, Maria T.")).toBe("Orme"); // a library's order
    expect(citedAuthor("Orlen Brell Vance, Jr.")).toBe("Vance");
    expect(citedAuthor("Orlen Vance (as Lisk)")).toBe("Vance");
    expect(citedAuthor("Council of Varden 1790")).toBe("Council of Varden 1790");
    expect(citedAuthor("  ")).toBeNull();
    expect(citedAuthor(undefined)).toBeNull();
  });

  it("cites the chapter's title, shortened, and never a file's name or an argument's summary", () => {
    expect(citedTitle("IV the Keeping of Bees")).toBe("The Keeping of Bees");
    expect(citedTitle("THE KEEPING OF BEES.")).toBe("The Keeping of Bees");
    expect(citedTitle("notes on bees ch4")).toBeNull();
    expect(citedTitle("Bees_Ch4")).toBeNull();
    expect(citedTitle("The hive stated—Little prospect of honey—The swarm—Outline of the season")).toBeNull();
    expect(citedTitle("Analysis of the Common Hive, and its Division into two Chambers for Brood and Honey")).toBe("Analysis of the Common Hive");
    expect(citedTitle("Untitled chapter")).toBeNull();
  });
});

describe("datelines and dates", () => {
  it("reads a place-and-date line, and refuses a line that is not one", () => {
    expect(dateline("VARDEN CREEK, OSK COUNTY, November 3.")).toEqual({ place: "Varden Creek, Osk County", date: "November 3" });
    expect(dateline("Fort Marlow, October 3, 1873")).toEqual({ place: "Fort Marlow", date: "October 3, 1873" });
    expect(dateline("1781")).toEqual({ place: null, date: "1781" });
    expect(dateline("New Varden")).toBeNull();
    expect(dateline("We rode on in May")).toBeNull();
  });

  it("finds a stated date, and not the modal 'may' or a number of feet", () => {
    expect(statedDate("On the 12th of May we")).toBe("the 12th of May");
    expect(statedDate("In 1781 the army")).toBe("1781");
    expect(statedDate("It may rain")).toBeNull();
    expect(statedDate("At 1500 feet the air")).toBeNull();
    expect(statedDate("By 1790 the population of Varden")).toBeNull();
  });
});

describe("a narrative's place and date", () => {
  const { a, line } = lines(LETTER, "Maria T. Orme");

  it("reads the letter as a story", () => expect(isNarrative(a)).toBe(true));

  it("gives the letter's dateline until the story states a place or date of its own", () => {
    expect(line(1)).toBe("Orme, Letter IX · Varden Creek, Osk County, November 3");
  });

  it("then the nearest earlier arrival and date, never the letter's date beside the story's place", () => {
    expect(line(4)).toBe("Orme, Letter IX · Fort Marlow, the 12th of May");
    // A new place: a day stated before no longer holds there.
    expect(line(11)).toBe("Orme, Letter IX · Orlen Lake");
  });

  it("leaves out a part that would show the answer, or that the sentence already shows", () => {
    // (The date alone would be a day with no year and no place: left out too.)
    expect(line(4, "Fort Marlow")).toBe("Orme, Letter IX");
    // A sentence that states its own place and date is at neither stated before it.
    expect(line(2)).toBe("Orme, Letter IX");
  });
});

describe("a march", () => {
  const MARCH = `BOOK II

Vance set out from Varden at dawn and marched three stages, twenty leagues in all, to Orlen, a large city. Here the general halted for thirty days. The general bought horses in the market of Orlen. The soldiers were paid for four months. In the spring of 1290 Vance crossed the mountains into Marlow. The passes were deep in snow. Many horses were lost on the ice. Then Vance left Marlow and went on by the coast road. The weather was fair all the way. The men were tired but content. They sang songs by the fires at night.
`;
  const { a, line } = lines(MARCH, "Maria T. Orme");

  it("follows the story to where it went, and forgets a place it left", () => {
    expect(isNarrative(a)).toBe(true);
    expect(line(3)).toBe("Orme, Book II · Orlen");
    expect(line(5)).toBe("Orme, Book II · Marlow, the spring of 1290");
    expect(line(8)).toBe("Orme, Book II · the spring of 1290");
  });

  it("forgets the place when the story names another where it might be", () => {
    const MOVED = `BOOK III\n\nVance reached Varden at noon and rested there. The men were tired after the march. The road was then continued to Lisk, a small town. The soldiers demanded their pay. The general refused them. The men grumbled for a week. Some of them deserted at night. The officers kept watch by the gates. The weather turned cold. The horses grew thin. The general sent for money.\n`;
    const m = lines(MOVED, "Maria T. Orme");
    expect(m.line(1)).toBe("Orme, Book III · Varden");
    expect(m.line(3)).toBe("Orme, Book III");
  });

  it("drops the date for a card that says its own time, as printed or relative to the one before", () => {
    const of = situations(a, { author: "Maria T. Orme" });
    expect(of(8, "zzz", "In May 1290 the {{c1::weather}} was fair all the way.")?.line).toBe("Orme, Book II");
    expect(of(9, "zzz")?.line).toBe("Orme, Book II · the spring of 1290");
    expect(situationOf("A month later the men were tired.", "zzz", { author: "Orme", title: null, section: null, scene: { place: null, date: "1290" } })?.line).toBe("Orme");
  });
});

describe("what counts as arriving", () => {
  const place = (text: string) => statedPlace(analyseChapter(chapter(text)).sentences[0]);

  it("an arrival or a march told of the narrator or a named actor", () => {
    expect(place("We reached Fort Marlow after a long ride.")).toBe("Fort Marlow");
    expect(place("When I reached Varden, I was out of money.")).toBe("Varden");
    expect(place("Vance set out from Varden and marched three stages to Orlen.")).toBe("Orlen");
  });

  it("not an intention, a gerund, a custom or a look back; leaving forgets the place", () => {
    expect(place("I resolved at once to go to Orlen, though I had no money.")).toBeUndefined();
    expect(place("My whole mind was bent upon reaching Orlen before the snow.")).toBeUndefined();
    expect(place("The judges on circuit rode on horseback from Varden to Orlen.")).toBeUndefined();
    expect(place("It was my privilege to know him from the time I entered Orlen till he died.")).toBeUndefined();
    expect(place("Then Vance left Marlow by the coast road.")).toBeNull();
  });
});

describe("an exposition's section", () => {
  const { a, line } = lines(ESSAY, "Maria T. Orme");

  it("is no story: its dates are not a scene", () => {
    expect(isNarrative(a)).toBe(false);
    const i = a.chapter.sentences.findIndex((s) => s.text.startsWith("The gap is called"));
    expect(line(i)).toBe("Orme, The Keeping of Bees · § The Hive and its Frames");
  });

  it("names the section the sentence sits under, unless it shows the answer", () => {
    const i = a.chapter.sentences.findIndex((s) => s.text.startsWith("The old queen"));
    expect(line(i)).toBe("Orme, The Keeping of Bees · § Swarming");
    expect(line(i, "swarming")).toBe("Orme, The Keeping of Bees");
  });
});

describe("a chapter whose title is a file's name", () => {
  it("is cited by its printed number, else by its author alone", () => {
    const ch = chapter(ESSAY);
    const i = ch.sentences.findIndex((s) => s.text.startsWith("The old queen"));
    const line = (over: { title: string; number: string | null }) => situations(analyseChapter({ ...ch, ...over }), { author: "Maria T. Orme" })(i, "zzz")?.line;
    expect(line({ title: "bees ch4", number: "4" })).toBe("Orme, ch. 4 · § Swarming");
    expect(line({ title: "bees ch4", number: null })).toBe("Orme · § Swarming");
  });
});

describe("the line's length and its join with a context line", () => {
  it("drops the chapter's title, then the section, to stay short", () => {
    const long = situationOf("A sentence.", "zzz", { author: "Orme", title: "One Two Three Four Five Six Seven Eight", section: "Alpha Beta Gamma Delta Epsilon Zeta", scene: { place: null, date: null } });
    expect(long?.line).toBe("Orme · § Alpha Beta Gamma Delta Epsilon Zeta");
    expect(long!.line.split(/\s+/).filter((w) => /\w/.test(w)).length).toBeLessThanOrEqual(MAX_WORDS);
    // Separators are no words: author, an eight-word title and a five-word section make fourteen.
    expect(situationOf("A sentence.", "zzz", { author: "Orme", title: "One Two Three Four Five Six Seven Eight", section: "Alpha Beta Gamma Delta Epsilon", scene: { place: null, date: null } })?.line).toBe("Orme, One Two Three Four Five Six Seven Eight · § Alpha Beta Gamma Delta Epsilon");
    expect(situationOf("A sentence.", "orme", { author: "Orme", title: null, section: null, scene: { place: null, date: null } })).toBeNull();
  });

  it("puts the situation before the referent line, one line", () => {
    expect(withSituation("Orme, Letter IX", "Orlen Vance.")).toBe("Orme, Letter IX · Orlen Vance.");
    expect(withSituation(null, "Orlen Vance.")).toBe("Orlen Vance.");
    expect(withSituation("Orme, Letter IX", undefined)).toBe("Orme, Letter IX");
  });
});

describe("in the generator", () => {
  const ch = chapter(ESSAY);
  const off = generateCards(ch, { max: 10, author: "Maria T. Orme" });
  const on = generateCards(ch, { max: 10, author: "Maria T. Orme", situation: true });

  it("is off by default: no card carries a line", () => expect(off.every((c) => c.context === undefined)).toBe(true));

  it("changes no card and no order, only adds the line", () => {
    expect(on.map((c) => [c.front, c.back, c.score])).toEqual(off.map((c) => [c.front, c.back, c.score]));
    expect(on.length).toBeGreaterThan(0);
    expect(on.every((c) => typeof c.context === "string" && c.context.startsWith("Orme"))).toBe(true);
  });
});
