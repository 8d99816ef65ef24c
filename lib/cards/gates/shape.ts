// Well-formed: both sides present, a question ends with "?", a short enough answer, balanced
// brackets and quotes, and the answer not already given away by the question.
import type { Gate } from "./types";

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;
const content = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];

export const shape: Gate = (c) => {
  if (!c.front.trim() || !c.back.trim()) return "empty side";
  if (words(c.back) > (c.type === "gist" ? 50 : 40)) return "answer too long";
  if (words(c.front) > 70) return "question too long";
  if (c.kind === "qa" && !c.front.endsWith("?")) return "question without ?";
  for (const [o, e] of [["(", ")"], ["[", "]"]]) if (c.front.split(o).length !== c.front.split(e).length || c.back.split(o).length !== c.back.split(e).length) return "unbalanced brackets";
  if ((c.front.match(/"/g) ?? []).length % 2 || (c.back.match(/"/g) ?? []).length % 2) return "unbalanced quotes";
  if ((c.front.match(/“/g) ?? []).length !== (c.front.match(/”/g) ?? []).length) return "unbalanced quotes";
  if (c.kind === "qa") {
    const q = new Set(content(c.front));
    const ans = content(c.back);
    if (ans.length && ans.every((t) => q.has(t))) return "answer in question";
  }
  return null;
};
