// The worker's use case: guard residency, read exactly the classified object version,
// call the model through the profile of this worker's geography, and record the outcome.
import { createHash } from 'node:crypto';
import type { ResolvedProfile } from './catalog.js';
import {
  type AuditRecord,
  type ClaimCheck,
  claimCheckSchema,
  type ErrorCode,
  type ErrorRecord,
  type ResultRecord,
} from './contracts.js';
import { PermanentError, RetryableError } from './errors.js';
import { detectFormat, extractText } from './extract.js';
import type { AuditLog, DocumentStore, Model, ModelRequest, OutputStore } from './ports.js';
import { PROMPTS } from './prompts.js';
import type { Geography } from './sensitivity.js';

export interface WorkerDeps {
  readonly geography: Geography;
  readonly documents: DocumentStore;
  readonly outputs: OutputStore;
  readonly audit: AuditLog;
  readonly model: Model;
  /** The profile this worker uses for a model; throws ProfileUnavailableError. */
  readonly profileFor: (modelId: string) => ResolvedProfile;
  readonly maxDocumentBytes: number;
  readonly now: () => Date;
}

export interface Attempt {
  readonly receiveCount: number;
  readonly maxReceiveCount: number;
}

export type DeliveryOutcome =
  | { readonly kind: 'result'; readonly documentId: string; readonly outputKey: string; readonly profileId: string }
  | { readonly kind: 'error'; readonly documentId: string; readonly outputKey: string; readonly code: ErrorCode }
  | { readonly kind: 'retry'; readonly documentId: string; readonly code: ErrorCode };

/** Bedrock reads these itself through document blocks, so unreadable-to-us need not mean unprocessable. */
const MODEL_DOCUMENT_FORMATS = new Set(['pdf', 'csv', 'doc', 'docx', 'xls', 'xlsx', 'html', 'txt', 'md']);

/** Roughly four characters per token: enough to refuse what cannot fit the model's context. */
const CHARS_PER_TOKEN = 4;

export function parseClaimCheck(body: string): ClaimCheck | undefined {
  try {
    const parsed = claimCheckSchema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export async function handleDelivery(deps: WorkerDeps, body: string, attempt: Attempt): Promise<DeliveryOutcome> {
  const message = parseClaimCheck(body);
  if (!message) {
    const documentId = createHash('sha256').update(body).digest('hex').slice(0, 32);
    return recordError(
      deps,
      undefined,
      documentId,
      new PermanentError('invalid-message', 'message does not match the claim-check schema v1'),
      attempt,
    );
  }
  if (message.routing.geography !== deps.geography) {
    const refusal = new PermanentError(
      'residency-guard-refused',
      `message routed to ${message.routing.geography} refused by the ${deps.geography} worker`,
    );
    return recordError(deps, message, message.documentId, refusal, attempt, 'refused');
  }
  try {
    return await processDocument(deps, message, attempt);
  } catch (error) {
    const failure = asPipelineError(error);
    if (failure instanceof RetryableError && attempt.receiveCount < attempt.maxReceiveCount) {
      return { kind: 'retry', documentId: message.documentId, code: failure.code };
    }
    return recordError(deps, message, message.documentId, failure, attempt);
  }
}

async function processDocument(deps: WorkerDeps, message: ClaimCheck, attempt: Attempt): Promise<DeliveryOutcome> {
  const profile = profileOrRefuse(deps, message.model);
  const read = await deps.documents.read(
    { bucket: message.source.bucket, key: message.source.key, versionId: message.source.versionId, eTag: message.source.eTag },
    deps.maxDocumentBytes,
  );
  if (read.status === 'superseded') throw new PermanentError('object-superseded', 'the object changed after it was classified');
  if (read.status === 'deleted') throw new PermanentError('object-deleted', 'the object was deleted after it was classified');
  if (read.status === 'too-large')
    throw new PermanentError('document-too-large', `${read.size} bytes exceeds the worker limit of ${deps.maxDocumentBytes}`);

  const { object } = read;
  const template = PROMPTS[message.task];
  const extraction = extractText(object.bytes, message.source.key, object.contentType);
  let content: ModelRequest['content'];
  let approxChars: number;
  if (extraction.ok) {
    content = { text: extraction.text };
    approxChars = extraction.text.length;
  } else {
    const format = detectFormat(message.source.key, object.contentType) ?? extensionOf(message.source.key);
    if (!format || !MODEL_DOCUMENT_FORMATS.has(format)) {
      throw new PermanentError(
        'unsupported-format',
        `neither the pipeline nor the model reads ${format ? `.${format}` : 'this'} files`,
      );
    }
    content = { document: { format, bytes: object.bytes } };
    approxChars = object.size;
  }
  const budget = profile.contextTokens - message.maxOutputTokens;
  if (approxChars / CHARS_PER_TOKEN > budget) {
    throw new PermanentError(
      'document-too-large',
      `about ${Math.ceil(approxChars / CHARS_PER_TOKEN)} tokens exceeds the ${budget}-token input budget of ${profile.modelId}`,
    );
  }

  const response = await deps.model.converse({
    profileId: profile.profileId,
    system: template.system,
    prompt: template.instruction,
    content,
    maxTokens: message.maxOutputTokens,
  });

  const createdAt = deps.now().toISOString();
  const price = profile.pricePerMillion;
  const record: ResultRecord = {
    schemaVersion: 1,
    kind: 'result',
    documentId: message.documentId,
    source: { ...message.source, sha256: createHash('sha256').update(object.bytes).digest('hex') },
    classification: message.classification,
    routing: message.routing,
    processing: {
      geography: deps.geography,
      profileId: profile.profileId,
      modelId: profile.modelId,
      sourceRegion: profile.sourceRegion,
      destinationRegions: [...profile.destinationRegions],
      destinationsOpenEnded: profile.openEnded,
      ...(response.requestId ? { requestId: response.requestId } : {}),
      latencyMs: response.latencyMs,
      usage: response.usage,
      ...(price
        ? {
            estimatedCostUsd: round6(
              (response.usage.inputTokens * price.input + response.usage.outputTokens * price.output) / 1e6,
            ),
          }
        : {}),
      stopReason: response.stopReason,
      attempt: attempt.receiveCount,
    },
    output: { task: message.task, text: response.text },
    createdAt,
  };
  const outputKey = await deps.outputs.putResult(record);
  await deps.audit.append({
    ...auditBase(message, 'processed', createdAt, `worker-${deps.geography}`),
    profileId: profile.profileId,
    sourceRegion: profile.sourceRegion,
    destinationRegions: [...profile.destinationRegions],
    ...(response.requestId ? { requestId: response.requestId } : {}),
    outputKey,
  });
  return { kind: 'result', documentId: message.documentId, outputKey, profileId: profile.profileId };
}

function profileOrRefuse(deps: WorkerDeps, modelId: string): ResolvedProfile {
  let profile: ResolvedProfile;
  try {
    profile = deps.profileFor(modelId);
  } catch (error) {
    throw new PermanentError('profile-unavailable', (error as Error).message);
  }
  // The second layer of residency: never a profile of another geography, whatever the catalog says.
  if (profile.geography !== deps.geography || !profile.profileId.startsWith(`${deps.geography}.`)) {
    throw new PermanentError('residency-guard-refused', `profile ${profile.profileId} is not a ${deps.geography} profile`);
  }
  return profile;
}

async function recordError(
  deps: WorkerDeps,
  message: ClaimCheck | undefined,
  documentId: string,
  error: PermanentError | RetryableError,
  attempt: Attempt,
  event: 'failed' | 'refused' = 'failed',
): Promise<DeliveryOutcome> {
  const createdAt = deps.now().toISOString();
  const record: ErrorRecord = {
    schemaVersion: 1,
    kind: 'error',
    documentId,
    ...(message ? { source: message.source, classification: message.classification, routing: message.routing } : {}),
    error: {
      code: error.code,
      message: error.message,
      retryable: error instanceof RetryableError,
      attempts: attempt.receiveCount,
    },
    workerGeography: deps.geography,
    createdAt,
  };
  const outputKey = await deps.outputs.putError(record, message?.source.key);
  await deps.audit.append({
    ...(message
      ? auditBase(message, event, createdAt, `worker-${deps.geography}`)
      : { schemaVersion: 1, kind: 'audit', event, documentId, at: createdAt, actor: `worker-${deps.geography}` }),
    reason: error.message,
    errorCode: error.code,
    outputKey,
  });
  return { kind: 'error', documentId, outputKey, code: error.code };
}

function auditBase(message: ClaimCheck, event: AuditRecord['event'], at: string, actor: string): AuditRecord {
  return {
    schemaVersion: 1,
    kind: 'audit',
    event,
    documentId: message.documentId,
    at,
    actor,
    source: message.source,
    sensitivity: message.classification.sensitivity,
    findings: message.classification.findings,
    geography: message.routing.geography,
    policy: { rule: message.routing.rule, version: message.routing.policyVersion },
  };
}

function asPipelineError(error: unknown): PermanentError | RetryableError {
  if (error instanceof PermanentError || error instanceof RetryableError) return error;
  // Unknown failures (S3 hiccups, bugs) get the queue's retries before they become an error record.
  return new RetryableError('internal-error', `${(error as Error)?.name ?? 'Error'}: unexpected failure`);
}

function extensionOf(key: string): string | undefined {
  const name = key.slice(key.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : undefined;
}

const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;
