// The classifier's patterns compile straight to machine code where the process starts with `REGEXP_FLAG`
// (`bin/regexp-flag.js`), as the CLI, the benches' timed children and the test workers do; the classifier itself no longer
// changes V8's flags once running, which made about one process in five die with SIGSEGV under tsx (session 58).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGEXP_FLAG } from '../../bin/regexp-flag.js';
import { PROJECT_ROOT } from '../support/local.js';

const CLASSIFY = join(PROJECT_ROOT, 'shared', 'domain', 'classify.ts');

/**
 * Whether V8 holds bytecode for a new pattern after its first use, in a process started with `flags`, once the
 * classifier is imported: V8's own test natives (`%RegexpHasBytecode`) tell it, where the interpreter's bytecode is what
 * tier-up compiles first.
 */
const bytecodeAfterFirstUse = (flags: readonly string[]) =>
  spawnSync(
    process.execPath,
    [
      ...flags,
      '--allow-natives-syntax',
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `await import(${JSON.stringify(CLASSIFY)}); const re = /sentinel-(?:alpha|beta)-pattern/u; re.test('sentinel-beta-pattern'); console.log(%RegexpHasBytecode(re, true) ? 'bytecode' : 'native');`,
    ],
    { cwd: PROJECT_ROOT, encoding: 'utf8' },
  );

describe("the classifier's regexp engine", () => {
  it('compiles a pattern to machine code at its first use in a process started with the flag', () => {
    const run = bytecodeAfterFirstUse([REGEXP_FLAG]);
    expect({ status: run.status, signal: run.signal, stdout: run.stdout.trim(), stderr: run.stderr }).toEqual({
      status: 0,
      signal: null,
      stdout: 'native',
      stderr: '',
    });
  }, 60_000);

  it("leaves V8's default alone where the process starts without it: the classifier sets no flag once running", () => {
    const run = bytecodeAfterFirstUse([]);
    expect({ status: run.status, signal: run.signal, stdout: run.stdout.trim(), stderr: run.stderr }).toEqual({
      status: 0,
      signal: null,
      stdout: 'bytecode',
      stderr: '',
    });
  }, 60_000);

  it('classifies under tsx, as the CLI runs, without a crash in eight processes in a row', () => {
    for (let i = 0; i < 8; i++) {
      const run = spawnSync(
        process.execPath,
        [
          REGEXP_FLAG,
          '--import',
          'tsx',
          '--input-type=module',
          '-e',
          `const { classifyText } = await import(${JSON.stringify(CLASSIFY)}); console.log(classifyText('Hej! Kan du hämta Ella på förskolan idag?').sensitivity);`,
        ],
        { cwd: PROJECT_ROOT, encoding: 'utf8' },
      );
      expect({ status: run.status, signal: run.signal, stdout: run.stdout.trim() }).toEqual({
        status: 0,
        signal: null,
        stdout: 'personal',
      });
    }
  }, 120_000);
});
