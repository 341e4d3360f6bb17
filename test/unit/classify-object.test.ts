import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ClassifierDeps, classifyObject } from '../../shared/domain/classify-object.js';
import { claimCheckSchema } from '../../shared/domain/contracts.js';
import { parsePolicy } from '../../shared/domain/policy.js';
import { FakeAudit, FakeDispatcher, FakeDocuments } from '../support/fakes.js';

const policy = parsePolicy(readFileSync(new URL('../../config/routing-policy.yml', import.meta.url), 'utf8'));
const BUCKET = 'input';

function setup() {
  const documents = new FakeDocuments();
  const audit = new FakeAudit();
  const dispatcher = new FakeDispatcher();
  const deps: ClassifierDeps = { documents, audit, dispatcher, policy, now: () => new Date('2026-11-24T10:00:00Z') };
  return { documents, audit, dispatcher, deps };
}

describe('classifyObject', () => {
  it('tags, audits and routes a public document under an opted-in prefix to global', async () => {
    const { documents, audit, dispatcher, deps } = setup();
    const o = documents.put(BUCKET, 'public/news.txt', 'The reading rooms open in March. Everyone is welcome.');
    const { message } = await classifyObject(deps, { bucket: BUCKET, key: 'public/news.txt', eTag: o.eTag });

    expect(claimCheckSchema.parse(message)).toEqual(message);
    expect(message.routing).toMatchObject({ geography: 'global', rule: 'public-web', policyVersion: policy.version });
    expect(documents.tags.get(`${BUCKET}/public/news.txt`)).toEqual({
      sensitivity: 'public',
      geography: 'global',
      'classifier-version': message.classification.classifierVersion,
    });
    expect(audit.records).toHaveLength(1);
    expect(audit.records[0]).toMatchObject({ event: 'classified', documentId: message.documentId, geography: 'global' });
    expect(dispatcher.sent).toEqual([message]);
  });

  it('keeps found values and text out of the message and the audit record', async () => {
    const { documents, audit, dispatcher, deps } = setup();
    const text = 'Name: Jane Roe\nE-mail: jane.roe@example.com\nIBAN: DE89 3704 0044 0532 0130 00';
    documents.put(BUCKET, 'public/form.txt', text);
    await classifyObject(deps, { bucket: BUCKET, key: 'public/form.txt' });
    const written = JSON.stringify([dispatcher.sent, audit.records]);
    for (const value of ['Jane', 'Roe', 'jane.roe@example.com', 'DE89', '3704 0044']) expect(written).not.toContain(value);
    expect(dispatcher.sent[0]?.routing.geography).toBe('eu');
    expect(dispatcher.sent[0]?.classification.findings.map((f) => f.type)).toEqual(['email', 'iban', 'person-name']);
  });

  it('fails closed to the EU with a reason for an unreadable format', async () => {
    const { documents, dispatcher, deps } = setup();
    documents.put(BUCKET, 'public/scan.tiff', 'II*\u0000 synthetic', { contentType: 'image/tiff' });
    const { message } = await classifyObject(deps, { bucket: BUCKET, key: 'public/scan.tiff' });
    expect(message.routing.geography).toBe('eu');
    expect(message.classification).toMatchObject({
      complete: false,
      incompleteReason: expect.stringMatching(/^unsupported-format/),
    });
    expect(dispatcher.sent).toHaveLength(1);
  });

  it('fails closed for a document over the size limit, without reading it whole', async () => {
    const { documents, deps } = setup();
    documents.put(BUCKET, 'public/big.txt', 'x'.repeat(policy.defaults.maxDocumentBytes + 1));
    const { message } = await classifyObject(deps, { bucket: BUCKET, key: 'public/big.txt' });
    expect(message.routing.geography).toBe('eu');
    expect(message.classification.incompleteReason).toMatch(/^too-large/);
  });

  it('lets uploader metadata raise a public document to personal', async () => {
    const { documents, deps } = setup();
    documents.put(BUCKET, 'public/news.txt', 'The reading rooms open in March.', { metadata: { sensitivity: 'personal' } });
    const { message } = await classifyObject(deps, { bucket: BUCKET, key: 'public/news.txt' });
    expect(message.classification.sensitivity).toBe('personal');
    expect(message.routing.geography).toBe('eu');
  });

  it('still routes (to the EU) an object deleted before it could be read', async () => {
    const { dispatcher, documents, deps } = setup();
    const { message } = await classifyObject(deps, { bucket: BUCKET, key: 'public/gone.txt', eTag: 'e1', size: 10 });
    expect(message.routing.geography).toBe('eu');
    expect(message.classification.incompleteReason).toBe('object-deleted');
    expect(documents.tags.size).toBe(0);
    expect(dispatcher.sent).toHaveLength(1);
  });
});
