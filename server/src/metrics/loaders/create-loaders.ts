import DataLoader from 'dataloader';
import type { Program } from '../../programs/program.entity';
import type { Site } from '../../sites/site.entity';

/** What the loaders read: one query per batch of ids. */
export interface LoaderSource {
  sitesByIds(orgId: string, ids: readonly string[]): Promise<Site[]>;
  programsByIds(orgId: string, ids: readonly string[]): Promise<Program[]>;
}

export interface Loaders {
  site: DataLoader<string, Site | null>;
  program: DataLoader<string, Program | null>;
}

function inKeyOrder<T extends { id: string }>(ids: readonly string[], rows: readonly T[]): (T | null)[] {
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => found.get(id) ?? null);
}

/** Loaders of one request in one organisation: ids asked for in the same tick are fetched together, once. */
export function createLoaders(source: LoaderSource, orgId: string): Loaders {
  return {
    site: new DataLoader(async (ids) => inKeyOrder(ids, await source.sitesByIds(orgId, ids))),
    program: new DataLoader(async (ids) => inKeyOrder(ids, await source.programsByIds(orgId, ids))),
  };
}
