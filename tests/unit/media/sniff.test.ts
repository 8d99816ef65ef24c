import { describe, expect, it } from "vitest";
import { sniffImage } from "@/lib/media/sniff";

const bytes = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe("sniffImage", () => {
  it("recognises PNG, JPEG, GIF and WebP by their first bytes", () => {
    expect(sniffImage(bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toEqual({ contentType: "image/png", ext: "png" });
    expect(sniffImage(bytes([0xff, 0xd8, 0xff, 0xe0]))).toEqual({ contentType: "image/jpeg", ext: "jpg" });
    expect(sniffImage(bytes("GIF89a", [1, 0]))).toEqual({ contentType: "image/gif", ext: "gif" });
    expect(sniffImage(bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 "))).toEqual({ contentType: "image/webp", ext: "webp" });
  });

  it("refuses SVG, HTML, truncated headers and other RIFF files", () => {
    expect(sniffImage(bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull();
    expect(sniffImage(bytes("<html><body>"))).toBeNull();
    expect(sniffImage(bytes([0x89], "PN"))).toBeNull();
    expect(sniffImage(bytes("RIFF", [0, 0, 0, 0], "WAVEfmt "))).toBeNull();
    expect(sniffImage(new Uint8Array())).toBeNull();
  });
});
