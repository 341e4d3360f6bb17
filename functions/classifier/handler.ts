// Classifier Lambda: S3 ObjectCreated event → classify, tag, audit, route each object.

import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import middy from '@middy/core';
import type { S3Event } from 'aws-lambda';
import { classifyObject } from '../../shared/domain/classify-object.js';
import { decodeEventKey, documentIdOf, normaliseETag } from '../../shared/domain/keys.js';
import { emit, forDocument, logger, METRIC, tracer } from '../../shared/observability.js';
import { wireClassifier } from './wiring.js';

const deps = wireClassifier();

export async function classifyEvent(event: S3Event, classifierDeps = deps): Promise<void> {
  for (const record of event.Records) {
    const object = record.s3.object;
    const ref = {
      bucket: record.s3.bucket.name,
      key: decodeEventKey(object.key),
      ...(object.versionId ? { versionId: object.versionId } : {}),
      ...(object.eTag ? { eTag: normaliseETag(object.eTag) } : {}),
      size: object.size,
    };
    await forDocument(documentIdOf(ref), async ({ log, annotate, describe }) => {
      const { message, findingTypes } = await classifyObject(classifierDeps, ref);
      annotate({ sensitivity: message.classification.sensitivity, geography: message.routing.geography, modelId: message.model });
      describe(
        'findings',
        message.classification.findings.map(({ type, count }) => ({ type, count })),
      );
      emit(METRIC.documentsClassified, 1, message.classification.sensitivity);
      emit(METRIC.documentsRouted, 1, message.routing.geography);
      if (!message.classification.complete) emit(METRIC.classificationIncomplete, 1);
      log.info('document classified', {
        sensitivity: message.classification.sensitivity,
        geography: message.routing.geography,
        findingTypes,
        rule: message.routing.rule,
        complete: message.classification.complete,
      });
    });
  }
}

export const handler = middy(async (event: S3Event) => classifyEvent(event))
  .use(captureLambdaHandler(tracer, { captureResponse: false }))
  .use(injectLambdaContext(logger, { logEvent: false }));
