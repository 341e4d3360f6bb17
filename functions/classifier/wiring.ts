// Composition root of the classifier: configuration, clients and adapters, once per cold start.
import { makeS3Client, makeSqsClient } from '../../shared/adapters/clients.js';
import { s3DocumentStore } from '../../shared/adapters/s3-documents.js';
import { s3AuditLog } from '../../shared/adapters/s3-records.js';
import { sqsDispatcher } from '../../shared/adapters/sqs-dispatcher.js';
import { classifierConfigSchema, loadConfig, loadPolicy } from '../../shared/config.js';
import type { ClassifierDeps } from '../../shared/domain/classify-object.js';
import { currentTraceHeader, span } from '../../shared/observability.js';

export function wireClassifier(env: NodeJS.ProcessEnv = process.env): ClassifierDeps {
  const config = loadConfig(classifierConfigSchema, env);
  const s3 = makeS3Client();
  return {
    documents: s3DocumentStore(s3),
    audit: s3AuditLog(s3, config.AUDIT_BUCKET),
    dispatcher: sqsDispatcher(makeSqsClient(), { eu: config.EU_QUEUE_URL, global: config.GLOBAL_QUEUE_URL }, currentTraceHeader),
    policy: loadPolicy(config.POLICY_FILE),
    now: () => new Date(),
    span,
  };
}
