import { parseFilters } from './filterParams';
import { localDayOf, onLocalDays, toListFilter } from './listFilter';

const TODAY = '2026-11-28';
const sites = [
  { id: '4', country: 'PH', timeZone: 'Asia/Manila' },
  { id: '8', country: 'CA', timeZone: 'America/Vancouver' },
];

describe('toListFilter', () => {
  it('covers the first local day from its earliest start to the last local day’s latest end', () => {
    const filters = parseFilters(new URLSearchParams('from=2026-11-01&to=2026-11-07'), TODAY);
    // Manila (UTC+8) starts 1 Nov at 31 Oct 16:00 UTC; Vancouver (UTC-8 in November) ends 7 Nov at 8 Nov 08:00 UTC.
    expect(toListFilter(filters, sites)).toEqual({ from: '2026-10-31T16:00:00.000Z', to: '2026-11-08T08:00:00.000Z' });
  });

  it('turns countries into the ids of their sites, and an empty match into no site at all', () => {
    const filters = parseFilters(new URLSearchParams('from=2026-11-01&to=2026-11-01&countries=PH&channels=CHAT'), TODAY);
    expect(toListFilter(filters, sites)).toEqual({ from: '2026-10-31T16:00:00.000Z', to: '2026-11-01T16:00:00.000Z', siteIds: ['4'], channels: ['CHAT'] });
    const none = parseFilters(new URLSearchParams('from=2026-11-01&to=2026-11-01&countries=FR'), TODAY);
    expect(toListFilter(none, sites).siteIds).toEqual(['0']);
  });
});

describe('onLocalDays', () => {
  it("reads an instant's day in the site's own time zone", () => {
    expect(localDayOf('2026-11-27T22:41:00Z', 'Africa/Cairo')).toBe('2026-11-28');
    expect(onLocalDays('2026-11-27T22:41:00Z', 'Africa/Cairo', { from: '2026-11-01', to: '2026-11-27' })).toBe(false);
    expect(onLocalDays('2026-11-27T22:41:00Z', 'America/Vancouver', { from: '2026-11-01', to: '2026-11-27' })).toBe(true);
  });
});
