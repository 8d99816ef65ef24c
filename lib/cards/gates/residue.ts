// No markup or citation residue on the card: tags, emphasis markers, note markers, page
// references, ibid./op. cit., a note number glued to a word.
import type { Gate } from "./types";
import { CITATION_RESIDUE, MARKUP_RESIDUE } from "../validate";
import { EQUATION_TOKEN } from "@/lib/chapters/display-lines";

const EXTRA = /\[\^?\w+\]|&[a-z]+;|\{\{(?!c\d+::)|\s\d{1,3}\s*$/;
// Note markers left in the text: "/1/", "[19]".
const MARKER = /(?:^|\s)\/\d{1,3}\/(?=\s|[.,;]|$)|\[\d{1,3}\]/;

export const residue: Gate = (c) => {
  const text = `${c.front} ${c.back}`;
  if (CITATION_RESIDUE.test(text)) return "citation residue";
  // The clean-up marks a formula printed as a picture "[equation]" inside its sentence: a card
  // showing it has lost its content (and a blank on it would ask for the unreadable).
  if (text.includes(EQUATION_TOKEN)) return "lost formula";
  if (MARKUP_RESIDUE.test(text) || EXTRA.test(c.back) || MARKER.test(text)) return "markup residue";
  return null;
};
