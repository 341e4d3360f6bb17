import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allRules, parsePolicy, ruleFor } from '../../shared/domain/policy.js';

const shipped = readFileSync(new URL('../../config/routing-policy.yml', import.meta.url), 'utf8');

describe('routing policy', () => {
  it('parses the shipped policy', () => {
    const policy = parsePolicy(shipped);
    expect(policy.version).toMatch(/\S/);
    expect(ruleFor(policy, 'public/a.txt')).toMatchObject({ name: 'public-web', allowGlobal: true });
    expect(ruleFor(policy, 'elsewhere/a.txt')).toMatchObject({ name: 'default', allowGlobal: false });
  });

  it('picks the longest matching prefix and fills settings from the defaults', () => {
    const policy = parsePolicy(`schemaVersion: 1
version: "t"
defaults: { task: summarize, model: m, maxDocumentBytes: 10, maxOutputTokens: 5 }
rules:
  - { name: a, prefix: docs/, allowGlobal: true }
  - { name: b, prefix: docs/private/, model: other }
`);
    expect(ruleFor(policy, 'docs/private/x')).toMatchObject({
      name: 'b',
      model: 'other',
      allowGlobal: false,
      maxDocumentBytes: 10,
    });
    expect(ruleFor(policy, 'docs/x')).toMatchObject({ name: 'a', allowGlobal: true });
    expect(allRules(policy).map((r) => r.name)).toEqual(['default', 'a', 'b']);
  });

  it('names the line of a bad value', () => {
    const bad = shipped.replace('allowGlobal: true', 'allowGlobal: "yes"');
    const line = shipped.split('\n').findIndex((l) => l.includes('allowGlobal: true')) + 1;
    expect(() => parsePolicy(bad, 'routing-policy.yml')).toThrow(
      new RegExp(`^routing-policy.yml:${line}: rules\\.0\\.allowGlobal`),
    );
  });

  it('rejects unknown keys and duplicate prefixes', () => {
    expect(() => parsePolicy(shipped.replace('allowGlobal: true', 'allowGlobl: true'))).toThrow(/allowGlobl|Unrecognized/);
    expect(() => parsePolicy(shipped.replace('prefix: press/', 'prefix: public/'))).toThrow(/duplicate prefix public\//);
  });
});
