// `cris run <folder>`: the whole pipeline on one machine — upload a folder to the local
// input bucket, wait until every document has an outcome, and report what happened.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import cliProgress from 'cli-progress';
import Table from 'cli-table3';
import { LocalStack } from '../infra/local/stack.js';
import { extensionOf } from '../shared/domain/extract.js';
import { documentIdOf, errorKeyOf, resultKeyOf } from '../shared/domain/keys.js';
import { filesIn } from './files.js';
import { type Expected, listKeys, type OutcomeRecord, readJson, waitForOutcomes } from './outcomes.js';

export interface RunOptions {
  readonly folder: string;
  readonly prefix: string;
  readonly json: boolean;
  readonly timeoutSeconds: number;
  readonly projectRoot: string;
  readonly stateDir?: string;
}

export interface RunRow {
  readonly key: string;
  readonly documentId: string;
  readonly sensitivity: string | null;
  readonly findings: readonly string[];
  readonly geography: string | null;
  readonly profileId: string | null;
  readonly tokens: { readonly input: number; readonly output: number } | null;
  readonly outcome: 'result' | 'error' | 'pending';
  readonly outputKey: string | null;
  readonly errorCode?: string;
}

const CONTENT_TYPES: Record<string, string> = {
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  tsv: 'text/tab-separated-values',
  json: 'application/json',
  html: 'text/html; charset=utf-8',
  htm: 'text/html',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extensionOf(path) ?? ''] ?? 'application/octet-stream';
}

export function rowOf(key: string, documentId: string, record: OutcomeRecord | undefined): RunRow {
  if (!record) {
    return {
      key,
      documentId,
      sensitivity: null,
      findings: [],
      geography: null,
      profileId: null,
      tokens: null,
      outcome: 'pending',
      outputKey: null,
    };
  }
  const common = {
    key,
    documentId,
    sensitivity: record.classification?.sensitivity ?? null,
    findings: (record.classification?.findings ?? []).map((f) => f.type),
    geography: record.routing?.geography ?? null,
  };
  if (record.kind === 'result') {
    return {
      ...common,
      profileId: record.processing.profileId,
      tokens: { input: record.processing.usage.inputTokens, output: record.processing.usage.outputTokens },
      outcome: 'result',
      outputKey: resultKeyOf(key),
    };
  }
  return { ...common, profileId: null, tokens: null, outcome: 'error', outputKey: errorKeyOf(key), errorCode: record.error.code };
}

const interactive = () => process.stderr.isTTY === true;

function bar(title: string, total: number): { update(n: number): void; stop(): void } {
  if (!interactive()) {
    return { update: () => undefined, stop: () => process.stderr.write(`${title}: ${total}\n`) };
  }
  const b = new cliProgress.SingleBar(
    { format: `${title.padEnd(10)} [{bar}] {value}/{total}`, stream: process.stderr, hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  b.start(total, 0);
  return { update: (n) => b.update(n), stop: () => b.stop() };
}

export async function runFolder(options: RunOptions): Promise<{ rows: RunRow[]; stack: LocalStack }> {
  const files = filesIn(options.folder);
  if (files.length === 0) throw new Error(`no files in ${options.folder}`);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  log('starting the local stack…');
  const stack = await LocalStack.start({
    projectRoot: options.projectRoot,
    stateDir: options.stateDir,
    // One packaged build per clone, whichever state dir a run uses.
    packageDir: join(options.projectRoot, '.local', 'package'),
    fresh: true,
    log,
  });
  try {
    const s3 = stack.s3Client();
    const output = stack.bucket('OutputBucket');
    const uploads = bar('uploaded', files.length);
    const expected = await uploadFiles(stack, options.folder, files, options.prefix, (n) => uploads.update(n));
    uploads.stop();
    const progress = bar('processed', expected.length);
    const outcomes = await waitForOutcomes(s3, output, expected, {
      timeoutMs: options.timeoutSeconds * 1000,
      onProgress: (n) => progress.update(n),
    });
    progress.stop();
    await mirrorOutputs(stack, join(stack.stateDir, 'outputs'));
    return { rows: expected.map((e) => rowOf(e.key, e.documentId, outcomes.get(e.key))), stack };
  } finally {
    await stack.stop();
  }
}

/** Uploads files to the input bucket (key = prefix + path relative to the folder). */
export async function uploadFiles(
  stack: LocalStack,
  folder: string,
  files: readonly string[],
  prefix: string,
  onProgress?: (done: number) => void,
): Promise<Expected[]> {
  const s3 = stack.s3Client();
  const input = stack.bucket('InputBucket');
  const expected: Expected[] = [];
  for (const file of files) {
    const key = prefix + relative(folder, file).split(sep).join('/');
    const put = await s3.send(
      new PutObjectCommand({ Bucket: input, Key: key, Body: readFileSync(file), ContentType: contentTypeOf(file) }),
    );
    expected.push({ key, documentId: documentIdOf({ bucket: input, key, versionId: put.VersionId, eTag: put.ETag }) });
    onProgress?.(expected.length);
  }
  return expected;
}

/** Plain-file copies of every record, so a user can open them without an S3 client. */
async function mirrorOutputs(stack: LocalStack, dir: string): Promise<void> {
  // The buckets start empty on each run; so do their copies.
  rmSync(dir, { recursive: true, force: true });
  const s3 = stack.s3Client();
  for (const [bucketId, prefix] of [
    ['OutputBucket', 'results/'],
    ['OutputBucket', 'errors/'],
    ['AuditBucket', 'audit/'],
  ] as const) {
    const bucket = stack.bucket(bucketId);
    for (const key of await listKeys(s3, bucket, prefix)) {
      const target = join(dir, key);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, `${JSON.stringify(await readJson(s3, bucket, key), null, 2)}\n`);
    }
  }
}

export function renderTable(rows: readonly RunRow[]): string {
  const table = new Table({
    head: ['key', 'sensitivity', 'finding types', 'geography', 'profile id', 'tokens in/out', 'outcome', 'output key'],
    style: { head: [], border: [] },
  });
  for (const r of rows) {
    table.push([
      r.key,
      r.sensitivity ?? '-',
      r.findings.join(', ') || '-',
      r.geography ?? '-',
      r.profileId ?? '-',
      r.tokens ? `${r.tokens.input}/${r.tokens.output}` : '-',
      r.errorCode ? `error: ${r.errorCode}` : r.outcome,
      r.outputKey ?? '-',
    ]);
  }
  return table.toString();
}

export function summarise(rows: readonly RunRow[]): string {
  const count = (p: (r: RunRow) => boolean) => rows.filter(p).length;
  const parts = [
    `${rows.length} documents`,
    `${count((r) => r.outcome === 'result')} results`,
    `${count((r) => r.outcome === 'error')} errors`,
    `${count((r) => r.outcome === 'pending')} without an outcome`,
    `routed eu ${count((r) => r.geography === 'eu')}, global ${count((r) => r.geography === 'global')}`,
  ];
  return parts.join(' · ');
}
