// `cris profiles`: which inference profiles a region may call, and where each may process data.
import Table from 'cli-table3';
import type { ProfileCatalog } from '../shared/domain/catalog.js';
import { GEOGRAPHIES } from '../shared/domain/sensitivity.js';

export interface ProfileRow {
  readonly model: string;
  readonly geography: string;
  readonly profileId: string;
  readonly sourceRegion: string;
  readonly destinations: readonly string[];
  readonly openEnded: boolean;
  /** Regions outside the EU this profile may process in, from this source region. */
  readonly outsideEu: readonly string[];
  readonly pricePerMillion: { readonly input: number; readonly output: number } | null;
}

export function profileRows(catalog: ProfileCatalog, filter: { region?: string; model?: string }): ProfileRow[] {
  const rows: ProfileRow[] = [];
  for (const [modelId, model] of Object.entries(catalog.models)) {
    if (filter.model && modelId !== filter.model && !model.name.toLowerCase().includes(filter.model.toLowerCase())) continue;
    for (const geography of GEOGRAPHIES) {
      const profile = model.profiles[geography];
      if (!profile) continue;
      for (const route of profile.routes) {
        for (const source of route.from) {
          if (filter.region && source !== filter.region) continue;
          rows.push({
            model: modelId,
            geography,
            profileId: profile.id,
            sourceRegion: source,
            destinations: route.to,
            openEnded: profile.commercial,
            outsideEu: route.to.filter((r) => !catalog.regions[r]?.eu),
            pricePerMillion: model.prices?.[geography] ?? null,
          });
        }
      }
    }
  }
  return rows;
}

export function renderProfiles(rows: readonly ProfileRow[], catalog: ProfileCatalog): string {
  const table = new Table({
    head: ['profile id', 'from', 'may process in', 'EU only?', 'USD / M tokens in/out'],
    style: { head: [], border: [] },
    colWidths: [48, 14, 60, 24, 22],
    wordWrap: true,
  });
  for (const r of rows) {
    const where = r.openEnded ? `any commercial region (known: ${r.destinations.length})` : r.destinations.join(', ');
    const euOnly =
      r.outsideEu.length === 0
        ? 'yes'
        : `no: ${r.outsideEu
            .map((x) => `${x} (${catalog.regions[x]?.name ?? '?'})`)
            .slice(0, 3)
            .join(', ')}${r.outsideEu.length > 3 ? ', …' : ''}`;
    table.push([
      r.profileId,
      r.sourceRegion,
      where,
      euOnly,
      r.pricePerMillion ? `${r.pricePerMillion.input} / ${r.pricePerMillion.output}` : '-',
    ]);
  }
  return table.toString();
}
