// Object keys and document ids: how inputs map to outputs, and S3's event key encoding.
import { createHash, randomUUID } from 'node:crypto';
import type { AuditRecord } from './contracts.js';

/** S3 event notifications carry keys form-encoded: spaces as `+`, the rest percent-encoded. */
export function decodeEventKey(raw: string): string {
  return decodeURIComponent(raw.replace(/\+/g, ' '));
}

/** The inverse of decodeEventKey, as S3 encodes keys in event notifications. */
export function encodeEventKey(key: string): string {
  return encodeURIComponent(key)
    .replace(/%20/g, '+')
    .replace(/%2F/g, '/')
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Stable per object version: the same upload always has the same id, a new version a new one. */
export function documentIdOf(source: { bucket: string; key: string; versionId?: string; eTag?: string }): string {
  return createHash('sha256')
    .update([source.bucket, source.key, source.versionId ?? '', normaliseETag(source.eTag ?? '')].join('\n'))
    .digest('hex')
    .slice(0, 32);
}

export function normaliseETag(eTag: string): string {
  return eTag.replace(/^"|"$/g, '');
}

export const resultKeyOf = (inputKey: string): string => `results/${inputKey}.json`;
export const errorKeyOf = (inputKey: string): string => `errors/${inputKey}.json`;

/** Audit keys are unique per write, so audit records are never overwritten. */
export function auditKeyOf(record: Pick<AuditRecord, 'at' | 'documentId' | 'event'>): string {
  const day = record.at.slice(0, 10);
  const stamp = record.at.replace(/[-:.]/g, '');
  return `audit/${day}/${record.documentId}/${stamp}-${record.event}-${randomUUID().slice(0, 8)}.json`;
}
