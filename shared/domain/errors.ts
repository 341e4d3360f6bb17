// Errors split by what the queue should do with the message.
import type { ErrorCode } from './contracts.js';

/** Retrying will not help: record the error and delete the message. */
export class PermanentError extends Error {
  override readonly name = 'PermanentError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** May succeed later (throttling, outages): let the queue redeliver. */
export class RetryableError extends Error {
  override readonly name = 'RetryableError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The service said slow down (as opposed to failing or timing out). */
    readonly throttled = false,
  ) {
    super(message);
  }
}
