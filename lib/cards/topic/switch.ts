// Whether the pipeline names the chapter's topic on cards ("the spider" → "the garden spider",
// ./name.ts). A rewrite that adds words: such rewrites were precise on training text and wrong on
// unseen text before (docs/card-generator.md, decontext/referent.ts), so it ships OFF until the lead
// measures it blind. `LECTERN_TOPIC=1` in the environment turns it on for one run.

/** The one place the switch is read; `env` is a parameter so the reading is tested without touching the process. */
export function topicSwitch(env: Record<string, string | undefined> | undefined): boolean {
  return env?.LECTERN_TOPIC === "1";
}

export const TOPIC_NAMING_ON = topicSwitch(typeof process === "undefined" ? undefined : process.env);
