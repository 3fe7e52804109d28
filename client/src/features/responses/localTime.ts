import { formatDate } from '../../i18n';

/** An instant in the site's own time zone: "Nov 3, 14:05" (the year is the filter's). */
export function formatSiteTime(instant: string, timeZone: string, locale: string): string {
  try {
    return formatDate(locale, Date.parse(instant), { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
  } catch {
    return instant;
  }
}

export function zoneName(instant: string, timeZone: string, locale: string): string {
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(Date.parse(instant));
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}
