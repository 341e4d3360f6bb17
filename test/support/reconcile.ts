// Reconciles uploaded object versions against the audit trail and the ledger: each
// version must have exactly one terminal event (processed, failed or refused) and a
// completed ledger entry naming the same outcome.
import type { Expected } from '../../cli/outcomes.js';
import { listKeys, readJson } from '../../cli/outcomes.js';
import type { LocalStack } from '../../infra/local/stack.js';
import { type AuditRecord, auditRecordSchema } from '../../shared/domain/contracts.js';

const TERMINAL = new Set(['processed', 'failed', 'refused']);

export interface DocumentTrail {
  readonly terminal: readonly AuditRecord[];
  readonly duplicates: number;
}

export async function auditTrail(stack: LocalStack): Promise<AuditRecord[]> {
  const s3 = stack.s3Client();
  const bucket = stack.bucket('AuditBucket');
  const keys = [...(await listKeys(s3, bucket, 'audit/'))];
  return (await Promise.all(keys.map((k) => readJson(s3, bucket, k)))).map((r) => auditRecordSchema.parse(r));
}

export async function reconcile(
  stack: LocalStack,
  docs: readonly Expected[],
): Promise<{ problems: string[]; trails: Map<string, DocumentTrail> }> {
  const audit = await auditTrail(stack);
  const s3 = stack.s3Client();
  const output = stack.bucket('OutputBucket');
  const problems: string[] = [];
  const trails = new Map<string, DocumentTrail>();
  for (const doc of docs) {
    const mine = audit.filter((r) => r.documentId === doc.documentId);
    const terminal = mine.filter((r) => TERMINAL.has(r.event));
    trails.set(doc.documentId, { terminal, duplicates: mine.filter((r) => r.event === 'duplicate').length });
    if (terminal.length !== 1) {
      problems.push(`${doc.key} (${doc.documentId}): ${terminal.length} outcomes [${terminal.map((t) => t.event).join(', ')}]`);
      continue;
    }
    const ledger = await readJson<{ state: string; outcome?: { key: string } }>(
      s3,
      output,
      `ledger/${doc.documentId}.json`,
    ).catch(() => undefined);
    if (ledger?.state !== 'completed' || ledger.outcome?.key !== terminal[0]?.outputKey) {
      problems.push(
        `${doc.key} (${doc.documentId}): ledger ${JSON.stringify(ledger)} does not match outcome ${terminal[0]?.outputKey}`,
      );
    }
  }
  return { problems, trails };
}
