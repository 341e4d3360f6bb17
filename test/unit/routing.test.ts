import { describe, expect, it } from 'vitest';
import { classifyText } from '../../shared/domain/classify.js';
import type { PolicyRule } from '../../shared/domain/policy.js';
import { route } from '../../shared/domain/routing.js';

const rule = (allowGlobal: boolean): PolicyRule => ({
  name: allowGlobal ? 'public-web' : 'default',
  prefix: allowGlobal ? 'public/' : '',
  task: 'summarize',
  model: 'amazon.nova-2-lite-v1:0',
  allowGlobal,
  maxDocumentBytes: 1000,
  maxOutputTokens: 100,
});
const publicText = classifyText('The reading rooms open in March. Everyone is welcome.');
const personalText = classifyText('Contact jane@example.com for details.');

describe('route', () => {
  it('sends personal and special data to the EU whatever the policy', () => {
    expect(route({ classification: personalText, rule: rule(true) })).toMatchObject({ geography: 'eu', sensitivity: 'personal' });
  });

  it('fails closed when the document was not fully read', () => {
    expect(route({ classification: publicText, incomplete: 'too-large', rule: rule(true) }).geography).toBe('eu');
    // Nothing shows that what was not read holds no personal data: it is treated as personal.
    expect(route({ classification: undefined, incomplete: 'unsupported-format', rule: rule(true) })).toMatchObject({
      geography: 'eu',
      sensitivity: 'personal',
      reason: expect.stringMatching(/unsupported-format.*treated as personal/),
    });
    expect(route({ classification: publicText, incomplete: 'too-large', rule: rule(true) }).sensitivity).toBe('personal');
    const special = classifyText('I have been diagnosed with asthma.');
    expect(route({ classification: special, incomplete: 'extraction-partial', rule: rule(true) }).sensitivity).toBe('special');
  });

  it('sends public data to global only under an opted-in rule', () => {
    expect(route({ classification: publicText, rule: rule(true) }).geography).toBe('global');
    expect(route({ classification: publicText, rule: rule(false) }).geography).toBe('eu');
  });

  it('never sends documents with secrets to global', () => {
    expect(route({ classification: classifyText('key AKIAIOSFODNN7EXAMPLE'), rule: rule(true) }).geography).toBe('eu');
  });

  it('lets uploader metadata raise the level but never lower it', () => {
    const raised = route({ classification: publicText, rule: rule(true), declaredSensitivity: 'Personal' });
    expect(raised).toMatchObject({ sensitivity: 'personal', geography: 'eu' });
    expect(raised.reason).toMatch(/raised from public/);
    expect(route({ classification: personalText, rule: rule(true), declaredSensitivity: 'public' })).toMatchObject({
      sensitivity: 'personal',
      geography: 'eu',
    });
    expect(route({ classification: publicText, rule: rule(true), declaredSensitivity: 'nonsense' }).sensitivity).toBe('public');
  });
});
