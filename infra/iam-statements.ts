// Least-privilege IAM statements for each function, derived from the profile catalog and
// the routing policy for the deployment region. Building them also validates both files
// at packaging: a region that cannot use a needed profile fails `osls package`.
import { type ProfileCatalog, profilesNeeded } from '../shared/domain/catalog.js';
import type { RoutingPolicy } from '../shared/domain/policy.js';
import type { Geography } from '../shared/domain/sensitivity.js';

export interface IamInputs {
  readonly region: string;
  readonly policy: RoutingPolicy;
  readonly catalog: ProfileCatalog;
  readonly names: { readonly inputBucket: string; readonly outputBucket: string; readonly auditBucket: string };
}

type Value = string | { 'Fn::Sub': string } | { 'Fn::GetAtt': [string, string] };
export interface Statement {
  readonly Sid: string;
  readonly Effect: 'Allow';
  readonly Action: readonly string[];
  readonly Resource: Value | readonly Value[];
  readonly Condition?: Record<string, Record<string, Value | readonly Value[]>>;
}

const sub = (template: string): { 'Fn::Sub': string } => ({ 'Fn::Sub': template });
const s3Objects = (bucket: string, prefix = '') => sub(`arn:\${AWS::Partition}:s3:::${bucket}/${prefix}*`);
const dataKey: Value = { 'Fn::GetAtt': ['DataKey', 'Arn'] };
const profileArn = (region: string, profileId: string) =>
  sub(`arn:\${AWS::Partition}:bedrock:${region}:\${AWS::AccountId}:inference-profile/${profileId}`);
const modelArn = (region: string, modelId: string) =>
  sub(`arn:\${AWS::Partition}:bedrock:${region}::foundation-model/${modelId}`);

const xray: Statement = {
  Sid: 'XRay',
  Effect: 'Allow',
  Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'],
  Resource: '*', // X-Ray actions support no resource-level permissions
};

const auditAppend = (names: IamInputs['names']): Statement => ({
  Sid: 'AppendAuditRecords',
  Effect: 'Allow',
  Action: ['s3:PutObject'],
  Resource: s3Objects(names.auditBucket, 'audit/'),
});

const useDataKey = (actions: string[]): Statement => ({ Sid: 'UseDataKey', Effect: 'Allow', Action: actions, Resource: dataKey });

export function classifierStatements(inputs: IamInputs): Statement[] {
  return [
    {
      Sid: 'ReadAndTagInput',
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:GetObjectVersion', 's3:PutObjectTagging', 's3:PutObjectVersionTagging'],
      Resource: s3Objects(inputs.names.inputBucket),
    },
    auditAppend(inputs.names),
    {
      Sid: 'SendClaimChecks',
      Effect: 'Allow',
      Action: ['sqs:SendMessage'],
      Resource: [{ 'Fn::GetAtt': ['EuQueue', 'Arn'] }, { 'Fn::GetAtt': ['GlobalQueue', 'Arn'] }],
    },
    useDataKey(['kms:Decrypt', 'kms:GenerateDataKey']),
    xray,
  ];
}

function bedrockStatements(inputs: IamInputs, geography: Geography): Statement[] {
  return profilesNeeded(inputs.policy, inputs.catalog, geography, inputs.region).flatMap((p, i): Statement[] => {
    const profile = profileArn(inputs.region, p.profileId);
    const tied = { StringEquals: { 'bedrock:InferenceProfileArn': profile } };
    if (geography === 'eu') {
      return [
        { Sid: `InvokeEuProfile${i}`, Effect: 'Allow', Action: ['bedrock:InvokeModel'], Resource: profile },
        {
          // Only through the profile, and only in its EU destination regions.
          Sid: `InvokeEuModelsThroughProfile${i}`,
          Effect: 'Allow',
          Action: ['bedrock:InvokeModel'],
          Resource: p.destinationRegions.map((r) => modelArn(r, p.modelId)),
          Condition: tied,
        },
      ];
    }
    // Global profiles: the profile and the model in the source region, plus the
    // region-less model ARN that global routing is authorised against (AWS's pattern).
    return [
      {
        Sid: `InvokeGlobalProfile${i}`,
        Effect: 'Allow',
        Action: ['bedrock:InvokeModel'],
        Resource: [profile, modelArn(inputs.region, p.modelId)],
        Condition: { StringEquals: { 'aws:RequestedRegion': inputs.region } },
      },
      {
        Sid: `InvokeGlobalModelThroughProfile${i}`,
        Effect: 'Allow',
        Action: ['bedrock:InvokeModel'],
        Resource: sub(`arn:\${AWS::Partition}:bedrock:::foundation-model/${p.modelId}`),
        Condition: { StringEquals: { 'aws:RequestedRegion': 'unspecified', 'bedrock:InferenceProfileArn': profile } },
      },
    ];
  });
}

export function workerStatements(inputs: IamInputs, geography: Geography): Statement[] {
  return [
    {
      Sid: 'ReadInput',
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:GetObjectVersion'],
      Resource: s3Objects(inputs.names.inputBucket),
    },
    {
      Sid: 'WriteOutcomes',
      Effect: 'Allow',
      Action: ['s3:PutObject'],
      Resource: [s3Objects(inputs.names.outputBucket, 'results/'), s3Objects(inputs.names.outputBucket, 'errors/')],
    },
    {
      Sid: 'ProcessingLedger',
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:PutObject'],
      Resource: s3Objects(inputs.names.outputBucket, 'ledger/'),
    },
    auditAppend(inputs.names),
    ...bedrockStatements(inputs, geography),
    useDataKey(['kms:Decrypt', 'kms:GenerateDataKey']),
    xray,
  ];
}
