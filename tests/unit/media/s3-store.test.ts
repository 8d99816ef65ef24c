// The S3 media store against a real S3-compatible server (s3rver, in process, files in a temp
// folder): the same contract as the disk store.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createS3MediaStore } from "@/lib/media/s3-store";
import { MediaTooLargeError } from "@/lib/media/store";

// s3rver ships no types; its constructor and run/close are all this test uses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require("s3rver") as new (o: Record<string, unknown>) => { run(): Promise<{ port: number }>; close(): Promise<void> };

let server: InstanceType<typeof S3rver>;
let client: S3Client;
let dir: string;
let port: number;
const bucket = "lectern-media";

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "lectern-s3rver-"));
  server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: dir, configureBuckets: [{ name: bucket }] });
  ({ port } = await server.run());
  client = new S3Client({ endpoint: `http://127.0.0.1:${port}`, region: "us-east-1", forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } });
});

afterAll(async () => {
  client?.destroy();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const keys = async (prefix: string) => ((await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }))).Contents ?? []).map((o) => o.Key!);

describe("createS3MediaStore", () => {
  it("stages, commits once per content hash and reads back the same bytes", async () => {
    const store = createS3MediaStore({ client, bucket, prefix: "a/", maxFileBytes: 1024 });
    const bytes = new Uint8Array([1, 2, 3, 4]);
    const one = await store.stage(bytes, "x");
    const two = await store.stage(bytes, "y");
    expect(await store.read(one.sha256)).toBeNull(); // not visible before commit
    await store.commit([one, two]);
    expect(new Uint8Array((await store.read(one.sha256))!)).toEqual(bytes);
    expect(await keys("a/")).toEqual([`a/${one.sha256.slice(0, 2)}/${one.sha256}`]); // tmp/ emptied, one object
  });

  it("discards staged files, refuses files over the limit and answers null for unknown digests", async () => {
    const store = createS3MediaStore({ client, bucket, prefix: "b/", maxFileBytes: 4 });
    const staged = await store.stage(new Uint8Array([9]), "x");
    await store.discard([staged]);
    expect(await keys("b/")).toEqual([]);
    await expect(store.stage(new Uint8Array(5), "big.png")).rejects.toBeInstanceOf(MediaTooLargeError);
    expect(await store.read("0".repeat(64))).toBeNull();
    await expect(store.read("../etc/passwd")).rejects.toThrow(/not a SHA-256/);
  });

  it("is the server's store when MEDIA_S3_BUCKET is set (endpoint, region and AWS credentials from the environment)", async () => {
    Object.assign(process.env, {
      DATABASE_URL: process.env.DATABASE_URL || "postgresql://unused@127.0.0.1/unused", MEDIA_S3_BUCKET: bucket, MEDIA_S3_ENDPOINT: `http://127.0.0.1:${port}`,
      MEDIA_S3_REGION: "us-east-1", AWS_ACCESS_KEY_ID: "S3RVER", AWS_SECRET_ACCESS_KEY: "S3RVER",
    });
    const { defaultMediaStore } = await import("@/lib/media/default-store");
    const store = defaultMediaStore();
    const staged = await store.stage(new Uint8Array([7, 7, 7]), "x");
    await store.commit([staged]);
    expect(await keys(`${staged.sha256.slice(0, 2)}/`)).toEqual([`${staged.sha256.slice(0, 2)}/${staged.sha256}`]);
    expect(new Uint8Array((await store.read(staged.sha256))!)).toEqual(new Uint8Array([7, 7, 7]));
  });
});
