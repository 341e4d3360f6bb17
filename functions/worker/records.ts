// One SQS record: handle the delivery, log and annotate the outcome, and throw when the
// message should come back (so the batch processor reports it as a batch item failure).
import type { Context, SQSRecord } from 'aws-lambda';
import type { DeliveryOutcome } from '../../shared/domain/process-message.js';
import { handleDelivery, parseClaimCheck } from '../../shared/domain/process-message.js';
import { emit, forDocument, METRIC, MetricUnit } from '../../shared/observability.js';
import type { WiredWorker } from './wiring.js';

export class RetryLater extends Error {
  override readonly name = 'RetryLater';
}

export function recordHandler(worker: WiredWorker, context: Pick<Context, 'getRemainingTimeInMillis'>) {
  return async (record: SQSRecord): Promise<void> => {
    const message = parseClaimCheck(record.body);
    await forDocument(
      message?.documentId ?? 'invalid-message',
      async ({ log, annotate, describe }) => {
        annotate({
          sensitivity: message?.classification.sensitivity,
          geography: message?.routing.geography,
          modelId: message?.model,
        });
        describe('findings', message?.classification.findings.map(({ type, count }) => ({ type, count })) ?? []);
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
          sensitivity: message?.classification.sensitivity,
          geography: message?.routing.geography,
          outcome: outcome.kind,
          ...(outcome.kind === 'result' ? { profileId: outcome.profileId } : {}),
          ...('code' in outcome ? { code: outcome.code } : {}),
          receiveCount,
        });
        emitOutcomeMetrics(outcome);
        if (outcome.kind === 'retry') throw new RetryLater(`${outcome.code}: will retry`);
      },
      record.attributes.AWSTraceHeader,
      true,
    );
  };
}

function emitOutcomeMetrics(outcome: DeliveryOutcome): void {
  emit(METRIC.outcomes, 1, outcome.kind);
  if (outcome.stats) {
    if (outcome.stats.modelCalls > 1) emit(METRIC.modelRetries, outcome.stats.modelCalls - 1);
    if (outcome.stats.throttled > 0) emit(METRIC.throttles, outcome.stats.throttled);
  }
  if (outcome.kind === 'duplicate') emit(METRIC.duplicatesSkipped, 1);
  if (outcome.kind === 'error' && outcome.code === 'residency-guard-refused') emit(METRIC.residencyRefusals, 1);
  if (outcome.kind === 'result') {
    emit(METRIC.bedrockLatency, outcome.latencyMs, outcome.profileId, MetricUnit.Milliseconds);
    emit(METRIC.inputTokens, outcome.usage.inputTokens, outcome.profileId);
    emit(METRIC.outputTokens, outcome.usage.outputTokens, outcome.profileId);
    if (outcome.estimatedCostUsd !== undefined)
      emit(METRIC.estimatedCost, outcome.estimatedCostUsd, outcome.profileId, MetricUnit.NoUnit);
  }
}
