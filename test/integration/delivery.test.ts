// At-least-once delivery on the local stack: throttling storms, server and validation
// errors, slow answers, duplicate S3 events, an object overwritten between classification
// and processing, a worker crash mid-batch and a redrive. After each, a reconciliation of
// inputs against outputs finds exactly one outcome per object version.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Expected, readJson, waitForOutcomes } from '../../cli/outcomes.js';
import { moveMessages } from '../../cli/redrive.js';
import { LocalStack } from '../../infra/local/stack.js';
import type { ResultRecord } from '../../shared/domain/contracts.js';
import { documentIdOf } from '../../shared/domain/keys.js';
import { PACKAGE_DIR, PROJECT_ROOT } from '../support/local.js';
import { auditTrail, reconcile } from '../support/reconcile.js';
import { until } from '../support/until.js';

const EU_PROFILE = 'eu.amazon.nova-2-lite-v1:0';
let stack: LocalStack;
let stateDir: string;
const everything: Expected[] = [];

const personal = (n: string | number) =>
  `Synthetic test document ${n}. Contact person: someone${n}@example.org about the reading rooms.`;

async function upload(key: string, body: string): Promise<Expected> {
  const bucket = stack.bucket('InputBucket');
  const put = await stack
    .s3Client()
    .send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: 'text/plain' }));
  const doc = { key, documentId: documentIdOf({ bucket, key, eTag: put.ETag }) };
  everything.push(doc);
  return doc;
}

async function outcomes(docs: Expected[], timeoutMs = 90_000) {
  const found = await waitForOutcomes(stack.s3Client(), stack.bucket('OutputBucket'), docs, { timeoutMs });
  expect([...found.keys()].sort()).toEqual(docs.map((d) => d.key).sort());
  return found;
}

const okCalls = () => stack.bedrock.calls.filter((c) => c.status === 200).length;
const eventsFor = async (documentId: string) =>
  (await auditTrail(stack)).filter((r) => r.documentId === documentId).map((r) => r.event);

beforeAll(async () => {
  stateDir = mkdtempSync(join(tmpdir(), 'cris-delivery-'));
  // Timeouts in seconds instead of minutes; the visibility timeout still outlasts the function timeout.
  stack = await LocalStack.start({
    projectRoot: PROJECT_ROOT,
    stateDir,
    packageDir: PACKAGE_DIR,
    fresh: true,
    functionTimeoutSeconds: 10,
    visibilityTimeoutSeconds: 12,
  });
});

afterAll(async () => {
  await stack?.stop();
  rmSync(stateDir, { recursive: true, force: true });
});

describe('at-least-once delivery', () => {
  it('survives a throttling storm and server errors with one model call per document', async () => {
    const before = okCalls();
    stack.bedrock.injectFault({ status: 429, errorType: 'ThrottlingException', times: 8, modelId: EU_PROFILE });
    stack.bedrock.injectFault({ status: 500, errorType: 'InternalServerException', times: 3, modelId: EU_PROFILE });
    const docs = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => upload(`hr/storm-${i}.txt`, personal(i))));
    const found = await outcomes(docs);
    expect([...found.values()].map((r) => r.kind)).toEqual(Array(6).fill('result'));
    expect(okCalls() - before).toBe(6);
  });

  it('records a validation error at once, without retrying it', async () => {
    const before = stack.bedrock.calls.length;
    stack.bedrock.injectFault({ status: 400, errorType: 'ValidationException', times: 1, modelId: EU_PROFILE });
    const [doc] = [await upload('hr/invalid.txt', personal('v'))];
    const found = await outcomes([doc!]);
    expect(found.get('hr/invalid.txt')).toMatchObject({
      kind: 'error',
      error: { code: 'model-rejected', attempts: 1, retryable: false },
    });
    expect(stack.bedrock.calls.length - before).toBe(1);
  });

  it('gives up on a slow answer before the function times out, and succeeds on the next delivery', async () => {
    stack.bedrock.injectFault({ delayMs: 7_000, times: 1, modelId: EU_PROFILE });
    const doc = await upload('hr/slow.txt', personal('s'));
    const record = (await outcomes([doc])).get('hr/slow.txt') as ResultRecord;
    expect(record.kind).toBe('result');
    expect(record.processing.attempt).toBe(2);
    expect(stack.bedrock.calls.some((c) => c.status === 499)).toBe(true);
  });

  it('records a duplicate S3 event without a second model call or a changed output', async () => {
    const doc = await upload('hr/duplicate-event.txt', personal('d'));
    const first = (await outcomes([doc])).get(doc.key) as ResultRecord;
    const before = okCalls();
    const invoker = stack.notifications.get(stack.bucket('InputBucket'));
    const event = invoker?.accepted.find((e) => JSON.stringify(e).includes('duplicate-event.txt'));
    invoker?.invoke(event);
    await until(async () => (await eventsFor(doc.documentId)).includes('duplicate'));
    expect(okCalls()).toBe(before);
    const now = await readJson<ResultRecord>(
      stack.s3Client(),
      stack.bucket('OutputBucket'),
      'results/hr/duplicate-event.txt.json',
    );
    expect(now.createdAt).toBe(first.createdAt);
    expect((await eventsFor(doc.documentId)).sort()).toEqual(['classified', 'classified', 'duplicate', 'processed']);
  });

  it('never builds a result from an object overwritten after classification', async () => {
    stack.pauseQueue('EuQueue');
    const v1 = await upload('hr/overwritten.txt', personal('version one'));
    await until(async () => (await eventsFor(v1.documentId)).includes('classified'));
    const v2 = await upload('hr/overwritten.txt', personal('version two'));
    await until(async () => (await eventsFor(v2.documentId)).includes('classified'));
    const before = okCalls();
    stack.pauseQueue('EuQueue', false);

    await until(
      async () => (await eventsFor(v1.documentId)).includes('failed') && (await eventsFor(v2.documentId)).includes('processed'),
    );
    const v1Trail = (await auditTrail(stack)).filter((r) => r.documentId === v1.documentId);
    expect(v1Trail.map((r) => r.event).sort()).toEqual(['classified', 'failed']);
    expect(v1Trail.find((r) => r.event === 'failed')?.errorCode).toBe('object-superseded');
    expect(okCalls() - before).toBe(1);
    const result = await readJson<ResultRecord>(
      stack.s3Client(),
      stack.bucket('OutputBucket'),
      'results/hr/overwritten.txt.json',
    );
    expect(result.documentId).toBe(v2.documentId);
  });

  it('recovers from a worker that crashes mid-batch', async () => {
    stack.bedrock.injectFault({ delayMs: 3_000, times: 3, modelId: EU_PROFILE });
    const worker = stack.functions.get('WorkerEuLambdaFunction')!;
    const docs = await Promise.all([1, 2, 3].map((i) => upload(`hr/crash-${i}.txt`, personal(`c${i}`))));
    await until(() => worker.busyCount > 0);
    await new Promise((r) => setTimeout(r, 500));
    await worker.crash();
    const found = await outcomes(docs);
    // The redelivery right after the crash takes over from the dead one.
    expect([...found.values()].map((r) => (r.kind === 'result' ? r.processing.attempt : r.error.code))).toEqual([2, 2, 2]);
  });

  it('processes dead-lettered messages again after a redrive', async () => {
    stack.pauseQueue('EuQueue');
    const doc = await upload('hr/dead-lettered.txt', personal('r'));
    await until(async () => (await eventsFor(doc.documentId)).includes('classified'));
    const sqs = stack.sqsClient();
    expect((await moveMessages(sqs, stack.queueUrl('EuQueue'), stack.queueUrl('EuDeadLetterQueue'))).moved).toBe(1);
    stack.pauseQueue('EuQueue', false);
    expect((await moveMessages(sqs, stack.queueUrl('EuDeadLetterQueue'), stack.queueUrl('EuQueue'))).moved).toBe(1);
    expect((await outcomes([doc])).get(doc.key)?.kind).toBe('result');
  });

  it('sends claim-check messages that carry no document text or found values', async () => {
    stack.pauseQueue('EuQueue');
    const text = 'Synthetic. Name: Erika Lindqvist, IBAN DE89 3704 0044 0532 0130 00, e-mail erika.lindqvist@example.org.';
    const doc = await upload('hr/message-check.txt', text);
    await until(async () => (await eventsFor(doc.documentId)).includes('classified'));
    const { Messages = [] } = await stack.sqsClient().send(
      new ReceiveMessageCommand({
        QueueUrl: stack.queueUrl('EuQueue'),
        MaxNumberOfMessages: 10,
        VisibilityTimeout: 2,
        MessageAttributeNames: ['All'],
      }),
    );
    const message = Messages.find((m) => m.Body?.includes(doc.documentId));
    expect(message).toBeDefined();
    const wire = JSON.stringify(message);
    for (const value of ['Erika', 'Lindqvist', 'DE89', '3704 0044', 'erika.lindqvist@example.org', 'Synthetic. Name'])
      expect(wire, value).not.toContain(value);
    expect(
      JSON.parse(message?.Body ?? '{}')
        .classification.findings.map((f: { type: string }) => f.type)
        .sort(),
    ).toEqual(['email', 'iban', 'person-name']);
    stack.pauseQueue('EuQueue', false);
    await outcomes([doc]);
  });

  it('reconciles: exactly one outcome per object version, and none built from a superseded version', async () => {
    const { problems, trails } = await reconcile(stack, everything);
    expect(problems).toEqual([]);
    expect(trails.size).toBe(everything.length);
    const processed = [...trails.values()].filter((t) => t.terminal[0]?.event === 'processed').length;
    const superseded = [...trails.values()].filter((t) => t.terminal[0]?.errorCode === 'object-superseded').length;
    expect(superseded).toBe(1);
    expect(processed + superseded + 1 /* the validation error */).toBe(everything.length);
    expect(stack.bedrock.calls.filter((c) => c.status === 200).length).toBe(processed);
  });
});
