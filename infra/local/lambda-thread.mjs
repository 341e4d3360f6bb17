// One Lambda execution environment: loads the bundled handler once (cold start) and
// serves invocations from the host, one at a time, as Lambda does.
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

const { bundle, exportName, functionName, memorySize, region } = workerData;
let handler;

parentPort.on('message', async ({ id, event, timeoutMs, traceHeader }) => {
  // As Lambda does, a fresh trace header for each invocation; the X-Ray SDK reads it from here.
  if (traceHeader) process.env._X_AMZN_TRACE_ID = traceHeader;
  // As in Lambda, the function's timeout runs from the invocation, after the cold start.
  let deadline = Date.now() + timeoutMs;
  const context = {
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${region}:000000000000:function:${functionName}`,
    memoryLimitInMB: String(memorySize),
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
  try {
    if (!handler) {
      const module = await import(pathToFileURL(bundle).href);
      handler = module[exportName];
      if (typeof handler !== 'function') throw new Error(`${bundle} exports no function ${exportName}`);
      deadline = Date.now() + timeoutMs;
    }
    const result = await handler(event, context);
    parentPort.postMessage({ id, ok: true, result });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, error: { name: error?.name ?? 'Error', message: String(error?.message ?? error) } });
  }
});
