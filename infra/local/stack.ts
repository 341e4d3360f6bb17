// The embedded local stack: S3 and SQS emulators and the Bedrock stand-in on loopback,
// created from the deployed definitions, with the deployed handlers wired to them.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { createSqsServer } from 'local-aws-sqs';
import S3rver from 's3rver';
import { parseCatalog } from '../../shared/domain/catalog.js';
import { type BedrockStandIn, startBedrockStandIn } from './bedrock-stand-in.js';
import {
  ensurePackaged,
  type IntrinsicContext,
  readStackDefinition,
  resolveIntrinsics,
  type StackDefinition,
} from './definitions.js';
import { type AsyncInvoker, asyncInvoker, QueuePoller, type S3rverEvent, toS3NotificationEvent } from './event-sources.js';
import { LocalFunction } from './lambda-host.js';
import { enableConditionalRequests } from './s3-conditional.js';
import { startXrayCollector, type XrayCollector } from './xray-collector.js';

export const LOCAL_ACCOUNT_ID = '000000000000';
/** s3rver checks signatures against these fixed credentials. */
const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export interface LocalStackOptions {
  readonly projectRoot: string;
  /** Persistent state (buckets, logs, build) lives here: `.local/` by default. */
  readonly stateDir?: string;
  readonly stage?: string;
  readonly region?: string;
  /** Where the packaged definitions live; shared by stacks with different state dirs. */
  readonly packageDir?: string;
  /** Start with empty buckets and queues. */
  readonly fresh?: boolean;
  /** Test seam: shorter visibility timeouts than deployed, so redelivery takes seconds. */
  readonly visibilityTimeoutSeconds?: number;
  /** Test seam: a shorter function timeout than deployed, so timeouts happen in seconds. */
  readonly functionTimeoutSeconds?: number;
  /** Test seam: per-function environment additions, by logical id. */
  readonly extraEnvironment?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly log?: (line: string) => void;
}

export interface LocalResources {
  /** Bucket names by logical id (InputBucket, OutputBucket, AuditBucket). */
  readonly buckets: Readonly<Record<string, string>>;
  /** Queue URLs by logical id. */
  readonly queues: Readonly<Record<string, string>>;
}

export class LocalStack {
  private constructor(
    readonly definition: StackDefinition,
    readonly resources: LocalResources,
    readonly endpoints: { readonly s3: string; readonly sqs: string; readonly bedrock: string },
    readonly bedrock: BedrockStandIn,
    readonly xray: XrayCollector,
    readonly functions: ReadonlyMap<string, LocalFunction>,
    readonly notifications: ReadonlyMap<string, AsyncInvoker>,
    private readonly pollers: readonly QueuePoller[],
    private readonly closers: readonly (() => Promise<void>)[],
    readonly stateDir: string,
  ) {}

  static async start(options: LocalStackOptions): Promise<LocalStack> {
    const stateDir = options.stateDir ?? join(options.projectRoot, '.local');
    const stage = options.stage ?? 'local';
    const region = options.region ?? 'eu-central-1';
    const packageDir = options.packageDir ?? join(stateDir, 'package');
    await ensurePackaged({ projectRoot: options.projectRoot, stage, region, packageDir, log: options.log });
    const definition = readStackDefinition(packageDir);

    const s3Dir = join(stateDir, 's3');
    if (options.fresh) {
      // A fresh run: empty buckets, and logs and traces of this run only.
      for (const dir of [s3Dir, join(stateDir, 'logs'), join(stateDir, 'traces')]) rmSync(dir, { recursive: true, force: true });
    }
    mkdirSync(s3Dir, { recursive: true });
    const closers: (() => Promise<void>)[] = [];
    const s3rver = new S3rver({ port: 0, address: '127.0.0.1', directory: s3Dir, silent: true });
    enableConditionalRequests(s3rver);
    const { port: s3Port } = (await s3rver.run()) as AddressInfo;
    closers.push(() => s3rver.close());
    const sqsServer: Server = await createSqsServer({
      port: 0,
      hostname: '127.0.0.1',
      region,
      accountId: LOCAL_ACCOUNT_ID,
      emulateQueueCreationLifecycle: false,
    } as Parameters<typeof createSqsServer>[0]);
    closers.push(() => new Promise((r) => sqsServer.close(() => r())));
    const sqsPort = (sqsServer.address() as AddressInfo).port;
    const catalog = parseCatalog(readFileSync(join(options.projectRoot, 'config/profile-catalog.yml'), 'utf8'));
    const bedrock = await startBedrockStandIn({ catalog });
    closers.push(() => bedrock.close());
    const tracesFile = join(stateDir, 'traces', 'segments.jsonl');
    const xray = await startXrayCollector(tracesFile);
    closers.push(() => xray.close());
    const endpoints = { s3: `http://127.0.0.1:${s3Port}`, sqs: `http://127.0.0.1:${sqsPort}`, bedrock: bedrock.endpoint };

    const pseudo = {
      'AWS::AccountId': LOCAL_ACCOUNT_ID,
      'AWS::Region': region,
      'AWS::Partition': 'aws',
      'AWS::StackName': definition.stackName,
      'AWS::URLSuffix': 'amazonaws.com',
    };
    const nameCtx: IntrinsicContext = { pseudo, refs: {}, attributes: {} };
    const refs: Record<string, string> = {};
    const attributes: Record<string, string> = {};
    const s3 = clientFor(S3Client, endpoints.s3, region);
    const sqs = clientFor(SQSClient, endpoints.sqs, region);

    const buckets: Record<string, string> = {};
    for (const bucket of definition.buckets) {
      const name = String(resolveIntrinsics(bucket.properties.BucketName, nameCtx));
      buckets[bucket.logicalId] = name;
      refs[bucket.logicalId] = name;
      attributes[`${bucket.logicalId}.Arn`] = `arn:aws:s3:::${name}`;
      try {
        await s3.send(new CreateBucketCommand({ Bucket: name }));
      } catch (error) {
        if ((error as Error).name !== 'BucketAlreadyOwnedByYou' && (error as Error).name !== 'BucketAlreadyExists') throw error;
      }
    }

    // Dead-letter queues first, so redrive policies can name them.
    const queues: Record<string, string> = {};
    const ordered = [...definition.queues].sort(
      (a, b) => Number(!!a.properties.RedrivePolicy) - Number(!!b.properties.RedrivePolicy),
    );
    for (const queue of ordered) {
      const name = String(resolveIntrinsics(queue.properties.QueueName, nameCtx));
      const arn = `arn:aws:sqs:${region}:${LOCAL_ACCOUNT_ID}:${name}`;
      attributes[`${queue.logicalId}.Arn`] = arn;
      attributes[`${queue.logicalId}.QueueName`] = name;
      const redrive = queue.properties.RedrivePolicy
        ? resolveIntrinsics(queue.properties.RedrivePolicy, { pseudo, refs, attributes })
        : undefined;
      const visibility = options.visibilityTimeoutSeconds ?? queue.properties.VisibilityTimeout;
      const created = await sqs.send(
        new CreateQueueCommand({
          QueueName: name,
          Attributes: {
            ...(visibility !== undefined ? { VisibilityTimeout: String(visibility) } : {}),
            ...(queue.properties.MessageRetentionPeriod !== undefined
              ? { MessageRetentionPeriod: String(queue.properties.MessageRetentionPeriod) }
              : {}),
            ...(redrive ? { RedrivePolicy: JSON.stringify(redrive) } : {}),
          },
        }),
      );
      queues[queue.logicalId] = created.QueueUrl ?? '';
      refs[queue.logicalId] = created.QueueUrl ?? '';
    }

    for (const fn of definition.functions) {
      const name = String(fn.properties.FunctionName);
      refs[fn.logicalId] = name;
      attributes[`${fn.logicalId}.Arn`] = `arn:aws:lambda:${region}:${LOCAL_ACCOUNT_ID}:function:${name}`;
    }
    const ctx: IntrinsicContext = { pseudo, refs, attributes };

    const functions = new Map<string, LocalFunction>();
    const mappingFor = (id: string) => definition.eventSourceMappings.find((m) => m.functionLogicalId === id);
    for (const fn of definition.functions) {
      const name = String(fn.properties.FunctionName);
      const taskRoot = join(stateDir, 'functions', name);
      const variables = resolveIntrinsics(
        (fn.properties.Environment as { Variables?: unknown } | undefined)?.Variables ?? {},
        ctx,
      ) as Record<string, string>;
      const local = new LocalFunction({
        name,
        handler: fn.handler,
        artifact: fn.artifact,
        taskRoot,
        environment: {
          ...Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, String(v)])),
          ...lambdaRuntimeEnvironment(name, fn, region, taskRoot),
          ...endpointEnvironment(endpoints),
          ...tracingEnvironment(xray.address),
          ...(options.extraEnvironment?.[fn.logicalId] ?? {}),
        },
        timeoutSeconds: options.functionTimeoutSeconds ?? Number(fn.properties.Timeout ?? 6),
        memorySize: Number(fn.properties.MemorySize ?? 1024),
        region,
        concurrency: mappingFor(fn.logicalId)?.maximumConcurrency ?? 4,
        logFile: join(stateDir, 'logs', `${name}.log`),
        onSegment: xray.record,
      });
      functions.set(fn.logicalId, local);
    }
    await Promise.all([...functions.values()].map((f) => f.prepare()));
    closers.unshift(async () => {
      await Promise.all([...functions.values()].map((f) => f.stop()));
    });

    const notifications = new Map<string, AsyncInvoker>();
    for (const bucket of definition.buckets) {
      for (const functionId of bucket.notifiedFunctions) {
        const fn = functions.get(functionId);
        if (fn) notifications.set(buckets[bucket.logicalId] ?? '', asyncInvoker(fn));
      }
    }
    s3rver.on('event', (event: S3rverEvent) => {
      const bucket = event.Records[0]?.s3.bucket.name;
      const invoker = bucket ? notifications.get(bucket) : undefined;
      if (invoker && event.Records.every((r) => r.eventName.startsWith('ObjectCreated:'))) {
        invoker.invoke(toS3NotificationEvent(event, region));
      }
    });

    const pollers = definition.eventSourceMappings.map((m) => {
      const fn = functions.get(m.functionLogicalId);
      if (!fn) throw new Error(`event source mapping names unknown function ${m.functionLogicalId}`);
      return new QueuePoller({
        sqs,
        queueUrl: queues[m.queueLogicalId] ?? '',
        queueArn: attributes[`${m.queueLogicalId}.Arn`] ?? '',
        region,
        fn,
        batchSize: m.batchSize,
        maximumBatchingWindowSeconds: m.maximumBatchingWindowSeconds,
        reportBatchItemFailures: m.reportBatchItemFailures,
        onError: (error) => options.log?.(`${fn.options.name}: ${error.message}`),
      });
    });
    for (const p of pollers) p.start();

    return new LocalStack(
      definition,
      { buckets, queues },
      endpoints,
      bedrock,
      xray,
      functions,
      notifications,
      pollers,
      closers,
      stateDir,
    );
  }

  get region(): string {
    return this.definition.region;
  }

  /** Stops (or restarts) delivery from a queue, as disabling its event source mapping would. */
  pauseQueue(logicalId: string, paused = true): void {
    const url = this.queueUrl(logicalId);
    for (const p of this.pollers) if (p.options.queueUrl === url) p.paused = paused;
  }

  bucket(logicalId: 'InputBucket' | 'OutputBucket' | 'AuditBucket' | string): string {
    const name = this.resources.buckets[logicalId];
    if (!name) throw new Error(`no bucket ${logicalId} in the stack definition`);
    return name;
  }

  queueUrl(logicalId: string): string {
    const url = this.resources.queues[logicalId];
    if (!url) throw new Error(`no queue ${logicalId} in the stack definition`);
    return url;
  }

  /** SDK clients pointed at the emulators, for the CLI and tests. */
  s3Client(): S3Client {
    return clientFor(S3Client, this.endpoints.s3, this.region);
  }

  sqsClient(): SQSClient {
    return clientFor(SQSClient, this.endpoints.sqs, this.region);
  }

  async stop(): Promise<void> {
    await Promise.all(this.pollers.map((p) => p.stop()));
    await Promise.all([...this.notifications.values()].map((n) => n.settled()));
    for (const close of this.closers) await close();
  }
}

function clientFor<T>(Client: new (config: Record<string, unknown>) => T, endpoint: string, region: string): T {
  return new Client({
    region,
    endpoint,
    forcePathStyle: true,
    credentials: LOCAL_CREDENTIALS,
    // s3rver stores aws-chunked framing as object bytes unless checksums are off.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/** What Lambda puts in every function's environment. */
function lambdaRuntimeEnvironment(
  name: string,
  fn: { handler: string; properties: Record<string, unknown> },
  region: string,
  root: string,
) {
  return {
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
    AWS_LAMBDA_FUNCTION_NAME: name,
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.properties.MemorySize ?? 1024),
    LAMBDA_TASK_ROOT: root,
    _HANDLER: fn.handler,
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    TZ: ':UTC',
    AWS_XRAY_CONTEXT_MISSING: 'IGNORE_ERROR',
  };
}

/** What makes the Powertools tracer act as in Lambda and send segments to the local collector. */
function tracingEnvironment(daemonAddress: string) {
  return {
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
    AWS_XRAY_DAEMON_ADDRESS: daemonAddress,
    AWS_XRAY_CONTEXT_MISSING: 'IGNORE_ERROR',
  };
}

/** The SDK's own endpoint variables: the handlers need no local code path. */
function endpointEnvironment(endpoints: { s3: string; sqs: string; bedrock: string }) {
  return {
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_S3: endpoints.s3,
    AWS_ENDPOINT_URL_SQS: endpoints.sqs,
    AWS_ENDPOINT_URL_BEDROCK_RUNTIME: endpoints.bedrock,
    S3_FORCE_PATH_STYLE: 'true',
    AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
    AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
}
