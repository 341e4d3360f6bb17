import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog, resolveProfile } from '../../shared/domain/catalog.js';
import { type ClassifierDeps, classifyObject } from '../../shared/domain/classify-object.js';
import { errorRecordSchema, resultRecordSchema } from '../../shared/domain/contracts.js';
import { PermanentError, RetryableError } from '../../shared/domain/errors.js';
import { parsePolicy } from '../../shared/domain/policy.js';
import { handleDelivery, type WorkerDeps } from '../../shared/domain/process-message.js';
import type { Geography } from '../../shared/domain/sensitivity.js';
import { FakeAudit, FakeDispatcher, FakeDocuments, FakeModel, FakeOutputs } from '../support/fakes.js';

const policy = parsePolicy(readFileSync(new URL('../../config/routing-policy.yml', import.meta.url), 'utf8'));
const catalog = parseCatalog(readFileSync(new URL('../../config/profile-catalog.yml', import.meta.url), 'utf8'));
const BUCKET = 'input';
const first = { receiveCount: 1, maxReceiveCount: 3 };
const last = { receiveCount: 3, maxReceiveCount: 3 };

function setup(geography: Geography) {
  const documents = new FakeDocuments();
  const audit = new FakeAudit();
  const dispatcher = new FakeDispatcher();
  const outputs = new FakeOutputs();
  const model = new FakeModel();
  const classifier: ClassifierDeps = { documents, audit, dispatcher, policy, now: () => new Date() };
  const worker: WorkerDeps = {
    geography,
    documents,
    outputs,
    audit,
    model,
    profileFor: (modelId) => resolveProfile(catalog, modelId, geography, 'eu-central-1'),
    maxDocumentBytes: 1_000_000,
    now: () => new Date('2026-11-24T10:00:00Z'),
  };
  /** Uploads and classifies a document; returns the message body the worker receives. */
  const upload = async (key: string, body: string | Uint8Array, contentType?: string) => {
    const o = documents.put(BUCKET, key, body, contentType ? { contentType } : {});
    const { message } = await classifyObject(classifier, { bucket: BUCKET, key, eTag: o.eTag });
    return JSON.stringify(message);
  };
  return { documents, audit, outputs, model, worker, upload };
}

describe('handleDelivery', () => {
  it('processes a document through the profile of its geography and writes a valid result', async () => {
    const { outputs, model, audit, worker, upload } = setup('global');
    const body = await upload('public/news.txt', 'The reading rooms open in March. Everyone is welcome.');
    const outcome = await handleDelivery(worker, body, first);

    expect(outcome).toMatchObject({
      kind: 'result',
      outputKey: 'results/public/news.txt.json',
      profileId: 'global.amazon.nova-2-lite-v1:0',
    });
    expect(model.requests[0]).toMatchObject({
      profileId: 'global.amazon.nova-2-lite-v1:0',
      maxTokens: policy.defaults.maxOutputTokens,
    });
    const result = resultRecordSchema.parse(outputs.results.get('results/public/news.txt.json'));
    expect(result.processing).toMatchObject({
      geography: 'global',
      sourceRegion: 'eu-central-1',
      requestId: 'req-1',
      attempt: 1,
    });
    expect(result.processing.estimatedCostUsd).toBeGreaterThan(0);
    expect(audit.records.map((r) => r.event)).toEqual(['classified', 'processed']);
  });

  it('refuses a message of the other geography before any read or model call', async () => {
    const { documents, outputs, model, audit, worker, upload } = setup('eu');
    const body = await upload('public/news.txt', 'The reading rooms open in March. Everyone is welcome.'); // routed global
    const reads = documents.reads;
    const outcome = await handleDelivery(worker, body, first);

    expect(outcome).toMatchObject({ kind: 'error', code: 'residency-guard-refused' });
    expect(model.requests).toHaveLength(0);
    expect(documents.reads).toBe(reads);
    expect(errorRecordSchema.parse(outputs.errors.get('errors/public/news.txt.json')).error.code).toBe('residency-guard-refused');
    expect(audit.records.at(-1)).toMatchObject({ event: 'refused', actor: 'worker-eu', errorCode: 'residency-guard-refused' });
  });

  it('refuses a profile of another geography even if asked for one', async () => {
    const { worker, upload, model } = setup('eu');
    const body = await upload('hr/a.txt', 'jane@example.com');
    const wrong = { ...worker, profileFor: (m: string) => resolveProfile(catalog, m, 'global', 'eu-central-1') };
    expect(await handleDelivery(wrong, body, first)).toMatchObject({ kind: 'error', code: 'residency-guard-refused' });
    expect(model.requests).toHaveLength(0);
  });

  it('asks the queue to retry a throttled call, and records an error on the last attempt', async () => {
    const { worker, upload, model, outputs } = setup('eu');
    const body = await upload('hr/a.txt', 'jane@example.com');
    model.failures = [new RetryableError('model-unavailable', 'ThrottlingException from Bedrock (429)')];
    expect(await handleDelivery(worker, body, first)).toMatchObject({ kind: 'retry', code: 'model-unavailable' });
    expect(outputs.errors.size).toBe(0);

    model.failures = [new RetryableError('model-unavailable', 'ThrottlingException from Bedrock (429)')];
    expect(await handleDelivery(worker, body, last)).toMatchObject({ kind: 'error', code: 'model-unavailable' });
    expect(outputs.errors.get('errors/hr/a.txt.json')?.error).toMatchObject({ retryable: true, attempts: 3 });
  });

  it('records a permanent model error at once', async () => {
    const { worker, upload, model } = setup('eu');
    const body = await upload('hr/a.txt', 'jane@example.com');
    model.failures = [new PermanentError('model-rejected', 'ValidationException from Bedrock (400)')];
    expect(await handleDelivery(worker, body, first)).toMatchObject({ kind: 'error', code: 'model-rejected' });
  });

  it('never processes content that changed after classification', async () => {
    const { worker, upload, documents, model } = setup('eu');
    const body = await upload('hr/a.txt', 'jane@example.com');
    documents.put(BUCKET, 'hr/a.txt', 'something else entirely', { eTag: 'new-etag' });
    expect(await handleDelivery(worker, body, first)).toMatchObject({ kind: 'error', code: 'object-superseded' });
    expect(model.requests).toHaveLength(0);
  });

  it('hands formats the model reads itself to it as a document block, and refuses the rest', async () => {
    const { worker, upload, model } = setup('eu');
    const pdf = await upload('public/scan.pdf', '%PDF-1.4 synthetic', 'application/pdf');
    expect(await handleDelivery(worker, pdf, first)).toMatchObject({ kind: 'result' });
    expect(model.requests[0]?.content).toMatchObject({ document: { format: 'pdf' } });

    const bin = await upload('public/archive.bin', new Uint8Array([1, 0, 2, 3]));
    expect(await handleDelivery(worker, bin, first)).toMatchObject({ kind: 'error', code: 'unsupported-format' });
  });

  it('writes an error record for a message that is not a claim check', async () => {
    const { worker, outputs } = setup('eu');
    const outcome = await handleDelivery(worker, '{"hello":"world"}', first);
    expect(outcome).toMatchObject({ kind: 'error', code: 'invalid-message' });
    expect([...outputs.errors.keys()][0]).toMatch(/^errors\/_invalid-messages\/[0-9a-f]{32}\.json$/);
  });

  it('refuses a document too large for the model context', async () => {
    const { worker, upload } = setup('eu');
    const body = await upload('hr/big.txt', 'word '.repeat(100));
    const small = {
      ...worker,
      profileFor: (m: string) => ({ ...resolveProfile(catalog, m, 'eu', 'eu-central-1'), contextTokens: 1050 }),
    };
    expect(await handleDelivery(small, body, first)).toMatchObject({ kind: 'error', code: 'document-too-large' });
  });
});
