// Conditional requests for s3rver, which ignores them: `If-None-Match: *` and `If-Match`
// on PutObject, and `If-Match` on GetObject/HeadObject, answered as S3 answers them.
// Conditional writes to one key are serialised, so check-then-write is atomic as in S3.
import type S3rver from 's3rver';

interface KoaContext {
  method: string;
  path: string;
  query: Record<string, unknown>;
  get(header: string): string;
  status: number;
  type: string;
  body: unknown;
}
type Middleware = (ctx: KoaContext, next: () => Promise<void>) => Promise<void>;
interface Store {
  getMetadata(bucket: string, key: string): Promise<{ etag: string }>;
}

const unquote = (etag: string) => etag.trim().replace(/^W\//, '').replace(/^"|"$/g, '');

function fail(ctx: KoaContext, status: number, code: string, message: string): void {
  ctx.status = status;
  ctx.type = 'application/xml';
  ctx.body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;
}

export function enableConditionalRequests(server: S3rver): void {
  const store = (server as unknown as { store: Store }).store;
  const locks = new Map<string, Promise<void>>();

  const currentETag = async (bucket: string, key: string): Promise<string | undefined> => {
    try {
      return unquote((await store.getMetadata(bucket, key)).etag);
    } catch {
      return undefined;
    }
  };

  const middleware: Middleware = async (ctx, next) => {
    const ifNoneMatch = ctx.get('if-none-match');
    const ifMatch = ctx.get('if-match');
    const [bucket, ...rest] = ctx.path.slice(1).split('/');
    const key = rest.map(decodeURIComponent).join('/');
    const isSubresource = ['tagging', 'uploadId', 'partNumber', 'acl'].some((q) => q in ctx.query);
    if ((!ifNoneMatch && !ifMatch) || !bucket || !key || isSubresource) return next();

    if (ctx.method === 'GET' || ctx.method === 'HEAD') {
      const etag = await currentETag(bucket, key);
      if (etag !== undefined && ifMatch && unquote(ifMatch) !== etag) {
        return fail(ctx, 412, 'PreconditionFailed', 'At least one of the pre-conditions you specified did not hold');
      }
      return next();
    }
    if (ctx.method !== 'PUT' || ctx.get('x-amz-copy-source')) return next();

    const lockKey = `${bucket}/${key}`;
    const previous = locks.get(lockKey) ?? Promise.resolve();
    let release = () => {};
    const mine = new Promise<void>((r) => {
      release = r;
    });
    locks.set(lockKey, mine);
    await previous;
    try {
      const etag = await currentETag(bucket, key);
      if (ifNoneMatch === '*' && etag !== undefined) {
        return fail(ctx, 412, 'PreconditionFailed', 'At least one of the pre-conditions you specified did not hold');
      }
      if (ifMatch && etag === undefined) return fail(ctx, 404, 'NoSuchKey', 'The specified key does not exist.');
      if (ifMatch && unquote(ifMatch) !== etag) {
        return fail(ctx, 412, 'PreconditionFailed', 'At least one of the pre-conditions you specified did not hold');
      }
      await next();
    } finally {
      if (locks.get(lockKey) === mine) locks.delete(lockKey);
      release();
    }
  };
  // Before s3rver's router, which is its last middleware.
  const stack = (server as unknown as { middleware: Middleware[] }).middleware;
  stack.splice(stack.length - 1, 0, middleware);
}
