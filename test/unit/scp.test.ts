// The example service control policy forbids global profiles and keeps EU profiles usable.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type AccessRequest, isDenied, type PolicyStatement } from '../support/iam-evaluator.js';

const scp = JSON.parse(readFileSync(new URL('../../infra/scp/deny-global-inference.json', import.meta.url), 'utf8'))
  .Statement as PolicyStatement[];
const ACCOUNT = '111122223333';
const profile = (id: string) => `arn:aws:bedrock:eu-central-1:${ACCOUNT}:inference-profile/${id}`;
const call = (resource: string, region: string, profileArn?: string): AccessRequest => ({
  action: 'bedrock:InvokeModel',
  resource,
  context: { 'aws:RequestedRegion': region, ...(profileArn ? { 'bedrock:InferenceProfileArn': profileArn } : {}) },
});

describe('infra/scp/deny-global-inference.json', () => {
  const GLOBAL = profile('global.amazon.nova-2-lite-v1:0');
  const EU = profile('eu.amazon.nova-2-lite-v1:0');

  it('denies a global profile and the models reached through it', () => {
    expect(isDenied(scp, call(GLOBAL, 'eu-central-1'))).toBe(true);
    expect(isDenied(scp, call('arn:aws:bedrock:::foundation-model/amazon.nova-2-lite-v1:0', 'unspecified', GLOBAL))).toBe(true);
    expect(
      isDenied(scp, call('arn:aws:bedrock:eu-central-1::foundation-model/amazon.nova-2-lite-v1:0', 'eu-central-1', GLOBAL)),
    ).toBe(true);
  });

  it('denies Bedrock in non-EU regions, Zurich and London included', () => {
    for (const region of ['us-east-1', 'eu-central-2', 'eu-west-2']) {
      expect(isDenied(scp, call(`arn:aws:bedrock:${region}::foundation-model/amazon.nova-2-lite-v1:0`, region, EU)), region).toBe(
        true,
      );
    }
  });

  it('leaves the eu. profile and every EU destination usable', () => {
    expect(isDenied(scp, call(EU, 'eu-central-1'))).toBe(false);
    for (const region of ['eu-central-1', 'eu-north-1', 'eu-south-1', 'eu-south-2', 'eu-west-1', 'eu-west-3']) {
      expect(isDenied(scp, call(`arn:aws:bedrock:${region}::foundation-model/amazon.nova-2-lite-v1:0`, region, EU)), region).toBe(
        false,
      );
    }
  });
});
