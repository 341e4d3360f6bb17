// Worker Lambda (deployed once per geography): SQS batch → process each claim check,
// reporting only the messages to retry as batch item failures.
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import middy from '@middy/core';
import type { Context, SQSEvent } from 'aws-lambda';
import { logger, tracer } from '../../shared/observability.js';
import { recordHandler } from './records.js';
import { wireWorker } from './wiring.js';

const wired = wireWorker();
const processor = new BatchProcessor(EventType.SQS);

export const handler = middy(async (event: SQSEvent, context: Context) =>
  // In parallel, so every document of a batch has the whole invocation's time for its model call.
  processPartialResponse(event, recordHandler(wired, context), processor, { context, throwOnFullBatchFailure: false }),
)
  .use(captureLambdaHandler(tracer, { captureResponse: false }))
  .use(injectLambdaContext(logger, { logEvent: false }));
