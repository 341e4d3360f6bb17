// A hash chain per document over its audit records: each record carries the SHA-256 of
// its own canonical JSON and the hash of the record before it (the `classified` record
// for everything the worker writes), so an edited or removed record shows.
import { createHash } from 'node:crypto';
import type { AuditRecord } from './contracts.js';

export type UnsealedAuditRecord = Omit<AuditRecord, 'hash' | 'previousHash'>;

/** JSON with object keys sorted at every level: the same record always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function digest(record: Omit<AuditRecord, 'hash'>): string {
  return createHash('sha256').update(canonicalJson(record)).digest('hex');
}

export function seal(record: UnsealedAuditRecord, previousHash: string | null): AuditRecord {
  const withPrevious = { ...record, previousHash };
  return { ...withPrevious, hash: digest(withPrevious) };
}

/** True when the record's content still matches its own hash. */
export function sealIntact(record: AuditRecord): boolean {
  const { hash, ...rest } = record;
  return hash === digest(rest);
}
