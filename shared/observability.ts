// Logger and tracer for every function, with defaults that keep personal data out:
// no event logging, no handler responses captured in traces, never values or text.
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { MetricUnit as MetricUnitValue } from '@aws-lambda-powertools/metrics/types';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { Segment, type Subsegment } from 'aws-xray-sdk-core';
import { parseTraceHeader } from './trace-header.js';

export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'cris-pipeline' });
export const tracer = new Tracer({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'cris-pipeline',
  captureHTTPsRequests: false,
});

export const METRICS_NAMESPACE = 'CrisPipeline';
export const metrics = new Metrics({
  namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? METRICS_NAMESPACE,
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'cris-pipeline',
});

/** Every metric the functions emit: the dashboard and alarms in infra/ name only these. */
export const METRIC = {
  documentsClassified: { name: 'DocumentsClassified', dimension: 'Sensitivity' },
  documentsRouted: { name: 'DocumentsRouted', dimension: 'Geography' },
  classificationIncomplete: { name: 'ClassificationIncomplete' },
  outcomes: { name: 'Outcomes', dimension: 'Outcome' },
  bedrockLatency: { name: 'BedrockLatency', dimension: 'ProfileId' },
  inputTokens: { name: 'InputTokens', dimension: 'ProfileId' },
  outputTokens: { name: 'OutputTokens', dimension: 'ProfileId' },
  estimatedCost: { name: 'EstimatedCostUsd', dimension: 'ProfileId' },
  modelRetries: { name: 'ModelRetries' },
  throttles: { name: 'Throttles' },
  duplicatesSkipped: { name: 'DuplicatesSkipped' },
  residencyRefusals: { name: 'ResidencyRefusals' },
} as const;

type MetricName = (typeof METRIC)[keyof typeof METRIC];

/** One data point, flushed at once, with its own dimension (documents of a batch differ). */
export function emit(metric: MetricName, value: number, dimensionValue?: string, unit: MetricUnitValue = MetricUnit.Count): void {
  const single = metrics.singleMetric();
  if ('dimension' in metric && dimensionValue !== undefined) single.addDimension(metric.dimension, dimensionValue);
  single.addMetric(metric.name, unit, value);
}

export { MetricUnit };

export interface DocumentAnnotations {
  readonly documentId: string;
  readonly sensitivity?: string;
  readonly geography?: string;
  readonly profileId?: string;
  readonly modelId?: string;
  readonly outcome?: string;
}

export interface DocumentScope {
  /** A logger whose every line carries the document id. */
  readonly log: Logger;
  /** Annotations on the document's trace subsegment, filterable in X-Ray. */
  readonly annotate: (annotations: Partial<DocumentAnnotations>) => void;
  /** Trace metadata (finding types and counts: never values). */
  readonly describe: (key: string, value: unknown) => void;
}

/** Runs `fn` in a subsegment of the current (sub)segment: the domain's `span` port. */
export function span<T>(name: string, fn: () => T): T {
  const parent = tracer.getSegment();
  if (!parent) return fn();
  const sub = parent.addNewSubsegment(name);
  tracer.setSegment(sub);
  let result: T;
  try {
    result = fn();
  } catch (error) {
    sub.close(error as Error);
    tracer.setSegment(parent);
    throw error;
  }
  tracer.setSegment(parent);
  // Asynchronous steps (PDF parsing) end when their promise settles.
  if (result instanceof Promise) {
    return result.then(
      (value) => {
        sub.close();
        return value;
      },
      (error: Error) => {
        sub.close(error);
        throw error;
      },
    ) as T;
  }
  sub.close();
  return result;
}

/**
 * Runs `work` for one document. Documents of one batch run concurrently, so the scope
 * is per document (a child logger, its own segment) rather than shared state. When the
 * document arrived with a trace header of its own (SQS AWSTraceHeader), its work is a
 * segment of that trace, so each document has one trace from S3 to its outcome.
 */
export async function forDocument<T>(
  documentId: string,
  work: (scope: DocumentScope) => Promise<T>,
  traceHeader?: string,
  /** True where documents of one invocation are processed at the same time. */
  concurrent = false,
): Promise<T> {
  const own = tracer.isTracingEnabled() ? parseTraceHeader(traceHeader) : undefined;
  const current = tracer.getSegment();
  if (own && current && own.root !== traceIdOf(current)) {
    const segment = new Segment(process.env.AWS_LAMBDA_FUNCTION_NAME ?? 'cris-pipeline', own.root, own.parent);
    segment.origin = 'AWS::Lambda::Function';
    return tracer.provider.getNamespace().runPromise(async () => {
      tracer.provider.setSegment(segment);
      try {
        return await runDocument(documentId, segment, work, own.root);
      } finally {
        segment.close();
      }
    });
  }
  const sub = current?.addNewSubsegment('### document');
  if (!sub || !current) return runDocument(documentId, undefined, work);
  if (concurrent) {
    // Its own context, so concurrent documents of a batch do not share a current segment.
    return tracer.provider.getNamespace().runPromise(async () => {
      tracer.provider.setSegment(sub);
      return runDocument(documentId, sub, work);
    });
  }
  // One document at a time: make it current, then give the invocation its segment back.
  tracer.setSegment(sub);
  try {
    return await runDocument(documentId, sub, work);
  } finally {
    tracer.setSegment(current);
  }
}

/** The trace header of the current (sub)segment, for messages that carry the trace on. */
export function currentTraceHeader(): string | undefined {
  if (!tracer.isTracingEnabled()) return undefined;
  const current = tracer.getSegment();
  const traceId = current ? traceIdOf(current) : undefined;
  return current && traceId ? `Root=${traceId};Parent=${current.id};Sampled=1` : undefined;
}

function traceIdOf(segment: Segment | Subsegment): string | undefined {
  return 'trace_id' in segment ? (segment as Segment).trace_id : (segment as Subsegment).segment?.trace_id;
}

async function runDocument<T>(
  documentId: string,
  segment: Segment | Subsegment | undefined,
  work: (scope: DocumentScope) => Promise<T>,
  /** The document's own trace, where it differs from the invocation's (`xray_trace_id`). */
  documentTraceId?: string,
): Promise<T> {
  const log = logger.createChild({ persistentKeys: { documentId, ...(documentTraceId ? { documentTraceId } : {}) } });
  const annotate = (annotations: Partial<DocumentAnnotations>): void => {
    for (const [key, value] of Object.entries({ documentId, ...annotations })) {
      if (value !== undefined) segment?.addAnnotation(key, value);
    }
  };
  try {
    annotate({});
    const describe = (key: string, value: unknown) => segment?.addMetadata(key, value, 'cris-pipeline');
    return await work({ log, annotate, describe });
  } catch (error) {
    segment?.addError(error as Error);
    throw error;
  } finally {
    if (segment && !(segment instanceof Segment)) segment.close();
  }
}
