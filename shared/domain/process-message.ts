// The worker's use case: guard residency, claim the object version in the ledger, read
// exactly the classified version (and only while it is current), call the model through
// the profile of this worker's geography with retries inside the time left, and record
// exactly one outcome.
import { createHash } from 'node:crypto';
import { seal, type UnsealedAuditRecord } from './audit-chain.js';
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
import { detectFormat, extensionOf, extractText } from './extract.js';
import { claim, type LedgerOutcome, type Owner, type ProcessingLedger } from './ledger.js';
import type { AuditLog, DocumentStore, Model, ModelRequest, ModelResponse, OutputStore } from './ports.js';
import { PROMPTS } from './prompts.js';
import type { Geography } from './sensitivity.js';

export interface WorkerDeps {
  readonly geography: Geography;
  readonly documents: DocumentStore;
  readonly outputs: OutputStore;
  readonly audit: AuditLog;
  readonly ledger: ProcessingLedger;
  readonly model: Model;
  /** The profile this worker uses for a model; throws ProfileUnavailableError. */
  readonly profileFor: (modelId: string) => ResolvedProfile;
  readonly maxDocumentBytes: number;
  /** Model calls per delivery, retries included. */
  readonly modelAttempts: number;
  readonly now: () => Date;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
}

export interface Attempt {
  readonly messageId: string;
  readonly receiveCount: number;
  readonly maxReceiveCount: number;
  /** When this invocation will be stopped (Lambda's remaining time). */
  readonly deadline: Date;
}

/** What one delivery cost, for metrics: model calls made and how many were throttled. */
export interface DeliveryStats {
  modelCalls: number;
  throttled: number;
}

export type DeliveryOutcome = (
  | {
      readonly kind: 'result';
      readonly documentId: string;
      readonly outputKey: string;
      readonly profileId: string;
      readonly latencyMs: number;
      readonly usage: ModelResponse['usage'];
      readonly estimatedCostUsd?: number;
    }
  | { readonly kind: 'error'; readonly documentId: string; readonly outputKey: string; readonly code: ErrorCode }
  | { readonly kind: 'duplicate'; readonly documentId: string; readonly outputKey: string }
  | { readonly kind: 'retry'; readonly documentId: string; readonly code: ErrorCode | 'in-progress' }
) & { readonly stats?: DeliveryStats };

/** Bedrock reads these itself through document blocks, so unreadable-to-us need not mean unprocessable. */
const MODEL_DOCUMENT_FORMATS = new Set(['pdf', 'csv', 'doc', 'docx', 'xls', 'xlsx', 'html', 'txt', 'md']);
/** Roughly four characters per token: enough to refuse what cannot fit the model's context. */
const CHARS_PER_TOKEN = 4;
/** Time kept back from the deadline to write the outcome and audit records. */
export const RESERVE_MS = 5_000;
/** A lease outlives its holder's deadline by this much, for clock differences between hosts. */
const LEASE_SLACK_MS = 5_000;
const BACKOFF_BASE_MS = 200;
const BACKOFF_CAP_MS = 10_000;

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
  const documentId = message?.documentId ?? createHash('sha256').update(body).digest('hex').slice(0, 32);
  const me: Owner = { messageId: attempt.messageId, receiveCount: attempt.receiveCount };
  const lease = await claim(deps.ledger, documentId, me, deps.now(), new Date(attempt.deadline.getTime() + LEASE_SLACK_MS));
  if (lease.status === 'completed') {
    // A duplicate event or a redelivery after success: record it, change no output.
    await deps.audit.append(
      seal({ ...auditBase(deps, message, documentId, 'duplicate'), outputKey: lease.outcome.key }, message?.auditHash ?? null),
    );
    return { kind: 'duplicate', documentId, outputKey: lease.outcome.key };
  }
  if (lease.status === 'busy') return { kind: 'retry', documentId, code: 'in-progress' };

  const finish = async (outcome: LedgerOutcome) => {
    // Losing the lease here means another delivery took over after our deadline; its outcome stands.
    await deps.ledger.replace(documentId, { state: 'completed', owner: me, outcome }, lease.token);
  };

  if (!message) {
    const error = new PermanentError('invalid-message', 'message does not match the claim-check schema v1');
    const outcome = await recordError(deps, undefined, documentId, error, attempt);
    await finish({ kind: 'error', key: outcome.outputKey });
    return outcome;
  }
  if (message.routing.geography !== deps.geography) {
    const refusal = new PermanentError(
      'residency-guard-refused',
      `message routed to ${message.routing.geography} refused by the ${deps.geography} worker`,
    );
    const outcome = await recordError(deps, message, documentId, refusal, attempt, 'refused');
    await finish({ kind: 'error', key: outcome.outputKey });
    return outcome;
  }
  const stats: DeliveryStats = { modelCalls: 0, throttled: 0 };
  try {
    const outcome = await processDocument(deps, message, attempt, stats);
    await finish({ kind: 'result', key: outcome.outputKey });
    return { ...outcome, stats };
  } catch (error) {
    const failure = asPipelineError(error);
    if (failure instanceof RetryableError && attempt.receiveCount < attempt.maxReceiveCount) {
      // Let the next delivery claim at once rather than wait for the lease to run out.
      await deps.ledger.replace(
        documentId,
        { state: 'processing', owner: me, leaseUntil: new Date(0).toISOString() },
        lease.token,
      );
      return { kind: 'retry', documentId, code: failure.code, stats };
    }
    const outcome = await recordError(deps, message, documentId, failure, attempt);
    await finish({ kind: 'error', key: outcome.outputKey });
    return { ...outcome, stats };
  }
}

async function processDocument(
  deps: WorkerDeps,
  message: ClaimCheck,
  attempt: Attempt,
  stats: DeliveryStats,
): Promise<Extract<DeliveryOutcome, { kind: 'result' }>> {
  const profile = profileOrRefuse(deps, message.model);
  const read = await deps.documents.read(
    { bucket: message.source.bucket, key: message.source.key, versionId: message.source.versionId, eTag: message.source.eTag },
    { maxBytes: deps.maxDocumentBytes, requireCurrent: true },
  );
  if (read.status === 'superseded') throw new PermanentError('object-superseded', 'the object changed after it was classified');
  if (read.status === 'deleted') throw new PermanentError('object-deleted', 'the object was deleted after it was classified');
  if (read.status === 'too-large')
    throw new PermanentError('document-too-large', `${read.size} bytes exceeds the worker limit of ${deps.maxDocumentBytes}`);

  const { object } = read;
  const template = PROMPTS[message.task];
  const extraction = await extractText(object.bytes, message.source.key, object.contentType);
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
  // Refused, never silently truncated.
  const budget = profile.contextTokens - message.maxOutputTokens;
  if (approxChars / CHARS_PER_TOKEN > budget) {
    throw new PermanentError(
      'document-too-large',
      `about ${Math.ceil(approxChars / CHARS_PER_TOKEN)} tokens exceeds the ${budget}-token input budget of ${profile.modelId}`,
    );
  }

  const response = await converseWithRetries(
    deps,
    {
      profileId: profile.profileId,
      system: template.system,
      prompt: template.instruction,
      content,
      maxTokens: message.maxOutputTokens,
    },
    attempt.deadline,
    stats,
  );
  const fields = message.task === 'extract' ? parseFields(response.text) : undefined;

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
    output: { task: message.task, text: response.text, ...(fields ? { fields } : {}) },
    createdAt,
  };
  const outputKey = await deps.outputs.putResult(record);
  await deps.audit.append(
    seal(
      {
        ...auditBase(deps, message, message.documentId, 'processed'),
        profileId: profile.profileId,
        sourceRegion: profile.sourceRegion,
        destinationRegions: [...profile.destinationRegions],
        ...(response.requestId ? { requestId: response.requestId } : {}),
        outputKey,
      },
      message.auditHash,
    ),
  );
  return {
    kind: 'result',
    documentId: message.documentId,
    outputKey,
    profileId: profile.profileId,
    latencyMs: response.latencyMs,
    usage: response.usage,
    ...(record.processing.estimatedCostUsd !== undefined ? { estimatedCostUsd: record.processing.estimatedCostUsd } : {}),
  };
}

/**
 * Retries throttling and outages with full-jitter exponential backoff, but only while the
 * invocation has time left: what does not fit goes back to the queue.
 */
export async function converseWithRetries(
  deps: Pick<WorkerDeps, 'model' | 'modelAttempts' | 'now' | 'sleep' | 'random'>,
  request: ModelRequest,
  deadline: Date,
  stats: DeliveryStats = { modelCalls: 0, throttled: 0 },
): Promise<ModelResponse> {
  for (let call = 1; ; call++) {
    const timeLeft = deadline.getTime() - deps.now().getTime() - RESERVE_MS;
    if (timeLeft <= 0) throw new RetryableError('model-unavailable', 'no time left in this invocation for a model call');
    try {
      stats.modelCalls += 1;
      return await deps.model.converse({ ...request, timeoutMs: timeLeft });
    } catch (error) {
      if (error instanceof RetryableError && error.throttled) stats.throttled += 1;
      if (!(error instanceof RetryableError) || call >= deps.modelAttempts) throw error;
      const delay = deps.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** call);
      if (deps.now().getTime() + delay + RESERVE_MS >= deadline.getTime()) throw error;
      await deps.sleep(delay);
    }
  }
}

function parseFields(text: string): Record<string, unknown> {
  const json = text.trim().replace(/^```(?:json)?\s*|\s*```$/g, '');
  try {
    const value: unknown = JSON.parse(json);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new PermanentError('model-output-invalid', 'the model did not answer the extract task with a JSON object');
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
): Promise<Extract<DeliveryOutcome, { kind: 'error' }>> {
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
  await deps.audit.append(
    seal(
      { ...auditBase(deps, message, documentId, event), reason: error.message, errorCode: error.code, outputKey },
      message?.auditHash ?? null,
    ),
  );
  return { kind: 'error', documentId, outputKey, code: error.code };
}

function auditBase(
  deps: WorkerDeps,
  message: ClaimCheck | undefined,
  documentId: string,
  event: AuditRecord['event'],
): UnsealedAuditRecord {
  const base: UnsealedAuditRecord = {
    schemaVersion: 1,
    kind: 'audit',
    event,
    documentId,
    at: deps.now().toISOString(),
    actor: `worker-${deps.geography}`,
  };
  if (!message) return base;
  return {
    ...base,
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

const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;
