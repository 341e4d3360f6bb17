// Lambda's event sources, locally: S3 notifications delivered as S3 sends them (async
// invocation with retries) and SQS event source mappings (batches, concurrency,
// partial batch failures; visibility timeout and redrive are the queue's own).
import {
  DeleteMessageBatchCommand,
  type Message,
  type MessageAttributeValue,
  ReceiveMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { encodeEventKey } from '../../shared/domain/keys.js';
import { parseTraceHeader } from '../../shared/trace-header.js';
import type { LocalFunction, TraceContext } from './lambda-host.js';
import { newTraceId } from './xray-collector.js';

export interface S3rverEvent {
  Records: {
    eventName: string;
    eventTime: string;
    s3: { bucket: { name: string }; object: { key: string; size: number; eTag: string; sequencer?: string; versionId?: string } };
  }[];
}

/** The event S3 sends: keys form-encoded (s3rver sends them raw), the real region and bucket ARN. */
export function toS3NotificationEvent(event: S3rverEvent, region: string): unknown {
  return {
    Records: event.Records.map((r) => ({
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: region,
      eventTime: r.eventTime,
      eventName: r.eventName,
      userIdentity: { principalId: 'AWS:LOCAL' },
      requestParameters: { sourceIPAddress: '127.0.0.1' },
      responseElements: { 'x-amz-request-id': 'LOCAL', 'x-amz-id-2': 'LOCAL' },
      s3: {
        s3SchemaVersion: '1.0',
        configurationId: 'classifier',
        bucket: { name: r.s3.bucket.name, ownerIdentity: { principalId: 'LOCAL' }, arn: `arn:aws:s3:::${r.s3.bucket.name}` },
        object: {
          key: encodeEventKey(r.s3.object.key),
          size: r.s3.object.size,
          eTag: r.s3.object.eTag,
          ...(r.s3.object.versionId ? { versionId: r.s3.object.versionId } : {}),
          sequencer: r.s3.object.sequencer ?? '0',
        },
      },
    })),
  };
}

export interface AsyncInvoker {
  /** Invocations accepted and not yet finished (including retries). */
  readonly pending: number;
  /** Every event accepted, in order: a test may deliver one again, as S3 occasionally does. */
  readonly accepted: readonly unknown[];
  readonly failures: { readonly event: unknown; readonly error: string }[];
  invoke(event: unknown): void;
  settled(): Promise<void>;
}

/** Lambda's asynchronous invocation: two retries after a failure, then the event is reported as failed. */
export function asyncInvoker(fn: LocalFunction, retryDelaysMs: readonly number[] = [1000, 2000]): AsyncInvoker {
  let pending = 0;
  let waiters: (() => void)[] = [];
  const accepted: unknown[] = [];
  const failures: { event: unknown; error: string }[] = [];
  const run = async (event: unknown): Promise<void> => {
    for (let attempt = 0; ; attempt++) {
      try {
        // S3 events start a new trace for each event, as they do in AWS.
        await fn.invoke(event, { traceId: newTraceId() });
        return;
      } catch (error) {
        const delay = retryDelaysMs[attempt];
        if (delay === undefined) {
          failures.push({ event, error: (error as Error).message });
          return;
        }
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  };
  return {
    get pending() {
      return pending;
    },
    failures,
    accepted,
    invoke(event) {
      accepted.push(event);
      pending += 1;
      void run(event).finally(() => {
        pending -= 1;
        if (pending === 0) {
          for (const w of waiters) w();
          waiters = [];
        }
      });
    },
    settled: () => (pending === 0 ? Promise.resolve() : new Promise((r) => waiters.push(r))),
  };
}

export interface QueuePollerOptions {
  readonly sqs: SQSClient;
  readonly queueUrl: string;
  readonly queueArn: string;
  readonly region: string;
  readonly fn: LocalFunction;
  readonly batchSize: number;
  readonly maximumBatchingWindowSeconds: number;
  readonly reportBatchItemFailures: boolean;
  readonly onError?: (error: Error) => void;
}

function toLambdaAttributes(attributes: Record<string, MessageAttributeValue> | undefined): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(attributes ?? {}).map(([k, v]) => [
      k,
      {
        stringValue: v.StringValue,
        binaryValue: v.BinaryValue,
        stringListValues: [],
        binaryListValues: [],
        dataType: v.DataType,
      },
    ]),
  );
}

export function toSqsRecord(message: Message, queueArn: string, region: string): unknown {
  return {
    messageId: message.MessageId,
    receiptHandle: message.ReceiptHandle,
    body: message.Body,
    attributes: message.Attributes ?? {},
    messageAttributes: toLambdaAttributes(message.MessageAttributes),
    md5OfBody: message.MD5OfBody,
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn,
    awsRegion: region,
  };
}

/** One event source mapping: polls its queue and invokes the function with batches. */
export class QueuePoller {
  private running = false;
  /** While paused, messages wait in the queue as if the mapping were disabled. */
  paused = false;
  private loop: Promise<void> | undefined;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(readonly options: QueuePollerOptions) {}

  start(): void {
    this.running = true;
    this.loop = this.poll();
  }

  get busy(): boolean {
    return this.inFlight.size > 0;
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
    await Promise.allSettled([...this.inFlight]);
  }

  private async poll(): Promise<void> {
    const o = this.options;
    while (this.running) {
      if (this.paused || !o.fn.hasCapacity || this.inFlight.size >= o.fn.options.concurrency) {
        await sleep(20);
        continue;
      }
      let batch: Message[];
      try {
        batch = await this.receiveBatch();
      } catch (error) {
        o.onError?.(error as Error);
        await sleep(250);
        continue;
      }
      if (batch.length === 0) {
        await sleep(100);
        continue;
      }
      const job = this.deliver(batch).finally(() => this.inFlight.delete(job));
      this.inFlight.add(job);
    }
  }

  /** Up to batchSize messages, waiting at most the batching window for more. */
  private async receiveBatch(): Promise<Message[]> {
    const o = this.options;
    const deadline = Date.now() + o.maximumBatchingWindowSeconds * 1000;
    const byId = new Map<string, Message>();
    do {
      const response = await o.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: o.queueUrl,
          MaxNumberOfMessages: Math.min(10, o.batchSize - byId.size),
          WaitTimeSeconds: 0,
          // The emulator reads only the older AttributeNames; AWS reads both.
          AttributeNames: ['All'],
          MessageSystemAttributeNames: ['All'],
          MessageAttributeNames: ['All'],
        }),
      );
      // The emulator may return one message several times in a response.
      for (const m of response.Messages ?? []) if (m.MessageId) byId.set(m.MessageId, m);
      if (byId.size === 0 || byId.size >= o.batchSize) break;
      await sleep(50);
    } while (this.running && Date.now() < deadline);
    return [...byId.values()];
  }

  private async deliver(batch: Message[]): Promise<void> {
    const o = this.options;
    let failedIds: Set<string>;
    try {
      const result = (await o.fn.invoke({ Records: batch.map((m) => toSqsRecord(m, o.queueArn, o.region)) }, traceOf(batch))) as
        | { batchItemFailures?: { itemIdentifier: string }[] }
        | undefined;
      const reported = o.reportBatchItemFailures ? (result?.batchItemFailures ?? []) : [];
      failedIds = new Set(reported.map((f) => f.itemIdentifier));
      // Lambda treats an unknown or empty identifier as a failure of the whole batch.
      if ([...failedIds].some((id) => !id || !batch.some((m) => m.MessageId === id))) {
        failedIds = new Set(batch.map((m) => m.MessageId ?? ''));
      }
    } catch (error) {
      // An error or timeout fails the whole batch: every message returns after its visibility timeout.
      o.onError?.(error as Error);
      return;
    }
    const done = batch.filter((m) => !failedIds.has(m.MessageId ?? ''));
    if (done.length === 0) return;
    await o.sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: o.queueUrl,
        Entries: done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })),
      }),
    );
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The invocation continues the trace of its first message, if it carries one. */
function traceOf(batch: readonly Message[]): TraceContext {
  const header = parseTraceHeader(batch[0]?.Attributes?.AWSTraceHeader);
  return header ? { traceId: header.root, ...(header.parent ? { parentId: header.parent } : {}) } : { traceId: newTraceId() };
}
