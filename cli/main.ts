// The `cris` command line.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { renderTable, runFolder, summarise } from './run.js';
import { writeSchemas } from './schemas.js';

const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `usage: cris <command> [options]

commands:
  run <folder> [--prefix P] [--json] [--timeout SECONDS] [--state-dir DIR]
      Start the local stack, upload every file of <folder> (key = prefix + relative
      path), wait until each document has an outcome and print what happened.
      Buckets, logs and copies of every record stay in DIR (default .local/);
      each run starts with empty buckets.
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

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'run':
      return run(rest);
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

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`cris: ${error.message}\n`);
    process.exit(1);
  },
);
