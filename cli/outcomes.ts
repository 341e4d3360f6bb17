// Waits until every uploaded document version has its outcome record, and reads them.
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import type { ErrorRecord, ResultRecord } from '../shared/domain/contracts.js';
import { errorKeyOf, resultKeyOf } from '../shared/domain/keys.js';

export type OutcomeRecord = ResultRecord | ErrorRecord;

export interface Expected {
  readonly key: string;
  readonly documentId: string;
}

async function listKeys(s3: S3Client, bucket: string, prefix: string): Promise<Set<string>> {
  const keys = new Set<string>();
  let token: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
    for (const o of page.Contents ?? []) if (o.Key) keys.add(o.Key);
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return keys;
}

export async function readJson<T>(s3: S3Client, bucket: string, key: string): Promise<T> {
  const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return JSON.parse(await object.Body!.transformToString()) as T;
}

/**
 * Polls the output bucket until each expected document has a result or error record for
 * exactly its version (document id), or the deadline passes. Returns what arrived.
 */
export async function waitForOutcomes(
  s3: S3Client,
  outputBucket: string,
  expected: readonly Expected[],
  options: { timeoutMs: number; intervalMs?: number; onProgress?: (done: number) => void },
): Promise<Map<string, OutcomeRecord>> {
  const outcomes = new Map<string, OutcomeRecord>();
  const deadline = Date.now() + options.timeoutMs;
  while (outcomes.size < expected.length && Date.now() < deadline) {
    const present = new Set([
      ...(await listKeys(s3, outputBucket, 'results/')),
      ...(await listKeys(s3, outputBucket, 'errors/')),
    ]);
    for (const doc of expected) {
      if (outcomes.has(doc.key)) continue;
      for (const outputKey of [resultKeyOf(doc.key), errorKeyOf(doc.key)]) {
        if (!present.has(outputKey)) continue;
        const record = await readJson<OutcomeRecord>(s3, outputBucket, outputKey);
        if (record.documentId === doc.documentId) outcomes.set(doc.key, record);
      }
    }
    options.onProgress?.(outcomes.size);
    if (outcomes.size < expected.length) await new Promise((r) => setTimeout(r, options.intervalMs ?? 200));
  }
  return outcomes;
}

export { listKeys };
