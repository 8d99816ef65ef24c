// The context line's core rules (lib/notes/context.ts) and its place in an Anki field
// (lib/anki/context-field.ts): one line, length-limited, and taken back out of Lectern's own export.
import { describe, expect, it } from "vitest";
import { CONTEXT_MAX, contextProblem, normalizeContext } from "@/lib/notes/context";
import { splitContextField, withContextField } from "@/lib/anki/context-field";
import { noteSchema } from "@/app/(study)/decks/schemas";

describe("normalizeContext", () => {
  it("keeps one trimmed line and treats blank as none", () => {
    expect(normalizeContext("  Solon's reforms,\n Athens,\t594 BC ")).toBe("Solon's reforms, Athens, 594 BC");
    expect(normalizeContext("   ")).toBeNull();
    expect(normalizeContext(undefined)).toBeNull();
    expect(normalizeContext(null)).toBeNull();
  });

  it("refuses a context line longer than the limit, after collapsing whitespace", () => {
    expect(contextProblem("x".repeat(CONTEXT_MAX))).toBeNull();
    expect(contextProblem("x".repeat(CONTEXT_MAX + 1))).toMatch(/under 300 characters/);
    expect(contextProblem(`a${" ".repeat(CONTEXT_MAX * 2)}b`)).toBeNull();
    expect(contextProblem(undefined)).toBeNull();
  });
});

describe("the context line in an Anki front field", () => {
  it("goes above the question as a small escaped <div>, and comes back out unchanged", () => {
    const field = withContextField("What did he cancel?", "Solon's reforms <Athens> & \"594 BC\"");
    expect(field).toMatch(/^<div class="lectern-context" style="[^"]*font-size[^"]*">Solon's reforms &lt;Athens&gt; &amp; &quot;594 BC&quot;<\/div>What did he cancel\?$/);
    expect(splitContextField(field)).toEqual({ context: "Solon's reforms <Athens> & \"594 BC\"", front: "What did he cancel?" });
  });

  it("leaves a field without the marker, or a note without a context line, as it is", () => {
    expect(withContextField("Q?", null)).toBe("Q?");
    expect(withContextField("Q?", "  ")).toBe("Q?");
    for (const field of ["Q?", '<div class="other">x</div>Q?', 'Q? <div class="lectern-context">not at the top</div>']) {
      expect(splitContextField(field)).toEqual({ context: null, front: field });
    }
  });
});

describe("the note form's schema", () => {
  it("takes an optional context line, limited like the other fields", () => {
    const base = { kind: "BASIC", front: "What did he cancel?", back: "all debts", tags: "" };
    expect(noteSchema.parse(base).context).toBe("");
    expect(noteSchema.parse({ ...base, context: "Solon's reforms" }).context).toBe("Solon's reforms");
    const long = noteSchema.safeParse({ ...base, context: "x".repeat(CONTEXT_MAX + 1) });
    expect(long.success).toBe(false);
    expect(long.error?.issues[0]).toMatchObject({ path: ["context"], message: `Keep the context line under ${CONTEXT_MAX} characters.` });
  });
});

