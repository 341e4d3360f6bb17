// `npm run bench -- classifier`: accuracy and speed of the classifier on the labeled
// evaluation set, side by side with the JavaScript PII libraries people reach for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redactor } from '@redactpii/node';
import { OpenRedaction } from 'openredaction';
import { SyncRedactor } from 'redact-pii';
import { classifyText } from '../shared/domain/classify.js';
import { isPersonal, SENSITIVITY_LEVELS, type Sensitivity } from '../shared/domain/sensitivity.js';
import { EVAL_DIR, type Labeled } from './eval-generator.js';

interface Doc extends Labeled {
  readonly text: string;
}

/** A contender answers "is this document personal?" and, where it can, its level and types. */
interface Contender {
  readonly name: string;
  classify(text: string): Promise<{ level: Sensitivity; types: string[] }>;
}

function load(): Doc[] {
  return readFileSync(join(EVAL_DIR, 'labels.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Labeled)
    .map((l) => ({ ...l, text: readFileSync(join(EVAL_DIR, `${l.id}.txt`), 'utf8') }));
}

const ours: Contender = {
  name: 'cris-pipeline',
  classify: async (text) => {
    const c = classifyText(text);
    return { level: c.sensitivity, types: c.findings.map((f) => f.type) };
  },
};

function peers(): Contender[] {
  const redactpii = new Redactor();
  const redactPii = new SyncRedactor();
  const openRedaction = new OpenRedaction();
  // The peers find PII but know no levels: anything found counts as personal.
  const flagged = (found: boolean): { level: Sensitivity; types: string[] } => ({
    level: found ? 'personal' : 'public',
    types: [],
  });
  return [
    { name: '@redactpii/node', classify: async (t) => flagged(redactpii.redact(t) !== t) },
    { name: 'redact-pii', classify: async (t) => flagged(redactPii.redact(t) !== t) },
    {
      name: 'openredaction',
      classify: async (t) => flagged(((await openRedaction.detect(t)) as { detections: unknown[] }).detections.length > 0),
    },
  ];
}

const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

async function evaluate(c: Contender, docs: readonly Doc[]) {
  const predictions = await Promise.all(docs.map((d) => c.classify(d.text)));
  const personalDocs = docs.filter((d) => isPersonal(d.sensitivity));
  const otherDocs = docs.filter((d) => !isPersonal(d.sensitivity));
  const leaks = docs.filter((d, i) => isPersonal(d.sensitivity) && !isPersonal(predictions[i]!.level)).length;
  const falsePersonal = docs.filter((d, i) => !isPersonal(d.sensitivity) && isPersonal(predictions[i]!.level)).length;
  const special = docs.filter((d) => d.sensitivity === 'special');
  const specialFound = docs.filter((d, i) => d.sensitivity === 'special' && predictions[i]!.level === 'special').length;
  const perLevel = SENSITIVITY_LEVELS.map((level) => {
    const tp = docs.filter((d, i) => d.sensitivity === level && predictions[i]!.level === level).length;
    const predicted = predictions.filter((p) => p.level === level).length;
    const actual = docs.filter((d) => d.sensitivity === level).length;
    const p = predicted ? tp / predicted : 0;
    const r = actual ? tp / actual : 0;
    return { level, p, r, f: f1(p, r), actual };
  });
  const types = [...new Set(docs.flatMap((d) => d.types))].sort();
  const perType = types.map((type) => {
    const tp = docs.filter((d, i) => d.types.includes(type) && predictions[i]!.types.includes(type)).length;
    const predicted = predictions.filter((p) => p.types.includes(type)).length;
    const actual = docs.filter((d) => d.types.includes(type)).length;
    return { type, p: predicted ? tp / predicted : 0, r: actual ? tp / actual : 0, actual };
  });
  return {
    leaks,
    personal: personalDocs.length,
    falsePersonal,
    other: otherDocs.length,
    specialFound,
    special: special.length,
    perLevel,
    perType,
  };
}

async function throughput(c: Contender, docs: readonly Doc[], minMs = 1500): Promise<number> {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  let passes = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    for (const d of docs) await c.classify(d.text);
    passes += 1;
  }
  return (bytes * passes) / 1e6 / ((performance.now() - start) / 1000);
}

export async function benchClassifier(): Promise<void> {
  const docs = load();
  const mb = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6;
  process.stdout.write(`evaluation set: ${docs.length} documents, ${mb.toFixed(3)} MB, 8 languages (bench/eval-set)\n\n`);
  const contenders = [ours, ...peers()];
  const rows: { name: string; leak: string; falsePersonal: string; special: string; mbps: number }[] = [];
  for (const c of contenders) {
    const e = await evaluate(c, docs);
    const mbps = await throughput(c, docs);
    rows.push({
      name: c.name,
      leak: pct(e.leaks, e.personal),
      falsePersonal: pct(e.falsePersonal, e.other),
      special: pct(e.specialFound, e.special),
      mbps,
    });
    if (c === ours) {
      process.stdout.write('cris-pipeline per level          precision  recall     F1   docs\n');
      for (const l of e.perLevel)
        process.stdout.write(
          `  ${l.level.padEnd(30)} ${pct(l.p, 1)}  ${pct(l.r, 1)}  ${pct(l.f, 1)}  ${String(l.actual).padStart(4)}\n`,
        );
      process.stdout.write('cris-pipeline per finding type   precision  recall   docs\n');
      for (const t of e.perType)
        process.stdout.write(`  ${t.type.padEnd(30)} ${pct(t.p, 1)}  ${pct(t.r, 1)}  ${String(t.actual).padStart(4)}\n`);
      process.stdout.write('\n');
    }
  }
  const base = rows[0]!.mbps;
  process.stdout.write('contender            leak rate  false personal  special recall   MB/s   ours ÷ theirs\n');
  for (const r of rows) {
    const ratio = r === rows[0] ? '      -' : `${(base / r.mbps).toFixed(2).padStart(7)}×`;
    process.stdout.write(
      `${r.name.padEnd(20)} ${r.leak.padStart(9)}  ${r.falsePersonal.padStart(14)}  ${r.special.padStart(14)}  ${r.mbps.toFixed(2).padStart(6)}  ${ratio}\n`,
    );
  }
  process.stdout.write('\ntargets: leak rate ≤ 1%, false personal ≤ 5%, special recall ≥ 95%, throughput ahead of every peer\n');
}
