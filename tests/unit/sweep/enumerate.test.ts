// The security sweep's source scanner: which modules are server-action modules and what they export.
import { describe, expect, it } from "vitest";
import { exportedAsyncFunctions, exportedMethods, isServerActionModule } from "../../support/sweep/enumerate";

describe("isServerActionModule", () => {
  it.each([
    ['"use server";\nexport async function a() {}', true],
    ["'use server'\nexport async function a() {}", true],
    ['// why this file exists\n/* more */\n"use server";\n', true],
    ['import x from "y";\n"use server";\n', false], // a directive only counts as the first statement
    ['export async function a() { "use server"; }', false], // inline actions are not module-level
    ['"use client";\n', false],
  ])("%j → %s", (src, expected) => {
    expect(isServerActionModule(src)).toBe(expected);
  });
});

describe("exportedAsyncFunctions", () => {
  it("finds every value export (async functions, consts, re-exports), not helpers, types or commented-out code", () => {
    const src = [
      '"use server";',
      "export async function oneAction(a: string) {}",
      "export const twoAction = async (x: number) => x;",
      "export const threeAction: (x: number) => Promise<number> = async (x) => x;",
      "async function helper() {}",
      "// export async function oldAction() {}",
      "export { fourAction, five as fiveAction, type Six };",
      "export type State = { ok: boolean };",
    ].join("\n");
    expect(exportedAsyncFunctions(src)).toEqual(["fiveAction", "fourAction", "oneAction", "threeAction", "twoAction"]);
  });
});

describe("exportedMethods", () => {
  it("finds handler functions and destructured handlers, and ignores other exports", () => {
    expect(exportedMethods("export async function GET(req: Request) {}\nexport function POST() {}\nexport const dynamic = 'force-dynamic';")).toEqual(["GET", "POST"]);
    expect(exportedMethods('import { handlers } from "@/auth";\nexport const { GET, POST } = handlers;')).toEqual(["GET", "POST"]);
    expect(exportedMethods("export const DELETE = async () => new Response(null);")).toEqual(["DELETE"]);
  });
});
