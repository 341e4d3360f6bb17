// The CLI's exit: a command left pending when nothing is left to wait on fails, it does not end as a success.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/local.js';

const exitModule = join(PROJECT_ROOT, 'cli', 'exit.ts');
const run = (promise: string) =>
  spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `import { exitWith } from ${JSON.stringify(exitModule)}; exitWith(${promise});`,
    ],
    { cwd: PROJECT_ROOT, encoding: 'utf8' },
  );

describe('the CLI exit', () => {
  it("ends with the command's code", () => {
    expect(run('Promise.resolve(0)').status).toBe(0);
    expect(run('Promise.resolve(2)').status).toBe(2);
  });

  it('ends with 1 and says why when the command fails', () => {
    const failed = run('Promise.reject(new Error("no files in samples/"))');
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('cris: no files in samples/');
  });

  it('ends with 1, not 0, when the command is left pending with nothing to wait on', () => {
    const stalled = run('new Promise(() => {})');
    expect(stalled.status).toBe(1);
    expect(stalled.stderr).toContain('nothing was left to wait on');
  });
});
