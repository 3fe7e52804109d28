import { filterSiteRows, sortSiteRows, toSiteRows } from './siteRows';
import type { Site } from './useSites';

const site = (overrides: Partial<Site>): Site => ({
  id: overrides.code ?? 'x',
  code: 'X',
  name: 'X',
  city: 'X',
  country: 'US',
  region: null,
  timeZone: 'UTC',
  active: true,
  ...overrides,
});

const JANUARY = new Date('2025-01-15T12:00:00Z');
const JULY = new Date('2025-07-15T12:00:00Z');

describe('toSiteRows', () => {
  it('resolves the country name for the locale and the UTC offset at the given instant', () => {
    const [paris] = toSiteRows([site({ country: 'FR', timeZone: 'Europe/Paris' })], 'en', JANUARY);
    expect(paris).toMatchObject({ countryName: 'France', offsetMinutes: 60, offsetLabel: 'UTC+01:00' });
    const [summer] = toSiteRows([site({ country: 'FR', timeZone: 'Europe/Paris' })], 'zh-CN', JULY);
    expect(summer).toMatchObject({ countryName: '法国', offsetMinutes: 120, offsetLabel: 'UTC+02:00' });
  });

  it('leaves unknown countries and time zones unresolved instead of failing', () => {
    const [row] = toSiteRows([site({ country: 'ZZZ', timeZone: 'Mars/Olympus' })], 'en', JANUARY);
    expect(row).toMatchObject({ countryName: null, offsetMinutes: null, offsetLabel: null });
  });
});

describe('sortSiteRows', () => {
  const rows = toSiteRows(
    [
      site({ code: 'B', name: 'Beta', region: 'EMEA', timeZone: 'America/New_York' }),
      site({ code: 'A', name: 'alpha', region: null, timeZone: 'Asia/Tokyo' }),
      site({ code: 'C', name: 'Gamma', region: 'APAC', timeZone: 'Asia/Tokyo' }),
    ],
    'en',
    JANUARY,
  );
  const names = (sorted: ReturnType<typeof toSiteRows>) => sorted.map((row) => row.site.name);

  it('sorts names case-insensitively', () => {
    expect(names(sortSiteRows(rows, { column: 'name', direction: 'asc' }, 'en'))).toEqual(['alpha', 'Beta', 'Gamma']);
  });

  it('sorts time zones west to east by offset, ties by name', () => {
    expect(names(sortSiteRows(rows, { column: 'timeZone', direction: 'asc' }, 'en'))).toEqual([
      'Beta',
      'alpha',
      'Gamma',
    ]);
  });

  it('keeps missing values last in both directions', () => {
    expect(names(sortSiteRows(rows, { column: 'region', direction: 'asc' }, 'en'))).toEqual(['Gamma', 'Beta', 'alpha']);
    expect(names(sortSiteRows(rows, { column: 'region', direction: 'desc' }, 'en'))).toEqual(['Beta', 'Gamma', 'alpha']);
  });
});

describe('filterSiteRows', () => {
  const rows = toSiteRows(
    [site({ code: 'MTL', name: 'Montréal Centre', city: 'Montréal', country: 'CA' }), site({ code: 'LYS', name: 'Lyon' })],
    'en',
    JANUARY,
  );

  it('ignores case and accents, and matches country names', () => {
    expect(filterSiteRows(rows, 'MONTREAL', 'en').map((row) => row.site.code)).toEqual(['MTL']);
    expect(filterSiteRows(rows, 'canada', 'en').map((row) => row.site.code)).toEqual(['MTL']);
    expect(filterSiteRows(rows, '  ', 'en')).toHaveLength(2);
  });
});
