export type { MessageKey } from './en';
export { countryName, formatDate, formatNumber, formatUtcOffset, utcOffsetMinutes } from './format';
export { I18nProvider } from './I18nProvider';
export { LanguageSwitcher } from './LanguageSwitcher';
export { LOCALES, type Locale } from './locales';
export type { Translate } from './translate';
export { useFormat } from './useFormat';
export { useLocale, useT } from './useT';
