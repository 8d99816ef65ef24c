// A blank on a word that only its place capitalises and that is a verb or a function word
// ("{{Withal}}, …", "…, {{Hearken}} to …", "…: {{Seize}} every …"): the tagger reads the
// capital as a name; strict raters refuse the blank (lib/cards/spans/trivial-blank). Sentences and
// names are invented.
import { describe, expect, it } from "vitest";
import { capitalisedFunctionWord, trivialBlank } from "@/lib/cards/spans/trivial-blank";
import { analyse } from "./helpers";

/** Whether the word `w` of the sentence of `text` that holds it is refused as a capitalised function word. */
function refused(text: string, w: string): boolean {
  const a = analyse(text);
  const s = a.sentences.find((x) => x.text.includes(w));
  if (!s) throw new Error(`"${w}" not in "${text}"`);
  const start = s.text.indexOf(w);
  const word = w.split(" ")[0];
  return capitalisedFunctionWord(s, a, start, start + word.length);
}

describe("capitalised verbs and function words", () => {
  it("refuses a connective that opens the sentence before a comma", () => {
    const text = "The weavers of Kelmsby were poor and proud withal. Withal, after long debate, the council of Kelmsby resolved to rebuild the mill at Orrin.";
    expect(refused(text, "Withal")).toBe(true);
    const a = analyse(text);
    const s = a.sentences[1];
    expect(trivialBlank(s, a, 0, "Withal".length)).toBe("a capitalised verb or function word");
  });

  it("leaves no 'Wherefore' to blank: the decontextualisation deletes it as a sentence-initial marker (session 17)", () => {
    const a = analyse("The weavers of Kelmsby asked wherefore the mill was closed. Wherefore, after long debate, the council of Kelmsby resolved to rebuild the mill at Orrin.");
    expect(a.sentences[1].text.startsWith("Wherefore")).toBe(false);
    expect(a.sentences[1].text).toMatch(/the council of Kelmsby resolved/i);
  });

  it("refuses a verb that opens a command after a comma or a colon", () => {
    expect(refused("The old men would not hearken to the miller. The elder said to the weavers of the valley, Hearken to the sound of the weir at night.", "Hearken")).toBe(true);
    expect(refused("A clerk should seize the day. The last rule of the guild is this: Seize every chance to mend a broken loom at once.", "Seize")).toBe(true);
  });

  it("leaves names alone: never written small, written with a capital after another word, or before an apposition", () => {
    // Never written small in the chapter.
    expect(refused("Brannock, of the Survey, mapped the estuary of the Orrin in 1803.", "Brannock")).toBe(false);
    // Written small elsewhere, but also "Captain Hope": a name.
    expect(refused("We hope for rain. Hope sailed for the Cape in 1804.", "Hope")).toBe(true);
    expect(refused("We hope for rain. Captain Hope sailed in 1803. Hope sailed for the Cape in 1804.", "Hope sailed for")).toBe(false);
    // The term an apposition defines, and the subject before a parenthetical adverb.
    expect(refused("The clay of the valley is soft. Clay, a substance which is soft when wet, is found at Orrin.", "Clay")).toBe(false);
    expect(refused("Stone is hard. Stone, indeed, was the chief export of the Orrin quarries in 1803.", "Stone")).toBe(false);
  });

  it("leaves a capitalised word inside the sentence, after another word, alone", () => {
    expect(refused("The old men would not hearken to him. The elder told the weavers of the valley that Hearken was the name of the river.", "Hearken")).toBe(false);
  });
});
