import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { en, type Messages } from './en';
import { I18nContext, type I18nContextValue } from './I18nContext';
import { LANG_PARAM, detectLocale, matchLocale, writeStoredLocale, type Locale } from './locales';
import { translate } from './translate';
import { zhCN } from './zh-CN';

const DICTIONARIES: Record<Locale, Messages> = { en, 'zh-CN': zhCN };

/**
 * Holds the active language. A `lang` in the URL wins (shared links open in the sender's
 * language); otherwise the remembered choice, then the browser's. The choice is written back to
 * localStorage, to the URL and to <html lang>, so screen readers and links stay in step.
 * Must sit inside a router.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const fromUrl = matchLocale(searchParams.get(LANG_PARAM));
  const [preferred, setPreferred] = useState<Locale>(() => fromUrl ?? detectLocale());
  const locale = fromUrl ?? preferred;

  useEffect(() => {
    if (fromUrl) setPreferred(fromUrl);
  }, [fromUrl]);

  useEffect(() => {
    writeStoredLocale(locale);
    document.documentElement.lang = locale;
  }, [locale]);

  const writeUrl = useCallback(
    (next: Locale) => setSearchParams((previous) => withLang(previous, next), { replace: true }),
    [setSearchParams],
  );

  // Navigation links do not carry `lang`; put it back so every URL can be shared as is.
  useEffect(() => {
    if (searchParams.get(LANG_PARAM) !== locale) writeUrl(locale);
  }, [locale, searchParams, writeUrl]);

  const setLocale = useCallback(
    (next: Locale) => {
      setPreferred(next);
      writeUrl(next);
    },
    [writeUrl],
  );

  const value = useMemo<I18nContextValue>(
    () => ({ locale, setLocale, t: (key, vars) => translate(locale, DICTIONARIES[locale], key, vars) }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function withLang(params: URLSearchParams, locale: Locale): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set(LANG_PARAM, locale);
  return next;
}
