// The classifier's patterns compile straight to machine code (`shared/domain/regexp-engine.ts`): V8's trace of its
// regexp compiles shows a pattern first used after the classifier's modules load compiled native, not to bytecode.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/local.js';

/** V8's compile trace for one new pattern, tested once, after `module` is imported (or nothing is). */
const trace = (module?: string) =>
  spawnSync(
    process.execPath,
    [
      '--trace-regexp-tier-up',
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `${module ? `await import(${JSON.stringify(module)}); ` : ''}console.log('--- after import'); /sentinel-(?:alpha|beta)-pattern/u.test('sentinel-beta-pattern');`,
    ],
    { cwd: PROJECT_ROOT, encoding: 'utf8' },
  );

/** How V8 compiled the first pattern after the import (the sentinel): "native code" or "bytecode". */
const compiledAfterImport = (stdout: string) =>
  /JSRegExp object \S+ (native code|bytecode) size/.exec(stdout.split('--- after import')[1] ?? '')?.[1];

describe("the classifier's regexp engine", () => {
  it('compiles a pattern used after the classifier loads to machine code at its first use', () => {
    const run = trace(join(PROJECT_ROOT, 'shared', 'domain', 'classify.ts'));
    expect(run.status).toBe(0);
    expect(compiledAfterImport(run.stdout)).toBe('native code');
  });

  it('where V8 would otherwise compile it to bytecode first (the default this changes)', () => {
    const run = trace();
    expect(run.status).toBe(0);
    expect(compiledAfterImport(run.stdout)).toBe('bytecode');
  });
});
