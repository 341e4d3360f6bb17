// The published JSON Schemas (schemas/*.json), generated from the zod definitions that
// validate every file, message and record, so the two cannot drift apart.
import { z } from 'zod';
import { catalogSchema } from './catalog.js';
import { auditRecordSchema, claimCheckSchema, errorRecordSchema, resultRecordSchema } from './contracts.js';
import { policySchema } from './policy.js';

const BASE = 'https://cris-pipeline.example/schemas/';

const SOURCES: Record<string, { schema: z.ZodType; title: string; io: 'input' | 'output' }> = {
  'routing-policy.schema.json': { schema: policySchema, title: 'cris-pipeline routing policy', io: 'input' },
  'profile-catalog.schema.json': { schema: catalogSchema, title: 'cris-pipeline profile and region catalog', io: 'input' },
  'claim-check.v1.schema.json': { schema: claimCheckSchema, title: 'cris-pipeline claim-check message v1', io: 'output' },
  'result.v1.schema.json': { schema: resultRecordSchema, title: 'cris-pipeline result record v1', io: 'output' },
  'error.v1.schema.json': { schema: errorRecordSchema, title: 'cris-pipeline error record v1', io: 'output' },
  'audit.v1.schema.json': { schema: auditRecordSchema, title: 'cris-pipeline audit record v1', io: 'output' },
};

/** File name → JSON text, as committed under schemas/. */
export function publishedSchemas(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(SOURCES).map(([file, { schema, title, io }]) => {
      const json = { $id: `${BASE}${file}`, title, ...z.toJSONSchema(schema, { io, unrepresentable: 'any' }) };
      return [file, `${JSON.stringify(json, null, 2)}\n`];
    }),
  );
}
