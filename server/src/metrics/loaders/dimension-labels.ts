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
