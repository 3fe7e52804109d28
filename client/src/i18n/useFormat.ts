import { useMemo } from 'react';
import { countryName, formatDate, formatNumber } from './format';
import { useLocale } from './useT';

/** Intl formatting bound to the active language. */
export function useFormat() {
  const { locale } = useLocale();
  return useMemo(
    () => ({
      locale,
      number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(locale, value, options),
      date: (value: Date | number, options?: Intl.DateTimeFormatOptions) => formatDate(locale, value, options),
      country: (code: string | null | undefined) => countryName(locale, code),
    }),
    [locale],
  );
}
