/**
 * Locale-aware formatting through Intl, with formatters cached because constructing them is the
 * expensive part. Pure functions of (locale, value) so they can be used outside React and tested.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const regionNames = new Map<string, Intl.DisplayNames>();
const offsetFormats = new Map<string, Intl.DateTimeFormat | null>();

function cached<T>(cache: Map<string, T>, key: string, create: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

export function formatNumber(locale: string, value: number, options?: Intl.NumberFormatOptions): string {
  const key = `${locale}|${JSON.stringify(options ?? {})}`;
  return cached(numberFormats, key, () => new Intl.NumberFormat(locale, options)).format(value);
}

export function formatDate(locale: string, value: Date | number, options?: Intl.DateTimeFormatOptions): string {
  const key = `${locale}|${JSON.stringify(options ?? {})}`;
  return cached(dateFormats, key, () => new Intl.DateTimeFormat(locale, options)).format(value);
}

/** "FR" → "France" (or "法国" in zh-CN); null when the code is not a valid ISO 3166 region. */
export function countryName(locale: string, code: string | null | undefined): string | null {
  if (!code) return null;
  try {
    const names = cached(regionNames, locale, () => new Intl.DisplayNames([locale], { type: 'region' }));
    const name = names.of(code.trim().toUpperCase());
    return name && name.toUpperCase() !== code.trim().toUpperCase() ? name : null;
  } catch {
    return null;
  }
}

/**
 * Minutes east of UTC for an IANA time zone at a given instant (daylight saving time makes it
 * depend on the instant); null for a zone name the runtime does not know.
 */
export function utcOffsetMinutes(timeZone: string, at: Date = new Date()): number | null {
  const format = cached(offsetFormats, timeZone, () => {
    try {
      return new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    } catch {
      return null;
    }
  });
  const name = format?.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value;
  if (!name) return null;
  // longOffset names the zone "GMT+05:30", "GMT-03:00", or plain "GMT" for a zero offset.
  if (name === 'GMT') return 0;
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** 330 → "UTC+05:30"; the ISO 8601 form reads the same in every language. */
export function formatUtcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  return `UTC${sign}${hours}:${String(absolute % 60).padStart(2, '0')}`;
}
