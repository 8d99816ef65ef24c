// A blank on a stock phrase of discourse: "Tastes are, {{as the saying goes}}, matters of habit",
// "The plan was, {{so to speak}}, a bridge". The phrase is the writer's hedge or link, not a fact of
// the chapter; a reader cannot be asked to recall it (blind raters, session 17: "blank is a filler
// phrase"). The sentence's other spans still compete for its card.
import { envSwitch, processEnv } from "../switch";
import { SUMMING_UP } from "../discourse";

/** LECTERN_STOCK_BLANK: "1" on, "0" off (default on: docs/card-generator.md, session 18). */
export const STOCK_BLANK_ON = envSwitch(processEnv(), "LECTERN_STOCK_BLANK", true);

// (The summing-up phrases are shared with the thesis finder: lib/cards/discourse.ts.)
const STOCK = new RegExp(String.raw`^(?:as (?:the saying goes|the phrase (?:is|goes)|they say|it were|it is called|we say|one might say|the proverb (?:has it|says))|so to speak|to be sure|of course|${SUMMING_UP}|in other words|that is to say|so to say|in truth|as a matter of fact|to tell the truth|if you (?:will|like|please)|for (?:that|this) matter|by the way|after all|no doubt|without doubt|to say the least|needless to say|strange to say|in a manner of speaking|more or less|by and large)$`, "i");
// The punctuation a blank may carry on either side: ", so to speak", "in short.", "in fact;".
const EDGE_PUNCTUATION = /^[\s,;:.]+|[\s,;:.]+$/g;

/** Whether the blank is only a stock phrase of discourse. */
export const stockPhrase = (answer: string): boolean => STOCK.test(answer.replace(EDGE_PUNCTUATION, ""));
