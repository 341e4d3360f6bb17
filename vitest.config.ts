import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // s3rver's paged listings use a cipher that OpenSSL 3 only offers through its legacy provider.
    pool: 'forks',
    poolOptions: { forks: { execArgv: ['--openssl-legacy-provider'] } },
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    // One file at a time: an integration file starts emulators and worker threads, and
    // the machine this must pass on has two cores.
    fileParallelism: false,
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
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
