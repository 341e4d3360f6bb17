// Logger and tracer for every function, with defaults that keep personal data out:
// no event logging, no handler responses captured in traces, never values or text.
import { Logger } from '@aws-lambda-powertools/logger';
import { Tracer } from '@aws-lambda-powertools/tracer';

export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'cris-pipeline' });
export const tracer = new Tracer({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'cris-pipeline',
  captureHTTPsRequests: false,
});

export interface DocumentAnnotations {
  readonly documentId: string;
  readonly sensitivity?: string;
  readonly geography?: string;
  readonly profileId?: string;
  readonly outcome?: string;
}

/**
 * Runs `work` for one document: the document id on every log line, and a subsegment
 * carrying the document's annotations so traces can be filtered by them.
 */
export async function forDocument<T>(
  documentId: string,
  work: (annotate: (annotations: Partial<DocumentAnnotations>) => void) => Promise<T>,
): Promise<T> {
  logger.appendKeys({ documentId });
  const parent = tracer.getSegment();
  const segment = parent?.addNewSubsegment('### document');
  if (segment) tracer.setSegment(segment);
  const annotate = (annotations: Partial<DocumentAnnotations>): void => {
    for (const [key, value] of Object.entries({ documentId, ...annotations })) {
      if (value !== undefined) tracer.putAnnotation(key, value);
    }
  };
  try {
    annotate({});
    return await work(annotate);
  } catch (error) {
    segment?.addError(error as Error);
    throw error;
  } finally {
    segment?.close();
    if (parent) tracer.setSegment(parent);
    logger.removeKeys(['documentId']);
  }
}
