// `npm run bench -- classifier`: accuracy and speed of the classifier on the labeled
// evaluation set, side by side with the JavaScript PII libraries people reach for. Accuracy is
// read here; each contender's speed is timed in a process of its own (throughput-child.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { REGEXP_FLAG } from '../bin/regexp-flag.js';
import { classifyFile } from '../cli/classify.js';
import { extractText } from '../shared/domain/extract.js';
import { isPersonal, isSensitivity, SENSITIVITY_LEVELS, type Sensitivity } from '../shared/domain/sensitivity.js';
import { type Answer, CONTENDERS, type Contender, loadContender, type Timing } from './contenders.js';
import { EVAL_DIR } from './eval-generator.js';

/** One labeled document: its file in the set's folder, its true level, and optionally the finding types it holds. */
interface Doc {
  readonly file: string;
  readonly sensitivity: Sensitivity;
  readonly types: readonly string[];
  readonly language: string;
  /** The text every contender is timed on: what the extractor makes of the file. */
  readonly text: string;
  /** Our answer through `cris classify`'s own path (extraction, streaming, fail-closed). */
  readonly ours: { level: Sensitivity; types: string[] };
}

/**
 * A set is a folder with `labels.jsonl`: one JSON object per line with `file` (or `id`,
 * meaning `<id>.txt`), `sensitivity`, and optionally `types` and `language`.
 */
async function load(dir: string): Promise<Doc[]> {
  const labels = readFileSync(join(dir, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { file?: string; id?: string; sensitivity: string; types?: string[]; language?: string });
  const docs: Doc[] = [];
  for (const l of labels) {
    const file = l.file ?? `${l.id}.txt`;
    const path = join(dir, file);
    if (!isSensitivity(l.sensitivity)) throw new Error(`${file}: sensitivity must be one of ${SENSITIVITY_LEVELS.join(', ')}`);
    if (!existsSync(path)) throw new Error(`${file}: listed in labels.jsonl but not in ${dir}`);
    const extraction = await extractText(readFileSync(path), file);
    const c = await classifyFile(path);
    docs.push({
      file,
      sensitivity: l.sensitivity,
      types: l.types ?? [],
      language: l.language ?? '?',
      text: extraction.ok ? extraction.text : '',
      ours: { level: c.sensitivity, types: c.findings.map((f) => f.type) },
    });
  }
  return docs;
}

const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** How a contender's answers, one per document, compare with the labels. */
function evaluate(predictions: readonly Answer[], docs: readonly Doc[]) {
  const personalDocs = docs.filter((d) => isPersonal(d.sensitivity));
  const otherDocs = docs.filter((d) => !isPersonal(d.sensitivity));
  // Personal or special called public/internal, and the other way round: listed by file.
  const missed = docs.filter((d, i) => isPersonal(d.sensitivity) && !isPersonal(predictions[i]!.level)).map((d) => d.file);
  const flagged = docs.filter((d, i) => !isPersonal(d.sensitivity) && isPersonal(predictions[i]!.level)).map((d) => d.file);
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
    leaks: missed.length,
    personal: personalDocs.length,
    falsePersonal: flagged.length,
    other: otherDocs.length,
    specialFound,
    special: special.length,
    perLevel,
    perType,
    missed,
    flagged,
  };
}

/** A contender's answers: ours through `cris classify`'s own path (extraction, streaming, fail-closed), a peer's on the extracted text. */
async function answers(c: Contender, docs: readonly Doc[]): Promise<Answer[]> {
  if (c.name === CONTENDERS[0]) return docs.map((d) => d.ours);
  const out: Answer[] = [];
  for (const d of docs) out.push(await c.classify(d.text));
  return out;
}

const CHILD = join(import.meta.dirname, 'throughput-child.ts');

/** One contender timed alone in a fresh process, on the texts in `textsFile`. */
function timeAlone(name: string, textsFile: string): Timing {
  // Ours with the regexp flag the CLI starts with (bin/regexp-flag.js); the peers as Node starts by default.
  const flags = name === CONTENDERS[0] ? [REGEXP_FLAG] : [];
  const run = spawnSync(process.execPath, [...flags, '--import', 'tsx', CHILD, name, textsFile], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const line = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !line.startsWith('{'))
    throw new Error(
      `timing ${name} failed (exit ${run.status}, signal ${run.signal}${run.error ? `, ${run.error.message}` : ''}): ${run.stderr}`,
    );
  return JSON.parse(line) as Timing;
}

export async function benchClassifier(args: readonly string[] = []): Promise<void> {
  const at = args.indexOf('--set');
  const dir = at >= 0 && args[at + 1] ? resolve(args[at + 1] as string) : EVAL_DIR;
  const docs = await load(dir);
  const mb = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6;
  const languages = new Set(docs.map((d) => d.language));
  process.stdout.write(
    `evaluation set: ${docs.length} documents, ${mb.toFixed(3)} MB of text, ${languages.size} languages (${dir})\n\n`,
  );
  // The texts every contender is timed on, for the child processes: the set's own synthetic documents, extracted.
  const work = mkdtempSync(join(tmpdir(), 'cris-bench-'));
  const textsFile = join(work, 'texts.json');
  writeFileSync(textsFile, JSON.stringify(docs.map((d) => d.text)));
  const rows: { name: string; leak: string; falsePersonal: string; special: string; timing: Timing }[] = [];
  let scanOnly: Timing;
  try {
    for (const name of CONTENDERS) {
      const e = evaluate(await answers(await loadContender(name), docs), docs);
      rows.push({
        name,
        leak: pct(e.leaks, e.personal),
        falsePersonal: pct(e.falsePersonal, e.other),
        special: pct(e.specialFound, e.special),
        timing: timeAlone(name, textsFile),
      });
      if (name === CONTENDERS[0]) {
        process.stdout.write('cris-pipeline per level          precision  recall     F1   docs\n');
        for (const l of e.perLevel)
          process.stdout.write(
            `  ${l.level.padEnd(30)} ${pct(l.p, 1)}  ${pct(l.r, 1)}  ${pct(l.f, 1)}  ${String(l.actual).padStart(4)}\n`,
          );
        process.stdout.write('cris-pipeline per finding type   precision  recall   docs\n');
        for (const t of e.perType)
          process.stdout.write(`  ${t.type.padEnd(30)} ${pct(t.p, 1)}  ${pct(t.r, 1)}  ${String(t.actual).padStart(4)}\n`);
        for (const file of e.missed) process.stdout.write(`  leaked (personal or special called public/internal): ${file}\n`);
        for (const file of e.flagged) process.stdout.write(`  false personal: ${file}\n`);
        process.stdout.write('\n');
      }
    }
    scanOnly = timeAlone('scan only', textsFile);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const base = rows[0]!.timing.mbps;
  process.stdout.write('contender            leak rate  false personal  special recall   MB/s   ours ÷ theirs\n');
  for (const r of rows) {
    const ratio = r === rows[0] ? '      -' : `${(base / r.timing.mbps).toFixed(3).padStart(7)}×`;
    process.stdout.write(
      `${r.name.padEnd(20)} ${r.leak.padStart(9)}  ${r.falsePersonal.padStart(14)}  ${r.special.padStart(14)}  ${r.timing.mbps.toFixed(2).padStart(6)}  ${ratio}\n`,
    );
  }
  process.stdout.write(
    `${'  of which the scan'.padEnd(20)} ${''.padStart(9)}  ${''.padStart(14)}  ${''.padStart(14)}  ${scanOnly.mbps.toFixed(2).padStart(6)}  (the one pass over the text, before any detector)\n`,
  );
  process.stdout.write(
    `\neach contender timed alone in a fresh process, after ${rows.map((r) => r.timing.warmPasses).join(', ')} untimed passes (in the order above)\n`,
  );
  process.stdout.write('targets: leak rate ≤ 1%, false personal ≤ 5%, special recall ≥ 95%, throughput ahead of every peer\n');
}
