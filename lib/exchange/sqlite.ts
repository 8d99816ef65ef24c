// sql.js (SQLite compiled to WebAssembly) loaded once; its .wasm file sits next to its main script.
import { createRequire } from "node:module";
import path from "node:path";
import initSqlJs, { type SqlJsStatic } from "sql.js";

let loading: Promise<SqlJsStatic> | undefined;

export function sqlite(): Promise<SqlJsStatic> {
  loading ??= (() => {
    const resolved: unknown = createRequire(import.meta.url).resolve("sql.js");
    // Bundled by Next (turbopack), require.resolve yields a module id instead of a path.
    const dir = typeof resolved === "string" ? path.dirname(resolved) : path.join(process.cwd(), "node_modules", "sql.js", "dist");
    return initSqlJs({ locateFile: (file: string) => path.join(dir, file) });
  })();
  return loading;
}
