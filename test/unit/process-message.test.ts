import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog, resolveProfile } from '../../shared/domain/catalog.js';
import { type ClassifierDeps, classifyObject } from '../../shared/domain/classify-object.js';
import { errorRecordSchema, resultRecordSchema } from '../../shared/domain/contracts.js';
import { PermanentError, RetryableError } from '../../shared/domain/errors.js';
import { parsePolicy } from '../../shared/domain/policy.js';
import { converseWithRetries, handleDelivery, RESERVE_MS, type WorkerDeps } from '../../shared/domain/process-message.js';
import type { Geography } from '../../shared/domain/sensitivity.js';
import { FakeAudit, FakeDispatcher, FakeDocuments, FakeLedger, FakeModel, FakeOutputs } from '../support/fakes.js';

const policy = parsePolicy(readFileSync(new URL('../../config/routing-policy.yml', import.meta.url), 'utf8'));
const catalog = parseCatalog(readFileSync(new URL('../../config/profile-catalog.yml', import.meta.url), 'utf8'));
const BUCKET = 'input';
const NOW = new Date('2026-11-24T10:00:00Z');
const deadline = new Date(NOW.getTime() + 60_000);
const first = { messageId: 'm1', receiveCount: 1, maxReceiveCount: 3, deadline };
const second = { ...first, receiveCount: 2 };
const last = { ...first, receiveCount: 3 };

function setup(geography: Geography) {
  const documents = new FakeDocuments();
  const audit = new FakeAudit();
  const dispatcher = new FakeDispatcher();
  const outputs = new FakeOutputs();
  const model = new FakeModel();
  const ledger = new FakeLedger();
  const classifier: ClassifierDeps = { documents, audit, dispatcher, policy, now: () => new Date() };
  const worker: WorkerDeps = {
    geography,
    documents,
    outputs,
    audit,
    ledger,
    model,
    profileFor: (modelId) => resolveProfile(catalog, modelId, geography, 'eu-central-1'),
    maxDocumentBytes: 1_000_000,
    modelAttempts: 1,
    now: () => NOW,
    sleep: async () => {},
    random: () => 0.5,
  };
  /** Uploads and classifies a document; returns the message body the worker receives. */
  const upload = async (key: string, body: string | Uint8Array, contentType?: string) => {
    const o = documents.put(BUCKET, key, body, contentType ? { contentType } : {});
    const { message } = await classifyObject(classifier, { bucket: BUCKET, key, eTag: o.eTag });
    return JSON.stringify(message);
  };
  return { documents, audit, outputs, model, ledger, worker, upload };
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
    expect(await handleDelivery(worker, body, second)).toMatchObject({ kind: 'retry', code: 'model-unavailable' });
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

  it('calls the model once for a duplicate delivery, records the duplicate and changes no output', async () => {
    const { worker, upload, model, outputs, audit } = setup('eu');
    const body = await upload('hr/a.txt', 'jane@example.com');
    expect(await handleDelivery(worker, body, first)).toMatchObject({ kind: 'result' });
    const written = outputs.results.get('results/hr/a.txt.json');
    expect(await handleDelivery(worker, body, { ...first, messageId: 'm2' })).toMatchObject({
      kind: 'duplicate',
      outputKey: 'results/hr/a.txt.json',
    });
    expect(await handleDelivery(worker, body, second)).toMatchObject({ kind: 'duplicate' });
    expect(model.requests).toHaveLength(1);
    expect(outputs.results.get('results/hr/a.txt.json')).toBe(written);
    expect(audit.records.filter((r) => r.event === 'duplicate')).toHaveLength(2);
  });

  it('lets only one of two concurrent deliveries process; the other comes back later', async () => {
    const { worker, upload, model } = setup('eu');
    const body = await upload('hr/a.txt', 'jane@example.com');
    const outcomes = await Promise.all([
      handleDelivery(worker, body, first),
      handleDelivery(worker, body, { ...first, messageId: 'm2' }),
    ]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['result', 'retry']);
    expect(model.requests).toHaveLength(1);
  });

  it('takes over from a dead earlier receive of the same message, but not from a live other message', async () => {
    const { worker, upload, ledger, model } = setup('eu');
    const body = await upload('hr/a.txt', 'jane@example.com');
    const documentId = JSON.parse(body).documentId;
    const leaseUntil = new Date(NOW.getTime() + 30_000).toISOString();
    await ledger.create(documentId, { state: 'processing', owner: { messageId: 'other', receiveCount: 1 }, leaseUntil });
    expect(await handleDelivery(worker, body, first)).toMatchObject({ kind: 'retry', code: 'in-progress' });
    ledger.entries.clear();
    await ledger.create(documentId, { state: 'processing', owner: { messageId: 'm1', receiveCount: 1 }, leaseUntil });
    expect(await handleDelivery(worker, body, second)).toMatchObject({ kind: 'result' });
    expect(model.requests).toHaveLength(1);
  });

  it('releases its claim when it hands a message back, so the redelivery needs no wait', async () => {
    const { worker, upload, model } = setup('eu');
    const body = await upload('hr/a.txt', 'jane@example.com');
    model.failures = [new RetryableError('model-unavailable', 'ServiceUnavailableException from Bedrock (503)')];
    expect(await handleDelivery(worker, body, first)).toMatchObject({ kind: 'retry' });
    expect(await handleDelivery(worker, body, { ...first, messageId: 'duplicate-event' })).toMatchObject({ kind: 'result' });
  });

  it('returns the fields of an extract task, and refuses an answer that is not JSON', async () => {
    const { worker, upload, model } = setup('eu');
    const body = JSON.stringify({ ...JSON.parse(await upload('hr/a.txt', 'Invoice 12 of March')), task: 'extract' });
    model.answer = '```json\n{"title":"Invoice 12","amounts":[]}\n```';
    const outcome = await handleDelivery(worker, body, first);
    expect(outcome.kind).toBe('result');
    expect(model.requests[0]?.system).toMatch(/JSON object only/);

    const other = JSON.stringify({ ...JSON.parse(await upload('hr/b.txt', 'Invoice 13 of March')), task: 'extract' });
    model.answer = 'Here are the fields you asked for.';
    expect(await handleDelivery(worker, other, first)).toMatchObject({ kind: 'error', code: 'model-output-invalid' });
  });
});

describe('converseWithRetries', () => {
  const request = { profileId: 'eu.x', system: 's', prompt: 'p', content: { text: 't' }, maxTokens: 10 };
  const throttled = () => new RetryableError('model-unavailable', 'ThrottlingException from Bedrock (429)');

  function clock() {
    let now = NOW.getTime();
    const sleeps: number[] = [];
    return {
      now: () => new Date(now),
      sleep: async (ms: number) => {
        sleeps.push(ms);
        now += ms;
      },
      sleeps,
      random: () => 1,
    };
  }

  it('retries with growing backoff and passes the time left to each call', async () => {
    const model = new FakeModel();
    model.failures = [throttled(), throttled()];
    const c = clock();
    await expect(converseWithRetries({ model, modelAttempts: 4, ...c }, request, deadline)).resolves.toMatchObject({
      stopReason: 'end_turn',
    });
    expect(c.sleeps).toEqual([400, 800]);
    expect(model.requests[0]?.timeoutMs).toBe(60_000 - RESERVE_MS);
  });

  it('hands back to the queue when the next backoff would not fit before the deadline', async () => {
    const model = new FakeModel();
    model.failures = [throttled(), throttled(), throttled()];
    const c = clock();
    const soon = new Date(NOW.getTime() + RESERVE_MS + 300); // the first backoff (400 ms) does not fit
    await expect(converseWithRetries({ model, modelAttempts: 10, ...c }, request, soon)).rejects.toBeInstanceOf(RetryableError);
    expect(model.requests).toHaveLength(1);
  });

  it('never retries a permanent error', async () => {
    const model = new FakeModel();
    model.failures = [new PermanentError('model-rejected', 'ValidationException from Bedrock (400)')];
    await expect(converseWithRetries({ model, modelAttempts: 4, ...clock() }, request, deadline)).rejects.toBeInstanceOf(
      PermanentError,
    );
  });
});
