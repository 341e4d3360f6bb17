// The local S3 answers conditional requests as S3 does (s3rver alone ignores them).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enableConditionalRequests } from '../../infra/local/s3-conditional.js';

let server: S3rver;
let s3: S3Client;
let dir: string;
const Bucket = 'conditional-test';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 's3-cond-'));
  server = new S3rver({ port: 0, address: '127.0.0.1', directory: dir, silent: true });
  enableConditionalRequests(server);
  const { port } = await server.run();
  s3 = new S3Client({
    region: 'eu-central-1',
    endpoint: `http://127.0.0.1:${port}`,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  await s3.send(new CreateBucketCommand({ Bucket }));
});
afterAll(async () => {
  s3.destroy();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const put = (Key: string, Body: string, extra: { IfNoneMatch?: string; IfMatch?: string } = {}) =>
  s3.send(new PutObjectCommand({ Bucket, Key, Body, ...extra }));

describe('conditional requests on the local S3', () => {
  it('creates once with If-None-Match: *, and refuses the second', async () => {
    await put('a', 'one', { IfNoneMatch: '*' });
    await expect(put('a', 'two', { IfNoneMatch: '*' })).rejects.toMatchObject({ name: 'PreconditionFailed' });
  });

  it('lets exactly one of many concurrent creators win', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => put('race', `writer ${i}`, { IfNoneMatch: '*' })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it('replaces only the expected version with If-Match', async () => {
    const first = await put('b', 'one');
    const second = await put('b', 'two', { IfMatch: first.ETag });
    await expect(put('b', 'three', { IfMatch: first.ETag })).rejects.toMatchObject({ name: 'PreconditionFailed' });
    await expect(put('missing', 'x', { IfMatch: second.ETag })).rejects.toMatchObject({ name: 'NoSuchKey' });
  });

  it('reads only the expected content with If-Match', async () => {
    const v = await put('c', 'one');
    await expect(s3.send(new GetObjectCommand({ Bucket, Key: 'c', IfMatch: v.ETag }))).resolves.toMatchObject({ ETag: v.ETag });
    await put('c', 'two');
    await expect(s3.send(new GetObjectCommand({ Bucket, Key: 'c', IfMatch: v.ETag }))).rejects.toMatchObject({
      name: 'PreconditionFailed',
    });
  });
});
