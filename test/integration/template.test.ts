// The CloudFormation template that `osls package` produced without AWS credentials.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_DIR } from '../support/local.js';

// biome-ignore lint/suspicious/noExplicitAny: CloudFormation properties are read as free-form JSON here.
type Resource = { Type: string; Properties: Record<string, any> };
const template = JSON.parse(readFileSync(join(PACKAGE_DIR, 'cloudformation-template-update-stack.json'), 'utf8')) as {
  Resources: Record<string, Resource>;
};
const resources = template.Resources;
const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
const statementsOf = (roleId: string) =>
  (resources[roleId]?.Properties.Policies ?? []).flatMap(
    (p: { PolicyDocument: { Statement: unknown[] } }) => p.PolicyDocument.Statement,
  );

describe('packaged template', () => {
  it('has the input, output and audit buckets, with versioning on the input bucket', () => {
    expect(resources.InputBucket?.Type).toBe('AWS::S3::Bucket');
    expect(resources.OutputBucket?.Type).toBe('AWS::S3::Bucket');
    expect(resources.AuditBucket?.Type).toBe('AWS::S3::Bucket');
    expect(resources.InputBucket?.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    for (const id of ['InputBucket', 'OutputBucket', 'AuditBucket']) {
      expect(resources[id]?.Properties.PublicAccessBlockConfiguration).toMatchObject({
        BlockPublicAcls: true,
        RestrictPublicBuckets: true,
      });
    }
  });

  it('notifies the classifier of every object created in the input bucket', () => {
    expect(resources.InputBucket?.Properties.NotificationConfiguration.LambdaConfigurations).toEqual([
      { Event: 's3:ObjectCreated:*', Function: { 'Fn::GetAtt': ['ClassifierLambdaFunction', 'Arn'] } },
    ]);
    expect(resources.ClassifierS3InvokePermission?.Properties).toMatchObject({
      Principal: 's3.amazonaws.com',
      Action: 'lambda:InvokeFunction',
    });
  });

  it.each([
    ['EuQueue', 'EuDeadLetterQueue'],
    ['GlobalQueue', 'GlobalDeadLetterQueue'],
  ])('has %s with a redrive policy to %s', (queue, dlq) => {
    expect(resources[queue]?.Properties.RedrivePolicy).toEqual({
      deadLetterTargetArn: { 'Fn::GetAtt': [dlq, 'Arn'] },
      maxReceiveCount: 3,
    });
    expect(resources[dlq]?.Type).toBe('AWS::SQS::Queue');
    expect(resources[queue]?.Properties.SqsManagedSseEnabled).toBe(true);
  });

  it('has the three functions on nodejs22.x with active tracing', () => {
    const functions = Object.fromEntries(ofType('AWS::Lambda::Function'));
    expect(Object.keys(functions).sort()).toEqual([
      'ClassifierLambdaFunction',
      'WorkerEuLambdaFunction',
      'WorkerGlobalLambdaFunction',
    ]);
    for (const fn of Object.values(functions)) {
      expect(fn.Properties.Runtime).toBe('nodejs22.x');
      expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
    }
    expect(functions.WorkerEuLambdaFunction?.Properties.Environment.Variables.GEOGRAPHY).toBe('eu');
    expect(functions.WorkerGlobalLambdaFunction?.Properties.Environment.Variables.GEOGRAPHY).toBe('global');
  });

  it('feeds each worker from its own queue with partial batch failure reporting', () => {
    const mappings = ofType('AWS::Lambda::EventSourceMapping').map(([, r]) => r.Properties);
    expect(mappings).toHaveLength(2);
    for (const [fn, queue] of [
      ['WorkerEuLambdaFunction', 'EuQueue'],
      ['WorkerGlobalLambdaFunction', 'GlobalQueue'],
    ]) {
      expect(mappings).toContainEqual(
        expect.objectContaining({
          FunctionName: { 'Fn::GetAtt': [fn, 'Arn'] },
          EventSourceArn: { 'Fn::GetAtt': [queue, 'Arn'] },
          FunctionResponseTypes: ['ReportBatchItemFailures'],
        }),
      );
    }
  });

  it('gives each function its own role; only workers may call Bedrock, each its own geography', () => {
    const text = (roleId: string) => JSON.stringify(statementsOf(roleId));
    expect(text('ClassifierIamRoleLambdaExecution')).not.toContain('bedrock:');
    expect(text('WorkerEuIamRoleLambdaExecution')).toContain('inference-profile/eu.amazon.nova-2-lite-v1:0');
    expect(text('WorkerEuIamRoleLambdaExecution')).not.toContain('global.');
    expect(text('WorkerGlobalIamRoleLambdaExecution')).toContain('inference-profile/global.amazon.nova-2-lite-v1:0');
    expect(text('WorkerGlobalIamRoleLambdaExecution')).not.toContain('inference-profile/eu.');
  });

  it('encrypts buckets with the KMS key, refuses plain HTTP, and locks audit records', () => {
    for (const id of ['InputBucket', 'OutputBucket', 'AuditBucket']) {
      const rule = resources[id]?.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0];
      expect(rule.ServerSideEncryptionByDefault).toEqual({
        SSEAlgorithm: 'aws:kms',
        KMSMasterKeyID: { 'Fn::GetAtt': ['DataKey', 'Arn'] },
      });
      const policy = resources[`${id}Policy`]?.Properties.PolicyDocument.Statement[0];
      expect(policy).toMatchObject({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } });
    }
    expect(resources.DataKey?.Properties.EnableKeyRotation).toBe(true);
    expect(resources.AuditBucket?.Properties).toMatchObject({
      ObjectLockEnabled: true,
      ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE' } } },
    });
  });

  it('ships the policy and catalog files with each function', () => {
    const zip = readFileSync(join(PACKAGE_DIR, 'workerEu.zip')).toString('latin1');
    expect(zip).toContain('config/routing-policy.yml');
    expect(zip).toContain('config/profile-catalog.yml');
  });
});
