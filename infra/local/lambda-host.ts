// Hosts one Lambda function locally: unpacks the deployment package `osls package` built
// for it (serverless-esbuild's bundle and the files it ships), and runs invocations in
// worker threads (one per execution environment) with the function's environment,
// timeout and a concurrency limit.
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, type WriteStream, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { unzipSync } from 'fflate';
import { newSegmentId, type SegmentDocument } from './xray-collector.js';

export interface LocalFunctionOptions {
  readonly name: string;
  readonly handler: string;
  /** The function's deployment package (a zip). */
  readonly artifact: string;
  /** Where the package is unpacked: the function's LAMBDA_TASK_ROOT. */
  readonly taskRoot: string;
  readonly environment: Readonly<Record<string, string>>;
  readonly timeoutSeconds: number;
  readonly memorySize: number;
  readonly region: string;
  readonly concurrency: number;
  readonly logFile: string;
  /** Receives the function segment of each traced invocation, as Lambda sends it to X-Ray. */
  readonly onSegment?: (segment: SegmentDocument) => void;
}

/** X-Ray trace context of one invocation: the trace, and the id of the function's segment. */
export interface TraceContext {
  readonly traceId: string;
  /** The caller's segment or subsegment (e.g. the SQS send), when the trace continues one. */
  readonly parentId?: string;
}

export class InvocationError extends Error {
  override readonly name = 'InvocationError';
}

interface Environment {
  readonly worker: Worker;
  busy: boolean;
}

let nextId = 0;

export class LocalFunction {
  private readonly environments: Environment[] = [];
  private readonly waiting: ((env: Environment) => void)[] = [];
  private bundle = '';
  private log: WriteStream | undefined;
  invocations = 0;

  constructor(readonly options: LocalFunctionOptions) {}

  /** Unpacks the deployment package into the task root, as Lambda does before a cold start. */
  async prepare(): Promise<void> {
    const [file, exportName] = splitHandler(this.options.handler);
    const root = resolve(this.options.taskRoot);
    rmSync(root, { recursive: true, force: true });
    for (const [path, bytes] of Object.entries(unzipSync(readFileSync(this.options.artifact)))) {
      const target = resolve(root, path);
      if (relative(root, target).startsWith('..')) throw new Error(`${this.options.artifact}: ${path} lies outside the package`);
      if (path.endsWith('/')) continue;
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    }
    // Lambda's Node.js runtime looks for the handler's module with these extensions.
    const bundle = ['.mjs', '.cjs', '.js'].map((ext) => join(root, `${file}${ext}`)).find((path) => existsSync(path));
    if (!bundle) throw new Error(`${this.options.artifact} holds no module for the handler ${this.options.handler}`);
    this.bundle = bundle;
    this.exportName = exportName;
    mkdirSync(dirname(this.options.logFile), { recursive: true });
    this.log = createWriteStream(this.options.logFile, { flags: 'a' });
  }

  private exportName = 'handler';

  async invoke(event: unknown, trace?: TraceContext): Promise<unknown> {
    const env = await this.acquire();
    const functionSegmentId = newSegmentId();
    const startedAt = Date.now() / 1000;
    let failed = false;
    this.invocations += 1;
    const id = nextId++;
    const timeoutMs = this.options.timeoutSeconds * 1000;
    // Lambda allows up to 10 s of initialisation on top of the timeout.
    const killAfterMs = timeoutMs + 10_000;
    try {
      return await new Promise((resolve, reject) => {
        const done = () => {
          clearTimeout(timer);
          env.worker.off('message', onMessage);
          env.worker.off('exit', onExit);
        };
        const timer = setTimeout(() => {
          // Lambda kills a timed-out environment; the next invocation starts cold.
          done();
          void env.worker.terminate();
          this.drop(env);
          reject(new InvocationError(`${this.options.name} timed out after ${this.options.timeoutSeconds} s`));
        }, killAfterMs);
        const onMessage = (msg: { id: number; ok: boolean; result?: unknown; error?: { name: string; message: string } }) => {
          if (msg.id !== id) return;
          done();
          if (msg.ok) resolve(msg.result);
          else reject(new InvocationError(`${msg.error?.name}: ${msg.error?.message}`));
        };
        // A crashed environment (uncaught error, process.exit) fails the invocation, as in Lambda.
        const onExit = (code: number) => {
          done();
          this.drop(env);
          reject(new InvocationError(`${this.options.name} environment exited with code ${code}`));
        };
        env.worker.on('message', onMessage);
        env.worker.once('exit', onExit);
        env.worker.postMessage({
          id,
          event,
          timeoutMs,
          ...(trace ? { traceHeader: `Root=${trace.traceId};Parent=${functionSegmentId};Sampled=1` } : {}),
        });
      });
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      this.release(env);
      if (trace) {
        this.options.onSegment?.({
          id: functionSegmentId,
          trace_id: trace.traceId,
          ...(trace.parentId ? { parent_id: trace.parentId } : {}),
          name: this.options.name,
          origin: 'AWS::Lambda::Function',
          start_time: startedAt,
          end_time: Date.now() / 1000,
          ...(failed ? { fault: true } : {}),
        });
      }
    }
  }

  get busyCount(): number {
    return this.environments.filter((e) => e.busy).length;
  }

  get hasCapacity(): boolean {
    return this.busyCount < this.options.concurrency;
  }

  /** Kills every execution environment, as a crash or an out-of-memory would. */
  async crash(): Promise<void> {
    const all = [...this.environments];
    await Promise.all(all.map((e) => e.worker.terminate()));
  }

  async stop(): Promise<void> {
    await Promise.all(this.environments.map((e) => e.worker.terminate()));
    this.environments.length = 0;
    await new Promise<void>((resolve) => (this.log ? this.log.end(resolve) : resolve()));
  }

  private acquire(): Promise<Environment> {
    const idle = this.environments.find((e) => !e.busy);
    if (idle) {
      idle.busy = true;
      return Promise.resolve(idle);
    }
    if (this.environments.length < this.options.concurrency) return Promise.resolve(this.spawn());
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(env: Environment): void {
    if (!this.environments.includes(env)) {
      // Its worker was terminated; give a waiter a fresh environment instead.
      const next = this.waiting.shift();
      if (next) next(this.spawn());
      return;
    }
    const next = this.waiting.shift();
    if (next) next(env);
    else env.busy = false;
  }

  private drop(env: Environment): void {
    const i = this.environments.indexOf(env);
    if (i >= 0) this.environments.splice(i, 1);
  }

  /** A new, busy execution environment; it leaves the pool when its thread exits, however that happens. */
  private spawn(): Environment {
    const worker = new Worker(new URL('./lambda-thread.mjs', import.meta.url), {
      workerData: {
        bundle: this.bundle,
        exportName: this.exportName,
        functionName: this.options.name,
        memorySize: this.options.memorySize,
        region: this.options.region,
      },
      env: { ...this.options.environment },
      stdout: true,
      stderr: true,
    });
    worker.stdout.pipe(this.log!, { end: false });
    worker.stderr.pipe(this.log!, { end: false });
    worker.on('error', (error) => this.log?.write(`environment crashed: ${error.name}: ${error.message}\n`));
    const env: Environment = { worker, busy: true };
    worker.once('exit', () => this.drop(env));
    this.environments.push(env);
    return env;
  }
}

function splitHandler(handler: string): [string, string] {
  const dot = handler.lastIndexOf('.');
  return [handler.slice(0, dot), handler.slice(dot + 1)];
}
