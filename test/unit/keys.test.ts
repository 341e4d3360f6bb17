import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditKeyOf, decodeEventKey, documentIdOf, encodeEventKey, errorKeyOf, resultKeyOf } from '../../shared/domain/keys.js';

describe('S3 event keys', () => {
  it('decodes keys as S3 encodes them: + for spaces, percent-encoding for the rest', () => {
    expect(decodeEventKey('team+a/doc+1.txt')).toBe('team a/doc 1.txt');
    expect(decodeEventKey('a/b%2Bc%3D%C3%BC.txt')).toBe('a/b+c=ü.txt');
  });

  it('round-trips any key', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, unit: 'grapheme' }), (key) => decodeEventKey(encodeEventKey(key)) === key));
  });
});

describe('output keys', () => {
  it('mirror the input key under results/ and errors/', () => {
    expect(resultKeyOf('hr/a b.txt')).toBe('results/hr/a b.txt.json');
    expect(errorKeyOf('hr/a b.txt')).toBe('errors/hr/a b.txt.json');
  });

  it('never repeat for audit records', () => {
    const record = { at: '2026-11-24T10:00:00.000Z', documentId: 'd'.repeat(32), event: 'classified' as const };
    expect(auditKeyOf(record)).toMatch(/^audit\/2026-11-24\/d{32}\/20261124T100000000Z-classified-[0-9a-f]{8}\.json$/);
    expect(auditKeyOf(record)).not.toBe(auditKeyOf(record));
  });
});

describe('document ids', () => {
  it('are stable per object version and differ between versions', () => {
    const v1 = { bucket: 'b', key: 'k', eTag: '"abc"' };
    expect(documentIdOf(v1)).toBe(documentIdOf({ ...v1, eTag: 'abc' }));
    expect(documentIdOf(v1)).not.toBe(documentIdOf({ ...v1, eTag: 'abd' }));
    expect(documentIdOf({ ...v1, versionId: '1' })).not.toBe(documentIdOf({ ...v1, versionId: '2' }));
  });
});
