// Relative times (lib/cards/decontext/relative-time.ts): the story's date is looked for only when the
// sentence has a phrase it could settle (session 26, perf26). Invented sentences, real toolkit.
import { describe, expect, it, vi } from "vitest";
import { nearestDated } from "@/lib/cards/decontext/dates";
import { analyse } from "../pipeline/helpers";

vi.mock("@/lib/cards/decontext/dates", async (original) => {
  const real = await original<typeof import("@/lib/cards/decontext/dates")>();
  return { ...real, nearestDated: vi.fn(real.nearestDated) };
});

describe("relative time: the anchor is read only when needed", () => {
  it("does not read the recent sentences' years for a sentence with no phrase to settle", () => {
    vi.mocked(nearestDated).mockClear();
    analyse("In June 1891 the harbour board met at Lisk. The keepers opened the new quay at Orra. The gulls left the bay.");
    // (The dates op reads them too, but only for a sentence that names a month.)
    expect(vi.mocked(nearestDated)).not.toHaveBeenCalled();
  });
  it("reads them for 'a month later', and still rewrites it", () => {
    vi.mocked(nearestDated).mockClear();
    const a = analyse("In June 1891 the harbour board met at Lisk. A month later the keepers opened the new quay at Orra.");
    expect(a.sentences[1].text).toBe("In July 1891 the keepers opened the new quay at Orra.");
    expect(vi.mocked(nearestDated)).toHaveBeenCalled();
  });
});
