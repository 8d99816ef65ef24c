// No markup or citation residue on the card: tags, emphasis markers, note markers, page
// references, ibid./op. cit., a note number glued to a word.
import type { Gate } from "./types";
import { CITATION_RESIDUE, MARKUP_RESIDUE } from "../validate";

const EXTRA = /\[\^?\w+\]|&[a-z]+;|\{\{(?!c\d+::)|\s\d{1,3}\s*$/;
// Note markers left in the text: "/1/", "[19]".
const MARKER = /(?:^|\s)\/\d{1,3}\/(?=\s|[.,;]|$)|\[\d{1,3}\]/;

export const residue: Gate = (c) => {
  const text = `${c.front} ${c.back}`;
  if (CITATION_RESIDUE.test(text)) return "citation residue";
  if (MARKUP_RESIDUE.test(text) || EXTRA.test(c.back) || MARKER.test(text)) return "markup residue";
  return null;
};
