// In-memory implementations of the ports, for use-case tests.
import type { AuditRecord, ClaimCheck, ErrorRecord, ResultRecord } from '../../shared/domain/contracts.js';
import { errorKeyOf, resultKeyOf } from '../../shared/domain/keys.js';
import type { LedgerEntry, ProcessingLedger, WriteResult } from '../../shared/domain/ledger.js';
import type {
  AuditLog,
  Dispatcher,
  DocumentStore,
  Model,
  ModelRequest,
  ModelResponse,
  ObjectRef,
  OutputStore,
  ReadOptions,
  ReadOutcome,
} from '../../shared/domain/ports.js';

export interface FakeObject {
  bytes: Uint8Array;
  eTag: string;
  contentType?: string;
  metadata?: Record<string, string>;
}

export class FakeDocuments implements DocumentStore {
  readonly objects = new Map<string, FakeObject>();
  readonly tags = new Map<string, Record<string, string>>();
  reads = 0;

  put(bucket: string, key: string, body: string | Uint8Array, extra: Partial<FakeObject> = {}): FakeObject {
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
    const object = { bytes, eTag: extra.eTag ?? `etag-${this.objects.size + 1}`, ...extra };
    this.objects.set(`${bucket}/${key}`, object);
    return object;
  }

  async read(ref: ObjectRef, { maxBytes }: ReadOptions): Promise<ReadOutcome> {
    this.reads += 1;
    const o = this.objects.get(`${ref.bucket}/${ref.key}`);
    if (!o) return { status: 'deleted' };
    if (ref.eTag && ref.eTag !== o.eTag) return { status: 'superseded' };
    const common = { eTag: o.eTag, contentType: o.contentType, metadata: o.metadata ?? {} };
    if (o.bytes.byteLength > maxBytes) return { status: 'too-large', size: o.bytes.byteLength, ...common };
    return { status: 'ok', object: { bytes: o.bytes, size: o.bytes.byteLength, ...common } };
  }

  async tag(ref: ObjectRef, tags: Readonly<Record<string, string>>): Promise<void> {
    this.tags.set(`${ref.bucket}/${ref.key}`, { ...tags });
  }
}

export class FakeAudit implements AuditLog {
  readonly records: AuditRecord[] = [];
  async append(record: AuditRecord): Promise<string> {
    this.records.push(record);
    return `audit/${this.records.length}`;
  }
}

export class FakeDispatcher implements Dispatcher {
  readonly sent: ClaimCheck[] = [];
  async send(message: ClaimCheck): Promise<void> {
    this.sent.push(message);
  }
}

export class FakeOutputs implements OutputStore {
  readonly results = new Map<string, ResultRecord>();
  readonly errors = new Map<string, ErrorRecord>();
  async putResult(record: ResultRecord): Promise<string> {
    const key = resultKeyOf(record.source.key);
    this.results.set(key, record);
    return key;
  }
  async putError(record: ErrorRecord, inputKey: string | undefined): Promise<string> {
    const key = errorKeyOf(inputKey ?? `_invalid-messages/${record.documentId}`);
    this.errors.set(key, record);
    return key;
  }
}

export class FakeModel implements Model {
  readonly requests: ModelRequest[] = [];
  failures: Error[] = [];
  answer = 'A short summary.';
  async converse(request: ModelRequest): Promise<ModelResponse> {
    this.requests.push(request);
    const failure = this.failures.shift();
    if (failure) throw failure;
    return {
      text: this.answer,
      stopReason: 'end_turn',
      usage: { inputTokens: 100, outputTokens: 10, totalTokens: 110 },
      latencyMs: 5,
      requestId: 'req-1',
    };
  }
}

/** Conditional writes as S3 does them: create if absent, replace only the version read. */
export class FakeLedger implements ProcessingLedger {
  readonly entries = new Map<string, { entry: LedgerEntry; token: string }>();
  private version = 0;

  async create(documentId: string, entry: LedgerEntry): Promise<WriteResult> {
    if (this.entries.has(documentId)) return { ok: false };
    return this.store(documentId, entry);
  }
  async read(documentId: string) {
    return this.entries.get(documentId);
  }
  async replace(documentId: string, entry: LedgerEntry, token: string): Promise<WriteResult> {
    if (this.entries.get(documentId)?.token !== token) return { ok: false };
    return this.store(documentId, entry);
  }
  private store(documentId: string, entry: LedgerEntry): WriteResult {
    const token = `v${++this.version}`;
    this.entries.set(documentId, { entry, token });
    return { ok: true, token };
  }
}
