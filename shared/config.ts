// Configuration parsed once at cold start from one schema; errors name the variable.
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { type ProfileCatalog, parseCatalog } from './domain/catalog.js';
import { parsePolicy, type RoutingPolicy } from './domain/policy.js';
import { GEOGRAPHIES } from './domain/sensitivity.js';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const common = {
  AWS_REGION: z.string().min(1),
  AUDIT_BUCKET: z.string().min(1),
  POLICY_FILE: z.string().min(1),
};

export const classifierConfigSchema = z.object({
  ...common,
  EU_QUEUE_URL: z.url(),
  GLOBAL_QUEUE_URL: z.url(),
});

export const workerConfigSchema = z.object({
  ...common,
  GEOGRAPHY: z.enum(GEOGRAPHIES),
  OUTPUT_BUCKET: z.string().min(1),
  CATALOG_FILE: z.string().min(1),
  MAX_RECEIVE_COUNT: z.coerce.number().int().min(1),
  BEDROCK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10),
});

export function loadConfig<T extends z.ZodObject>(schema: T, env: NodeJS.ProcessEnv = process.env): z.infer<T> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (i) => `${i.path.join('.')}: ${env[String(i.path[0])] === undefined ? 'not set' : i.message}`,
  );
  throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
}

/** Files named in configuration are relative to the function's root (LAMBDA_TASK_ROOT in Lambda). */
function readDataFile(path: string): string {
  const full = isAbsolute(path) ? path : join(process.env.LAMBDA_TASK_ROOT ?? process.cwd(), path);
  try {
    return readFileSync(full, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

export const loadPolicy = (path: string): RoutingPolicy => parsePolicy(readDataFile(path), path);
export const loadCatalog = (path: string): ProfileCatalog => parseCatalog(readDataFile(path), path);
