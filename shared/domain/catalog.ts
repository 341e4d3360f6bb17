// The profile catalog: which inference profile a (model, geography, source region)
// uses, and where that profile may process a request.
import { z } from 'zod';
import { allRules, type RoutingPolicy } from './policy.js';
import type { Geography } from './sensitivity.js';
import { parseYamlFile } from './yaml-file.js';

const regionId = z.string().regex(/^[a-z]{2}(?:-[a-z]+)+-\d$/, 'not an AWS region id');

const profileSchema = z
  .object({
    id: z.string().min(1),
    source: z.string().min(1, 'every profile cites its source'),
    commercial: z.boolean().default(false),
    routes: z.array(z.object({ from: z.array(regionId).min(1), to: z.array(regionId).min(1) }).strict()).min(1),
  })
  .strict();

const priceSchema = z.object({ input: z.number().nonnegative(), output: z.number().nonnegative() }).strict();

export const catalogSchema = z
  .object({
    schemaVersion: z.literal(1),
    catalogVersion: z.string().min(1),
    regions: z.record(regionId, z.object({ name: z.string(), geography: z.string(), eu: z.boolean() }).strict()),
    sets: z.record(z.string(), z.array(regionId)).optional(),
    models: z.record(
      z.string(),
      z
        .object({
          name: z.string(),
          contextTokens: z.number().int().positive(),
          maxOutputTokens: z.number().int().positive(),
          profiles: z.object({ eu: profileSchema.optional(), global: profileSchema.optional() }).strict(),
          prices: z.object({ eu: priceSchema.optional(), global: priceSchema.optional() }).strict().optional(),
        })
        .strict(),
    ),
  })
  .strict()
  .superRefine((catalog, ctx) => {
    for (const [modelId, model] of Object.entries(catalog.models)) {
      for (const [geo, profile] of Object.entries(model.profiles)) {
        if (!profile) continue;
        if (!profile.id.startsWith(`${geo}.`) || profile.id.slice(geo.length + 1) !== modelId) {
          ctx.addIssue({
            code: 'custom',
            path: ['models', modelId, 'profiles', geo, 'id'],
            message: `expected ${geo}.${modelId}`,
          });
        }
        profile.routes.forEach((route, i) => {
          for (const r of [...route.from, ...route.to]) {
            if (!catalog.regions[r]) {
              ctx.addIssue({
                code: 'custom',
                path: ['models', modelId, 'profiles', geo, 'routes', i],
                message: `unknown region ${r}`,
              });
            }
          }
        });
      }
    }
  });

export type ProfileCatalog = z.infer<typeof catalogSchema>;

export function parseCatalog(text: string, fileName = 'profile-catalog.yml'): ProfileCatalog {
  return parseYamlFile(text, fileName, catalogSchema);
}

export interface ResolvedProfile {
  readonly modelId: string;
  readonly geography: Geography;
  readonly profileId: string;
  readonly sourceRegion: string;
  /** Where Bedrock may process a call from this source region. */
  readonly destinationRegions: readonly string[];
  /** True when the destinations are "all commercial regions", of which the list is a known part. */
  readonly openEnded: boolean;
  readonly pricePerMillion?: { readonly input: number; readonly output: number };
  readonly contextTokens: number;
}

export class ProfileUnavailableError extends Error {
  override readonly name = 'ProfileUnavailableError';
}

/**
 * The profile for a model in a geography, called from a source region. Throws when the
 * catalog has no such profile, the region may not call it, or an EU profile could
 * process the request outside the EU from that region (e.g. Zurich or London sources).
 */
export function resolveProfile(
  catalog: ProfileCatalog,
  modelId: string,
  geography: Geography,
  sourceRegion: string,
): ResolvedProfile {
  const model = catalog.models[modelId];
  if (!model) throw new ProfileUnavailableError(`model ${modelId} is not in the profile catalog`);
  const profile = model.profiles[geography];
  if (!profile) throw new ProfileUnavailableError(`model ${modelId} has no ${geography}. inference profile`);
  const route = profile.routes.find((r) => r.from.includes(sourceRegion));
  if (!route) {
    const sources = [...new Set(profile.routes.flatMap((r) => r.from))].join(', ');
    throw new ProfileUnavailableError(`${profile.id} cannot be called from ${sourceRegion}; its source regions are ${sources}`);
  }
  if (geography === 'eu') {
    const outside = route.to.filter((r) => !catalog.regions[r]?.eu);
    if (outside.length > 0) {
      throw new ProfileUnavailableError(
        `${profile.id} called from ${sourceRegion} may process requests in ${outside.join(', ')}, outside the EU`,
      );
    }
  }
  return {
    modelId,
    geography,
    profileId: profile.id,
    sourceRegion,
    destinationRegions: route.to,
    openEnded: profile.commercial,
    pricePerMillion: model.prices?.[geography],
    contextTokens: model.contextTokens,
  };
}

/** Which profile ids a source region may call at all: what the Bedrock stand-in enforces. */
export function profileCallableFrom(catalog: ProfileCatalog, profileId: string, sourceRegion: string): boolean {
  for (const [modelId, model] of Object.entries(catalog.models)) {
    if (profileId === modelId) return true; // in-region model ids are not profiles
    for (const profile of Object.values(model.profiles)) {
      if (profile?.id === profileId) return profile.routes.some((r) => r.from.includes(sourceRegion));
    }
  }
  return false;
}

/**
 * The profiles a worker of this geography needs in this region: one per model the policy
 * may send it (every rule for the EU; opted-in rules for global). Throws as resolveProfile.
 */
export function profilesNeeded(
  policy: RoutingPolicy,
  catalog: ProfileCatalog,
  geography: Geography,
  region: string,
): ResolvedProfile[] {
  const models = new Set(
    allRules(policy)
      .filter((r) => geography === 'eu' || r.allowGlobal)
      .map((r) => r.model),
  );
  return [...models].map((m) => resolveProfile(catalog, m, geography, region));
}
