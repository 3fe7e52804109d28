import { createContext } from 'react';
import type { Locale } from './locales';
import type { Translate } from './translate';

export interface I18nContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
}

// Kept apart from the provider so that file exports only a component (React Fast Refresh).
export const I18nContext = createContext<I18nContextValue | null>(null);
