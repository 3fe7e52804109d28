import { CHANNEL_LABELS, Channel, Dimension } from '@cxlens/shared';
import type { MetricRowValue } from '../metrics/engine/metric-rows';
import type { MetricFilterValues } from '../metrics/engine/filter-validation';
import type { VopUnit } from './dto/vop.types';

export interface UnitIdentity {
  key: string;
  siteId: string | null;
  channel: Channel | null;
  programId: string | null;
}

export const UNIT_DIMENSIONS: Record<VopUnit, Dimension[]> = {
  SITE: ['SITE'],
  SITE_CHANNEL: ['SITE', 'CHANNEL'],
  CHANNEL: ['CHANNEL'],
  PROGRAM: ['PROGRAM'],
};

/** The unit a metrics row (grouped by UNIT_DIMENSIONS[unit]) belongs to. */
export function unitOfRow(unit: VopUnit, row: Pick<MetricRowValue, 'dimensions'>): UnitIdentity {
  const id = (d: Dimension) => row.dimensions.find((x) => x.dimension === d)?.id ?? null;
  const siteId = unit === 'SITE' || unit === 'SITE_CHANNEL' ? id('SITE') : null;
  const channel = unit === 'CHANNEL' || unit === 'SITE_CHANNEL' ? (id('CHANNEL') as Channel | null) : null;
  const programId = unit === 'PROGRAM' ? id('PROGRAM') : null;
  const key = [siteId, channel, programId].filter((v) => v !== null).join(':');
  return { key, siteId, channel, programId };
}

/** Parses a unit key back, checking it against the unit kind. */
export function parseUnitKey(unit: VopUnit, key: string): UnitIdentity | null {
  const parts = key.split(':');
  const isId = (v: string | undefined) => v !== undefined && /^\d{1,18}$/.test(v);
  const isChannel = (v: string | undefined): v is Channel => v !== undefined && v in CHANNEL_LABELS;
  switch (unit) {
    case 'SITE':
      return parts.length === 1 && isId(parts[0]) ? { key, siteId: parts[0], channel: null, programId: null } : null;
    case 'SITE_CHANNEL':
      return parts.length === 2 && isId(parts[0]) && isChannel(parts[1]) ? { key, siteId: parts[0], channel: parts[1], programId: null } : null;
    case 'CHANNEL':
      return parts.length === 1 && isChannel(parts[0]) ? { key, siteId: null, channel: parts[0], programId: null } : null;
    case 'PROGRAM':
      return parts.length === 1 && isId(parts[0]) ? { key, siteId: null, channel: null, programId: parts[0] } : null;
  }
}

/** The filter narrowed to one unit; null when the caller's own filter excludes it. */
export function filterForUnit(filter: MetricFilterValues, unit: UnitIdentity): MetricFilterValues | null {
  const outside = <T extends string>(list: T[] | null | undefined, value: T | null) => value !== null && !!list?.length && !list.includes(value);
  if (outside(filter.siteIds, unit.siteId) || outside(filter.channels, unit.channel) || outside(filter.programIds, unit.programId)) return null;
  return {
    ...filter,
    siteIds: unit.siteId ? [unit.siteId] : filter.siteIds,
    channels: unit.channel ? [unit.channel] : filter.channels,
    programIds: unit.programId ? [unit.programId] : filter.programIds,
  };
}

export function unitLabel(unit: UnitIdentity, sites: Map<string, string>, programs: Map<string, string>): string {
  const parts: string[] = [];
  if (unit.siteId) parts.push(sites.get(unit.siteId) ?? `Site ${unit.siteId}`);
  if (unit.channel) parts.push(CHANNEL_LABELS[unit.channel].en);
  if (unit.programId) parts.push(programs.get(unit.programId) ?? `Program ${unit.programId}`);
  return parts.join(' · ') || 'Unassigned';
}
