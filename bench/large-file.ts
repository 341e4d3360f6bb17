// `npm run bench -- large-file`: peak memory and speed of classifying a 50 MB text file
// (synthetic), in a child process so the figure is the classifier's own.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HEAP_FLAG } from '../bin/heap.js';
import { REGEXP_FLAG } from '../bin/regexp-flag.js';

/** Synthetic paragraphs: plain business text, and text dense with people named in running text. */
const PARAGRAPHS = {
  plain: 'Synthetic benchmark text. The reading rooms open in March; orders 4411-2290-118 and 55012-88 shipped on 2026-03-02.\n',
  'names in running text':
    'Synthetic benchmark text. Anna Weber said she would call Marco about order 4411; Lukas and Giulia agreed. Tochter Lena ok.\n',
};

export async function benchLargeFile(): Promise<void> {
  for (const [kind, paragraph] of Object.entries(PARAGRAPHS)) await run(kind, paragraph);
}

async function run(kind: string, paragraph: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cris-large-'));
  const file = join(dir, 'large.txt');
  const target = 50 * 1024 * 1024;
  const block = paragraph.repeat(Math.ceil((1024 * 1024) / paragraph.length));
  const parts: string[] = [];
  for (let size = 0; size < target; size += block.length) parts.push(block);
  // One address near the end: the classifier must read to the last megabyte.
  parts.push('Contact: anna.weber@example.org\n');
  writeFileSync(file, parts.join(''));
  const mb = (parts.length * block.length) / 1024 / 1024;
  try {
    // With the CLI's heap limit, as `cris classify` runs.
    const child = join(import.meta.dirname, 'large-file-child.ts');
    const run = spawnSync(process.execPath, [HEAP_FLAG, REGEXP_FLAG, '--import', 'tsx', child, file], {
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(run.stderr);
    const r = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as {
      sensitivity: string;
      seconds: number;
      maxRssMb: number;
    };
    process.stdout.write(
      `${mb.toFixed(0)} MB text file (${kind}): ${r.sensitivity} in ${r.seconds.toFixed(1)} s (${(mb / r.seconds).toFixed(2)} MB/s), peak RSS ${r.maxRssMb.toFixed(0)} MB (target ≤ 256 MB)\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
