// The processing ledger in S3: `ledger/<documentId>.json` in the output bucket, created
// with If-None-Match and replaced with If-Match, so concurrent deliveries cannot both win.
import { GetObjectCommand, PutObjectCommand, type S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { z } from 'zod';
import type { LedgerEntry, ProcessingLedger, WriteResult } from '../domain/ledger.js';

const owner = z.object({ messageId: z.string(), receiveCount: z.number().int() });
const entrySchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('processing'), owner, leaseUntil: z.string() }),
  z.object({ state: z.literal('completed'), owner, outcome: z.object({ kind: z.enum(['result', 'error']), key: z.string() }) }),
]);

const keyOf = (documentId: string) => `ledger/${documentId}.json`;

function lostRace(error: unknown): boolean {
  // 412: the condition failed; 409: a concurrent conditional write to the same key.
  return error instanceof S3ServiceException && [409, 412].includes(error.$metadata.httpStatusCode ?? 0);
}

export function s3Ledger(s3: S3Client, bucket: string): ProcessingLedger {
  const write = async (
    documentId: string,
    entry: LedgerEntry,
    condition: { IfNoneMatch?: string; IfMatch?: string },
  ): Promise<WriteResult> => {
    try {
      const put = await s3.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: keyOf(documentId),
          Body: JSON.stringify({ schemaVersion: 1, documentId, ...entry, updatedAt: new Date().toISOString() }),
          ContentType: 'application/json',
          ...condition,
        }),
      );
      return { ok: true, token: put.ETag ?? '' };
    } catch (error) {
      if (lostRace(error) || (condition.IfMatch && error instanceof S3ServiceException && error.name === 'NoSuchKey'))
        return { ok: false };
      throw error;
    }
  };
  return {
    create: (documentId, entry) => write(documentId, entry, { IfNoneMatch: '*' }),
    replace: (documentId, entry, token) => write(documentId, entry, { IfMatch: token }),
    async read(documentId) {
      try {
        const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: keyOf(documentId) }));
        const entry = entrySchema.parse(JSON.parse((await got.Body?.transformToString()) ?? '{}'));
        return { entry, token: got.ETag ?? '' };
      } catch (error) {
        if (error instanceof S3ServiceException && (error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404))
          return undefined;
        throw error;
      }
    },
  };
}
