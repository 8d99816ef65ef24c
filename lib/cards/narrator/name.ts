// The author's name as a card prints it for the narrator: the full name the user or the file gave
// ("Tamsin R. Vell") for the first mention in a sentence and the surname for the next ones.
// A library's "Surname, Given" order is turned round; a note in brackets ("(as Orra)") is dropped;
// two authors, or a value that is no person's name (digits, an institution's long title), name no
// single narrator and give nothing.
import { UPPER_INITIAL } from "@/lib/cards/letters";

import type { Pronoun } from "./pronoun";

/** `pronoun`: the narrator's, when the chapter says it (./pronoun.ts); the name's later mentions in a sentence use it. */
export type NarratorName = { full: string; short: string; pronoun?: Pronoun };

const SUFFIX = /^(?:Jr|Sr|Junior|Senior|II|III|IV|M\.?D|Ph\.?D|Esq)\.?$/i;
// Particles printed as part of a surname ("de Vell", "Du Brand", "van Osk").
const PARTICLE = /^(?:de|du|da|di|del|della|der|den|van|von|le|la|st\.?)$/i;

export function narratorName(raw: string | undefined | null): NarratorName | null {
  if (!raw) return null;
  let name = raw.replace(/\([^)]*\)|\[[^\]]*\]/g, " ").replace(/\s+/g, " ").trim();
  if (!name || name.length > 60 || /\d|[;&/]|\band\b|\bet al\b/i.test(name) || !UPPER_INITIAL.test(name)) return null;
  let suffix = "";
  const parts = name.split(/\s*,\s*/);
  if (parts.length > 1 && SUFFIX.test(parts.at(-1)!)) suffix = parts.pop()!;
  if (parts.length === 2) name = `${parts[1]} ${parts[0]}`; // "Vell, Tamsin R."
  else if (parts.length > 2) return null;
  else name = parts[0];
  const words = name.split(" ");
  // A name is a few capitalised words or initials (a particle may be small): "Homer", "J. Osk Brand".
  if (words.length > 5 || !words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || PARTICLE.test(w))) return null;
  let k = words.length - 1;
  while (k > 0 && PARTICLE.test(words[k - 1]) && k - 1 > 0) k--;
  const short = words.slice(k).join(" ");
  return { full: suffix ? `${name}, ${suffix}` : name, short };
}

/** The possessive of a name: "Vell's", "Ross'". */
export const possessive = (name: string) => (/s$/.test(name) ? `${name}'` : `${name}'s`);
