// Logger and tracer for every function, with defaults that keep personal data out:
// no event logging, no handler responses captured in traces, never values or text.
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { MetricUnit as MetricUnitValue } from '@aws-lambda-powertools/metrics/types';
import { Tracer } from '@aws-lambda-powertools/tracer';

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
  readonly outcome?: string;
}

export interface DocumentScope {
  /** A logger whose every line carries the document id. */
  readonly log: Logger;
  /** Annotations on the document's trace subsegment, filterable in X-Ray. */
  readonly annotate: (annotations: Partial<DocumentAnnotations>) => void;
}

/**
 * Runs `work` for one document. Documents of one batch run concurrently, so the scope
 * is per document (a child logger, its own subsegment) rather than shared state.
 */
export async function forDocument<T>(documentId: string, work: (scope: DocumentScope) => Promise<T>): Promise<T> {
  const log = logger.createChild({ persistentKeys: { documentId } });
  const segment = tracer.getSegment()?.addNewSubsegment('### document');
  const annotate = (annotations: Partial<DocumentAnnotations>): void => {
    for (const [key, value] of Object.entries({ documentId, ...annotations })) {
      if (value !== undefined) segment?.addAnnotation(key, value);
    }
  };
  try {
    annotate({});
    return await work({ log, annotate });
  } catch (error) {
    segment?.addError(error as Error);
    throw error;
  } finally {
    segment?.close();
  }
}
