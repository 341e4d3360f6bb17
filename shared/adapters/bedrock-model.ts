// The model port on Bedrock Converse, with Bedrock's errors sorted into retryable and permanent.
import {
  type BedrockRuntimeClient,
  BedrockRuntimeServiceException,
  ConverseCommand,
  type DocumentFormat,
} from '@aws-sdk/client-bedrock-runtime';
import { PermanentError, RetryableError } from '../domain/errors.js';
import type { Model, ModelRequest, ModelResponse } from '../domain/ports.js';

const RETRYABLE = new Set([
  'ThrottlingException',
  'ServiceUnavailableException',
  'ModelNotReadyException',
  'InternalServerException',
  'ModelTimeoutException',
]);

export function bedrockModel(client: BedrockRuntimeClient): Model {
  return {
    async converse(request: ModelRequest): Promise<ModelResponse> {
      const content =
        'text' in request.content
          ? [{ text: request.prompt }, { text: `<document>\n${request.content.text}\n</document>` }]
          : [
              { text: request.prompt },
              // A neutral name: the uploaded file name would be a prompt-injection surface.
              {
                document: {
                  format: request.content.document.format as DocumentFormat,
                  name: 'document',
                  source: { bytes: request.content.document.bytes },
                },
              },
            ];
      try {
        const response = await client.send(
          new ConverseCommand({
            modelId: request.profileId,
            system: [{ text: request.system }],
            messages: [{ role: 'user', content }],
            inferenceConfig: { maxTokens: request.maxTokens, temperature: 0 },
          }),
          request.timeoutMs ? { abortSignal: AbortSignal.timeout(request.timeoutMs) } : {},
        );
        const text = (response.output?.message?.content ?? []).map((block) => block.text ?? '').join('');
        return {
          text,
          stopReason: response.stopReason ?? 'unknown',
          usage: {
            inputTokens: response.usage?.inputTokens ?? 0,
            outputTokens: response.usage?.outputTokens ?? 0,
            totalTokens: response.usage?.totalTokens ?? 0,
          },
          latencyMs: response.metrics?.latencyMs ?? 0,
          ...(response.$metadata.requestId ? { requestId: response.$metadata.requestId } : {}),
        };
      } catch (error) {
        if ((error as Error).name === 'AbortError' || (error as Error).name === 'TimeoutError') {
          throw new RetryableError('model-unavailable', `no answer from Bedrock within ${request.timeoutMs} ms`);
        }
        if (error instanceof BedrockRuntimeServiceException) {
          const detail = `${error.name} from Bedrock (${error.$metadata.httpStatusCode ?? '?'})`;
          if (RETRYABLE.has(error.name))
            throw new RetryableError('model-unavailable', detail, error.name === 'ThrottlingException');
          throw new PermanentError('model-rejected', detail);
        }
        throw error;
      }
    },
  };
}
