// Worker Lambda (deployed once per geography): SQS batch → process each claim check,
// reporting only the messages to retry as batch item failures.
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import middy from '@middy/core';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { handleDelivery, parseClaimCheck } from '../../shared/domain/process-message.js';
import { forDocument, logger, tracer } from '../../shared/observability.js';
import { type WiredWorker, wireWorker } from './wiring.js';

const wired = wireWorker();
const processor = new BatchProcessor(EventType.SQS);

class RetryLater extends Error {
  override readonly name = 'RetryLater';
}

export function recordHandler(worker: WiredWorker, context: Pick<Context, 'getRemainingTimeInMillis'>) {
  return async (record: SQSRecord): Promise<void> => {
    const message = parseClaimCheck(record.body);
    await forDocument(message?.documentId ?? 'invalid-message', async ({ log, annotate }) => {
      annotate({ sensitivity: message?.classification.sensitivity, geography: message?.routing.geography });
      const receiveCount = Number(record.attributes.ApproximateReceiveCount) || 1;
      log.info('document received', { receiveCount, remainingMs: context.getRemainingTimeInMillis() });
      const outcome = await handleDelivery(worker.deps, record.body, {
        messageId: record.messageId,
        receiveCount,
        maxReceiveCount: worker.maxReceiveCount,
        deadline: new Date(Date.now() + context.getRemainingTimeInMillis()),
      });
      annotate({ outcome: outcome.kind, ...(outcome.kind === 'result' ? { profileId: outcome.profileId } : {}) });
      // Whatever happened, the log says what, in words and codes; never document content.
      log.info(`document ${outcome.kind}`, {
        outcome: outcome.kind,
        ...('code' in outcome ? { code: outcome.code } : {}),
        receiveCount,
      });
      if (outcome.kind === 'retry') throw new RetryLater(`${outcome.code}: will retry`);
    });
  };
}

export const handler = middy(async (event: SQSEvent, context: Context) =>
  // In parallel, so every document of a batch has the whole invocation's time for its model call.
  processPartialResponse(event, recordHandler(wired, context), processor, { context, throwOnFullBatchFailure: false }),
)
  .use(captureLambdaHandler(tracer, { captureResponse: false }))
  .use(injectLambdaContext(logger, { logEvent: false }));
