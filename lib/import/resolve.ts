// Finds files inside installed packages (fonts, OCR model, worker script) from the project folder
// every entry point runs in (server, jobs, CLI, tests), by plain paths first: a server bundle
// rewrites import.meta.url and require.resolve, so neither can be trusted there.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export function packageDir(name: string): string {
  const direct = path.join(process.cwd(), "node_modules", ...name.split("/"));
  if (existsSync(path.join(direct, "package.json"))) return direct;
  const fromProject = createRequire(path.join(process.cwd(), "package.json"));
  return path.dirname(fromProject.resolve(`${name}/package.json`));
}
