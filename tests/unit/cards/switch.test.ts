// The generator's one reader of LECTERN_* switches (lib/cards/switch.ts), and the switches that use it.
import { describe, expect, it } from "vitest";
import { envSwitch } from "@/lib/cards/switch";
import { conclusionsSwitch } from "@/lib/cards/conclusions/switch";
import { situationSwitch } from "@/lib/cards/situation/switch";
import { topicSwitch } from "@/lib/cards/topic/switch";
import { contextLineSwitch } from "@/lib/cards/context-line/admit";
import { narratorSwitch } from "@/lib/cards/narrator";
import { subjectSwitch } from "@/lib/cards/subject";
import { demonstrationSwitch } from "@/lib/cards/decontext/demonstration";
import { referentSwitch } from "@/lib/cards/decontext/demonstrative";

describe("envSwitch", () => {
  it('reads "1" as on and "0" as off, whatever the default', () => {
    expect(envSwitch({ LECTERN_X: "1" }, "LECTERN_X")).toBe(true);
    expect(envSwitch({ LECTERN_X: "0" }, "LECTERN_X", true)).toBe(false);
  });
  it("leaves the default for any other value, a missing name or no environment", () => {
    for (const fallback of [true, false]) {
      expect(envSwitch({ LECTERN_X: "yes" }, "LECTERN_X", fallback)).toBe(fallback);
      expect(envSwitch({}, "LECTERN_X", fallback)).toBe(fallback);
      expect(envSwitch(undefined, "LECTERN_X", fallback)).toBe(fallback);
    }
  });
});

describe("the switches read through it", () => {
  it.each([
    ["LECTERN_SITUATION", situationSwitch],
    ["LECTERN_TOPIC", topicSwitch],
    ["LECTERN_CONTEXT_LINE", contextLineSwitch],
    ["LECTERN_SUBJECT", subjectSwitch],
    ["LECTERN_REFERENT", referentSwitch],
  ] as const)("%s: off by default, on with 1, off with 0 or anything else", (name, read) => {
    expect(read(undefined)).toBe(false);
    expect(read({ [name]: "1" })).toBe(true);
    expect(read({ [name]: "0" })).toBe(false);
    expect(read({ [name]: "on" })).toBe(false);
  });
  it.each([
    ["LECTERN_ARGUMENT", conclusionsSwitch],
    ["LECTERN_NARRATOR", narratorSwitch],
    ["LECTERN_DEMONSTRATION", demonstrationSwitch],
  ] as const)("%s: 1 and 0 override the default given", (name, read) => {
    expect(read({ [name]: "1" }, false)).toBe(true);
    expect(read({ [name]: "0" }, true)).toBe(false);
    expect(read({ [name]: "x" }, true)).toBe(true);
    expect(read(undefined, false)).toBe(false);
  });
  it("LECTERN_NARRATOR and LECTERN_DEMONSTRATION are on by default since session 26", () => {
    expect(narratorSwitch(undefined)).toBe(true);
    expect(demonstrationSwitch(undefined)).toBe(true);
  });
  it('LECTERN_NARRATOR=always is on as well (the author declared the narrator)', () => {
    expect(narratorSwitch({ LECTERN_NARRATOR: "always" })).toBe(true);
  });
});
