// The whole pipeline on the local stack, driven with the real SDK clients: routes, object
// tags, results, audit records, errors, retries, and the residency guard.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectTaggingCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesIn } from '../../cli/files.js';
import { type Expected, type OutcomeRecord, waitForOutcomes } from '../../cli/outcomes.js';
import { uploadFiles } from '../../cli/run.js';
import { type TraceNode, traceIdOf, traceTree } from '../../cli/trace.js';
import { LocalStack } from '../../infra/local/stack.js';
import { CLASSIFIER_VERSION } from '../../shared/domain/classify.js';
import { buildReport } from '../../shared/domain/compliance-report.js';
import { type ClaimCheck, errorRecordSchema, resultRecordSchema } from '../../shared/domain/contracts.js';
import { documentIdOf } from '../../shared/domain/keys.js';
import { validatorFor } from '../support/json-schema.js';
import { PACKAGE_DIR, PROJECT_ROOT } from '../support/local.js';
import { auditTrail } from '../support/reconcile.js';
import { until } from '../support/until.js';

const SAMPLES = join(PROJECT_ROOT, 'samples');
const EU_REGIONS = new Set(['eu-central-1', 'eu-north-1', 'eu-south-1', 'eu-south-2', 'eu-west-1', 'eu-west-3']);
const EXPECTED_ROUTES: Record<string, ['eu' | 'global', 'result' | 'error']> = {
  'public/press-release-2026.md': ['global', 'result'],
  'reports/press-release-2026.md': ['eu', 'result'],
  'public/Opening Hours.txt': ['global', 'result'],
  'press/risultati-trimestrali.md': ['global', 'result'],
  'public/product-faq.html': ['global', 'result'],
  'public/branch-locations.json': ['global', 'result'],
  'public/team-update.md': ['global', 'result'],
  'hr/onboarding-anna-kowalski.txt': ['eu', 'result'],
  'public/customer-export.csv': ['eu', 'result'],
  'claims/arbeitsunfaehigkeit.txt': ['eu', 'result'],
  'public/lettre-syndicat.txt': ['eu', 'result'],
  'public/confirmacion-pago.txt': ['eu', 'result'],
  'public/deploy-notes.txt': ['eu', 'result'],
  'public/scanned-letter.pdf': ['eu', 'result'],
  'public/annual-report.pdf': ['global', 'result'],
  'public/archive.bin': ['eu', 'error'],
  'invoices/invoice-2026-0042.txt': ['eu', 'result'],
};
/** Values in the samples that must never leave the documents and their results. */
const SAMPLE_VALUES = [
  'anna.kowalski@example.org',
  'Kowalski',
  '512 345 678',
  'DE89 3704',
  '4111 1111',
  'Markus Weber',
  'Claire Dubois',
  'lukas.berger@example.com',
  'AKIAIOSFODNN7EXAMPLE',
  'Bronchitis',
];

let stack: LocalStack;
let stateDir: string;
let expected: Expected[];
let outcomes: Map<string, OutcomeRecord>;

async function uploadText(key: string, body: string): Promise<Expected> {
  const s3 = stack.s3Client();
  const bucket = stack.bucket('InputBucket');
  const put = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: 'text/plain' }));
  return { key, documentId: documentIdOf({ bucket, key, eTag: put.ETag }) };
}

async function outcomeOf(doc: Expected, timeoutMs = 60_000): Promise<OutcomeRecord> {
  const found = await waitForOutcomes(stack.s3Client(), stack.bucket('OutputBucket'), [doc], { timeoutMs });
  const record = found.get(doc.key);
  if (!record) throw new Error(`no outcome for ${doc.key}`);
  return record;
}

beforeAll(async () => {
  stateDir = mkdtempSync(join(tmpdir(), 'cris-pipeline-'));
  // Short visibility timeouts so that redelivery after a failure takes seconds, not minutes;
  // one Bedrock attempt per delivery so that each delivery ends well within that timeout. Ten
  // seconds, not five: with the suite's other files on two busy cores, a worker's cold start
  // once took longer than five and its message was delivered twice ("duplicate" in the trail).
  const oneAttempt = { BEDROCK_MAX_ATTEMPTS: '1' };
  stack = await LocalStack.start({
    projectRoot: PROJECT_ROOT,
    stateDir,
    packageDir: PACKAGE_DIR,
    fresh: true,
    visibilityTimeoutSeconds: 10,
    extraEnvironment: { WorkerEuLambdaFunction: oneAttempt, WorkerGlobalLambdaFunction: oneAttempt },
  });
  expected = await uploadFiles(stack, SAMPLES, filesIn(SAMPLES), '');
  outcomes = await waitForOutcomes(stack.s3Client(), stack.bucket('OutputBucket'), expected, { timeoutMs: 90_000 });
});

afterAll(async () => {
  await stack?.stop();
  rmSync(stateDir, { recursive: true, force: true });
});

describe('the pipeline on the samples', () => {
  it('gives every sample exactly the route and outcome it should have', () => {
    const seen = Object.fromEntries(
      expected.map((e) => [e.key, [outcomes.get(e.key)?.routing?.geography, outcomes.get(e.key)?.kind]]),
    );
    expect(seen).toEqual(EXPECTED_ROUTES);
  });

  it('writes results that match their schema and name the profile of their geography', () => {
    for (const record of outcomes.values()) {
      expect(validatorFor(`${record.kind}.v1.schema.json`)(record)).toEqual([]);
      if (record.kind !== 'result') continue;
      const result = resultRecordSchema.parse(record);
      expect(result.processing.profileId).toBe(`${result.routing.geography}.amazon.nova-2-lite-v1:0`);
      expect(result.processing.sourceRegion).toBe('eu-central-1');
      if (result.routing.geography === 'eu')
        expect(result.processing.destinationRegions.every((r) => r.startsWith('eu-'))).toBe(true);
    }
    const invoice = resultRecordSchema.parse(outcomes.get('invoices/invoice-2026-0042.txt'));
    expect(invoice.output).toMatchObject({
      task: 'extract',
      fields: { title: 'INVOICE 2026-0042', documentType: 'invoice', dates: ['2026-03-02', '2026-04-01'] },
    });
    const error = errorRecordSchema.parse(outcomes.get('public/archive.bin'));
    expect(error.error.code).toBe('unsupported-format');
  });

  it('never sends a personal or special document to the global profile', () => {
    for (const record of outcomes.values()) {
      if (['personal', 'special'].includes(record.classification?.sensitivity ?? '')) {
        expect(record.routing?.geography).toBe('eu');
        if (record.kind === 'result') expect(record.processing.profileId.startsWith('eu.')).toBe(true);
      }
    }
    const globalCalls = stack.bedrock.calls.filter((c) => c.modelId.startsWith('global.')).length;
    expect(globalCalls).toBe(Object.values(EXPECTED_ROUTES).filter(([g]) => g === 'global').length);
  });

  it('tags every input object with its sensitivity, geography and classifier version', async () => {
    const s3 = stack.s3Client();
    for (const { key } of expected) {
      const { TagSet } = await s3.send(new GetObjectTaggingCommand({ Bucket: stack.bucket('InputBucket'), Key: key }));
      const tags = Object.fromEntries((TagSet ?? []).map((t) => [t.Key, t.Value]));
      expect(tags).toMatchObject({ geography: EXPECTED_ROUTES[key]?.[0], 'classifier-version': CLASSIFIER_VERSION });
      expect(tags.sensitivity).toBe(outcomes.get(key)?.classification?.sensitivity);
    }
  });

  it('leaves an audit trail per document: classified, then processed or failed', async () => {
    const records = await auditTrail(stack);
    for (const r of records) expect(validatorFor('audit.v1.schema.json')(r)).toEqual([]);
    for (const { key, documentId } of expected) {
      const events = records.filter((r) => r.documentId === documentId).map((r) => r.event);
      expect(events.sort(), key).toEqual(['classified', EXPECTED_ROUTES[key]?.[1] === 'result' ? 'processed' : 'failed'].sort());
    }
  });

  it('keeps found values out of logs and audit records', async () => {
    const logs = readdirSync(join(stateDir, 'logs')).map((f) => readFileSync(join(stateDir, 'logs', f), 'utf8'));
    expect(logs.join('').length).toBeGreaterThan(0);
    const text = logs.join('\n') + JSON.stringify(await auditTrail(stack));
    for (const value of SAMPLE_VALUES) expect(text, value).not.toContain(value);
    expect(text).toContain(expected[0]?.documentId);
  });

  it('logs each outcome with the fields the residency metric filter reads, and emits EMF metrics', () => {
    const lines = readdirSync(join(stateDir, 'logs'))
      .filter((f) => f.includes('workerGlobal'))
      .flatMap((f) => readFileSync(join(stateDir, 'logs', f), 'utf8').split('\n'))
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l));
    const results = lines.filter((l) => l.message === 'document result');
    expect(results.length).toBe(Object.values(EXPECTED_ROUTES).filter(([g]) => g === 'global').length);
    for (const r of results)
      expect(r).toMatchObject({
        geography: 'global',
        sensitivity: expect.stringMatching(/^(public|internal)$/),
        documentId: expect.any(String),
      });
    expect(lines.some((l) => l._aws?.CloudWatchMetrics?.[0]?.Namespace === 'CrisPipeline' && l.Outcome === 'result')).toBe(true);
  });
});

describe('traces', () => {
  const flat = (nodes: TraceNode[]): TraceNode[] => nodes.flatMap((n) => [n, ...flat(n.children)]);

  it.each([
    ['public/press-release-2026.md', 'global', 'result'],
    ['hr/onboarding-anna-kowalski.txt', 'eu', 'result'],
    ['public/archive.bin', 'eu', 'error'],
  ])('follow %s in one trace from the S3 event to its %s outcome', async (key, geography, outcome) => {
    const doc = expected.find((e) => e.key === key)!;
    const traceId = traceIdOf(stack.xray.segments, doc.documentId)!;
    expect(traceId).toMatch(/^1-[0-9a-f]{8}-[0-9a-f]{24}$/);
    const roots = traceTree(stack.xray.segments, traceId);
    expect(roots.map((r) => r.name)).toEqual(['cris-pipeline-local-classifier']);
    const nodes = flat(roots);
    const names = nodes.map((n) => n.name);
    expect(names).toEqual(
      expect.arrayContaining(['S3 GetObject', 'extract text', 'route', 'S3 PutObjectTagging', 'S3 PutObject', 'SQS SendMessage']),
    );
    const worker = nodes.find((n) => n.annotations.outcome !== undefined);
    expect(worker?.annotations).toMatchObject({ documentId: doc.documentId, geography, outcome });
    if (outcome === 'result') {
      expect(worker?.annotations.profileId).toBe(`${geography}.amazon.nova-2-lite-v1:0`);
      expect(names).toContain('BedrockRuntime Converse');
    } else {
      expect(names).not.toContain('BedrockRuntime Converse');
    }
    // Every segment of the trace belongs to this document: nothing else is mixed in.
    expect(new Set(nodes.map((n) => n.annotations.documentId).filter(Boolean))).toEqual(new Set([doc.documentId]));
  });

  it('carry finding types and counts as metadata, never values', () => {
    const text = JSON.stringify(stack.xray.segments);
    expect(text).toContain('"findings"');
    for (const value of SAMPLE_VALUES) expect(text, value).not.toContain(value);
  });
});

describe('the compliance report on the samples', () => {
  it('finds every trail complete and unaltered, and every personal or special document processed in the EU', async () => {
    const records = await auditTrail(stack);
    const report = buildReport(records, {
      now: new Date(Date.now() + 3_600_000),
      outcomeDeadlineMinutes: 30,
      euRegions: EU_REGIONS,
    });
    expect({ violations: report.violations, gaps: report.gaps, integrity: report.integrity.problems }).toEqual({
      violations: [],
      gaps: [],
      integrity: [],
    });
    expect(report.totals.documents).toBe(expected.length);
    expect(report.sensitiveDocuments.length).toBeGreaterThanOrEqual(5);
    expect(report.sensitiveDocuments.every((d) => d.euOnly)).toBe(true);
  });
});

describe('the worker under failure', () => {
  it('refuses a message of the other geography, records the refusal and calls no model', async () => {
    const template = outcomes.get('hr/onboarding-anna-kowalski.txt');
    if (template?.kind !== 'result') throw new Error('sample result missing');
    const calls = stack.bedrock.calls.length;
    const message: ClaimCheck = {
      schemaVersion: 1,
      documentId: 'f'.repeat(32),
      source: { ...template.source, key: 'hr/misrouted.txt' },
      classification: template.classification,
      routing: template.routing, // eu
      task: 'summarize',
      model: 'amazon.nova-2-lite-v1:0',
      maxOutputTokens: 100,
      classifiedAt: new Date().toISOString(),
      auditHash: 'a'.repeat(64),
    };
    delete (message.source as { sha256?: string }).sha256;
    await stack
      .sqsClient()
      .send(new SendMessageCommand({ QueueUrl: stack.queueUrl('GlobalQueue'), MessageBody: JSON.stringify(message) }));

    const record = await outcomeOf({ key: 'hr/misrouted.txt', documentId: message.documentId });
    expect(record).toMatchObject({ kind: 'error', workerGeography: 'global', error: { code: 'residency-guard-refused' } });
    expect(stack.bedrock.calls.length).toBe(calls);
    // The worker writes the error record, then appends its audit record: the trail may lag the record by a moment.
    const trail = async () => (await auditTrail(stack)).filter((r) => r.documentId === message.documentId);
    await until(async () => (await trail()).length > 0, 10_000);
    expect(await trail()).toEqual([
      expect.objectContaining({ event: 'refused', actor: 'worker-global', errorCode: 'residency-guard-refused' }),
    ]);
  });

  it('retries a throttled document through the queue and still produces one result', async () => {
    // The first delivery is throttled; the redelivery succeeds.
    const throttled = stack.bedrock.calls.filter((c) => c.status === 429).length;
    stack.bedrock.injectFault({ status: 429, errorType: 'ThrottlingException', times: 1, modelId: 'eu.amazon.nova-2-lite-v1:0' });
    const doc = await uploadText('hr/throttled.txt', 'Synthetic. Contact: someone@example.org about the new rooms in March.');
    const record = await outcomeOf(doc);
    expect(record.kind).toBe('result');
    if (record.kind === 'result') expect(record.processing.attempt).toBe(2);
    expect(stack.bedrock.calls.filter((c) => c.status === 429)).toHaveLength(throttled + 1);
  });

  it('records an error after the last receive when Bedrock stays unavailable', async () => {
    stack.bedrock.injectFault({
      status: 503,
      errorType: 'ServiceUnavailableException',
      times: 3,
      modelId: 'eu.amazon.nova-2-lite-v1:0',
    });
    const doc = await uploadText('hr/unavailable.txt', 'Synthetic. Contact: someone@example.org about the new rooms in March.');
    const record = await outcomeOf(doc, 90_000);
    expect(record).toMatchObject({ kind: 'error', error: { code: 'model-unavailable', retryable: true, attempts: 3 } });
  });
});
