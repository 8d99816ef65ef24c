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
  // Sign-in throttling (see lib/auth/throttle.ts and the README's Security section).
  SIGNIN_ADDRESS_MAX_FAILURES: z.coerce.number().int().positive().default(50),
  SIGNIN_ADDRESS_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  SIGNIN_ACCOUNT_FREE_FAILURES: z.coerce.number().int().positive().default(5),
  SIGNIN_DEVICE_MAX_FAILURES: z.coerce.number().int().positive().default(10),
  // "Forgot password" emails a reset link only when all three are set.
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).optional(),
  APP_URL: z.string().url().optional(),
  // PDF, EPUB, DOCX, web page and photo imports (lib/import). Uploads above ~100 MB also need
  // next.config.js's serverActions.bodySizeLimit raised.
  IMPORT_MAX_BYTES: z.coerce.number().int().positive().default(100 * 1024 * 1024),
  IMPORT_MAX_PAGES: z.coerce.number().int().positive().default(1000),
  IMPORT_OCR: z.enum(["on", "off"]).default("on"),
  // Media store (images and audio of imported decks): folder, per-file and per-package limits.
  MEDIA_DIR: z.string().min(1).default(".data/media"),
  MAX_MEDIA_BYTES: z.coerce.number().int().positive().default(20 * 1024 * 1024),
  MAX_ANKI_PACKAGE_BYTES: z.coerce.number().int().positive().default(512 * 1024 * 1024),
  // S3-compatible media store instead of MEDIA_DIR (several app instances). Credentials come from
  // the AWS SDK's own chain (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, AWS_PROFILE, instance roles).
  MEDIA_S3_BUCKET: z.string().min(1).optional(),
  MEDIA_S3_ENDPOINT: z.string().url().optional(),
  MEDIA_S3_REGION: z.string().min(1).default("us-east-1"),
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

/**
 * How many reverse proxies in front of the app append to X-Forwarded-For / Forwarded. Read on its
 * own (not through env()) because proxy.ts needs it before any database URL is involved.
 */
export function trustedProxyHops(): number {
  const raw = process.env.TRUSTED_PROXY_HOPS;
  if (raw === undefined || raw === "") return 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 10) throw new Error("Invalid environment: TRUSTED_PROXY_HOPS must be a whole number from 0 to 10");
  return n;
}

/** The secret that signs session tokens and device cookies. */
export function authSecret(): string | undefined {
  return process.env.AUTH_SECRET;
}

/**
 * The app's public URL as Auth.js reads it (AUTH_URL, else NEXTAUTH_URL); when set, its scheme
 * decides whether session cookies are Secure. Unset, the request's X-Forwarded-Proto does.
 */
export function authUrl(): string | undefined {
  return process.env.AUTH_URL || process.env.NEXTAUTH_URL || undefined;
}

export function signInLimits() {
  const e = env();
  return {
    addressMaxFailures: e.SIGNIN_ADDRESS_MAX_FAILURES, addressWindowMinutes: e.SIGNIN_ADDRESS_WINDOW_MINUTES,
    accountFreeFailures: e.SIGNIN_ACCOUNT_FREE_FAILURES, deviceMaxFailures: e.SIGNIN_DEVICE_MAX_FAILURES,
  };
}
