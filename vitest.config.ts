import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // s3rver's paged listings use a cipher that OpenSSL 3 only offers through its legacy provider.
    pool: 'forks',
    poolOptions: { forks: { execArgv: ['--openssl-legacy-provider'] } },
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
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
