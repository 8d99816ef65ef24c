import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's minimum recommended cost (19 MiB, 2 iterations): ~30 ms here.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false; // malformed hash: treat as a failed sign-in, never as a crash
  }
}

/** Returns an error message for a weak password, or null when it is acceptable. */
export function passwordProblem(password: string, email = ""): string | null {
  if (password.length < 10) return "Use at least 10 characters.";
  if (password.length > 200) return "Use at most 200 characters.";
  if (new Set(password).size < 5) return "Use more varied characters.";
  const local = email.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && password.toLowerCase().includes(local)) return "Don't include your email name in the password.";
  if (COMMON.has(password.toLowerCase())) return "That password is too common.";
  return null;
}

const COMMON = new Set(["password123", "1234567890", "qwertyuiop", "password1234", "iloveyou123", "letmein1234", "welcome123", "administrator"]);
