import { useContext } from 'react';
import { I18nContext, type I18nContextValue } from './I18nContext';
import type { Translate } from './translate';

function useI18n(): I18nContextValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('cxlens i18n hooks must be used inside <I18nProvider>.');
  return value;
}

/** The translate function for the active language: `t('nav.sites')`, `t('sites.count', { count: 3 })`. */
export function useT(): Translate {
  return useI18n().t;
}

export function useLocale(): Pick<I18nContextValue, 'locale' | 'setLocale'> {
  const { locale, setLocale } = useI18n();
  return { locale, setLocale };
}
