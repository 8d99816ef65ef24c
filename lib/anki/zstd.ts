// zstd for the current package format: fzstd (pure JS) reads; @bokuweb/zstd-wasm (WebAssembly,
// bundled in the package, no download) writes. Anki uses zstd level 0 (= default 3) for packages.
import { createRequire } from "node:module";
import { decompress } from "fzstd";

export const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];

export function isZstd(b: Uint8Array) {
  return b.length >= 4 && ZSTD_MAGIC.every((m, i) => b[i] === m);
}

/** Decompresses; refuses frames whose output would exceed `maxBytes` (a zstd bomb). */
export function unzstd(b: Uint8Array, maxBytes: number): Uint8Array {
  const declared = frameContentSize(b);
  if (declared !== null && declared > maxBytes) throw new Error(`zstd content of ${declared} bytes exceeds the limit of ${maxBytes}`);
  const out = decompress(b);
  if (out.length > maxBytes) throw new Error(`zstd content of ${out.length} bytes exceeds the limit of ${maxBytes}`);
  return out;
}

/** The frame header's declared content size, when present (RFC 8878 §3.1.1.1). */
function frameContentSize(b: Uint8Array): number | null {
  if (!isZstd(b) || b.length < 6) return null;
  const fhd = b[4];
  const fcsFlag = fhd >> 6;
  const single = (fhd >> 5) & 1;
  const didFlag = fhd & 3;
  let pos = 5 + (single ? 0 : 1) + [0, 1, 2, 4][didFlag];
  const size = fcsFlag === 0 ? (single ? 1 : 0) : [1, 2, 4, 8][fcsFlag];
  if (size === 0 || pos + size > b.length) return null;
  let v = 0;
  for (let i = 0; i < size; i++) v += b[pos + i] * 2 ** (8 * i);
  pos += size;
  return fcsFlag === 1 ? v + 256 : v;
}

type Encoder = { init(): Promise<void>; compress(b: Uint8Array, level: number): Uint8Array };
let encoder: Promise<Encoder> | undefined;

export async function zstd(b: Uint8Array, level = 3): Promise<Uint8Array> {
  encoder ??= (async () => {
    const mod = createRequire(import.meta.url)("@bokuweb/zstd-wasm") as Encoder;
    await mod.init();
    return mod;
  })();
  return (await encoder).compress(b, level);
}
