// Which card generator to use: the LLM one when an endpoint is configured, else the offline one.
import { createLlmGenerator, offlineGenerator, type CardGenerator } from "@/lib/cards";
import { llmConfig } from "@/lib/env";
import { db } from "@/lib/db";

/** LLM responses cached in Postgres, shared by every server and job process. */
const dbCache = {
  async get(key: string) {
    return (await db().llmCache.findUnique({ where: { key } }))?.value;
  },
  async set(key: string, value: string) {
    await db().llmCache.upsert({ where: { key }, create: { key, value }, update: { value } });
  },
};

export function generatorFromEnv(kind: "auto" | "offline" = "auto"): CardGenerator {
  const cfg = kind === "auto" ? llmConfig() : null;
  if (!cfg) return offlineGenerator;
  return createLlmGenerator({ ...cfg, cache: dbCache, timeoutMs: 60_000 });
}
