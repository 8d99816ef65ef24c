// The narrator rewrite as a decontextualisation op: it runs only when the analysis put a narrator in
// the context (the switch on, the author given, the chapter a first-person narrative: ./index.ts).
import { none, type Op } from "../decontext/types";
import { narratorEdits } from "./rewrite";

export const narrator: Op = (s, ctx) => {
  if (!ctx.narrator) return none();
  return { edits: narratorEdits(s, ctx.narrator.name, ctx.narrator.startsQuoted).edits, unresolved: [] };
};
