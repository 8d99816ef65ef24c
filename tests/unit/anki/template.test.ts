import { describe, expect, it } from "vitest";
import { sanitizeFieldHtml, sanitizeFieldKeepingClean, scopeCss } from "@/lib/anki/sanitize";
import { isEmptyRender, renderTemplate } from "@/lib/anki/template";

const q = (template: string, fields: Record<string, string>, cardOrd = 0) => renderTemplate(template, { fields, cardOrd, side: "question" });
const a = (template: string, fields: Record<string, string>, frontSide: string, cardOrd = 0) => renderTemplate(template, { fields, cardOrd, side: "answer", frontSide });

describe("renderTemplate", () => {
  it("substitutes fields and FrontSide", () => {
    const front = q("{{Front}}", { Front: "<b>chien</b>", Back: "dog" });
    expect(front).toBe("<b>chien</b>");
    expect(a("{{FrontSide}}<hr id=answer>{{Back}}", { Front: "chien", Back: "dog" }, front)).toBe('<b>chien</b><hr id="answer" />dog');
  });

  it("shows {{#Field}} sections only when the field has content, {{^Field}} only when empty", () => {
    const t = "{{#Add Reverse}}yes{{/Add Reverse}}{{^Add Reverse}}no{{/Add Reverse}}";
    expect(q(t, { "Add Reverse": "y" })).toBe("yes");
    expect(q(t, { "Add Reverse": " <br> " })).toBe("no");
    expect(isEmptyRender("{{#Add Reverse}}{{Back}}{{/Add Reverse}}", { fields: { "Add Reverse": "", Back: "dog" }, cardOrd: 1, side: "question" })).toBe(true);
    expect(isEmptyRender("{{#Add Reverse}}{{Back}}{{/Add Reverse}}", { fields: { "Add Reverse": "y", Back: "dog" }, cardOrd: 1, side: "question" })).toBe(false);
  });

  it("renders several clozes with hints, one card per number", () => {
    const fields = { Text: "{{c1::Le}} chat {{c2::mange::verb}} {{c1::la}} souris" };
    expect(q("{{cloze:Text}}", fields, 0)).toBe('<span class="cloze">[...]</span> chat mange <span class="cloze">[...]</span> souris');
    expect(q("{{cloze:Text}}", fields, 1)).toBe('Le chat <span class="cloze">[verb]</span> la souris');
    expect(a("{{cloze:Text}}", fields, "", 1)).toBe('Le chat <span class="cloze">mange</span> la souris');
  });

  it("supports type:, text: and hint: filters and reports unknown fields", () => {
    expect(q("{{type:Back}}", { Back: "dog" })).toBe('<span class="type-answer" data-field="Back"></span>');
    expect(a("{{type:Back}}", { Back: "<i>dog</i>" }, "")).toBe('<span class="type-answer-expected">dog</span>');
    expect(q("{{text:Front}}", { Front: "<b>a &lt; b</b>" })).toBe("a &lt; b");
    expect(q("{{hint:Extra}}", { Extra: "think" })).toBe('<details class="hint"><summary>Extra</summary>think</details>');
    expect(q("{{Nope}}", {})).toBe("{unknown field Nope}");
  });

  it("removes scripts, event handlers and javascript: URLs from fields and templates", () => {
    const html = q('<div onclick="steal()">{{Front}}</div><script>alert(1)</script>', { Front: '<img src="x.png" onerror="alert(1)"><a href="javascript:alert(1)">x</a><iframe src="https://evil"></iframe>' });
    expect(html).not.toMatch(/script|onerror|onclick|javascript:|iframe/i);
    expect(html).toContain('<img src="x.png" />');
    expect(sanitizeFieldHtml('<img src="data:image/png;base64,AAAA">')).toBe("<img />");
  });

  it("keeps a field that has nothing to remove byte for byte (Anki's &nbsp; and <br>), and sanitises any other", () => {
    for (const clean of ["Cloze text.&nbsp;Canberra was founded in {{c1::1913}}.", "E 3:15 AM<div>G 3:02 AM&nbsp;May<br></div>", '<img src="png1.png">[sound:bloop.wav]', "a &lt; b &amp; c"]) {
      expect(sanitizeFieldKeepingClean(clean)).toBe(clean);
    }
    expect(sanitizeFieldKeepingClean('x&nbsp;<img src="a.png" onerror="alert(1)"><br>')).toBe('x\u00a0<img src="a.png" /><br />');
    expect(sanitizeFieldKeepingClean('<a href="jav&#x09;ascript:alert(1)">x</a>')).not.toMatch(/javascript|jav&#x09;/i);
    expect(sanitizeFieldKeepingClean("<b>ok</b><!--x--!><img src=x onerror=alert(1)>-->")).not.toMatch(/onerror|<!--/);
    expect(sanitizeFieldKeepingClean("<style>b{}</style>ok")).toBe("ok");
  });
});

describe("scopeCss", () => {
  it("confines card CSS to the card's class and drops imports and remote urls", () => {
    const css = scopeCss("@import url(https://evil/x.css);\n.card { color: red; }\n.cloze, b { font-weight: bold; background: url(https://evil/t.png) }\n@media (max-width: 600px) { .card .word { font-size: 10px } }\n.x { background: url('bg.png') }</style><script>", "anki-nt-1");
    expect(css).not.toMatch(/@import|evil|<\/style|<script/);
    expect(css).toContain(".anki-nt-1 {");
    expect(css).toContain(".anki-nt-1 .cloze, .anki-nt-1 b {");
    expect(css).toContain("@media (max-width: 600px) {.anki-nt-1 .word {");
    expect(css).toContain("url('bg.png')");
  });
});
