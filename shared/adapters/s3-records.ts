// Result, error and audit records in S3, each validated against its schema before it is written.
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { auditRecordSchema, errorRecordSchema, resultRecordSchema } from '../domain/contracts.js';
import { auditKeyOf, errorKeyOf, resultKeyOf } from '../domain/keys.js';
import type { AuditLog, OutputStore } from '../domain/ports.js';

async function putJson(s3: S3Client, bucket: string, key: string, body: unknown, ifNoneMatch?: string): Promise<void> {
  await s3.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: `${JSON.stringify(body, null, 2)}\n`,
      ContentType: 'application/json',
      IfNoneMatch: ifNoneMatch,
    }),
  );
}

export function s3OutputStore(s3: S3Client, bucket: string): OutputStore {
  return {
    async putResult(record) {
      const key = resultKeyOf(record.source.key);
      await putJson(s3, bucket, key, resultRecordSchema.parse(record));
      return key;
    },
    async putError(record, inputKey) {
      // A message too broken to name its input still gets a record, under its own prefix.
      const key = errorKeyOf(inputKey ?? `_invalid-messages/${record.documentId}`);
      await putJson(s3, bucket, key, errorRecordSchema.parse(record));
      return key;
    },
  };
}

export function s3AuditLog(s3: S3Client, bucket: string): AuditLog {
  return {
    async append(record) {
      const key = auditKeyOf(record);
      // Never overwrite: the key is unique, and S3 refuses a second write to it.
      await putJson(s3, bucket, key, auditRecordSchema.parse(record), '*');
      return key;
    },
  };
}
