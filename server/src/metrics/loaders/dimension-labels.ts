import { CHANNEL_LABELS, Dimension, isChannel } from '@cxlens/shared';
import { assertNever } from '../../common/assert-never';

const countryNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

export interface LabelLookups {
  siteName(id: string): Promise<string | null>;
  programName(id: string): Promise<string | null>;
}

/** A reader-facing label for a group id; ids that need the database (sites, programs) go through the lookups. */
export async function dimensionLabel(dimension: Dimension, id: string | null, lookups: LabelLookups): Promise<string> {
  switch (dimension) {
    case 'SITE':
      return id === null ? 'No site' : ((await lookups.siteName(id)) ?? `Site ${id}`);
    case 'PROGRAM':
      return id === null ? 'No program' : ((await lookups.programName(id)) ?? `Program ${id}`);
    case 'CHANNEL':
      return id !== null && isChannel(id) ? CHANNEL_LABELS[id].en : (id ?? 'No channel');
    case 'COUNTRY':
      return id === null ? 'No country' : (countryNames.of(id) ?? id);
    case 'CITY':
      return id === null ? 'No city' : id.slice(id.indexOf(':') + 1);
    case 'REGION':
      return id ?? 'No region';
    case 'AGENT_TEAM':
      return id ?? 'No team';
    case 'TOPIC':
      return id ?? 'No topic';
    default:
      return assertNever(dimension);
  }
}

/** A group's value with its label set. */
export interface LabelledDimension {
  dimension: Dimension;
  id: string | null;
  label?: string;
}

/**
 * Sets `label` on every dimension value of a result, each distinct value labelled once and the
 * site and program names read with one query each: a cube of 100,000 rows then costs no more
 * than a table of ten (a field resolver per value cost a promise and a lookup per row).
 */
export async function labelDimensions(values: Iterable<LabelledDimension>, names: { sites(ids: string[]): Promise<Map<string, string>>; programs(ids: string[]): Promise<Map<string, string>> }): Promise<void> {
  const all = [...values];
  const idsOf = (dimension: Dimension) => [...new Set(all.filter((v) => v.dimension === dimension && v.id !== null).map((v) => v.id!))];
  const siteIds = idsOf('SITE');
  const programIds = idsOf('PROGRAM');
  const [sites, programs] = await Promise.all([
    siteIds.length ? names.sites(siteIds) : new Map<string, string>(),
    programIds.length ? names.programs(programIds) : new Map<string, string>(),
  ]);
  const lookups: LabelLookups = { siteName: async (id) => sites.get(id) ?? null, programName: async (id) => programs.get(id) ?? null };
  // Each distinct value labelled once (awaited), then every occurrence set synchronously.
  const labels = new Map<Dimension, Map<string | null, string>>();
  for (const value of all) {
    let byId = labels.get(value.dimension);
    if (!byId) labels.set(value.dimension, (byId = new Map()));
    if (!byId.has(value.id)) byId.set(value.id, await dimensionLabel(value.dimension, value.id, lookups));
  }
  for (const value of all) value.label = labels.get(value.dimension)!.get(value.id)!;
}
