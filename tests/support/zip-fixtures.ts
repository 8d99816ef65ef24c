// EPUB and DOCX files built in tests from known prose (fflate as the zip writer).
import { strToU8, zipSync, type Zippable } from "fflate";
import { paragraphs } from "./prose";

export interface ZipFixture {
  bytes: Uint8Array;
  chapters: { title: string; body: string }[];
  footnotes: { number: string; text: string; page: string | null }[];
  sentences: { text: string; page: string | null }[];
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** Two chapters in spine order, a noteref/aside footnote, page-break anchors listed in the nav's page-list. */
export function buildEpub(seed = 11): ZipFixture {
  const titles = ["Chapter 1. Harbour Dues", "Chapter 2. The Ferry Charter"];
  const fx: ZipFixture = { bytes: new Uint8Array(), chapters: [], footnotes: [], sentences: [] };
  const files: Zippable = { mimetype: [strToU8("application/epub+zip"), { level: 0 }] };
  const pageList: string[] = [];
  let page = 11;
  let note = 0;
  titles.forEach((title, ci) => {
    const paras = paragraphs(seed + ci, 8);
    const html: string[] = [];
    paras.forEach((p, pi) => {
      let out = "";
      p.forEach((s, si) => {
        if (pi % 3 === 0 && si === 0) {
          page++;
          out += `<span epub:type="pagebreak" id="pg${page}" role="doc-pagebreak"></span>`;
          pageList.push(`<li><a href="ch${ci + 1}.xhtml#pg${page}">${page}</a></li>`);
        }
        fx.sentences.push({ text: s, page: String(page) });
        if (si === 1 && pi % 4 === 1) {
          note++;
          const text = `The charter of ${1200 + note} names the toll keeper.`;
          const words = s.split(" ");
          out += `${esc(words.slice(0, 3).join(" "))}<a epub:type="noteref" href="#fn${note}" id="r${note}"><sup>${note}</sup></a> ${esc(words.slice(3).join(" "))} `;
          html.push(""); // keep order: the aside goes after the paragraph
          fx.footnotes.push({ number: String(note), text, page: String(page) });
        } else out += esc(s) + " ";
      });
      html.push(`<p>${out.trim()}</p>`);
      for (const f of fx.footnotes.filter((f) => !html.join("").includes(`id="fn${f.number}"`) && out.includes(`#fn${f.number}"`))) {
        html.push(`<aside epub:type="footnote" id="fn${f.number}"><p><a href="#r${f.number}">${f.number}.</a> ${esc(f.text)}</p></aside>`);
      }
    });
    fx.chapters.push({ title: title.replace(/^Chapter \d+\. /, ""), body: paras.map((p) => p.join(" ")).join("\n\n") });
    files[`OEBPS/ch${ci + 1}.xhtml`] = strToU8(`<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>${title}</title></head><body><section epub:type="chapter"><h1>${title}</h1>\n${html.filter(Boolean).join("\n")}</section></body></html>`);
  });
  files["META-INF/container.xml"] = strToU8(`<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`);
  files["OEBPS/content.opf"] = strToU8(`<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">x</dc:identifier><dc:title>The Salt Roads</dc:title></metadata><manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/><item id="c2" href="ch2.xhtml" media-type="application/xhtml+xml"/><item id="c1" href="ch1.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="c1"/><itemref idref="c2"/></spine></package>`);
  files["OEBPS/nav.xhtml"] = strToU8(`<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><body><nav epub:type="toc"><ol><li><a href="ch1.xhtml">One</a></li><li><a href="ch2.xhtml">Two</a></li></ol></nav><nav epub:type="page-list"><ol>${pageList.join("")}</ol></nav></body></html>`);
  fx.bytes = zipSync(files);
  return fx;
}

/** A Word document: two Heading 1 chapters, body paragraphs and real footnotes (word/footnotes.xml). */
export function buildDocx(seed = 21): ZipFixture {
  const fx: ZipFixture = { bytes: new Uint8Array(), chapters: [], footnotes: [], sentences: [] };
  const body: string[] = [];
  const notes: string[] = [];
  let note = 0;
  const run = (t: string) => `<w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r>`;
  ["Chapter 1. Tolls and Fords", "Chapter 2. Winter Markets"].forEach((title, ci) => {
    body.push(`<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run(title)}</w:p>`);
    const paras = paragraphs(seed + ci, 7);
    paras.forEach((p, pi) => {
      let xml = "";
      p.forEach((s, si) => {
        fx.sentences.push({ text: s, page: null });
        if (si === 0 && pi % 3 === 2) {
          note++;
          const text = `See the register of tolls for ${1300 + note}.`;
          fx.footnotes.push({ number: String(note), text, page: null });
          notes.push(`<w:footnote w:id="${note}"><w:p><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>${run(" " + text)}</w:p></w:footnote>`);
          const words = s.split(" ");
          xml += run(words.slice(0, 2).join(" ")) + `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${note}"/></w:r>` + run(" " + words.slice(2).join(" ") + " ");
        } else xml += run(s + " ");
      });
      body.push(`<w:p>${xml}</w:p>`);
    });
    fx.chapters.push({ title: title.replace(/^Chapter \d+\. /, ""), body: paras.map((p) => p.join(" ")).join("\n\n") });
  });
  const W = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;
  fx.bytes = zipSync({
    "[Content_Types].xml": strToU8(`<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`),
    "_rels/.rels": strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`),
    "word/_rels/document.xml.rels": strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`),
    "word/document.xml": strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body.join("")}</w:body></w:document>`),
    "word/footnotes.xml": strToU8(`<?xml version="1.0"?><w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${notes.join("")}</w:footnotes>`),
    "word/styles.xml": strToU8(`<?xml version="1.0"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/></w:style></w:styles>`),
  });
  return fx;
}
