// The worker's record handler under Powertools' batch processor: only the record to
// retry is reported as a batch item failure; its batch-mates are not retried.
import { readFileSync } from 'node:fs';
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { recordHandler } from '../../functions/worker/records.js';
import { parseCatalog, resolveProfile } from '../../shared/domain/catalog.js';
import { classifyObject } from '../../shared/domain/classify-object.js';
import { RetryableError } from '../../shared/domain/errors.js';
import { parsePolicy } from '../../shared/domain/policy.js';
import { FakeAudit, FakeDispatcher, FakeDocuments, FakeLedger, FakeModel, FakeOutputs } from '../support/fakes.js';

const policy = parsePolicy(readFileSync(new URL('../../config/routing-policy.yml', import.meta.url), 'utf8'));
const catalog = parseCatalog(readFileSync(new URL('../../config/profile-catalog.yml', import.meta.url), 'utf8'));

function sqsRecord(messageId: string, body: string): SQSRecord {
  return {
    messageId,
    receiptHandle: `r-${messageId}`,
    body,
    attributes: { ApproximateReceiveCount: '1', SentTimestamp: '0', SenderId: 'x', ApproximateFirstReceiveTimestamp: '0' },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:eu-central-1:000000000000:q',
    awsRegion: 'eu-central-1',
  };
}

describe('worker handler', () => {
  it('reports only the record to retry as a batch item failure', async () => {
    const documents = new FakeDocuments();
    const audit = new FakeAudit();
    const dispatcher = new FakeDispatcher();
    const model = new FakeModel();
    const bodies: string[] = [];
    for (const key of ['hr/a.txt', 'hr/b.txt', 'hr/c.txt']) {
      const o = documents.put('in', key, `${key} belongs to jane@example.com`);
      bodies.push(
        JSON.stringify(
          (
            await classifyObject(
              { documents, audit, dispatcher, policy, now: () => new Date() },
              { bucket: 'in', key, eTag: o.eTag },
            )
          ).message,
        ),
      );
    }
    // The model fails exactly for the second document.
    const converse = model.converse.bind(model);
    model.converse = async (request) => {
      if ('text' in request.content && request.content.text.startsWith('hr/b.txt'))
        throw new RetryableError('model-unavailable', 'ThrottlingException from Bedrock (429)');
      return converse(request);
    };
    const worker = {
      maxReceiveCount: 3,
      deps: {
        geography: 'eu' as const,
        documents,
        outputs: new FakeOutputs(),
        audit,
        ledger: new FakeLedger(),
        model,
        profileFor: (m: string) => resolveProfile(catalog, m, 'eu', 'eu-central-1'),
        maxDocumentBytes: 1_000_000,
        modelAttempts: 1,
        now: () => new Date(),
        sleep: async () => {},
        random: () => 0,
      },
    };
    const event: SQSEvent = { Records: bodies.map((b, i) => sqsRecord(`m${i}`, b)) };
    const context = { getRemainingTimeInMillis: () => 60_000 };
    const response = await processPartialResponse(event, recordHandler(worker, context), new BatchProcessor(EventType.SQS), {
      throwOnFullBatchFailure: false,
    });
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: 'm1' }] });
  });
});
