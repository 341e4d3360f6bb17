// AWS SDK clients, created once per cold start, with retry settings in one place and
// each client captured by the tracer. Endpoints come from the SDK's own
// AWS_ENDPOINT_URL_<SERVICE> variables, so the same code reaches AWS or the local stack.
import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { tracer } from '../observability.js';

/** S3 emulators need path-style addressing; real S3 does not. */
const pathStyle = (): boolean => process.env.S3_FORCE_PATH_STYLE === 'true';

export function makeS3Client(): S3Client {
  return tracer.captureAWSv3Client(new S3Client({ maxAttempts: 3, retryMode: 'standard', forcePathStyle: pathStyle() }));
}

export function makeSqsClient(): SQSClient {
  return tracer.captureAWSv3Client(new SQSClient({ maxAttempts: 3, retryMode: 'standard' }));
}

/**
 * No SDK retries for Bedrock: the worker retries model calls itself, with backoff that
 * knows how much of the invocation is left, and hands the rest back to the queue.
 */
export function makeBedrockClient(): BedrockRuntimeClient {
  return tracer.captureAWSv3Client(new BedrockRuntimeClient({ maxAttempts: 1 }));
}
