// The classes of blank strict raters criticise (lib/cards/spans/criticised.ts). Invented sentences.
import { describe, expect, it } from "vitest";
import { analyse } from "../pipeline/helpers";
import { criticisedClass } from "@/lib/cards/spans/criticised";

/** The class of the blank on `span` (its first occurrence) in the one-sentence chapter `text`. */
function classOf(text: string, span: string, chapter = text): string | null {
  const a = analyse(chapter);
  const s = a.sentences.find((x) => x.text.includes(text.slice(0, 20)))!;
  const start = s.text.indexOf(span);
  if (start < 0) throw new Error(`no "${span}" in "${s.text}"`);
  return criticisedClass(s, a, start, start + span.length);
}

describe("criticisedClass", () => {
  it.each([
    ["In the spring of 1840, the weavers' guild of Tollby voted to close its hall.", "spring of 1840", "lead-in"],
    ["In 1871 the engineer Mara Quill drained the marsh of Tollby with a steam pump.", "1871", "lead-in"],
    ["The Northern Rowing League (NRL) admitted women in 1902.", "NRL", "side detail"],
    ["The treaty of 1702 gave the harbour towns a share of the salt tax.", "1702", "side detail"],
    ["Slow erosion makes the valleys of the Dorran hills deep and narrow.", "Slow erosion", "subject"],
    ["The treaty of 1702 gave the harbour towns a share of the salt tax.", "The treaty", "common noun"],
    ["The travellers crossed the Port Rhyll bridge before dawn.", "Rhyll", "part of a name"],
    ["When Governor Hale left Tollby he enjoyed a fame and a moral weight unequalled in the province.", "Governor Hale", "lead-in"],
  ])("%s {{%s}} is a blank on the %s", (text, span, cls) => {
    expect(classOf(text, span)).toBe(cls);
  });

  it.each([
    ["In the spring of 1840, the weavers' guild of Tollby voted to close its hall.", "Tollby"],
    ["The Northern Rowing League (NRL) admitted women in 1902.", "Northern Rowing League"],
    ["The travellers crossed the Port Rhyll bridge before dawn.", "Port Rhyll"],
    ["The engineer Mara Quill drained the marsh with a steam pump.", "Mara Quill"],
    ["Courage is the first virtue of a sailor.", "first virtue of a sailor"],
  ])("%s {{%s}} is none of them", (text, span) => {
    expect(classOf(text, span)).toBeNull();
  });

  it("calls a capitalised first word a common noun when the chapter writes it in lower case elsewhere", () => {
    const first = "Frost plays an important part in shaping the slopes of a valley.";
    expect(classOf(first, "Frost", `${first} The frost of the hills is hard.`)).toBe("common noun");
    expect(classOf(first, "Frost")).toBeNull();
  });

  it("calls a blank on the chapter's own topic word a topic blank", () => {
    const verbs = ["stood", "burned", "failed", "shone", "leaned", "rose", "fell", "flickered", "glowed", "sank", "swayed", "crumbled"];
    const lines = ["Arno", "Belk", "Cray", "Dunmore", "Eskby", "Fenn", "Galeby", "Holt", "Iskar", "Jura", "Kell", "Lorn"].map((place, i) => `The lighthouse ${verbs[i]} near ${place}.`);
    const chapter = [...lines, "Every lighthouse keeper trimmed the wick at midnight."].join(" ");
    expect(classOf("Every lighthouse keeper trimmed the wick at midnight.", "lighthouse", chapter)).toBe("topic");
    expect(classOf("Every lighthouse keeper trimmed the wick at midnight.", "midnight", chapter)).toBe("common noun");
  });
});
