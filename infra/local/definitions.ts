// Reads what serverless.yml deploys — the compiled CloudFormation template and the
// resolved service — so the local stack has no second list of names, batch sizes,
// timeouts, redrive counts or environment variables.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';

type Cfn = Record<string, unknown>;

export interface BucketDefinition {
  readonly logicalId: string;
  readonly properties: Cfn;
  /** Logical ids of the functions notified on ObjectCreated. */
  readonly notifiedFunctions: readonly string[];
}

export interface QueueDefinition {
  readonly logicalId: string;
  readonly properties: Cfn;
}

export interface FunctionDefinition {
  readonly logicalId: string;
  readonly properties: Cfn;
  /** e.g. functions/worker/handler.handler */
  readonly handler: string;
  /** The deployment package `osls package` built for the function (its zip, named as in Code.S3Key). */
  readonly artifact: string;
}

export interface EventSourceMappingDefinition {
  readonly functionLogicalId: string;
  readonly queueLogicalId: string;
  readonly batchSize: number;
  readonly maximumBatchingWindowSeconds: number;
  readonly reportBatchItemFailures: boolean;
  readonly maximumConcurrency: number;
}

export interface StackDefinition {
  readonly service: string;
  readonly stage: string;
  readonly region: string;
  readonly stackName: string;
  readonly buckets: readonly BucketDefinition[];
  readonly queues: readonly QueueDefinition[];
  readonly functions: readonly FunctionDefinition[];
  readonly eventSourceMappings: readonly EventSourceMappingDefinition[];
}

export interface PackageOptions {
  readonly projectRoot: string;
  readonly stage: string;
  readonly region: string;
  /** Where `osls package` writes; reused while no definition or source is newer. */
  readonly packageDir: string;
  readonly log?: (line: string) => void;
}

const SOURCES = ['serverless.yml', 'infra', 'functions', 'shared', 'config', 'package.json'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'local' || entry === 'node_modules') continue; // the local stack itself is not deployed
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function templatePath(dir: string): string {
  return join(dir, 'cloudformation-template-update-stack.json');
}

function isStale(options: PackageOptions): boolean {
  const template = templatePath(options.packageDir);
  if (!existsSync(template) || !existsSync(join(options.packageDir, 'serverless-state.json'))) return true;
  const state = JSON.parse(readFileSync(join(options.packageDir, 'serverless-state.json'), 'utf8'));
  if (state.service?.provider?.region !== options.region || state.service?.provider?.stage !== options.stage) return true;
  const built = statSync(template).mtimeMs;
  return SOURCES.some((s) => existsSync(join(options.projectRoot, s)) && newestMtime(join(options.projectRoot, s)) > built);
}

/** Runs `osls package` (no AWS account needed) when the definitions or sources changed. */
export async function ensurePackaged(options: PackageOptions): Promise<void> {
  if (!isStale(options)) return;
  options.log?.(`packaging with osls (stage ${options.stage}, ${options.region})…`);
  const require = createRequire(join(options.projectRoot, 'package.json'));
  const osls = require.resolve('osls/bin/serverless.js');
  const args = [osls, 'package', '--stage', options.stage, '--region', options.region, '--package', options.packageDir];
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: options.projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Packaging needs no AWS account: prove it by withholding any credentials.
      env: withoutAwsCredentials({
        ...process.env,
        SLS_TELEMETRY_DISABLED: '1',
        SLS_NOTIFICATIONS_MODE: 'off',
        NODE_OPTIONS: '',
      }),
    });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`osls package failed (exit ${code}):\n${output}`))));
  });
}

function withoutAwsCredentials(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean = { ...env };
  for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE']) delete clean[name];
  return clean;
}

export function readStackDefinition(packageDir: string): StackDefinition {
  const template = JSON.parse(readFileSync(templatePath(packageDir), 'utf8')) as {
    Resources: Record<string, { Type: string; Properties?: Cfn }>;
  };
  const state = JSON.parse(readFileSync(join(packageDir, 'serverless-state.json'), 'utf8'));
  const service: string = state.service.service;
  const stage: string = state.service.provider.stage;
  const region: string = state.service.provider.region;
  const resources = Object.entries(template.Resources);
  const ofType = (type: string) =>
    resources.filter(([, r]) => r.Type === type).map(([id, r]) => [id, r.Properties ?? {}] as const);

  const buckets = ofType('AWS::S3::Bucket')
    .filter(([id]) => id !== 'ServerlessDeploymentBucket')
    .map(([logicalId, properties]) => {
      const notification = properties.NotificationConfiguration as
        | { LambdaConfigurations?: { Event: string; Function: Cfn }[] }
        | undefined;
      const notifiedFunctions = (notification?.LambdaConfigurations ?? [])
        .filter((c) => c.Event.startsWith('s3:ObjectCreated:'))
        .map((c) => logicalIdOf(c.Function));
      return { logicalId, properties, notifiedFunctions };
    });
  const queues = ofType('AWS::SQS::Queue').map(([logicalId, properties]) => ({ logicalId, properties }));
  const functions = ofType('AWS::Lambda::Function').map(([logicalId, properties]) => ({
    logicalId,
    properties,
    handler: String(properties.Handler),
    artifact: join(packageDir, basename(String((properties.Code as { S3Key?: unknown } | undefined)?.S3Key ?? ''))),
  }));
  const eventSourceMappings = ofType('AWS::Lambda::EventSourceMapping').map(([, p]) => ({
    functionLogicalId: logicalIdOf(p.FunctionName as Cfn),
    queueLogicalId: logicalIdOf(p.EventSourceArn as Cfn),
    batchSize: Number(p.BatchSize ?? 10),
    maximumBatchingWindowSeconds: Number(p.MaximumBatchingWindowInSeconds ?? 0),
    reportBatchItemFailures: ((p.FunctionResponseTypes as string[] | undefined) ?? []).includes('ReportBatchItemFailures'),
    maximumConcurrency: Number((p.ScalingConfig as { MaximumConcurrency?: number } | undefined)?.MaximumConcurrency ?? 2),
  }));
  return {
    service,
    stage,
    region,
    stackName: `${service}-${stage}`,
    buckets,
    queues,
    functions,
    eventSourceMappings,
  };
}

/** The logical id behind `!GetAtt X.Arn` or `!Ref X`. */
function logicalIdOf(value: Cfn): string {
  const getAtt = value['Fn::GetAtt'] as [string, string] | undefined;
  if (getAtt) return getAtt[0];
  if (typeof value.Ref === 'string') return value.Ref;
  throw new Error(`cannot tell which resource ${JSON.stringify(value)} names`);
}

export interface IntrinsicContext {
  readonly pseudo: Readonly<Record<string, string>>;
  /** Value of `!Ref <logicalId>` for each resource. */
  readonly refs: Readonly<Record<string, string>>;
  /** Value of `!GetAtt <logicalId>.<attribute>`. */
  readonly attributes: Readonly<Record<string, string>>;
}

/** Evaluates the CloudFormation intrinsics the templates use: Ref, Fn::GetAtt, Fn::Sub, Fn::Join. */
export function resolveIntrinsics(value: unknown, ctx: IntrinsicContext): unknown {
  if (Array.isArray(value)) return value.map((v) => resolveIntrinsics(v, ctx));
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Cfn;
  const keys = Object.keys(obj);
  if (keys.length === 1) {
    const [fn] = keys;
    const arg = obj[fn as string];
    switch (fn) {
      case 'Ref':
        return lookup(String(arg), ctx, 'Ref');
      case 'Fn::GetAtt': {
        const [id, attr] = Array.isArray(arg) ? arg : String(arg).split('.');
        return lookup(`${id}.${attr}`, ctx, 'GetAtt');
      }
      case 'Fn::Sub': {
        const [template, vars] = Array.isArray(arg) ? (arg as [string, Cfn]) : [String(arg), {}];
        return template.replace(/\$\{([^}!]+)\}/g, (_, name: string) => {
          if (vars[name] !== undefined) return String(resolveIntrinsics(vars[name], ctx));
          return name.includes('.') ? lookup(name, ctx, 'GetAtt') : lookup(name, ctx, 'Ref');
        });
      }
      case 'Fn::Join': {
        const [sep, parts] = arg as [string, unknown[]];
        return parts.map((p) => String(resolveIntrinsics(p, ctx))).join(sep);
      }
    }
  }
  return Object.fromEntries(keys.map((k) => [k, resolveIntrinsics(obj[k], ctx)]));
}

function lookup(name: string, ctx: IntrinsicContext, kind: 'Ref' | 'GetAtt'): string {
  const value = kind === 'Ref' ? (ctx.pseudo[name] ?? ctx.refs[name]) : ctx.attributes[name];
  if (value === undefined) throw new Error(`the local stack cannot resolve ${kind} ${name}`);
  return value;
}
