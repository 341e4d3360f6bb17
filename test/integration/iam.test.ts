// Least privilege, checked on the packaged template: for each role, a table of what it
// must be able to do and what it must never do.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveIntrinsics } from '../../infra/local/definitions.js';
import { type AccessRequest, isAllowed, type PolicyStatement } from '../support/iam-evaluator.js';
import { PACKAGE_DIR, REGION } from '../support/local.js';

const ACCOUNT = '111122223333';
const template = JSON.parse(readFileSync(join(PACKAGE_DIR, 'cloudformation-template-update-stack.json'), 'utf8')) as {
  Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
};
// Every GetAtt X.Arn resolves to an ARN named after the logical id; pseudo parameters to fixed values.
const attributes = Object.fromEntries(
  Object.entries(template.Resources).map(([id, r]) => [
    `${id}.Arn`,
    `arn:aws:${r.Type.split('::')[1]?.toLowerCase()}:${REGION}:${ACCOUNT}:${id}`,
  ]),
);
const ctx = {
  pseudo: { 'AWS::Partition': 'aws', 'AWS::AccountId': ACCOUNT, 'AWS::Region': REGION, 'AWS::StackName': 'cris-pipeline-local' },
  refs: {},
  attributes,
};
function statementsOf(roleId: string): PolicyStatement[] {
  const policies = template.Resources[roleId]?.Properties.Policies as { PolicyDocument: { Statement: unknown[] } }[];
  return resolveIntrinsics(
    policies.flatMap((p) => p.PolicyDocument.Statement),
    ctx,
  ) as PolicyStatement[];
}
const ROLES = {
  classifier: statementsOf('ClassifierIamRoleLambdaExecution'),
  workerEu: statementsOf('WorkerEuIamRoleLambdaExecution'),
  workerGlobal: statementsOf('WorkerGlobalIamRoleLambdaExecution'),
};

const bucket = (kind: string) => `arn:aws:s3:::cris-pipeline-local-${kind}-${ACCOUNT}-${REGION}`;
const profile = (id: string, region = REGION) => `arn:aws:bedrock:${region}:${ACCOUNT}:inference-profile/${id}`;
const model = (region: string, id = 'amazon.nova-2-lite-v1:0') => `arn:aws:bedrock:${region}::foundation-model/${id}`;
const EU_PROFILE = profile('eu.amazon.nova-2-lite-v1:0');
const GLOBAL_PROFILE = profile('global.amazon.nova-2-lite-v1:0');
const queue = (id: string) => attributes[`${id}.Arn`] as string;
const invoke = (resource: string, context: Record<string, string> = {}): AccessRequest => ({
  action: 'bedrock:InvokeModel',
  resource,
  context: { 'aws:RequestedRegion': REGION, ...context },
});

type Case = [keyof typeof ROLES, string, AccessRequest];
const ALLOWED: Case[] = [
  ['classifier', 'read an input object', { action: 's3:GetObject', resource: `${bucket('input')}/hr/a.txt` }],
  [
    'classifier',
    'tag an input object version',
    { action: 's3:PutObjectVersionTagging', resource: `${bucket('input')}/hr/a.txt` },
  ],
  ['classifier', 'send to the EU queue', { action: 'sqs:SendMessage', resource: queue('EuQueue') }],
  ['classifier', 'send to the global queue', { action: 'sqs:SendMessage', resource: queue('GlobalQueue') }],
  ['classifier', 'append an audit record', { action: 's3:PutObject', resource: `${bucket('audit')}/audit/2026-11-24/x.json` }],
  ['workerEu', 'invoke the eu. profile in its region', invoke(EU_PROFILE)],
  ...['eu-central-1', 'eu-north-1', 'eu-south-1', 'eu-south-2', 'eu-west-1', 'eu-west-3'].map(
    (r): Case => [
      'workerEu',
      `reach the model in ${r} through the eu. profile`,
      invoke(model(r), { 'aws:RequestedRegion': r, 'bedrock:InferenceProfileArn': EU_PROFILE }),
    ],
  ),
  ['workerEu', 'receive from the EU queue', { action: 'sqs:ReceiveMessage', resource: queue('EuQueue') }],
  ['workerEu', 'write a result', { action: 's3:PutObject', resource: `${bucket('output')}/results/hr/a.txt.json` }],
  ['workerEu', 'write an error record', { action: 's3:PutObject', resource: `${bucket('output')}/errors/hr/a.txt.json` }],
  ['workerEu', 'claim a document in the ledger', { action: 's3:PutObject', resource: `${bucket('output')}/ledger/abc.json` }],
  ['workerGlobal', 'read the ledger', { action: 's3:GetObject', resource: `${bucket('output')}/ledger/abc.json` }],
  ['workerGlobal', 'invoke the global. profile in its region', invoke(GLOBAL_PROFILE)],
  [
    'workerGlobal',
    'reach the model in its region through the profile',
    invoke(model(REGION), { 'bedrock:InferenceProfileArn': GLOBAL_PROFILE }),
  ],
  [
    'workerGlobal',
    'reach the region-less model through the global profile',
    invoke('arn:aws:bedrock:::foundation-model/amazon.nova-2-lite-v1:0', {
      'aws:RequestedRegion': 'unspecified',
      'bedrock:InferenceProfileArn': GLOBAL_PROFILE,
    }),
  ],
  ['workerGlobal', 'receive from the global queue', { action: 'sqs:ReceiveMessage', resource: queue('GlobalQueue') }],
];
const FORBIDDEN: Case[] = [
  ['classifier', 'call Bedrock at all', invoke(EU_PROFILE)],
  ['classifier', 'call a foundation model', invoke(model(REGION))],
  ['classifier', 'receive from a queue', { action: 'sqs:ReceiveMessage', resource: queue('EuQueue') }],
  ['classifier', 'write a result', { action: 's3:PutObject', resource: `${bucket('output')}/results/a.json` }],
  ['classifier', 'write to the ledger', { action: 's3:PutObject', resource: `${bucket('output')}/ledger/abc.json` }],
  ['classifier', 'overwrite an input object', { action: 's3:PutObject', resource: `${bucket('input')}/hr/a.txt` }],
  ['workerEu', 'invoke the global. profile', invoke(GLOBAL_PROFILE)],
  [
    'workerEu',
    'reach a model through the global profile',
    invoke('arn:aws:bedrock:::foundation-model/amazon.nova-2-lite-v1:0', {
      'aws:RequestedRegion': 'unspecified',
      'bedrock:InferenceProfileArn': GLOBAL_PROFILE,
    }),
  ],
  ['workerEu', 'invoke a foundation model directly, not through the profile', invoke(model(REGION))],
  [
    'workerEu',
    'reach the model in Zurich',
    invoke(model('eu-central-2'), { 'aws:RequestedRegion': 'eu-central-2', 'bedrock:InferenceProfileArn': EU_PROFILE }),
  ],
  [
    'workerEu',
    'reach the model in us-east-1',
    invoke(model('us-east-1'), { 'aws:RequestedRegion': 'us-east-1', 'bedrock:InferenceProfileArn': EU_PROFILE }),
  ],
  ['workerEu', 'invoke another model’s eu. profile', invoke(profile('eu.anthropic.claude-sonnet-4-5-20250929-v1:0'))],
  ['workerEu', 'receive from the global queue', { action: 'sqs:ReceiveMessage', resource: queue('GlobalQueue') }],
  ['workerEu', 'send to the global queue', { action: 'sqs:SendMessage', resource: queue('GlobalQueue') }],
  ['workerEu', 'write into the input bucket', { action: 's3:PutObject', resource: `${bucket('input')}/hr/a.txt` }],
  ['workerEu', 'delete an audit record', { action: 's3:DeleteObject', resource: `${bucket('audit')}/audit/x.json` }],
  ['workerGlobal', 'invoke the eu. profile', invoke(EU_PROFILE)],
  [
    'workerGlobal',
    'reach a model through the eu. profile',
    invoke(model('eu-west-1'), { 'aws:RequestedRegion': 'eu-west-1', 'bedrock:InferenceProfileArn': EU_PROFILE }),
  ],
  [
    'workerGlobal',
    'invoke a foundation model in another region directly',
    invoke(model('us-east-1'), { 'aws:RequestedRegion': 'us-east-1' }),
  ],
  ['workerGlobal', 'receive from the EU queue', { action: 'sqs:ReceiveMessage', resource: queue('EuQueue') }],
  [
    'workerGlobal',
    'write outside results/ and errors/',
    { action: 's3:PutObject', resource: `${bucket('output')}/other/a.json` },
  ],
];

describe('IAM roles of the packaged template', () => {
  it.each(ALLOWED)('%s may %s', (role, _what, request) => {
    expect(isAllowed(ROLES[role], request)).toBe(true);
  });

  it.each(FORBIDDEN)('%s may not %s', (role, _what, request) => {
    expect(isAllowed(ROLES[role], request)).toBe(false);
  });

  it('grants no S3 or SQS action on a * resource', () => {
    for (const statements of Object.values(ROLES)) {
      for (const s of statements) {
        const actions = ([] as string[]).concat(s.Action);
        if (actions.some((a) => a.startsWith('s3:') || a.startsWith('sqs:') || a.startsWith('bedrock:'))) {
          expect(([] as string[]).concat(s.Resource)).not.toContain('*');
        }
      }
    }
  });
});
