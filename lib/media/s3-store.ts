// The media store in an S3-compatible bucket, for servers with several app instances (a folder on
// one machine is not shared). Same contract as the disk store: content-addressed keys
// (<prefix>ab/abcdef…), files staged under <prefix>tmp/ and copied into place only on commit, so
// a failed import leaves no visible object (a crash between the two can leave a tmp/ object: an
// expiry rule on that prefix cleans those up).
import { createHash, randomUUID } from "node:crypto";
import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import { MediaTooLargeError, type MediaStore, type Staged } from "./store";

export type S3StoreOptions = { client: S3Client; bucket: string; prefix?: string; maxFileBytes: number };

function isMissing(e: unknown): boolean {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return err?.name === "NoSuchKey" || err?.name === "NotFound" || err?.$metadata?.httpStatusCode === 404;
}

export function createS3MediaStore({ client, bucket, prefix = "", maxFileBytes }: S3StoreOptions): MediaStore {
  const finalKey = (sha256: string) => {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error("not a SHA-256 digest");
    return `${prefix}${sha256.slice(0, 2)}/${sha256}`;
  };
  const exists = async (key: string) => {
    try {
      await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      return true;
    } catch (e) {
      if (isMissing(e)) return false;
      throw e;
    }
  };
  const remove = (key: string) => client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
  return {
    async stage(data: Uint8Array, label: string): Promise<Staged> {
      if (data.length > maxFileBytes) throw new MediaTooLargeError(`${label} is ${data.length} bytes, over the media limit of ${maxFileBytes}`);
      const sha256 = createHash("sha256").update(data).digest("hex");
      const tempPath = `${prefix}tmp/${randomUUID()}-${sha256}`;
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: tempPath, Body: data, ContentLength: data.length }));
      return { sha256, size: data.length, tempPath };
    },
    async commit(staged) {
      for (const s of staged) {
        const dest = finalKey(s.sha256);
        if (!(await exists(dest))) await client.send(new CopyObjectCommand({ Bucket: bucket, Key: dest, CopySource: `${bucket}/${encodeURI(s.tempPath)}` }));
        await remove(s.tempPath);
      }
    },
    async discard(staged) {
      for (const s of staged) await remove(s.tempPath);
    },
    async read(sha256: string): Promise<Buffer | null> {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: finalKey(sha256) }));
        return out.Body ? Buffer.from(await out.Body.transformToByteArray()) : null;
      } catch (e) {
        if (isMissing(e)) return null;
        throw e;
      }
    },
  };
}
