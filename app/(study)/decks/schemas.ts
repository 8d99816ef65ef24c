import { z } from "zod";
import { CONTEXT_MAX } from "@/lib/notes/context";

const steps = z.string().trim().max(200).transform((s) => s.split(/[\s,]+/).filter(Boolean))
  .refine((list) => list.length <= 10 && list.every((x) => /^\d+(\.\d+)?[mhd]$/.test(x)), { message: "Use steps like 1m 10m 1h 1d, separated by spaces." });

export const deckSchema = z.object({
  title: z.string().trim().min(1, "Give the deck a title.").max(120, "Use at most 120 characters."),
  description: z.string().trim().max(2000, "Use at most 2,000 characters.").default(""),
});

export const deckOptionsSchema = z.object({
  desiredRetention: z.coerce.number().min(0.7, "Between 0.70 and 0.99.").max(0.99, "Between 0.70 and 0.99."),
  maximumInterval: z.coerce.number().int().min(1, "At least 1 day.").max(36500, "At most 36,500 days."),
  learningSteps: steps,
  relearningSteps: steps,
  newPerDay: z.coerce.number().int().min(0).max(9999, "At most 9,999."),
  reviewsPerDay: z.coerce.number().int().min(0).max(99999, "At most 99,999."),
  leechThreshold: z.coerce.number().int().min(0, "0 turns leech detection off.").max(99),
  leechAction: z.enum(["SUSPEND", "TAG_ONLY"]),
});

const share = z.coerce.number().refine((x) => x === 0 || x === 0.5 || x === 1, { message: "Choose normal, reduced or minimum." });

/** Load balancing and Easy Days (per weekday, Monday first: 1 normal, 0.5 reduced, 0 minimum), as in Anki. */
export const presetExtrasSchema = z.object({
  loadBalance: z.literal("on").optional().transform((v) => v === "on"),
  easyDay0: share.default(1), easyDay1: share.default(1), easyDay2: share.default(1), easyDay3: share.default(1),
  easyDay4: share.default(1), easyDay5: share.default(1), easyDay6: share.default(1),
}).transform((x) => ({ loadBalance: x.loadBalance, easyDays: [x.easyDay0, x.easyDay1, x.easyDay2, x.easyDay3, x.easyDay4, x.easyDay5, x.easyDay6] }));

export const presetNameSchema = z.object({ name: z.string().trim().min(1, "Give the preset a name.").max(80, "Use at most 80 characters.") });

export const noteSchema = z.object({
  kind: z.enum(["BASIC", "REVERSED", "CLOZE"], { message: "Choose a card type." }),
  front: z.string().max(10_000, "Keep the front under 10,000 characters."),
  back: z.string().max(10_000, "Keep the back under 10,000 characters.").default(""),
  tags: z.string().max(500).default("").transform((s) => s.split(/[\s,;]+/).filter(Boolean)),
  // The card's context line (lib/notes/context.ts): empty removes it.
  context: z.string().max(CONTEXT_MAX, `Keep the context line under ${CONTEXT_MAX} characters.`).default(""),
});
