// The X-Ray trace header (`Root=…;Parent=…;Sampled=…`), as Lambda and SQS carry it.

export interface TraceHeader {
  readonly root: string;
  readonly parent?: string;
}

export function parseTraceHeader(header: string | undefined): TraceHeader | undefined {
  const root = header ? /Root=([^;]+)/.exec(header)?.[1] : undefined;
  const parent = header ? /Parent=([^;]+)/.exec(header)?.[1] : undefined;
  return root ? { root, ...(parent ? { parent } : {}) } : undefined;
}
