// The versioned contracts: the claim-check message and the result, error and audit
// records. None of them carries document text or found values.
import { z } from 'zod';
import { TASKS } from './policy.js';
import { GEOGRAPHIES, SENSITIVITY_LEVELS } from './sensitivity.js';

export const SCHEMA_VERSION = 1 as const;

export const sourceSchema = z
  .object({
    bucket: z.string().min(1),
    key: z.string().min(1),
    versionId: z.string().min(1).optional(),
    eTag: z.string().min(1),
    size: z.number().int().nonnegative(),
    contentType: z.string().optional(),
  })
  .strict();
export type DocumentSource = z.infer<typeof sourceSchema>;

export const findingSummarySchema = z
  .object({ type: z.string(), count: z.number().int().positive(), confidence: z.number().min(0).max(1) })
  .strict();

export const classificationSchema = z
  .object({
    sensitivity: z.enum(SENSITIVITY_LEVELS),
    findings: z.array(findingSummarySchema),
    complete: z.boolean(),
    incompleteReason: z.string().optional(),
    format: z.string().optional(),
    classifierVersion: z.string(),
  })
  .strict();
export type ClassificationSummary = z.infer<typeof classificationSchema>;

export const routingSchema = z
  .object({
    geography: z.enum(GEOGRAPHIES),
    reason: z.string(),
    rule: z.string(),
    policyVersion: z.string(),
  })
  .strict();

export const claimCheckSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    documentId: z.string().regex(/^[0-9a-f]{32}$/),
    source: sourceSchema,
    classification: classificationSchema,
    routing: routingSchema,
    task: z.enum(TASKS),
    model: z.string(),
    maxOutputTokens: z.number().int().positive(),
    classifiedAt: z.iso.datetime(),
    /** Hash of the `classified` audit record, which the worker's audit records chain to. */
    auditHash: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
export type ClaimCheck = z.infer<typeof claimCheckSchema>;

const usageSchema = z
  .object({ inputTokens: z.number().int(), outputTokens: z.number().int(), totalTokens: z.number().int() })
  .strict();

export const processingSchema = z
  .object({
    geography: z.enum(GEOGRAPHIES),
    profileId: z.string(),
    modelId: z.string(),
    sourceRegion: z.string(),
    destinationRegions: z.array(z.string()),
    destinationsOpenEnded: z.boolean(),
    requestId: z.string().optional(),
    latencyMs: z.number().nonnegative(),
    usage: usageSchema,
    estimatedCostUsd: z.number().nonnegative().optional(),
    stopReason: z.string(),
    attempt: z.number().int().positive(),
  })
  .strict();

export const resultRecordSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    kind: z.literal('result'),
    documentId: z.string(),
    source: sourceSchema.extend({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
    classification: classificationSchema,
    routing: routingSchema,
    processing: processingSchema,
    output: z
      .object({
        task: z.enum(TASKS),
        text: z.string(),
        /** For `extract`: the fields the model returned, parsed. */
        fields: z.record(z.string(), z.unknown()).optional(),
      })
      .strict(),
    createdAt: z.iso.datetime(),
  })
  .strict();
export type ResultRecord = z.infer<typeof resultRecordSchema>;

export const ERROR_CODES = [
  'invalid-message',
  'residency-guard-refused',
  'profile-unavailable',
  'object-superseded',
  'object-deleted',
  'unsupported-format',
  'document-too-large',
  'model-rejected',
  'model-unavailable',
  'model-output-invalid',
  'internal-error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const errorRecordSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    kind: z.literal('error'),
    documentId: z.string(),
    source: sourceSchema.partial().optional(),
    classification: classificationSchema.optional(),
    routing: routingSchema.optional(),
    error: z
      .object({
        code: z.enum(ERROR_CODES),
        message: z.string(),
        retryable: z.boolean(),
        attempts: z.number().int().nonnegative(),
      })
      .strict(),
    workerGeography: z.enum(GEOGRAPHIES),
    createdAt: z.iso.datetime(),
  })
  .strict();
export type ErrorRecord = z.infer<typeof errorRecordSchema>;

export const AUDIT_EVENTS = ['classified', 'processed', 'failed', 'refused', 'duplicate'] as const;
export type AuditEvent = (typeof AUDIT_EVENTS)[number];

export const auditRecordSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    kind: z.literal('audit'),
    event: z.enum(AUDIT_EVENTS),
    documentId: z.string(),
    at: z.iso.datetime(),
    actor: z.string(),
    source: sourceSchema.partial().optional(),
    sensitivity: z.enum(SENSITIVITY_LEVELS).optional(),
    findings: z.array(findingSummarySchema).optional(),
    geography: z.enum(GEOGRAPHIES).optional(),
    policy: z.object({ rule: z.string(), version: z.string() }).strict().optional(),
    reason: z.string().optional(),
    profileId: z.string().optional(),
    sourceRegion: z.string().optional(),
    destinationRegions: z.array(z.string()).optional(),
    requestId: z.string().optional(),
    outputKey: z.string().optional(),
    errorCode: z.enum(ERROR_CODES).optional(),
    /** Hash of the record before this one in the document's chain (null for the first). */
    previousHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .nullable(),
    /** SHA-256 of this record's canonical JSON without `hash`. */
    hash: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
export type AuditRecord = z.infer<typeof auditRecordSchema>;
