// The media store this server uses: an S3-compatible bucket when MEDIA_S3_BUCKET is set, else the
// MEDIA_DIR folder. One S3 client per process (it pools connections).
import { S3Client } from "@aws-sdk/client-s3";
import { env } from "@/lib/env";
import { createS3MediaStore } from "./s3-store";
import { createMediaStore, type MediaStore } from "./store";

let client: S3Client | undefined;

export function defaultMediaStore(): MediaStore {
  const e = env();
  if (!e.MEDIA_S3_BUCKET) return createMediaStore(e.MEDIA_DIR, e.MAX_MEDIA_BYTES);
  // A custom endpoint (MinIO, Ceph, R2…) usually wants path-style URLs: http://host/bucket/key.
  client ??= new S3Client({ region: e.MEDIA_S3_REGION, ...(e.MEDIA_S3_ENDPOINT ? { endpoint: e.MEDIA_S3_ENDPOINT, forcePathStyle: true } : {}) });
  return createS3MediaStore({ client, bucket: e.MEDIA_S3_BUCKET, maxFileBytes: e.MAX_MEDIA_BYTES });
}
