// Finds every server action and route handler by reading the source, so the security sweep
// notices a new one the moment it is written (the sweep's registry must name each of them).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** "app/(teach)/classes/actions.ts#renameClassAction" */
export type EndpointKey = string;

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "generated" || name.startsWith(".")) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (/\.(ts|tsx)$/.test(name) && !/\.d\.ts$/.test(name)) out.push(full);
  }
  return out;
}

/** Strips comments, so a directive or export inside one is not counted. */
function withoutComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
}

/** True when the module's first statement is the "use server" directive (a whole-module action file). */
export function isServerActionModule(src: string): boolean {
  return /^\s*(["'])use server\1\s*;?/.test(withoutComments(src));
}

/**
 * Names a "use server" module exports. Next.js allows only async functions there (types aside), so
 * every value export is an action: `export async function f`, `export const f = …`, `export { f }`.
 */
export function exportedAsyncFunctions(src: string): string[] {
  const code = withoutComments(src);
  const names = new Set<string>();
  for (const m of code.matchAll(/^export\s+(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)/gm)) names.add(m[1]);
  for (const m of code.matchAll(/^export\s+(?:const|let|var)\s+([A-Za-z_$][\w$]*)/gm)) names.add(m[1]);
  if (/^export\s+default\b/m.test(code)) names.add("default");
  for (const m of code.matchAll(/^export\s*\{([^}]*)\}/gm)) {
    for (const part of m[1].split(",").map((s) => s.trim()).filter((p) => p && !p.startsWith("type "))) names.add(part.split(/\s+as\s+/).pop()!.trim());
  }
  return [...names].sort();
}

/** HTTP methods a route.ts exports, as functions or destructured (`export const { GET, POST } = handlers`). */
export function exportedMethods(src: string): string[] {
  const code = withoutComments(src);
  const found = new Set<string>();
  for (const m of code.matchAll(/^export\s+(?:async\s+)?function\s+([A-Z]+)\b/gm)) found.add(m[1]);
  for (const m of code.matchAll(/^export\s+const\s+([A-Z]+)\s*=/gm)) found.add(m[1]);
  for (const m of code.matchAll(/^export\s+const\s*\{([^}]*)\}\s*=/gm)) {
    for (const part of m[1].split(",").map((s) => s.trim()).filter(Boolean)) found.add(part.split(":").pop()!.trim());
  }
  return [...found].filter((name) => (HTTP_METHODS as readonly string[]).includes(name)).sort();
}

function rel(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join("/");
}

export function listServerActions(root: string, dirs = ["app", "lib"]): EndpointKey[] {
  const keys: EndpointKey[] = [];
  for (const dir of dirs) {
    for (const file of walk(path.join(root, dir))) {
      const src = readFileSync(file, "utf8");
      if (!isServerActionModule(src)) continue;
      for (const name of exportedAsyncFunctions(src)) keys.push(`${rel(root, file)}#${name}`);
    }
  }
  return keys.sort();
}

export function listRouteHandlers(root: string): EndpointKey[] {
  const keys: EndpointKey[] = [];
  for (const file of walk(path.join(root, "app"))) {
    if (!/\/route\.(ts|tsx)$/.test(file.split(path.sep).join("/"))) continue;
    for (const method of exportedMethods(readFileSync(file, "utf8"))) keys.push(`${rel(root, file)}#${method}`);
  }
  return keys.sort();
}
