// Lines an e-text sets apart from its prose for what is not prose:
// - placeholders of pictures the text version could not carry, "Fig. 3: file fig03.gif" and
//   "eq. 5: file eq05.gif" (an equation printed as a picture), and the labels of the equation
//   pictures set inside a sentence ("the wheel turns eq. 12 times an hour");
// - equations written out in letters and signs, one or more to a block ("p1 = p" / "q1 = q"),
//   and a connecting word on a line between two of them ("and").
// Each becomes a picture or a formula block. A formula inside an unfinished sentence stays in it
// (assemble.ts): written out, as it is ("…and we find h = k-d."); a picture of one, as
// "[equation]", so that the sentence shows where it stood instead of closing over a gap. Between
// sentences neither is prose: both are left out.
import type { Block } from "./blocks";
import { escapeRegExp as escape } from "@/lib/util/regexp";

export const EQUATION_TOKEN = "[equation]";

const IMAGE_FILE = /^\s*([^:\n]{1,30}?)\s*:\s*file\s+[\w./-]+\.(?:gif|png|jpe?g|svg|bmp|tiff?)\s*$/i;
const EQUATION_LABEL = /^((?:eq|eqn|equation|formula)\.?)\s*\d{1,3}[a-z]?$/i;
// Letters and signs only, an "=" among them, no word longer than three letters (p1, kd2, rt).
const WRITTEN_FORMULA = /^[\p{L}\d\s+\-−*/^().,'=<>≤≥±×·√]+$/u;
const CONNECTIVE = /^\s*(?:and|or|where|with|hence|whence|then|also)\s*$/i;

const isFormulaLine = (l: string) => l.trim().length <= 80 && l.includes("=") && WRITTEN_FORMULA.test(l) && !/\p{L}{4,}/u.test(l);

export function markDisplayLines(input: Block[]): { blocks: Block[]; pictures: number; formulas: number } {
  let pictures = 0;
  let formulas = 0;
  const labels = new Set<string>(); // "eq." as the equation pictures are labelled
  let blocks = input.map((b): Block => {
    if (b.kind !== "body") return b;
    const picture = b.lines.length === 1 ? b.lines[0].match(IMAGE_FILE) : null;
    if (picture) {
      pictures++;
      const equation = picture[1].trim().match(EQUATION_LABEL);
      if (!equation) return { ...b, kind: "image" };
      labels.add(equation[1].toLowerCase());
      return { ...b, kind: "formula", inline: EQUATION_TOKEN };
    }
    if (!b.lines.every(isFormulaLine)) return b;
    formulas++;
    return { ...b, kind: "formula", inline: b.lines.map((l) => l.trim()).join(" ") };
  });
  blocks = blocks.map((b, i) => (b.kind === "body" && b.lines.length === 1 && CONNECTIVE.test(b.text) && blocks[i - 1]?.kind === "formula" && blocks[i + 1]?.kind === "formula" ? { ...b, kind: "formula", inline: b.text.trim() } : b));
  if (labels.size) {
    // The same labels inside the prose: pictures set in the line of a sentence.
    const inText = new RegExp(`(?<!\\p{L})(?:${[...labels].map(escape).join("|")})\\s?\\d{1,3}[a-z]?(?![\\p{L}\\d:])`, "giu");
    blocks = blocks.map((b) => {
      if ((b.kind !== "body" && b.kind !== "quote") || !inText.test(b.text)) return b;
      const text = b.text.replace(inText, () => { pictures++; return EQUATION_TOKEN; });
      return { ...b, text, lines: text.split("\n") };
    });
  }
  return { blocks, pictures, formulas };
}
