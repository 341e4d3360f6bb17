// `cris redrive`: sends messages from a dead-letter queue back to its queue once the cause
// is fixed. The ledger makes this safe: a document that already has an outcome is
// recorded as a duplicate and not processed again.
import {
  DeleteMessageBatchCommand,
  GetQueueUrlCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';

export interface RedriveResult {
  readonly moved: number;
}

/** Moves up to `max` messages, body and attributes unchanged; each is deleted only after it was sent. */
export async function moveMessages(
  sqs: SQSClient,
  fromUrl: string,
  toUrl: string,
  max = Number.POSITIVE_INFINITY,
): Promise<RedriveResult> {
  let moved = 0;
  while (moved < max) {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: fromUrl,
        MaxNumberOfMessages: Math.min(10, max - moved),
        WaitTimeSeconds: 0,
        VisibilityTimeout: 60,
        MessageAttributeNames: ['All'],
      }),
    );
    // The emulator may repeat a message within one response.
    const batch = [...new Map(Messages.map((m) => [m.MessageId, m])).values()];
    if (batch.length === 0) break;
    const sent = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: toUrl,
        Entries: batch.map((m, i) => ({ Id: String(i), MessageBody: m.Body ?? '', MessageAttributes: m.MessageAttributes })),
      }),
    );
    const ok = new Set((sent.Successful ?? []).map((s) => s.Id));
    const done = batch.filter((_, i) => ok.has(String(i)));
    if (done.length > 0) {
      await sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: fromUrl,
          Entries: done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })),
        }),
      );
    }
    moved += done.length;
    if (done.length < batch.length)
      throw new Error(`${batch.length - done.length} messages could not be sent back; they stay in the DLQ`);
  }
  return { moved };
}

/** Queue URLs of a deployed stage, by the names infra/resources.yml gives them. */
export async function stageQueues(
  sqs: SQSClient,
  stage: string,
  geography: 'eu' | 'global',
): Promise<{ from: string; to: string }> {
  const url = async (name: string) => (await sqs.send(new GetQueueUrlCommand({ QueueName: name }))).QueueUrl ?? '';
  const base = `cris-pipeline-${stage}-${geography}`;
  return { from: await url(`${base}-dlq`), to: await url(base) };
}
