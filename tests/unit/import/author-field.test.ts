// The Author a user types: validated with a message they can act on, empty meaning none.
import { describe, expect, it } from "vitest";
import { authorField } from "@/lib/import/metadata/author-field";

const errorOf = (input: string) => {
  const r = authorField.safeParse(input);
  return r.success ? null : r.error.issues[0].message;
};

describe("authorField", () => {
  it("collapses spaces and trims", () => expect(authorField.parse("  Ida \t Merrow ")).toBe("Ida Merrow"));
  it("turns an empty or blank entry into null (no author)", () => {
    expect(authorField.parse("")).toBeNull();
    expect(authorField.parse("   \n ")).toBeNull();
  });
  it("refuses more than 200 characters, counted after collapsing spaces", () => {
    expect(errorOf("x".repeat(201))).toBe("Keep the author under 200 characters.");
    expect(authorField.parse(`${"x".repeat(100)}      ${"y".repeat(99)}`)).toHaveLength(200);
  });
  it("refuses control characters", () => expect(errorOf("Ida\u0000Merrow")).toBe("The author cannot contain control characters."));
  it("refuses what is not text", () => expect(authorField.safeParse(42).success).toBe(false));
});
