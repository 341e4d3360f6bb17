// Composition root of a worker: resolves its profiles at cold start and refuses to start
// where the deployment region cannot use them (or an EU profile could leave the EU).
import { bedrockModel } from '../../shared/adapters/bedrock-model.js';
import { makeBedrockClient, makeS3Client } from '../../shared/adapters/clients.js';
import { s3DocumentStore } from '../../shared/adapters/s3-documents.js';
import { s3Ledger } from '../../shared/adapters/s3-ledger.js';
import { s3AuditLog, s3OutputStore } from '../../shared/adapters/s3-records.js';
import { ConfigError, loadCatalog, loadConfig, loadPolicy, workerConfigSchema } from '../../shared/config.js';
import { profilesNeeded, type ResolvedProfile, resolveProfile } from '../../shared/domain/catalog.js';
import { allRules } from '../../shared/domain/policy.js';
import type { WorkerDeps } from '../../shared/domain/process-message.js';

export interface WiredWorker {
  readonly deps: WorkerDeps;
  readonly maxReceiveCount: number;
}

export function wireWorker(env: NodeJS.ProcessEnv = process.env): WiredWorker {
  const config = loadConfig(workerConfigSchema, env);
  const policy = loadPolicy(config.POLICY_FILE);
  const catalog = loadCatalog(config.CATALOG_FILE);
  const geography = config.GEOGRAPHY;

  // Every model a rule may send to this geography must be usable from this region.
  const profiles = new Map<string, ResolvedProfile>();
  try {
    for (const p of profilesNeeded(policy, catalog, geography, config.AWS_REGION)) profiles.set(p.modelId, p);
  } catch (error) {
    throw new ConfigError(`the ${geography} worker cannot start in ${config.AWS_REGION}: ${(error as Error).message}`);
  }
  const s3 = makeS3Client();
  return {
    maxReceiveCount: config.MAX_RECEIVE_COUNT,
    deps: {
      geography,
      documents: s3DocumentStore(s3),
      outputs: s3OutputStore(s3, config.OUTPUT_BUCKET),
      audit: s3AuditLog(s3, config.AUDIT_BUCKET),
      ledger: s3Ledger(s3, config.OUTPUT_BUCKET),
      model: bedrockModel(makeBedrockClient()),
      modelAttempts: config.BEDROCK_MAX_ATTEMPTS,
      profileFor: (modelId) => profiles.get(modelId) ?? resolveProfile(catalog, modelId, geography, config.AWS_REGION),
      maxDocumentBytes: Math.max(...allRules(policy).map((r) => r.maxDocumentBytes)),
      now: () => new Date(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      random: Math.random,
    },
  };
}
