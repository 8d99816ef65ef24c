// Opens an .apkg/.colpkg: a zip holding either a legacy collection (`collection.anki2` or
// `collection.anki21`, media map as JSON `{"0": "name.jpg"}`, media stored plain) or the current
// one (`meta` = PackageMetadata, `collection.anki21b` zstd-compressed, `media` = zstd-compressed
// MediaEntries protobuf, each media file zstd-compressed). Sizes are checked before anything is
// inflated, so a zip bomb is refused without being expanded. Layout: docs/anki-format.md.
import { unzipSync, type Unzipped } from "fflate";
import { readCollection } from "./collection";
import { safeMediaName } from "./media-name";
import { decodeMessage, num, str, sub } from "./protobuf";
import { AnkiPackageError, DEFAULT_LIMITS, type AnkiPackage, type MediaFile, type PackageLimits, type PackageVersion } from "./types";
import { unzstd } from "./zstd";

export async function openPackage(bytes: Uint8Array, limits: PackageLimits = DEFAULT_LIMITS): Promise<AnkiPackage> {
  if (bytes.length > limits.maxPackageBytes) {
    throw new AnkiPackageError(`The package is ${mb(bytes.length)}, over the limit of ${mb(limits.maxPackageBytes)}.`);
  }
  if (isSqlite(bytes)) {
    // A bare collection file (collection.anki2 from a profile folder, what Anki's own tests and
    // older add-ons pass around): the legacy layout without a zip or media.
    return { version: "legacy1", collection: await readCollection(bytes), media: [], skipped: [] };
  }
  const files = unzip(bytes, limits);
  const version = packageVersion(files);
  const collectionName = { legacy1: "collection.anki2", legacy2: "collection.anki21", latest: "collection.anki21b" }[version];
  const raw = files[collectionName];
  if (!raw) throw new AnkiPackageError(`The package has no ${collectionName}.`);
  const collection = await readCollection(version === "latest" ? zstdOrFail(raw, limits.maxEntryBytes, collectionName) : raw);
  const skipped: string[] = [];
  const media = version === "latest" ? currentMedia(files, limits, skipped) : legacyMedia(files, skipped);
  return { version, collection, media, skipped };
}

const SQLITE_MAGIC = new TextEncoder().encode("SQLite format 3\0");

function isSqlite(bytes: Uint8Array) {
  return bytes.length >= SQLITE_MAGIC.length && SQLITE_MAGIC.every((b, i) => bytes[i] === b);
}

function mb(n: number) {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

function unzip(bytes: Uint8Array, limits: PackageLimits): Unzipped {
  let total = 0;
  let count = 0;
  try {
    const files = unzipSync(bytes, {
      filter(entry) {
        count++;
        total += entry.originalSize;
        if (entry.originalSize > limits.maxEntryBytes) throw new AnkiPackageError(`"${entry.name}" would expand to ${mb(entry.originalSize)}, over the limit of ${mb(limits.maxEntryBytes)} (zip bomb?).`);
        if (total > limits.maxTotalBytes) throw new AnkiPackageError(`The package would expand to more than ${mb(limits.maxTotalBytes)} (zip bomb?).`);
        if (count > limits.maxMediaFiles + 4) throw new AnkiPackageError(`The package holds more than ${limits.maxMediaFiles} files.`);
        return true;
      },
    });
    // A lying size field: fflate inflates into the declared size, so anything longer fails above or here.
    for (const [name, data] of Object.entries(files)) if (data.length > limits.maxEntryBytes) throw new AnkiPackageError(`"${name}" is too large.`);
    return files;
  } catch (e) {
    if (e instanceof AnkiPackageError) throw e;
    throw new AnkiPackageError(`The file is not a valid zip archive (${(e as Error).message}).`);
  }
}

function packageVersion(files: Unzipped): PackageVersion {
  const meta = files["meta"];
  if (meta) {
    let version: number;
    try {
      version = num(decodeMessage(meta), 1);
    } catch {
      throw new AnkiPackageError("The package's meta file is corrupt.");
    }
    if (version === 3) return "latest";
    if (version === 2) return "legacy2";
    if (version === 1) return "legacy1";
    throw new AnkiPackageError(`Unknown package version ${version}: the package was made by a newer Anki than Lectern understands.`);
  }
  if (files["collection.anki21"]) return "legacy2";
  if (files["collection.anki2"]) return "legacy1";
  throw new AnkiPackageError("The zip is not an Anki package (no collection.anki2, collection.anki21 or collection.anki21b).");
}

function zstdOrFail(b: Uint8Array, max: number, what: string): Uint8Array {
  try {
    return unzstd(b, max);
  } catch (e) {
    throw new AnkiPackageError(`${what} could not be decompressed (${(e as Error).message}).`);
  }
}

function keep(name: string, data: Uint8Array | undefined, zipName: string, out: MediaFile[], skipped: string[]) {
  const safe = safeMediaName(name);
  if (!safe) return void skipped.push(`media "${name}": unusable file name`);
  if (!data) return void skipped.push(`media "${name}": missing from the zip (entry ${zipName})`);
  if (safe !== name) skipped.push(`media "${name}": unsafe file name, stored as "${safe}"`);
  out.push({ name: safe, data });
}

function legacyMedia(files: Unzipped, skipped: string[]): MediaFile[] {
  const raw = files["media"];
  if (!raw) return [];
  let map: Record<string, string>;
  try {
    map = JSON.parse(new TextDecoder().decode(raw)) as Record<string, string>;
  } catch {
    throw new AnkiPackageError("The package's media list is not valid JSON.");
  }
  const out: MediaFile[] = [];
  for (const [zipName, name] of Object.entries(map)) keep(String(name), files[zipName], zipName, out, skipped);
  return out;
}

function currentMedia(files: Unzipped, limits: PackageLimits, skipped: string[]): MediaFile[] {
  const raw = files["media"];
  if (!raw) return [];
  let entries: Uint8Array[];
  try {
    entries = sub(decodeMessage(unzstd(raw, limits.maxEntryBytes)), 1);
  } catch (e) {
    throw new AnkiPackageError(`The package's media list is corrupt (${(e as Error).message}).`);
  }
  const out: MediaFile[] = [];
  entries.forEach((entry, index) => {
    const fields = decodeMessage(entry);
    const legacyIndex = fields.find((f) => f.no === 255 && f.int !== undefined);
    const zipName = String(legacyIndex ? Number(legacyIndex.int) : index);
    const stored = files[zipName];
    keep(str(fields, 1), stored && zstdOrFail(stored, limits.maxEntryBytes, `media ${zipName}`), zipName, out, skipped);
  });
  return out;
}
