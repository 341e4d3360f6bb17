// The classifier bench's contenders, each loaded on its own: `throughput-child.ts` times one per process, so no
// contender's compiled patterns or V8 flags (ours starts with regexp tier-up off, bin/regexp-flag.js) touch another's
// figure. Loaded by dynamic import, so a process holds only the contender it times.
import type { Sensitivity } from '../shared/domain/sensitivity.js';

/** A contender's answer: its level and, where it knows them, the finding types. */
export interface Answer {
  readonly level: Sensitivity;
  readonly types: string[];
}

/** A contender answers "is this document personal?" and, where it can, its level and types. */
export interface Contender {
  readonly name: string;
  classify(text: string): Promise<Answer>;
}

/** The peers find PII but know no levels: anything found counts as personal. */
const flagged = (found: boolean): Answer => ({ level: found ? 'personal' : 'public', types: [] });

const LOADERS: Record<string, () => Promise<Contender['classify']>> = {
  'cris-pipeline': async () => {
    const { classifyText } = await import('../shared/domain/classify.js');
    return async (text) => {
      const c = classifyText(text);
      return { level: c.sensitivity, types: c.findings.map((f) => f.type) };
    };
  },
  '@redactpii/node': async () => {
    const { Redactor } = await import('@redactpii/node');
    const redactor = new Redactor();
    return async (text) => flagged(redactor.redact(text) !== text);
  },
  'redact-pii': async () => {
    const { SyncRedactor } = await import('redact-pii');
    const redactor = new SyncRedactor();
    return async (text) => flagged(redactor.redact(text) !== text);
  },
  openredaction: async () => {
    const { OpenRedaction } = await import('openredaction');
    const redaction = new OpenRedaction();
    return async (text) => flagged(((await redaction.detect(text)) as { detections: unknown[] }).detections.length > 0);
  },
  // Where our time goes: the one pass every detector reads from, with nothing after it.
  'scan only': async () => {
    const { scanFor } = await import('../shared/domain/detectors.js');
    return async (text) => {
      scanFor(text);
      return { level: 'public', types: [] };
    };
  },
};

/** Ours first, then the peers, in the order the bench prints them. */
export const CONTENDERS = ['cris-pipeline', '@redactpii/node', 'redact-pii', 'openredaction'] as const;

export async function loadContender(name: string): Promise<Contender> {
  const load = LOADERS[name];
  if (!load) throw new Error(`unknown contender ${name}; known: ${Object.keys(LOADERS).join(', ')}`);
  return { name, classify: await load() };
}

/** The fewest untimed passes before a contender is timed. */
const WARM_PASSES = 4;

/** What one contender's timing measured. */
export interface Timing {
  readonly name: string;
  readonly mbps: number;
  readonly warmPasses: number;
  readonly passes: number;
}

/** Megabytes per second over `texts`, after untimed passes; at least `minMs` of each. */
export async function throughput(c: Contender, texts: readonly string[], minMs = 1500): Promise<Timing> {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  // Untimed passes first, for every contender alike, until the JIT has settled (a Lambda classifying a batch is warm
  // too). Four passes at least: ours takes four to settle (its first pass compiles its patterns; session 55 measured
  // 1.6 s, 0.67 s, 0.50 s, then 0.44 s a pass), longer than `minMs`.
  const warm = performance.now();
  let warmPasses = 0;
  do {
    for (const t of texts) await c.classify(t);
    warmPasses += 1;
  } while (performance.now() - warm < minMs || warmPasses < WARM_PASSES);
  let passes = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    for (const t of texts) await c.classify(t);
    passes += 1;
  }
  return { name: c.name, mbps: (bytes * passes) / 1e6 / ((performance.now() - start) / 1000), warmPasses, passes };
}
