// `cris run` as a user runs it: a child process, its JSON lines and its exit code.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/local.js';

const work = mkdtempSync(join(tmpdir(), 'cris-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cris(...args: string[]) {
  return spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin/cris.js'), ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    timeout: 110_000,
  });
}

describe('cris run', () => {
  it('prints one JSON object per document with its route and outcome, and exits 0', () => {
    const folder = join(work, 'batch');
    cpSync(join(PROJECT_ROOT, 'samples/public'), join(folder, 'docs'), { recursive: true });
    const run = cris('run', folder, '--prefix', 'public/', '--json', '--state-dir', join(work, 'state'));
    expect(run.status, run.stderr).toBe(0);
    const rows = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(12);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(
        expect.arrayContaining(['key', 'sensitivity', 'geography', 'profileId', 'outcome', 'outputKey']),
      );
      expect(row.key.startsWith('public/docs/')).toBe(true);
    }
    expect(rows.find((r) => r.key === 'public/docs/Opening Hours.txt')).toMatchObject({
      sensitivity: 'public',
      geography: 'global',
      profileId: 'global.amazon.nova-2-lite-v1:0',
      outcome: 'result',
      outputKey: 'results/public/docs/Opening Hours.txt.json',
    });
    expect(rows.find((r) => r.key === 'public/docs/archive.bin')).toMatchObject({
      geography: 'eu',
      outcome: 'error',
      profileId: null,
    });
    expect(existsSync(join(work, 'state/outputs/results/public/docs/Opening Hours.txt.json'))).toBe(true);

    const trace = cris('trace', 'public/docs/Opening Hours.txt', '--state-dir', join(work, 'state'));
    expect(trace.status, trace.stderr).toBe(0);
    expect(trace.stdout).toMatch(/^trace 1-[0-9a-f]{8}-[0-9a-f]{24} · \d+ ms\ncris-pipeline-local-classifier/);
    expect(trace.stdout).toMatch(/BedrockRuntime Converse\s+\+\d+ ms \d+ ms/);
    expect(trace.stdout).toContain('profileId=global.amazon.nova-2-lite-v1:0');
  });

  it('explains its usage when the folder is missing', () => {
    const run = cris('run');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/usage: cris/);
  });
});
