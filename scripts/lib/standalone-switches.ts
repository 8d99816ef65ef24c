// The standalone rules of session 15 that the audits switch one by one (each a switch in lib/cards,
// read at analysis or gate time): one list and one setter for standalone-rules, -admitted and -gate-audit.
import { DUMMY_IT } from "@/lib/cards/gates/standalone";
import { DEFINITE_RULES } from "@/lib/cards/decontext/definite";
import { THEN_RULE } from "@/lib/cards/decontext/adverbs";
import { INSIDE_RULE } from "@/lib/cards/decontext/determiner";

export const STANDALONE_SWITCHES = ["dummy-it", "unique", "topic", "introduced", "then", "inside"] as const;
export type StandaloneSwitch = (typeof STANDALONE_SWITCHES)[number];

const isSwitch = (name: string): name is StandaloneSwitch => (STANDALONE_SWITCHES as readonly string[]).includes(name);

export function setSwitch(name: string, on: boolean): void {
  if (!isSwitch(name)) throw new Error(`unknown rule ${name}`);
  if (name === "dummy-it") DUMMY_IT.on = on;
  else if (name === "then") THEN_RULE.on = on;
  else if (name === "inside") INSIDE_RULE.on = on;
  else DEFINITE_RULES[name] = on;
}

export const switchOn = (name: StandaloneSwitch): boolean =>
  name === "dummy-it" ? DUMMY_IT.on : name === "then" ? THEN_RULE.on : name === "inside" ? INSIDE_RULE.on : DEFINITE_RULES[name];
