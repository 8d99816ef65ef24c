// Which card generator to use: the LLM one when an endpoint is configured, else the offline one.
import { createLlmGenerator, offlineGenerator, type CardGenerator } from "@/lib/cards";
import { llmConfig } from "@/lib/env";

const memoryCache = new Map<string, string>();

export function generatorFromEnv(kind: "auto" | "offline" = "auto"): CardGenerator {
  const cfg = kind === "auto" ? llmConfig() : null;
  if (!cfg) return offlineGenerator;
  return createLlmGenerator({
    ...cfg,
    cache: { get: (k) => memoryCache.get(k), set: (k, v) => memoryCache.set(k, v) },
    timeoutMs: 60_000,
  });
}
