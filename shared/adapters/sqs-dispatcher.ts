// Sends claim-check messages to the queue of their geography.
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { claimCheckSchema } from '../domain/contracts.js';
import type { Dispatcher } from '../domain/ports.js';
import type { Geography } from '../domain/sensitivity.js';

export function sqsDispatcher(
  sqs: SQSClient,
  queueUrls: Readonly<Record<Geography, string>>,
  /** The X-Ray trace header to carry to the worker; SQS also derives it from the request. */
  traceHeader: () => string | undefined = () => undefined,
): Dispatcher {
  return {
    async send(message) {
      const valid = claimCheckSchema.parse(message);
      const header = traceHeader();
      await sqs.send(
        new SendMessageCommand({
          QueueUrl: queueUrls[valid.routing.geography],
          MessageBody: JSON.stringify(valid),
          MessageAttributes: {
            documentId: { DataType: 'String', StringValue: valid.documentId },
            geography: { DataType: 'String', StringValue: valid.routing.geography },
            schemaVersion: { DataType: 'Number', StringValue: String(valid.schemaVersion) },
          },
          ...(header ? { MessageSystemAttributes: { AWSTraceHeader: { DataType: 'String', StringValue: header } } } : {}),
        }),
      );
    },
  };
}
