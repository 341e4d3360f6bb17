import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profileRows } from '../../cli/profiles.js';
import { parseCatalog } from '../../shared/domain/catalog.js';

const catalog = parseCatalog(readFileSync(new URL('../../config/profile-catalog.yml', import.meta.url), 'utf8'));

describe('cris profiles', () => {
  it('lists what Milan may call, with EU-only destinations for eu. profiles', () => {
    const rows = profileRows(catalog, { region: 'eu-south-1' });
    const ids = rows.map((r) => r.profileId);
    expect(ids).toEqual(
      expect.arrayContaining(['eu.amazon.nova-2-lite-v1:0', 'global.amazon.nova-2-lite-v1:0', 'eu.amazon.nova-lite-v1:0']),
    );
    for (const row of rows.filter((r) => r.geography === 'eu')) expect(row.outsideEu).toEqual([]);
    expect(rows.find((r) => r.profileId === 'global.amazon.nova-2-lite-v1:0')?.outsideEu).toContain('us-east-1');
  });

  it('shows that London and Zurich callers of an eu. profile may be served at home, outside the EU', () => {
    expect(profileRows(catalog, { region: 'eu-west-2', model: 'claude' }).find((r) => r.geography === 'eu')?.outsideEu).toEqual([
      'eu-west-2',
    ]);
    expect(
      profileRows(catalog, { region: 'eu-central-2' })
        .filter((r) => r.geography === 'eu')
        .map((r) => r.outsideEu),
    ).toEqual([['eu-central-2']]);
  });

  it('lists nothing for a region with no profile in the catalog', () => {
    expect(profileRows(catalog, { region: 'sa-east-1' })).toEqual([]);
  });
});
