// The ports: what the domain needs from the outside world, in its own words.
import type { AuditRecord, ClaimCheck, ErrorRecord, ResultRecord } from './contracts.js';

export interface ObjectRef {
  readonly bucket: string;
  readonly key: string;
  readonly versionId?: string;
  /** When set (and no version id), the read succeeds only for this exact content. */
  readonly eTag?: string;
}

export interface StoredObject {
  readonly bytes: Uint8Array;
  readonly eTag: string;
  readonly versionId?: string;
  readonly size: number;
  readonly contentType?: string;
  readonly metadata: Readonly<Record<string, string>>;
}

export type ReadOutcome =
  | { readonly status: 'ok'; readonly object: StoredObject }
  | {
      readonly status: 'too-large';
      readonly size: number;
      readonly eTag: string;
      readonly versionId?: string;
      readonly contentType?: string;
      readonly metadata: Readonly<Record<string, string>>;
    }
  | { readonly status: 'superseded' }
  | { readonly status: 'deleted' };

export interface ReadOptions {
  /** Larger objects are not read: `too-large` comes back instead. */
  readonly maxBytes: number;
  /** Also `superseded` when the key's current version is no longer this one. */
  readonly requireCurrent?: boolean;
}

export interface DocumentStore {
  read(ref: ObjectRef, options: ReadOptions): Promise<ReadOutcome>;
  tag(ref: ObjectRef, tags: Readonly<Record<string, string>>): Promise<void>;
}

export interface OutputStore {
  putResult(record: ResultRecord): Promise<string>;
  putError(record: ErrorRecord, inputKey: string | undefined): Promise<string>;
}

export interface AuditLog {
  append(record: AuditRecord): Promise<string>;
}

export interface Dispatcher {
  send(message: ClaimCheck): Promise<void>;
}

export interface ModelRequest {
  readonly profileId: string;
  readonly system: string;
  readonly prompt: string;
  /** Extracted text, or the raw document for formats Bedrock reads itself. */
  readonly content: { readonly text: string } | { readonly document: { readonly format: string; readonly bytes: Uint8Array } };
  readonly maxTokens: number;
  /** Give up (retryably) when no answer arrives within this time. */
  readonly timeoutMs?: number;
}

export interface ModelResponse {
  readonly text: string;
  readonly stopReason: string;
  readonly usage: { readonly inputTokens: number; readonly outputTokens: number; readonly totalTokens: number };
  readonly latencyMs: number;
  readonly requestId?: string;
}

export interface Model {
  converse(request: ModelRequest): Promise<ModelResponse>;
}
