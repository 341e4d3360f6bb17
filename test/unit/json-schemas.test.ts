import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { publishedSchemas } from '../../shared/domain/json-schemas.js';
import { validatorFor } from '../support/json-schema.js';
import { PROJECT_ROOT } from '../support/local.js';

describe('published JSON Schemas', () => {
  it.each(Object.entries(publishedSchemas()))('schemas/%s is up to date (regenerate with `npx cris schemas`)', (file, text) => {
    expect(readFileSync(`${PROJECT_ROOT}/schemas/${file}`, 'utf8')).toBe(text);
  });

  it('accepts the shipped policy and catalog, and rejects a policy that opts in with a string', () => {
    const policy = parse(readFileSync(`${PROJECT_ROOT}/config/routing-policy.yml`, 'utf8'));
    expect(validatorFor('routing-policy.schema.json')(policy)).toEqual([]);
    const catalog = parse(readFileSync(`${PROJECT_ROOT}/config/profile-catalog.yml`, 'utf8'), { merge: true });
    expect(validatorFor('profile-catalog.schema.json')(catalog)).toEqual([]);
    policy.rules[0].allowGlobal = 'yes';
    expect(validatorFor('routing-policy.schema.json')(policy).join()).toMatch(/allowGlobal must be boolean/);
  });
});
