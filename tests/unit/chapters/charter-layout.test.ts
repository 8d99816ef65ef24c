// A charter as an e-text prints it (session 10): hard-wrapped, its articles labelled "Article 1",
// "ARTICLE 2" (a label and a number, not a page's head), "ARTICLE THREE", and the names signed under
// it in short blocks by province, with no prose after them (no side-notes, however short each block).
// Invented text.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { paragraphs, wrap } from "../../support/prose";

const WIDTH = 70;
const body = paragraphs(77, 12, [3, 5]).map((p) => wrap(p.join(" "), WIDTH).join("\n"));
const SIGNERS = [
  "Go. HARLOW--\nWarden and deputy from Eastmarch",
  "Eastmarch", "John Tarrant\nNicholas Vane",
  "Westfold", "Tom Ashby\nRufus Penn\nWill Crane",
  "Northholm", "Abel Stone",
  "Southmere", "Jas. Garrow\nHenry Lisle",
];
const charter = [
  "THE CHARTER OF THE LEAGUE OF THE RIVER TOWNS, 1402", "", body[0], "",
  "Article 1", "", `Section 1.  ${body[1]}`, "", `Section 2.  ${body[2]}`, "", body[3], "",
  "ARTICLE 2", "", `Section 1.  ${body[4]}`, "", body[5], "", `Section 2.  ${body[6]}`, "",
  "ARTICLE THREE", "", body[7], "", body[8], "", body[9], "", body[10], "",
  "Done in Council by the common consent of the towns present, the tenth day of May.", "",
  SIGNERS.join("\n\n"), "", "", "Attest:\nWilliam Hale, Clerk", "",
].join("\n");

describe("a charter's articles and its signers", () => {
  const doc = cleanDocument(charter, { filename: "charter.txt" });
  const ch = doc.chapters[0];
  const paras = ch.paragraphs.map((p) => ({ kind: p.kind, text: ch.text.slice(p.start, p.end) }));

  it("keeps every article's label, whatever its case and number, as a heading", () => {
    expect(paras.filter((p) => p.kind === "heading" && /^article/i.test(p.text)).map((p) => p.text)).toEqual(["Article 1", "ARTICLE 2", "ARTICLE THREE"]);
    expect(doc.layout.notes.join(" ")).not.toMatch(/side-note/);
  });

  it("keeps the names signed under it, none lifted as a side-note", () => {
    for (const name of ["Go. HARLOW", "Warden and deputy from Eastmarch", "Nicholas Vane", "Will Crane", "Abel Stone", "Henry Lisle", "William Hale, Clerk"]) expect(ch.text).toContain(name);
  });
});
