// `cris trace <documentId | key>`: rebuilds a document's X-Ray trace from the segments the
// local collector received, and prints the tree with timings as the X-Ray console shows it.
import { existsSync, readFileSync } from 'node:fs';
import type { SegmentDocument } from '../infra/local/xray-collector.js';

export interface TraceNode {
  readonly id: string;
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly annotations: Record<string, string | number | boolean>;
  readonly error: boolean;
  readonly children: TraceNode[];
}

export function readSegments(file: string): SegmentDocument[] {
  if (!existsSync(file)) throw new Error(`no traces in ${file}: run \`npm start\` (or \`cris run\`) first`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as SegmentDocument);
}

/** Every (sub)segment as one flat list: the SDK sends some nested in their parent. */
function flatten(segments: readonly SegmentDocument[]): (SegmentDocument & { parent_id?: string })[] {
  const out: (SegmentDocument & { parent_id?: string })[] = [];
  const visit = (s: SegmentDocument, traceId: string, parentId?: string) => {
    out.push({
      ...s,
      trace_id: s.trace_id ?? traceId,
      ...((s.parent_id ?? parentId) ? { parent_id: s.parent_id ?? parentId } : {}),
    });
    for (const child of s.subsegments ?? []) visit(child, s.trace_id ?? traceId, s.id);
  };
  for (const s of segments) visit(s, s.trace_id);
  return out;
}

function label(s: SegmentDocument): string {
  const operation = (s.aws as { operation?: string } | undefined)?.operation;
  return operation ? `${s.name} ${operation}` : s.name;
}

export function traceIdOf(segments: readonly SegmentDocument[], documentId: string): string | undefined {
  return flatten(segments).find((s) => s.annotations?.documentId === documentId)?.trace_id;
}

/** The trees of one trace, roots first by start time. */
export function traceTree(segments: readonly SegmentDocument[], traceId: string): TraceNode[] {
  const mine = new Map<string, SegmentDocument & { parent_id?: string }>();
  for (const s of flatten(segments)) if (s.trace_id === traceId) mine.set(s.id, s);
  const nodes = new Map<string, TraceNode>();
  for (const s of mine.values()) {
    nodes.set(s.id, {
      id: s.id,
      name: label(s),
      start: s.start_time,
      end: s.end_time ?? s.start_time,
      annotations: s.annotations ?? {},
      error: !!(s.error || s.fault),
      children: [],
    });
  }
  const roots: TraceNode[] = [];
  for (const s of mine.values()) {
    const node = nodes.get(s.id)!;
    const parent = s.parent_id ? nodes.get(s.parent_id) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: TraceNode[]) => {
    list.sort((a, b) => a.start - b.start);
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

export function renderTrace(traceId: string, roots: readonly TraceNode[]): string {
  const start = Math.min(...roots.map((r) => r.start));
  const end = Math.max(...roots.map((r) => r.end));
  const ms = (t: number) => `${Math.round(t * 1000)} ms`;
  const lines = [`trace ${traceId} · ${ms(end - start)}`];
  const walk = (node: TraceNode, prefix: string, last: boolean, depth: number) => {
    const branch = depth === 0 ? '' : last ? '└─ ' : '├─ ';
    const notes = Object.entries(node.annotations)
      .filter(([k]) => k !== 'ColdStart' && k !== 'Service')
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    const timing = `+${ms(node.start - start)} ${ms(node.end - node.start)}`;
    lines.push(`${prefix}${branch}${node.name}${node.error ? ' !' : ''}  ${timing}${notes ? `  [${notes}]` : ''}`);
    const childPrefix = depth === 0 ? prefix : prefix + (last ? '   ' : '│  ');
    for (const [i, c] of node.children.entries()) walk(c, childPrefix, i === node.children.length - 1, depth + 1);
  };
  for (const r of roots) walk(r, '', true, 0);
  return `${lines.join('\n')}\n`;
}
