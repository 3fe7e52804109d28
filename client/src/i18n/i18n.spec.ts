import { en } from './en';
import { formatUtcOffset, utcOffsetMinutes } from './format';
import { matchLocale } from './locales';
import { translate } from './translate';
import { zhCN } from './zh-CN';

describe('translate', () => {
  it('fills placeholders and picks the plural form for the locale', () => {
    expect(translate('en', en, 'filters.localDays', { count: 1 })).toBe('1 site-local day');
    expect(translate('en', en, 'filters.localDays', { count: 1234 })).toBe('1,234 site-local days');
    expect(translate('zh-CN', zhCN, 'filters.localDays', { count: 2 })).toBe('2 个站点本地日');
    expect(translate('en', en, 'sites.detail.notFoundBody', { id: '7' })).toBe('There is no site with id 7 in this organization.');
  });

  it('leaves a placeholder without a value visible, so the gap is noticed', () => {
    expect(translate('en', en, 'sites.detail.notFoundBody')).toBe('There is no site with id {id} in this organization.');
  });

  it('has every English placeholder in the Chinese dictionary too', () => {
    const placeholders = (message: unknown) => JSON.stringify(message).match(/\{\w+\}/g)?.sort() ?? [];
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect([key, ...new Set(placeholders(zhCN[key]))]).toEqual([key, ...new Set(placeholders(en[key]))]);
    }
  });
});

describe('matchLocale', () => {
  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['zh-CN', 'zh-CN'],
    ['zh-cn', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['fr', undefined],
    [null, undefined],
  ])('maps %p to %p', (tag, locale) => {
    expect(matchLocale(tag)).toBe(locale);
  });
});

describe('UTC offsets', () => {
  it('reads the offset of a zone at an instant, daylight saving time included', () => {
    expect(utcOffsetMinutes('Asia/Kolkata', new Date('2025-01-01T00:00:00Z'))).toBe(330);
    expect(utcOffsetMinutes('America/New_York', new Date('2025-01-01T00:00:00Z'))).toBe(-300);
    expect(utcOffsetMinutes('America/New_York', new Date('2025-07-01T00:00:00Z'))).toBe(-240);
    expect(utcOffsetMinutes('UTC')).toBe(0);
    expect(utcOffsetMinutes('Not/AZone')).toBeNull();
  });

  it('formats minutes as an ISO 8601 offset', () => {
    expect(formatUtcOffset(330)).toBe('UTC+05:30');
    expect(formatUtcOffset(-240)).toBe('UTC-04:00');
    expect(formatUtcOffset(0)).toBe('UTC+00:00');
    expect(formatUtcOffset(-570)).toBe('UTC-09:30');
  });
});
