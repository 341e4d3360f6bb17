#!/usr/bin/env node
// Launcher for the cris CLI: runs the TypeScript sources through tsx, with the OpenSSL
// legacy provider that s3rver's paged listings need on Node 20+, the heap limit of heap.js and
// the regexp flag of regexp-flag.js.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { HEAP_FLAG } from './heap.js';
import { REGEXP_FLAG } from './regexp-flag.js';

const main = fileURLToPath(new URL('../cli/main.ts', import.meta.url));
const child = spawn(
  process.execPath,
  ['--openssl-legacy-provider', HEAP_FLAG, REGEXP_FLAG, '--import', import.meta.resolve('tsx'), main, ...process.argv.slice(2)],
  { stdio: 'inherit', env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...process.env } },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
