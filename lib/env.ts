// The only module that reads process.env. Validated lazily so that `next build` and unit tests
// don't need a database URL; the first server request that needs one gets a clear error.
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL (start the app with `npm run dev` to get an embedded database)" }),
  AUTH_SECRET: z.string().min(16).optional(),
  // Optional OpenAI-compatible card generator; the offline generator is used when unset.
  LLM_BASE_URL: z.string().url().optional(),
  LLM_MODEL: z.string().min(1).optional(),
  LLM_API_KEY: z.string().optional(),
  MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(5 * 1024 * 1024),
  // Media store (images and audio of imported decks): folder, per-file and per-package limits.
  MEDIA_DIR: z.string().min(1).default(".data/media"),
  MAX_MEDIA_BYTES: z.coerce.number().int().positive().default(20 * 1024 * 1024),
  MAX_ANKI_PACKAGE_BYTES: z.coerce.number().int().positive().default(512 * 1024 * 1024),
});

export type Env = z.infer<typeof schema>;
let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${issues}`);
  }
  cached = parsed.data;
  return cached;
}

export function llmConfig(): { baseUrl: string; model: string; apiKey?: string } | null {
  const e = env();
  if (!e.LLM_BASE_URL || !e.LLM_MODEL) return null;
  return { baseUrl: e.LLM_BASE_URL, model: e.LLM_MODEL, apiKey: e.LLM_API_KEY };
}
