// Start-up and packaging refuse configurations that would break residency, with a clear message.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wireWorker } from '../../functions/worker/wiring.js';
import { PROJECT_ROOT } from '../support/local.js';

const env = (overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv => ({
  AWS_REGION: 'eu-central-1',
  AUDIT_BUCKET: 'audit',
  OUTPUT_BUCKET: 'output',
  POLICY_FILE: join(PROJECT_ROOT, 'config/routing-policy.yml'),
  CATALOG_FILE: join(PROJECT_ROOT, 'config/profile-catalog.yml'),
  GEOGRAPHY: 'eu',
  MAX_RECEIVE_COUNT: '3',
  BEDROCK_MAX_ATTEMPTS: '4',
  ...overrides,
});

function policyWith(model: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cris-policy-'));
  const file = join(dir, 'policy.yml');
  writeFileSync(
    file,
    readFileSync(join(PROJECT_ROOT, 'config/routing-policy.yml'), 'utf8').replace(/model: .*/, `model: ${model}`),
  );
  return file;
}

describe('worker start-up', () => {
  it('starts in an EU source region and resolves its profile', () => {
    const { deps } = wireWorker(env({ AWS_REGION: 'eu-south-1' }));
    expect(deps.profileFor('amazon.nova-2-lite-v1:0')).toMatchObject({
      profileId: 'eu.amazon.nova-2-lite-v1:0',
      sourceRegion: 'eu-south-1',
    });
  });

  it('refuses to start where the region cannot call the profile it needs', () => {
    expect(() => wireWorker(env({ AWS_REGION: 'us-east-1' }))).toThrow(
      /the eu worker cannot start in us-east-1: eu\.amazon\.nova-2-lite-v1:0 cannot be called from us-east-1/,
    );
    expect(() => wireWorker(env({ AWS_REGION: 'eu-central-2', GEOGRAPHY: 'global' }))).toThrow(
      /global worker cannot start in eu-central-2/,
    );
  });

  it('refuses to start an EU worker whose profile could process outside the EU from its region', () => {
    const policy = policyWith('anthropic.claude-sonnet-4-5-20250929-v1:0');
    expect(() => wireWorker(env({ AWS_REGION: 'eu-west-2', POLICY_FILE: policy }))).toThrow(
      /may process requests in eu-west-2, outside the EU/,
    );
    expect(() => wireWorker(env({ AWS_REGION: 'eu-west-1', POLICY_FILE: policy }))).not.toThrow();
  });

  it('names a missing or invalid variable', () => {
    expect(() => wireWorker(env({ GEOGRAPHY: undefined }))).toThrow(/GEOGRAPHY: not set/);
    expect(() => wireWorker(env({ GEOGRAPHY: 'us' }))).toThrow(/GEOGRAPHY: /);
    expect(() => wireWorker(env({ POLICY_FILE: '/nonexistent/policy.yml' }))).toThrow(
      /cannot read \/nonexistent\/policy.yml: ENOENT/,
    );
  });
});

describe('packaging-time validation (infra/iam.cjs)', () => {
  type Build = (a: { resolveVariable: (v: string) => Promise<unknown> }) => Promise<unknown[]>;
  const iam = createRequire(import.meta.url)(join(PROJECT_ROOT, 'infra/iam.cjs')) as Record<
    'classifier' | 'workerEu' | 'workerGlobal',
    Build
  >;
  const variables = (policyFile: string, region = 'eu-central-1') => ({
    resolveVariable: async (name: string) =>
      ({
        'self:provider.environment': { POLICY_FILE: policyFile, CATALOG_FILE: 'config/profile-catalog.yml' },
        'self:provider.region': region,
        'self:custom.names.inputBucket': 'in',
        'self:custom.names.outputBucket': 'out',
        'self:custom.names.auditBucket': 'audit',
      })[name],
  });

  it('builds the statements for the shipped policy', async () => {
    expect((await iam.workerEu(variables('config/routing-policy.yml'))).length).toBeGreaterThan(3);
  });

  it('fails packaging with the line of a bad policy value', async () => {
    const text = readFileSync(join(PROJECT_ROOT, 'config/routing-policy.yml'), 'utf8');
    const file = join(mkdtempSync(join(tmpdir(), 'cris-policy-')), 'bad.yml');
    writeFileSync(file, text.replace('maxOutputTokens: 1024', 'maxOutputTokens: lots'));
    const line = text.split('\n').findIndex((l) => l.includes('maxOutputTokens: 1024')) + 1;
    await expect(iam.workerGlobal(variables(file))).rejects.toThrow(new RegExp(`bad.yml:${line}: defaults.maxOutputTokens`));
  });

  it('fails packaging for a region that cannot use the needed profile', async () => {
    await expect(iam.workerEu(variables('config/routing-policy.yml', 'us-west-2'))).rejects.toThrow(
      /cannot be called from us-west-2/,
    );
  });
});
