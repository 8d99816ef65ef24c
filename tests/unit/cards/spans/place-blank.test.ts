// A cloze blanking a place name (lib/cards/spans/place-blank): refused when the switch is on, so the
// sentence's next span takes its place. Every sentence and name here is invented.
import { afterEach, expect, it } from "vitest";
import { PLACE_BLANK, placeBlank } from "@/lib/cards/spans/place-blank";
import { clozeCandidates } from "@/lib/cards/candidates/cloze";
import { envSwitch } from "@/lib/cards/switch";
import { analyse } from "../pipeline/helpers";

const OTHERS = "The early mills of the valley were driven by water from the hills. Glassmakers drew into partnership merchants from the ports who had no knowledge of the trade. The meetings of the council of the town are held in secret.";
const clozes = (text: string) => {
  const a = analyse(`${text} ${OTHERS}`);
  return clozeCandidates(a.sentences[0], a);
};
const DEFAULT = PLACE_BLANK.on;
afterEach(() => {
  PLACE_BLANK.on = DEFAULT;
});

it("is off by default and read from LECTERN_PLACE_BLANK", () => {
  expect(DEFAULT).toBe(false);
  expect(envSwitch({ LECTERN_PLACE_BLANK: "1" }, "LECTERN_PLACE_BLANK")).toBe(true);
});

it("refuses only a cloze's place answer", () => {
  PLACE_BLANK.on = true;
  expect(placeBlank("cloze", "place")).toBe(true);
  expect(placeBlank("qa", "place")).toBe(false);
  expect(placeBlank("cloze", "person")).toBe(false);
  expect(placeBlank("cloze", "term")).toBe(false);
  PLACE_BLANK.on = false;
  expect(placeBlank("cloze", "place")).toBe(false);
});

it("with the switch on, no cloze of a sentence blanks a place; off, the candidates are unchanged", () => {
  const text = "The glassmakers of the county moved their furnaces to the Estravia Valley in search of cheap fuel.";
  PLACE_BLANK.on = false;
  const off = clozes(text);
  // The sentence's cloze blanks the place while the switch is off (else the rule below has nothing to refuse).
  expect(off.some((c) => c.answerKind === "place" && c.back === "Estravia Valley")).toBe(true);
  PLACE_BLANK.on = true;
  const on = clozes(text);
  expect(on.every((c) => c.answerKind !== "place")).toBe(true);
  // Whatever the tagger types as a place is the only difference.
  expect(on.map((c) => c.back)).toEqual(off.filter((c) => c.answerKind !== "place").map((c) => c.back).filter((b) => on.some((c) => c.back === b)));
});
