// The `cris` command line.

import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { parseCatalog } from '../shared/domain/catalog.js';
import { buildReport } from '../shared/domain/compliance-report.js';
import { classifyFile, renderClassification } from './classify.js';
import { exitWith } from './exit.js';
import { filesIn } from './files.js';
import { profileRows, renderProfiles } from './profiles.js';
import { moveMessages, stageQueues } from './redrive.js';
import { auditRecordsFromBucket, auditRecordsFromDir, renderHtml, renderMarkdown } from './report.js';
import { renderTable, runFolder, summarise } from './run.js';
import { writeSchemas } from './schemas.js';
import { readSegments, renderTrace, traceIdOf, traceTree } from './trace.js';

const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `usage: cris <command> [options]

commands:
  run <folder> [--prefix P] [--json] [--timeout SECONDS] [--state-dir DIR]
      Start the local stack, upload every file of <folder> (key = prefix + relative
      path), wait until each document has an outcome and print what happened.
      Buckets, logs and copies of every record stay in DIR (default .local/);
      each run starts with empty buckets.
  classify <file or folder...> [--json] [--show-values]
      The sensitivity level of each file and why: finding types, counts, confidence.
      With --json, one object per line. Found values only with --show-values.
  profiles [--region R] [--model M] [--json]
      Which inference profiles region R may call, where each may process data, and
      whether that stays inside the EU (from config/profile-catalog.yml).
  redrive --stage S [--region R] [--geography eu|global|all] [--max N]
  redrive --from DLQ_URL --to QUEUE_URL [--region R]
      Send dead-letter messages back to their queue once the cause is fixed (AWS
      credentials from the usual chain). Documents that already have an outcome are
      recorded as duplicates, not processed again.
  report [--from DATE] [--to DATE] [--format md|json|html] [--dir DIR | --bucket B [--region R]]
         [--deadline-minutes N] [--fail-on-findings]
      The compliance report from audit records (default: the last local run's copies in
      .local/outputs/audit): volumes by route, where each personal or special document was
      processed, violations, gaps, and whether every audit trail is complete and unaltered.
  trace <documentId | key> [--state-dir DIR]
      The X-Ray trace of one document of the last local run, as a tree with timings:
      S3 event → classifier → SQS → worker → Bedrock → S3 writes.
  schemas
      Regenerate the published JSON Schemas in schemas/ from the code's definitions.
`;

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      prefix: { type: 'string', default: '' },
      json: { type: 'boolean', default: false },
      timeout: { type: 'string', default: '120' },
      'state-dir': { type: 'string' },
    },
  });
  const folder = positionals[0];
  if (!folder) {
    process.stderr.write(USAGE);
    return 2;
  }
  const { rows, stack } = await runFolder({
    folder: resolve(folder),
    prefix: values.prefix ?? '',
    json: values.json ?? false,
    timeoutSeconds: Number(values.timeout),
    projectRoot: PROJECT_ROOT,
    stateDir: values['state-dir'] ? resolve(values['state-dir']) : undefined,
  });
  if (values.json) {
    for (const row of rows) process.stdout.write(`${JSON.stringify(row)}\n`);
  } else {
    process.stdout.write(`${renderTable(rows)}\n${summarise(rows)}\n`);
    process.stdout.write(`records: ${join(stack.stateDir, 'outputs')} (copies of the output and audit buckets)\n`);
  }
  const pending = rows.filter((r) => r.outcome === 'pending');
  if (pending.length > 0) {
    process.stderr.write(`no outcome within the timeout for: ${pending.map((r) => r.key).join(', ')}\n`);
    return 1;
  }
  return 0;
}

async function classify(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, 'show-values': { type: 'boolean', default: false } },
  });
  if (positionals.length === 0) {
    process.stderr.write('usage: cris classify <file or folder...> [--json] [--show-values]\n');
    return 2;
  }
  // A folder stands for its files (recursively); a file that cannot be opened is reported and
  // the others still classified, with a failing exit code at the end.
  let failed = 0;
  for (const path of positionals) {
    let files: string[];
    try {
      files = statSync(path).isDirectory() ? filesIn(path) : [path];
    } catch (error) {
      process.stderr.write(`cris: ${path}: ${(error as NodeJS.ErrnoException).code ?? 'cannot be read'}\n`);
      failed += 1;
      continue;
    }
    for (const file of files) {
      const result = await classifyFile(file, values['show-values']);
      process.stdout.write(values.json ? `${JSON.stringify(result)}\n` : `${renderClassification(result)}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

function profiles(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: { region: { type: 'string' }, model: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const file = join(PROJECT_ROOT, 'config/profile-catalog.yml');
  const catalog = parseCatalog(readFileSync(file, 'utf8'), 'config/profile-catalog.yml');
  const rows = profileRows(catalog, { region: values.region, model: values.model });
  if (values.json) {
    for (const row of rows) process.stdout.write(`${JSON.stringify(row)}\n`);
  } else if (rows.length === 0) {
    process.stdout.write(
      `no profile in the catalog can be called from ${values.region ?? 'that region'}${values.model ? ` for ${values.model}` : ''}\n`,
    );
  } else {
    process.stdout.write(`${renderProfiles(rows, catalog)}\ncatalog ${catalog.catalogVersion}: ${file}\n`);
  }
  return 0;
}

function parseDay(value: string | undefined, name: string): Date | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`--${name} ${value} is not a date (use YYYY-MM-DD or an ISO timestamp)`);
  return date;
}

async function report(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string', default: 'md' },
      dir: { type: 'string' },
      bucket: { type: 'string' },
      region: { type: 'string' },
      'deadline-minutes': { type: 'string', default: '60' },
      'fail-on-findings': { type: 'boolean', default: false },
    },
  });
  const from = parseDay(values.from, 'from');
  const to = parseDay(values.to, 'to');
  const records = values.bucket
    ? await auditRecordsFromBucket(new S3Client(values.region ? { region: values.region } : {}), values.bucket, from, to)
    : auditRecordsFromDir(resolve(values.dir ?? join(PROJECT_ROOT, '.local', 'outputs', 'audit')));
  const catalog = parseCatalog(readFileSync(join(PROJECT_ROOT, 'config/profile-catalog.yml'), 'utf8'));
  const euRegions = new Set(
    Object.entries(catalog.regions)
      .filter(([, r]) => r.eu)
      .map(([id]) => id),
  );
  const result = buildReport(records, {
    from,
    to,
    now: new Date(),
    outcomeDeadlineMinutes: Number(values['deadline-minutes']),
    euRegions,
  });
  const format = values.format ?? 'md';
  if (format === 'json') process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else if (format === 'html') process.stdout.write(renderHtml(result));
  else if (format === 'md') process.stdout.write(renderMarkdown(result));
  else throw new Error(`--format ${format}: use md, json or html`);
  return values['fail-on-findings'] && !result.clean ? 1 : 0;
}

function trace(argv: string[]): number {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { 'state-dir': { type: 'string' } } });
  const target = positionals[0];
  if (!target) {
    process.stderr.write('usage: cris trace <documentId | key> [--state-dir DIR]\n');
    return 2;
  }
  const stateDir = resolve(values['state-dir'] ?? join(PROJECT_ROOT, '.local'));
  let documentId = target;
  if (!/^[0-9a-f]{32}$/.test(target)) {
    const classified = auditRecordsFromDir(join(stateDir, 'outputs', 'audit')).find(
      (r) => r.event === 'classified' && r.source?.key === target,
    );
    if (!classified) throw new Error(`no document with key ${target} in the last run`);
    documentId = classified.documentId;
  }
  const segments = readSegments(join(stateDir, 'traces', 'segments.jsonl'));
  const traceId = traceIdOf(segments, documentId);
  if (!traceId) throw new Error(`no trace for document ${documentId}`);
  process.stdout.write(renderTrace(traceId, traceTree(segments, traceId)));
  return 0;
}

async function redrive(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      stage: { type: 'string' },
      region: { type: 'string' },
      geography: { type: 'string', default: 'all' },
      from: { type: 'string' },
      to: { type: 'string' },
      max: { type: 'string' },
    },
  });
  const sqs = new SQSClient(values.region ? { region: values.region } : {});
  const max = values.max ? Number(values.max) : undefined;
  const pairs: { from: string; to: string }[] = [];
  if (values.from && values.to) pairs.push({ from: values.from, to: values.to });
  else if (values.stage) {
    const geographies = values.geography === 'all' ? (['eu', 'global'] as const) : [values.geography as 'eu' | 'global'];
    for (const g of geographies) pairs.push(await stageQueues(sqs, values.stage, g));
  } else {
    process.stderr.write('cris redrive needs --stage S [--geography eu|global] or --from DLQ_URL --to QUEUE_URL\n');
    return 2;
  }
  for (const { from, to } of pairs) {
    const { moved } = await moveMessages(sqs, from, to, max);
    process.stdout.write(`moved ${moved} messages from ${from} to ${to}\n`);
  }
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'run':
      return run(rest);
    case 'profiles':
      return profiles(rest);
    case 'classify':
      return classify(rest);
    case 'redrive':
      return redrive(rest);
    case 'report':
      return report(rest);
    case 'trace':
      return trace(rest);
    case 'schemas':
      for (const file of writeSchemas(PROJECT_ROOT)) process.stdout.write(`wrote ${file}\n`);
      return 0;
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`unknown command ${command}\n${USAGE}`);
      return 2;
  }
}

exitWith(main(process.argv.slice(2)));
