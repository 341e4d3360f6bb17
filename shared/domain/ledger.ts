// The processing ledger: one entry per object version, claimed before the model is
// called, so that duplicates and redeliveries never call Bedrock twice or write a
// second outcome. Entries are created and replaced only with conditional writes.

export interface Owner {
  /** The SQS message id and its receive count: one delivery of one message. */
  readonly messageId: string;
  readonly receiveCount: number;
}

export interface LedgerOutcome {
  readonly kind: 'result' | 'error';
  readonly key: string;
}

export type LedgerEntry =
  | { readonly state: 'processing'; readonly owner: Owner; readonly leaseUntil: string }
  | { readonly state: 'completed'; readonly owner: Owner; readonly outcome: LedgerOutcome };

export type WriteResult = { readonly ok: true; readonly token: string } | { readonly ok: false };

/** Conditional storage of ledger entries; `token` is the version a replace must match. */
export interface ProcessingLedger {
  create(documentId: string, entry: LedgerEntry): Promise<WriteResult>;
  read(documentId: string): Promise<{ readonly entry: LedgerEntry; readonly token: string } | undefined>;
  replace(documentId: string, entry: LedgerEntry, token: string): Promise<WriteResult>;
}

export type Claim =
  | { readonly status: 'claimed'; readonly token: string }
  | { readonly status: 'completed'; readonly outcome: LedgerOutcome }
  | { readonly status: 'busy'; readonly owner: Owner; readonly leaseUntil: string };

/**
 * A processing entry may be taken over when its lease has run out, or when it belongs to
 * an earlier receive of the same message: SQS redelivers a message only after its
 * visibility timeout, which outlasts the function timeout, so that delivery is dead.
 */
export function mayTakeOver(entry: LedgerEntry, me: Owner, now: Date): boolean {
  if (entry.state !== 'processing') return false;
  if (Date.parse(entry.leaseUntil) <= now.getTime()) return true;
  return entry.owner.messageId === me.messageId && entry.owner.receiveCount < me.receiveCount;
}

export async function claim(
  ledger: ProcessingLedger,
  documentId: string,
  me: Owner,
  now: Date,
  leaseUntil: Date,
): Promise<Claim> {
  const mine: LedgerEntry = { state: 'processing', owner: me, leaseUntil: leaseUntil.toISOString() };
  // A few rounds at most: each lost race means another delivery changed the entry.
  for (let round = 0; round < 3; round++) {
    const created = await ledger.create(documentId, mine);
    if (created.ok) return { status: 'claimed', token: created.token };
    const current = await ledger.read(documentId);
    if (!current) continue; // removed in between: try to create again
    const { entry, token } = current;
    if (entry.state === 'completed') return { status: 'completed', outcome: entry.outcome };
    if (!mayTakeOver(entry, me, now)) return { status: 'busy', owner: entry.owner, leaseUntil: entry.leaseUntil };
    const replaced = await ledger.replace(documentId, mine, token);
    if (replaced.ok) return { status: 'claimed', token: replaced.token };
  }
  const last = await ledger.read(documentId);
  if (last?.entry.state === 'completed') return { status: 'completed', outcome: last.entry.outcome };
  return {
    status: 'busy',
    owner: last?.entry.owner ?? me,
    leaseUntil: last?.entry.state === 'processing' ? last.entry.leaseUntil : now.toISOString(),
  };
}
