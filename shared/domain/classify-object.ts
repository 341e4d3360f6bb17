// The classifier's use case: read one object version, classify it, route it, tag it,
// audit the decision and send the claim-check message to the queue of its geography.
import { seal } from './audit-chain.js';
import { CLASSIFIER_VERSION, type Classification, classifyText } from './classify.js';
import type { ClaimCheck, ClassificationSummary, DocumentSource } from './contracts.js';
import { extractText } from './extract.js';
import { documentIdOf, normaliseETag } from './keys.js';
import { type RoutingPolicy, ruleFor } from './policy.js';
import type { AuditLog, Dispatcher, DocumentStore, ObjectRef } from './ports.js';
import { route } from './routing.js';

export interface ClassifierDeps {
  readonly documents: DocumentStore;
  readonly audit: AuditLog;
  readonly dispatcher: Dispatcher;
  readonly policy: RoutingPolicy;
  readonly now: () => Date;
  /** Traces a step (extraction, classification, routing); a no-op where there is no tracing. */
  readonly span?: <T>(name: string, fn: () => T) => T;
}

export interface ClassifiedObject {
  readonly message: ClaimCheck;
  readonly findingTypes: readonly string[];
}

const METADATA_SENSITIVITY = 'sensitivity';

export async function classifyObject(deps: ClassifierDeps, ref: ObjectRef & { size?: number }): Promise<ClassifiedObject> {
  const span = deps.span ?? (<T>(_: string, fn: () => T): T => fn());
  const rule = ruleFor(deps.policy, ref.key);
  const read = await deps.documents.read(ref, { maxBytes: rule.maxDocumentBytes });

  let classification: Classification | undefined;
  let incomplete: string | undefined;
  let format: string | undefined;
  let source: DocumentSource;
  let declared: string | undefined;

  if (read.status === 'ok') {
    const { object } = read;
    source = sourceOf(ref, object);
    declared = object.metadata[METADATA_SENSITIVITY];
    const extraction = await span('extract text', () => extractText(object.bytes, ref.key, object.contentType));
    if (extraction.ok) {
      format = extraction.format;
      // Part of it unread (an e-mail's image attachment): what was read is still classified.
      if (extraction.incomplete) incomplete = `extraction-partial: ${extraction.incomplete}`;
      try {
        classification = span('classify', () => classifyText(extraction.text));
      } catch (error) {
        // A detector bug must not let a document through unclassified: fail closed.
        incomplete = `classifier-error: ${(error as Error).name}`;
      }
    } else {
      incomplete = `${extraction.reason}: ${extraction.detail}`;
    }
  } else if (read.status === 'too-large') {
    source = sourceOf(ref, read);
    declared = read.metadata[METADATA_SENSITIVITY];
    incomplete = `too-large: ${read.size} bytes exceeds the ${rule.maxDocumentBytes}-byte limit of rule ${rule.name}`;
  } else {
    // Gone or replaced before we could read it; the worker records the outcome.
    source = {
      bucket: ref.bucket,
      key: ref.key,
      versionId: ref.versionId,
      eTag: normaliseETag(ref.eTag ?? 'unknown'),
      size: ref.size ?? 0,
    };
    incomplete = `object-${read.status}`;
  }

  const decision = span('route', () => route({ classification, incomplete, rule, declaredSensitivity: declared }));
  const summary: ClassificationSummary = {
    sensitivity: decision.sensitivity,
    findings: (classification?.findings ?? []).map(({ type, count, confidence }) => ({ type, count, confidence })),
    complete: incomplete === undefined,
    ...(incomplete !== undefined ? { incompleteReason: incomplete } : {}),
    ...(format !== undefined ? { format } : {}),
    classifierVersion: CLASSIFIER_VERSION,
  };
  const documentId = documentIdOf(source);
  const classifiedAt = deps.now().toISOString();
  const auditRecord = seal(
    {
      schemaVersion: 1,
      kind: 'audit',
      event: 'classified',
      documentId,
      at: classifiedAt,
      actor: 'classifier',
      source,
      sensitivity: decision.sensitivity,
      findings: summary.findings,
      geography: decision.geography,
      policy: { rule: rule.name, version: deps.policy.version },
      reason: decision.reason,
    },
    null,
  );
  const message: ClaimCheck = {
    schemaVersion: 1,
    documentId,
    source,
    classification: summary,
    routing: { geography: decision.geography, reason: decision.reason, rule: rule.name, policyVersion: deps.policy.version },
    task: rule.task,
    model: rule.model,
    maxOutputTokens: rule.maxOutputTokens,
    classifiedAt,
    auditHash: auditRecord.hash,
  };

  if (read.status === 'ok' || read.status === 'too-large') {
    await deps.documents.tag(
      { bucket: source.bucket, key: source.key, versionId: source.versionId },
      { sensitivity: decision.sensitivity, geography: decision.geography, 'classifier-version': CLASSIFIER_VERSION },
    );
  }
  await deps.audit.append(auditRecord);
  await deps.dispatcher.send(message);
  return { message, findingTypes: summary.findings.map((f) => f.type) };
}

function sourceOf(
  ref: ObjectRef,
  object: { eTag: string; versionId?: string; size: number; contentType?: string },
): DocumentSource {
  return {
    bucket: ref.bucket,
    key: ref.key,
    ...(object.versionId ? { versionId: object.versionId } : {}),
    eTag: normaliseETag(object.eTag),
    size: object.size,
    ...(object.contentType ? { contentType: object.contentType } : {}),
  };
}
