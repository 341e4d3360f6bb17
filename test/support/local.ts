// Shared settings for tests that run the local stack.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Packaged once per test run by the global setup, with stage `local`. */
export const PACKAGE_DIR = join(PROJECT_ROOT, '.local', 'package');
export const REGION = 'eu-central-1';
