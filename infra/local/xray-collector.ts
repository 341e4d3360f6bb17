// A collector on loopback that speaks the X-Ray daemon's UDP protocol: each datagram is a
// JSON header line and a (sub)segment document. Segments are kept in memory and appended
// to a file, so `cris trace` can rebuild a trace after the run.

import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface SegmentDocument {
  readonly id: string;
  readonly trace_id: string;
  readonly name: string;
  readonly start_time: number;
  readonly end_time?: number;
  readonly parent_id?: string;
  readonly type?: string;
  readonly origin?: string;
  readonly annotations?: Record<string, string | number | boolean>;
  readonly metadata?: Record<string, unknown>;
  readonly aws?: Record<string, unknown>;
  readonly error?: boolean;
  readonly fault?: boolean;
  readonly in_progress?: boolean;
  readonly subsegments?: SegmentDocument[];
}

export interface XrayCollector {
  readonly address: string;
  readonly segments: SegmentDocument[];
  record(segment: SegmentDocument): void;
  close(): Promise<void>;
}

export const newTraceId = () => `1-${Math.floor(Date.now() / 1000).toString(16)}-${randomBytes(12).toString('hex')}`;
export const newSegmentId = () => randomBytes(8).toString('hex');

export async function startXrayCollector(file: string): Promise<XrayCollector> {
  mkdirSync(dirname(file), { recursive: true });
  const segments: SegmentDocument[] = [];
  const record = (segment: SegmentDocument) => {
    // The SDK may send a segment twice (in progress, then complete): keep the latest.
    if (segment.in_progress) return;
    segments.push(segment);
    appendFileSync(file, `${JSON.stringify(segment)}\n`);
  };
  const socket = createSocket('udp4');
  socket.on('message', (datagram) => {
    const text = datagram.toString('utf8');
    const body = text.slice(text.indexOf('\n') + 1);
    try {
      record(JSON.parse(body) as SegmentDocument);
    } catch {
      // not a segment: ignore, as the daemon would
    }
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', () => resolve()));
  const { port } = socket.address();
  return {
    address: `127.0.0.1:${port}`,
    segments,
    record,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
