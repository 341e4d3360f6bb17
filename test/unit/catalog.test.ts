import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog, profileCallableFrom, resolveProfile } from '../../shared/domain/catalog.js';

const catalog = parseCatalog(readFileSync(new URL('../../config/profile-catalog.yml', import.meta.url), 'utf8'));
const EU_SOURCES = ['eu-central-1', 'eu-north-1', 'eu-south-1', 'eu-south-2', 'eu-west-1', 'eu-west-3'];

describe('profile catalog', () => {
  it.each(EU_SOURCES)('resolves Nova 2 Lite eu. from %s to EU-only destinations', (region) => {
    const p = resolveProfile(catalog, 'amazon.nova-2-lite-v1:0', 'eu', region);
    expect(p.profileId).toBe('eu.amazon.nova-2-lite-v1:0');
    expect(p.destinationRegions.every((r) => catalog.regions[r]?.eu)).toBe(true);
  });

  it('adds the source region for Nova v1 profiles called from Milan', () => {
    expect(resolveProfile(catalog, 'amazon.nova-lite-v1:0', 'eu', 'eu-south-1').destinationRegions).toContain('eu-south-1');
  });

  it('refuses an EU profile that could process outside the EU (Zurich, London, Tel Aviv)', () => {
    expect(() => resolveProfile(catalog, 'anthropic.claude-sonnet-4-5-20250929-v1:0', 'eu', 'eu-central-2')).toThrow(
      /eu-central-2, outside the EU/,
    );
    expect(() => resolveProfile(catalog, 'anthropic.claude-sonnet-4-5-20250929-v1:0', 'eu', 'eu-west-2')).toThrow(
      /eu-west-2, outside the EU/,
    );
    expect(() => resolveProfile(catalog, 'amazon.nova-lite-v1:0', 'eu', 'il-central-1')).toThrow(/outside the EU/);
  });

  it('refuses a region that is not a source of the profile', () => {
    expect(() => resolveProfile(catalog, 'amazon.nova-2-lite-v1:0', 'eu', 'us-east-1')).toThrow(
      /cannot be called from us-east-1/,
    );
    expect(() => resolveProfile(catalog, 'amazon.nova-2-lite-v1:0', 'global', 'eu-central-2')).toThrow(/cannot be called/);
    expect(() => resolveProfile(catalog, 'amazon.nova-lite-v1:0', 'global', 'eu-central-1')).toThrow(
      /no global\. inference profile/,
    );
  });

  it('marks global destinations as open-ended', () => {
    const p = resolveProfile(catalog, 'amazon.nova-2-lite-v1:0', 'global', 'eu-central-1');
    expect(p).toMatchObject({ profileId: 'global.amazon.nova-2-lite-v1:0', openEnded: true });
    expect(p.destinationRegions).toContain('us-east-1');
  });

  it('tells which profiles a region may call', () => {
    expect(profileCallableFrom(catalog, 'eu.amazon.nova-2-lite-v1:0', 'eu-south-1')).toBe(true);
    expect(profileCallableFrom(catalog, 'eu.amazon.nova-2-lite-v1:0', 'us-east-1')).toBe(false);
    expect(profileCallableFrom(catalog, 'eu.unknown-model', 'eu-central-1')).toBe(false);
  });

  it('rejects a profile id that does not match its model and geography', () => {
    const text = readFileSync(new URL('../../config/profile-catalog.yml', import.meta.url), 'utf8');
    expect(() => parseCatalog(text.replace('id: eu.amazon.nova-pro-v1:0', 'id: global.amazon.nova-pro-v1:0'))).toThrow(
      /expected eu\.amazon\.nova-pro-v1:0/,
    );
  });
});
