// The one speaker/reader classifier both gates use (lib/cards/gates/speaker.ts). Invented sentences.
import { describe, expect, it } from "vitest";
import { SPEAKER, speakerPerson } from "@/lib/cards/gates/speaker";

describe("speakerPerson", () => {
  it.each([
    ["What I claim is that the canal paid.", "I"],
    ["The choice of route was mine alone.", "I"],
    ["As you see, the tide turns twice a day.", "you"],
    ["The keepers told YOU nothing.", "you"],
    ["We know that the lamp burned whale oil.", "we"],
    ["Our harbour silted up in a century.", "we"],
  ])("%j is %s", (text, who) => {
    expect(speakerPerson(text)).toBe(who);
  });

  it("reads the next I or you word when we is not asked about", () => {
    expect(speakerPerson("We think my account is right.", { we: false })).toBe("I");
    expect(speakerPerson("Our pilots knew the sound.", { we: false })).toBeNull();
  });

  it("takes a capital I before a full stop for a numeral", () => {
    expect(speakerPerson("The toll is set out in Part I. of the act.")).toBeNull();
    expect(SPEAKER.test("The toll is set out in Part I. of the act.")).toBe(false);
  });

  it("finds nothing in third-person prose", () => {
    expect(speakerPerson("The harbour master set the toll in 1820.")).toBeNull();
  });
});
