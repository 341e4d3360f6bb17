// Input documents in S3: version-exact reads and object tags.
import {
  GetObjectCommand,
  type GetObjectCommandOutput,
  HeadObjectCommand,
  PutObjectTaggingCommand,
  type S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { normaliseETag } from '../domain/keys.js';
import type { DocumentStore, ObjectRef, ReadOptions, ReadOutcome } from '../domain/ports.js';

export function s3DocumentStore(s3: S3Client): DocumentStore {
  return {
    async read(ref: ObjectRef, { maxBytes, requireCurrent = false }: ReadOptions): Promise<ReadOutcome> {
      let get: GetObjectCommandOutput;
      try {
        if (requireCurrent && ref.versionId) {
          // Reading by version always works; whether it is still the current one needs a look.
          const head = await s3.send(new HeadObjectCommand({ Bucket: ref.bucket, Key: ref.key }));
          if (head.VersionId !== ref.versionId) return { status: 'superseded' };
        }
        get = await s3.send(
          new GetObjectCommand({
            Bucket: ref.bucket,
            Key: ref.key,
            VersionId: ref.versionId,
            // Without versioning, the ETag pins the exact content that was classified.
            IfMatch: ref.versionId || !ref.eTag ? undefined : `"${ref.eTag}"`,
          }),
        );
      } catch (error) {
        if (error instanceof S3ServiceException) {
          if (error.name === 'NoSuchKey' || error.name === 'NoSuchVersion' || error.$metadata.httpStatusCode === 404) {
            return { status: 'deleted' };
          }
          if (error.name === 'PreconditionFailed' || error.$metadata.httpStatusCode === 412) return { status: 'superseded' };
        }
        throw error;
      }
      // Belt and braces where IfMatch is not enforced (some S3 emulators ignore it).
      if (!ref.versionId && ref.eTag && get.ETag && normaliseETag(get.ETag) !== normaliseETag(ref.eTag)) {
        await get.Body?.transformToWebStream().cancel();
        return { status: 'superseded' };
      }
      const size = get.ContentLength ?? 0;
      const common = {
        eTag: get.ETag ?? '',
        ...(get.VersionId && get.VersionId !== 'null' ? { versionId: get.VersionId } : {}),
        ...(get.ContentType ? { contentType: get.ContentType } : {}),
        metadata: get.Metadata ?? {},
      };
      if (size > maxBytes) {
        await get.Body?.transformToWebStream().cancel();
        return { status: 'too-large', size, ...common };
      }
      const bytes = (await get.Body?.transformToByteArray()) ?? new Uint8Array();
      return { status: 'ok', object: { bytes, size: bytes.byteLength, ...common } };
    },

    async tag(ref, tags) {
      await s3.send(
        new PutObjectTaggingCommand({
          Bucket: ref.bucket,
          Key: ref.key,
          VersionId: ref.versionId,
          Tagging: { TagSet: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) },
        }),
      );
    },
  };
}
