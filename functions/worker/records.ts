// One SQS record: handle the delivery, log and annotate the outcome, and throw when the
// message should come back (so the batch processor reports it as a batch item failure).
import type { Context, SQSRecord } from 'aws-lambda';
import { handleDelivery, parseClaimCheck } from '../../shared/domain/process-message.js';
import { forDocument } from '../../shared/observability.js';
import type { WiredWorker } from './wiring.js';

export class RetryLater extends Error {
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
