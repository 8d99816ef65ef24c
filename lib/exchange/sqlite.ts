// sql.js (SQLite compiled to WebAssembly) loaded once; its .wasm file sits next to its main script.
import { createRequire } from "node:module";
import path from "node:path";
import initSqlJs, { type SqlJsStatic } from "sql.js";

let loading: Promise<SqlJsStatic> | undefined;

export function sqlite(): Promise<SqlJsStatic> {
  loading ??= (() => {
    const dir = path.dirname(createRequire(import.meta.url).resolve("sql.js"));
    return initSqlJs({ locateFile: (file: string) => path.join(dir, file) });
  })();
  return loading;
}
