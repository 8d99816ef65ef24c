import { describe, expect, it } from "vitest";
import { cardHtml, looksLikeHtml } from "@/lib/anki/card-html";

describe("cardHtml", () => {
  it("points images and sounds at the deck's media route and keeps remote https images", () => {
    expect(cardHtml('Paris <img src="paris 1.jpg"> <img src="https://example.org/x.png">', "deck1"))
      .toBe('Paris <img src="/media/deck1/paris%201.jpg" /> <img src="https://example.org/x.png" />');
    expect(cardHtml("bonjour [sound:bon&jour.mp3]", "d")).toBe('bonjour <audio controls preload="auto" data-sound src="/media/d/bon%26jour.mp3"></audio>');
  });

  it("sanitises at render time whatever is stored", () => {
    const html = cardHtml('<b onmouseover="x()">hi</b><script>alert(1)</script>[sound:"><script>alert(2)</script>]', "d");
    expect(html).not.toMatch(/<script|onmouseover/);
    expect(html).toContain("<b>hi</b>");
  });

  it("leaves plain Lectern text alone", () => {
    expect(looksLikeHtml("What is 2 < 3?")).toBe(false);
    expect(looksLikeHtml("Paris <img src=\"p.jpg\">")).toBe(true);
    expect(looksLikeHtml("[sound:a.mp3]")).toBe(true);
  });
});
