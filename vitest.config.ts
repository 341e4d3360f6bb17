import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { REGEXP_FLAG } from './bin/regexp-flag.js';

// The files that take longest, in this order, before all others. With no durations cached (a fresh clone, as CI runs)
// vitest starts the largest files first, which put the labeled sets' four small files (labeled-sets-1.test.ts … -4,
// about 40 s each) last, on one worker after the other; longest first, the two workers finish together.
const LONGEST = [
  /\/labeled-sets-\d\.test\.ts$/,
  /\/integration\/delivery\.test\.ts$/,
  /\/integration\/pipeline\.test\.ts$/,
  /\/integration\/cli\.test\.ts$/,
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const at = LONGEST.findIndex((pattern) => pattern.test(file.moduleId));
      return at < 0 ? LONGEST.length : at;
    };
    const sorted = await super.sort(files);
    return sorted
      .map((file, at) => ({ file, at }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.at - b.at)
      .map(({ file }) => file);
  }
}

export default defineConfig({
  test: {
    // s3rver's paged listings use a cipher that OpenSSL 3 only offers through its legacy provider.
    pool: 'forks',
    // Regular expressions straight to machine code, as the CLI runs them (bin/regexp-flag.js).
    poolOptions: { forks: { execArgv: ['--openssl-legacy-provider', REGEXP_FLAG] } },
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    sequence: { sequencer: LongestFirst },
    // The unit files two at a time, on the two cores the suite must pass on in five minutes.
    maxWorkers: 2,
    minWorkers: 1,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/integration/global-setup.ts'],
          // Beside the unit files, on the same two workers: an integration file starts its own emulators (each on its
          // own free port) and worker threads, and spends most of its time waiting for visibility timeouts to pass.
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
